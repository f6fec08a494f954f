// A plain require gives the module's own exports object; an ES namespace import would be a copy to patch in vain.
// eslint-disable-next-line @typescript-eslint/no-require-imports
import utils = require("oci-common/lib/utils");

/**
 * oci-common 2.139.1 checks whether a request body is empty with `Object.keys(body).length === 0`; for a string
 * body (every JSON request) that builds an array of one index per character. A 1 MiB PutMessages batch spends
 * ~600 ms of CPU there, capping a function at ~1.5 MB/s (measured with `npm run bench`). Same answer, O(1).
 */
const isEmpty = utils.isEmpty;
utils.isEmpty = (obj: unknown) => (typeof obj === "string" ? obj.length === 0 : isEmpty(obj));

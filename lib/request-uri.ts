/**
 * The OCI SDK (oci-common 2.139.1) signs a request's `(request-target)` with the path and query of Node's legacy
 * `url.parse` (signer.js), but sends the request with fetch, which serialises the URL by the WHATWG URL standard. The
 * two escape differently: in a path, `'` is `%27` in the signature and raw on the wire; in a query (which the SDK does
 * not encode at all), controls, `\`, `^`, `` ` ``, `{`, `|`, `}`, DEL and every non-ASCII character differ. OCI
 * verifies the signature over the path it receives, so such a request answers 401 (an object named `John's
 * report.pdf` could not be read). Object Storage leaves URL-encoding names to the client ("Clients are responsible
 * for URL-encoding characters", https://docs.oracle.com/iaas/Content/Object/Tasks/managingobjects.htm, Object
 * Names), so the URI is made to agree before it is signed: see `signableUri`.
 */

/**
 * RFC 3986 section 3.3/3.4: characters a path or query may hold raw (unreserved, sub-delims, `:`, `@`, `/`, `?`), and
 * `%` of the percent-encodings already there; less `'`, which `url.parse` escapes. Both parsers leave these as they
 * are, so a URI made only of them is signed exactly as it is sent.
 */
const AGREED = /[A-Za-z0-9\-._~!$&()*+,;=:@/?%]/;

/** Percent-encodes (UTF-8, upper-case hex, RFC 3986 section 2.1) every character of `text` outside `keep`. */
function percentEncode(text: string, keep: RegExp): string {
  let out = "";
  for (const ch of text) {
    out += keep.test(ch)
      ? ch
      : [...Buffer.from(ch, "utf8")].map((b) => `%${b.toString(16).toUpperCase().padStart(2, "0")}`).join("");
  }
  return out;
}

/**
 * The same request URI with every character of its path and query that the signer and fetch would write differently
 * percent-encoded, which both then leave alone. Equivalent for the server, which decodes percent-encodings in a path
 * segment or query value (RFC 3986 section 2.1); already-agreeing URIs (nearly all) come back unchanged.
 */
export function signableUri(uri: string): string {
  const match = /^([A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#]*)([^#]*)(#.*)?$/s.exec(uri);
  if (!match) return uri;
  return match[1] + percentEncode(match[2], AGREED);
}

/** RFC 3986 section 2.3: the unreserved characters, the only ones a path segment never needs to encode. */
const UNRESERVED = /[A-Za-z0-9\-._~]/;

/**
 * One path segment (an object name, a bucket) encoded as RFC 3986 asks of data: every octet but the unreserved ones,
 * so `/` becomes `%2F` and `'` becomes `%27`, and the URL is the one the SDK signs and sends for the name.
 */
export function encodePathSegment(segment: string): string {
  return percentEncode(segment, UNRESERVED);
}

import { createPrivateKey, createSign, KeyObject } from "crypto";
import { FetchHttpClient } from "oci-common";
// A plain require gives the module's own exports object; an ES namespace import would be a copy to patch in vain.
// oxlint-disable-next-line typescript/no-require-imports
import utils = require("oci-common/lib/utils");
// Likewise sshpk's own exports, the object http-signature parses keys with (the signing test counts its parses).
// oxlint-disable-next-line typescript/no-require-imports
import sshpk = require("sshpk");
import { signableUri } from "./request-uri";

/**
 * oci-common 2.139.1 checks whether a request body is empty with `Object.keys(body).length === 0`; for a string
 * body (every JSON request) that builds an array of one index per character. A 1 MiB PutMessages batch spends
 * ~600 ms of CPU there, capping a function at ~1.5 MB/s (measured with `npm run bench`). Same answer, O(1).
 */
const isEmpty = utils.isEmpty;
utils.isEmpty = (obj: unknown) => (typeof obj === "string" ? obj.length === 0 : isEmpty(obj));

/**
 * Every SDK request passes through `FetchHttpClient.send`, which signs `req.uri` and then sends it: making the URI
 * agree first (request-uri.ts) means what is signed is exactly what is sent, for every client and operation. The
 * request object is reused by the SDK's retries; `signableUri` is idempotent.
 */
type Send = FetchHttpClient["send"];
const send: Send = FetchHttpClient.prototype.send;
FetchHttpClient.prototype.send = function (this: FetchHttpClient, req, ...rest) {
  req.uri = signableUri(req.uri);
  return send.call(this, req, ...rest);
} as Send;

/**
 * oci-common signs every request with `httpSignature.sign(request, { key: <PEM Buffer>, keyId, headers })`
 * (oci-common/lib/signer.js; https://github.com/oracle/oci-typescript-sdk/blob/master/lib/common/lib/signer.ts).
 * http-signature 1.3.1 (lib/signer.js, `signRequest`) then parses that PEM with sshpk in JS, and sshpk's signer writes
 * it back to PEM for Node, which parses it again: ~0.8 ms of CPU per request on top of one RSA-SHA256 signature over
 * the signing string (https://docs.oracle.com/en-us/iaas/Content/API/Concepts/signingrequests.htm). Here each key is
 * parsed once, and an RSA key signs with a Node KeyObject; http-signature still builds the signing string and the
 * header, so they stay the SDK's. Keys are cached by their PEM text, not by buffer: each client's signer makes its own
 * buffer, and functions build clients per call. A rotated key (resource principal session keys rotate; the SDK
 * compares `getPrivateKey()` on each request and makes a new buffer) is new text, so it is parsed anew.
 */
interface HttpSignatureOptions {
  key: unknown;
}
// oxlint-disable-next-line typescript/no-require-imports
const httpSignature: { sign(request: unknown, options: HttpSignatureOptions): boolean } = require("http-signature");

/** The parts of sshpk's PrivateKey (sshpk/lib/private-key.js) http-signature uses; @types/sshpk lacks `type`. */
interface SshpkPrivateKey {
  readonly type: string;
  defaultHashAlgorithm(): string;
  createSign(hashAlgorithm?: string): { update(data: string): void; sign(): sshpk.Signature };
}

/** Parsed keys by PEM text, oldest first; a few, as rotated keys are never used again. */
const parsedKeys = new Map<string, SshpkPrivateKey>();
const MAX_PARSED_KEYS = 4;

function parsedKey(pem: Buffer): SshpkPrivateKey {
  const text = pem.toString();
  let key = parsedKeys.get(text);
  if (!key) {
    key = sshpk.parsePrivateKey(pem, "auto") as unknown as SshpkPrivateKey;
    // OCI keys are RSA; sshpk signs other types (ed25519) its own way.
    if (key.type === "rsa") key.createSign = rsaSigner(key, createPrivateKey(pem));
    parsedKeys.set(text, key);
    if (parsedKeys.size > MAX_PARSED_KEYS) parsedKeys.delete(parsedKeys.keys().next().value!);
  }
  return key;
}

/** sshpk's `createSign` for an RSA key, with the key parsed once instead of per signature. */
function rsaSigner(key: SshpkPrivateKey, privateKey: KeyObject): SshpkPrivateKey["createSign"] {
  return (hashAlgorithm = key.defaultHashAlgorithm()) => {
    const signer = createSign(hashAlgorithm);
    return {
      update: (data) => void signer.update(data),
      sign() {
        const signature = sshpk.Signature.parse(signer.sign(privateKey), "rsa", "asn1");
        return Object.assign(signature, { hashAlgorithm });
      },
    };
  };
}

const sign = httpSignature.sign;
httpSignature.sign = (request, options) =>
  sign(request, Buffer.isBuffer(options.key) ? { ...options, key: parsedKey(options.key) } : options);

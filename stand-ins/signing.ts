import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  KeyObject,
  randomUUID,
  sign,
  verify,
} from "crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { dirname, join } from "path";

/**
 * Test credentials and OCI request-signature verification
 * (https://docs.oracle.com/iaas/Content/API/Concepts/signingrequests.htm).
 * Keys are generated on the machine (see `shareTestKeys`), so no secret ever lives in the repository.
 */

export const TEST_REGION = "us-ashburn-1";

/** An API-key user, as `~/.oci/config` describes one. */
export interface ApiKeyIdentity {
  readonly tenancyId: string;
  readonly userId: string;
  readonly fingerprint: string;
  readonly privateKeyPem: string;
  readonly region: string;
  /** The keyId the SDK signs with: `<tenancy>/<user>/<fingerprint>`. */
  readonly keyId: string;
}

/** What a function's resource principal (RPST v2.2) gives the SDK. */
export interface ResourcePrincipalIdentity {
  readonly tenancyId: string;
  readonly compartmentId: string;
  readonly functionId: string;
  readonly token: string;
  readonly privateKeyPem: string;
  readonly region: string;
}

interface Keys {
  readonly apiKey: { privateKeyPem: string; publicKey: KeyObject };
  readonly session: { privateKeyPem: string; publicKey: KeyObject };
  /** Stands in for OCI's identity service, which signs resource principal session tokens. */
  readonly authority: { privateKey: KeyObject; publicKey: KeyObject };
}

let keys: Keys | undefined;

/** Where `shareTestKeys` leaves the keys' PEMs for the processes of a test run. */
const SHARED_KEYS_VARIABLE = "EVS_TEST_KEYS";

/**
 * Generates the keys in this process and hands them to the processes it starts (jest's workers), through the
 * environment: each test file has its own module registry, and three RSA-2048 keys per file were ~15 s of CPU a run.
 * With `cacheFile`, the keys are kept there (owner-only) and read back by later runs: generating them is ~0.6 s of
 * CPU before any test can start, and only the stand-ins trust them.
 */
export function shareTestKeys(cacheFile?: string): void {
  let pems = cacheFile ? cachedPems(cacheFile) : undefined;
  if (!pems) {
    const { apiKey, session, authority } = testKeys();
    pems = [apiKey.privateKeyPem, session.privateKeyPem, pkcs8Pem(authority.privateKey)];
    if (cacheFile) {
      mkdirSync(dirname(cacheFile), { recursive: true });
      writeFileSync(cacheFile, JSON.stringify(pems), { mode: 0o600 });
    }
  }
  process.env[SHARED_KEYS_VARIABLE] = JSON.stringify(pems);
}

/** The three private keys a cache file holds, or undefined when it is missing or does not hold three readable keys. */
function cachedPems(file: string): string[] | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const pems = JSON.parse(readFileSync(file, "utf8")) as unknown;
    if (!Array.isArray(pems) || pems.length !== 3) return undefined;
    pems.forEach((pem) => createPrivateKey(String(pem)));
    return pems as string[];
  } catch {
    return undefined;
  }
}

function testKeys(): Keys {
  if (!keys) {
    const shared = process.env[SHARED_KEYS_VARIABLE];
    const pairs = shared
      ? (JSON.parse(shared) as string[]).map((pem) => {
          const privateKey = createPrivateKey(pem);
          return { privateKey, publicKey: createPublicKey(privateKey) };
        })
      : undefined;
    const rsa = () => generateKeyPairSync("rsa", { modulusLength: 2048 });
    const [apiKey, session, authority] = pairs ?? [rsa(), rsa(), rsa()];
    keys = {
      apiKey: { privateKeyPem: pkcs8Pem(apiKey.privateKey), publicKey: apiKey.publicKey },
      session: { privateKeyPem: pkcs8Pem(session.privateKey), publicKey: session.publicKey },
      authority,
    };
  }
  return keys;
}

function pkcs8Pem(key: KeyObject): string {
  return key.export({ type: "pkcs8", format: "pem" }).toString();
}

/** OCI's API-key fingerprint: MD5 of the DER public key, as colon-separated hex. */
function fingerprintOf(publicKey: KeyObject): string {
  const der = publicKey.export({ type: "spki", format: "der" });
  return createHash("md5").update(der).digest("hex").match(/../g)!.join(":");
}

export function apiKeyIdentity(): ApiKeyIdentity {
  const { apiKey } = testKeys();
  const tenancyId = "ocid1.tenancy.oc1..standintenancy";
  const userId = "ocid1.user.oc1..standinuser";
  const fingerprint = fingerprintOf(apiKey.publicKey);
  return {
    tenancyId,
    userId,
    fingerprint,
    privateKeyPem: apiKey.privateKeyPem,
    region: TEST_REGION,
    keyId: `${tenancyId}/${userId}/${fingerprint}`,
  };
}

/**
 * Writes an OCI config file (and its key file) into a fresh temp dir, for
 * `ConfigFileAuthenticationDetailsProvider(path, profile)`. Returns the config file's path.
 */
export function writeOciConfig(options: { profile?: string; dir?: string } = {}): string {
  const identity = apiKeyIdentity();
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), "oci-config-"));
  const keyFile = join(dir, "oci_api_key.pem");
  writeFileSync(keyFile, identity.privateKeyPem, { mode: 0o600 });
  const configFile = join(dir, "config");
  writeFileSync(
    configFile,
    [
      `[${options.profile ?? "DEFAULT"}]`,
      `user=${identity.userId}`,
      `fingerprint=${identity.fingerprint}`,
      `tenancy=${identity.tenancyId}`,
      `region=${identity.region}`,
      `key_file=${keyFile}`,
      "",
    ].join("\n"),
    { mode: 0o600 },
  );
  return configFile;
}

/**
 * A compact JWS of `claims`, signed RS256 (RSASSA-PKCS1-v1_5 with SHA-256, RFC 7518 section 3.3) with `privateKey`:
 * the form of resource principal session tokens, of the tokens an identity provider issues to API Gateway clients and
 * of a registry's bearer tokens. `header` adds to `{alg: "RS256", typ: "JWT"}` (a `kid`, an `x5c`).
 */
export function signJwt(
  claims: Record<string, unknown>,
  privateKey: KeyObject | string,
  header: Record<string, unknown> = {},
): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const input = `${part({ alg: "RS256", typ: "JWT", ...header })}.${part(claims)}`;
  return `${input}.${sign("sha256", Buffer.from(input), privateKey).toString("base64url")}`;
}

/** A resource principal session token for a function, valid for an hour, signed by the stand-in authority. */
export function resourcePrincipalIdentity(): ResourcePrincipalIdentity {
  const { session, authority } = testKeys();
  const tenancyId = "ocid1.tenancy.oc1..standintenancy";
  const compartmentId = "ocid1.compartment.oc1..standincompartment";
  const functionId = "ocid1.fnfunc.oc1.iad.standinfunction";
  const now = Math.floor(Date.now() / 1000);
  const token = signJwt(
    {
      sub: functionId,
      res_type: "fnfunc",
      res_tenant: tenancyId,
      res_compartment: compartmentId,
      res_id: functionId,
      iat: now,
      exp: now + 3600,
      jti: randomUUID(),
      // Real RPSTs carry the session public key, which is how the service verifies ST$ signatures.
      jwk: JSON.stringify(session.publicKey.export({ format: "jwk" })),
    },
    authority.privateKey,
    { kid: "standin" },
  );
  return {
    tenancyId,
    compartmentId,
    functionId,
    token,
    privateKeyPem: session.privateKeyPem,
    region: TEST_REGION,
  };
}

/**
 * The environment the Functions service gives a function, for
 * `ResourcePrincipalAuthenticationDetailsProvider.builder()`. The SDK accepts the token and the
 * PEM either inline (used here) or as absolute file paths.
 */
export function resourcePrincipalEnv(): Record<string, string> {
  const identity = resourcePrincipalIdentity();
  return {
    OCI_RESOURCE_PRINCIPAL_VERSION: "2.2",
    OCI_RESOURCE_PRINCIPAL_RPST: identity.token,
    OCI_RESOURCE_PRINCIPAL_PRIVATE_PEM: identity.privateKeyPem,
    OCI_RESOURCE_PRINCIPAL_REGION: identity.region,
  };
}

/** The parts of an incoming request that the signature covers. */
export interface SignedRequest {
  readonly method: string;
  /** Path and query exactly as received. */
  readonly url: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: Buffer;
}

export type Verification = { ok: true; principal: string } | { ok: false; reason: string };

/** OCI refuses a request whose date is further than this from its clock. */
const MAX_CLOCK_SKEW_MS = 5 * 60 * 1000;

/**
 * Verifies an OCI request signature. `bodyExempt` is for the operations OCI lets clients sign without
 * the body (PutMessages, PutObject): the body headers are then optional, but checked when listed.
 */
export function verifySignedRequest(request: SignedRequest, options: { bodyExempt?: boolean } = {}): Verification {
  const authorization = headerValue(request.headers, "authorization");
  if (!authorization) return fail("the request is not signed (no Authorization header)");
  const params = parseSignatureHeader(authorization);
  if (!params) return fail("the Authorization header is not an OCI Signature header");
  if (params.version !== "1") return fail(`signature version must be "1" (got ${JSON.stringify(params.version)})`);
  if (params.algorithm !== "rsa-sha256") return fail(`algorithm must be rsa-sha256 (got ${params.algorithm})`);
  if (!params.keyId || !params.signature || !params.headers) return fail("keyId, headers and signature are required");

  const signedHeaders = params.headers.toLowerCase().split(" ");
  const missing = requiredHeaders(request.method, signedHeaders, options.bodyExempt ?? false).filter(
    (name) => !signedHeaders.includes(name),
  );
  if (missing.length > 0) return fail(`the signature must cover: ${missing.join(", ")}`);

  const dateHeader = signedHeaders.includes("x-date") ? "x-date" : "date";
  const date = Date.parse(headerValue(request.headers, dateHeader) ?? "");
  if (Number.isNaN(date) || Math.abs(Date.now() - date) > MAX_CLOCK_SKEW_MS) {
    return fail(`the ${dateHeader} header is missing or more than 5 minutes from the server's clock`);
  }
  if (signedHeaders.includes("x-content-sha256")) {
    const expected = createHash("sha256").update(request.body).digest("base64");
    if (headerValue(request.headers, "x-content-sha256") !== expected)
      return fail("x-content-sha256 does not match the body");
  }
  if (signedHeaders.includes("content-length")) {
    if (headerValue(request.headers, "content-length") !== String(request.body.length)) {
      return fail("content-length does not match the body");
    }
  }

  const key = publicKeyFor(params.keyId);
  if ("reason" in key) return fail(key.reason);
  const signingString = signedHeaders
    .map((name) =>
      name === "(request-target)"
        ? `(request-target): ${request.method.toLowerCase()} ${request.url}`
        : `${name}: ${headerValue(request.headers, name) ?? ""}`,
    )
    .join("\n");
  const valid = verify("sha256", Buffer.from(signingString), key.publicKey, Buffer.from(params.signature, "base64"));
  return valid ? { ok: true, principal: key.principal } : fail("the signature does not verify");
}

function fail(reason: string): Verification {
  return { ok: false, reason };
}

function headerValue(headers: SignedRequest["headers"], name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(", ") : value;
}

function parseSignatureHeader(header: string): Record<string, string> | undefined {
  if (!header.startsWith("Signature ")) return undefined;
  const params: Record<string, string> = {};
  for (const match of header.slice("Signature ".length).matchAll(/(\w+)="([^"]*)"/g)) {
    params[match[1]] = match[2];
  }
  return params;
}

/** What OCI requires a signature to cover, per method. */
function requiredHeaders(method: string, signed: string[], bodyExempt: boolean): string[] {
  const required = ["(request-target)", "host", signed.includes("x-date") ? "x-date" : "date"];
  if (["POST", "PUT", "PATCH"].includes(method.toUpperCase()) && !bodyExempt) {
    required.push("content-length", "content-type", "x-content-sha256");
  }
  return required;
}

function publicKeyFor(keyId: string): { publicKey: KeyObject; principal: string } | { reason: string } {
  if (keyId.startsWith("ST$")) return sessionKeyFor(keyId.slice(3));
  const identity = apiKeyIdentity();
  if (keyId !== identity.keyId) return { reason: `unknown keyId ${keyId}` };
  return { publicKey: testKeys().apiKey.publicKey, principal: identity.userId };
}

/** A session token is trusted when the authority signed it and it has not expired; it names the key. */
function sessionKeyFor(token: string): { publicKey: KeyObject; principal: string } | { reason: string } {
  const [header, payload, signature] = token.split(".");
  if (!header || !payload || !signature) return { reason: "the security token is not a JWT" };
  const tokenSigned = verify(
    "sha256",
    Buffer.from(`${header}.${payload}`),
    testKeys().authority.publicKey,
    Buffer.from(signature, "base64url"),
  );
  if (!tokenSigned) return { reason: "the security token was not issued by the identity service" };
  try {
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString()) as {
      exp: number;
      jwk: string;
      sub: string;
    };
    if (!(claims.exp * 1000 > Date.now())) return { reason: "the security token has expired" };
    return { publicKey: createPublicKey({ key: JSON.parse(claims.jwk), format: "jwk" }), principal: claims.sub };
  } catch {
    return { reason: "the security token's claims are not readable" };
  }
}

import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ociCommon from "oci-common";
import "../lib/sdk-patches";
// sshpk's own exports, which http-signature and lib/sdk-patches.ts parse keys with (a namespace import is a copy).
// oxlint-disable-next-line typescript/no-require-imports
import sshpk = require("sshpk");
import { apiKeyIdentity, resourcePrincipalEnv, verifySignedRequest } from "../stand-ins/signing";

/**
 * lib/sdk-patches.ts signs with a key parsed once instead of per request (issue 11). OCI checks the signature over
 * the signing string (https://docs.oracle.com/en-us/iaas/Content/API/Concepts/signingrequests.htm), so the patched
 * SDK must put out exactly the headers the published one does: each request here is signed by both, with the same
 * key and date, and every header is compared.
 */

type OciCommon = typeof ociCommon;

/** oci-common as published, and its sshpk: a module registry of its own, where lib/sdk-patches.ts never ran. */
let published!: OciCommon;
let publishedSshpk!: typeof sshpk;
jest.isolateModules(() => {
  /* oxlint-disable typescript/no-require-imports */
  published = require("oci-common");
  publishedSshpk = require("sshpk");
  /* oxlint-enable typescript/no-require-imports */
});

const ENDPOINT = "https://cell-1.streaming.us-ashburn-1.oci.oraclecloud.com";
const MESSAGES = `${ENDPOINT}/20180418/streams/ocid1.stream.oc1.iad.standin/messages`;

interface Request {
  readonly method: "GET" | "POST" | "PUT";
  readonly uri: string;
  readonly body?: string;
  /** Signed without the body, as PutMessages is. */
  readonly excludeBody?: boolean;
}

const REQUESTS: Record<string, Request> = {
  GET: { method: "GET", uri: `${MESSAGES}?cursor=abc%3D%3D&limit=10` },
  "POST with a body": {
    method: "POST",
    uri: `${ENDPOINT}/20180418/streams/ocid1.stream.oc1.iad.standin/cursors`,
    body: JSON.stringify({ partition: "0", type: "TRIM_HORIZON" }),
  },
  "POST with non-ASCII text": {
    method: "POST",
    uri: "https://notification.us-ashburn-1.oraclecloud.com/20181201/topics/ocid1.onstopic.oc1.iad.standin/messages",
    body: JSON.stringify({ title: "Zürich 東京 😀", body: "é\u2028ß\u00a0𝄞\ufeff" }),
  },
  "POST with an empty body": {
    method: "POST",
    uri: `${ENDPOINT}/20180418/streams/ocid1.stream.oc1.iad.standin/commit`,
  },
  "PUT with a body": {
    method: "PUT",
    uri: "https://objectstorage.us-ashburn-1.oraclecloud.com/n/ns/b/bucket/o/a%20b",
    body: "x".repeat(70_000),
  },
  "POST signed without its body": { method: "POST", uri: MESSAGES, body: '{"messages":[]}', excludeBody: true },
};

/** The headers one SDK's signer leaves on `request`, signed with `date`. */
async function signed(
  signer: ociCommon.DefaultRequestSigner,
  request: Request,
  date: string,
): Promise<Record<string, string>> {
  const headers = new Headers({ "x-date": date });
  await signer.signHttpRequest({ ...request, headers }, request.excludeBody);
  // http-signature adds a `date` from its own clock; the SDK signs `x-date`, so `date` is not part of the signature.
  headers.delete("date");
  return Object.fromEntries(headers);
}

function verification(request: Request, headers: Record<string, string>) {
  const url = new URL(request.uri);
  return verifySignedRequest(
    { method: request.method, url: url.pathname + url.search, headers, body: Buffer.from(request.body ?? "") },
    { bodyExempt: request.excludeBody },
  );
}

function apiKeyProvider(common: OciCommon) {
  const id = apiKeyIdentity();
  return new common.SimpleAuthenticationDetailsProvider(
    id.tenancyId,
    id.userId,
    id.fingerprint,
    id.privateKeyPem,
    null,
  );
}

describe("signing with lib/sdk-patches.ts", () => {
  test.each(Object.keys(REQUESTS))(
    "%s: the same headers as the published SDK, and OCI's scheme verifies",
    async (name) => {
      const request = REQUESTS[name];
      const date = new Date().toUTCString();
      const patched = await signed(new ociCommon.DefaultRequestSigner(apiKeyProvider(ociCommon)), request, date);
      const unpatched = await signed(new published.DefaultRequestSigner(apiKeyProvider(published)), request, date);
      expect(patched).toEqual(unpatched);
      expect(patched.authorization).toMatch(/^Signature version="1",keyId=".+",algorithm="rsa-sha256",headers="/);
      expect(verification(request, patched)).toEqual({ ok: true, principal: apiKeyIdentity().userId });
    },
  );

  /** How often sshpk parsed a private key while two signers (two clients) with one key signed every request. */
  async function keyParses(common: OciCommon, parser: typeof sshpk): Promise<number> {
    const signers = [0, 1].map(() => new common.DefaultRequestSigner(apiKeyProvider(common)));
    const parse = jest.spyOn(parser, "parsePrivateKey");
    try {
      const date = new Date().toUTCString();
      for (const signer of signers) for (const request of Object.values(REQUESTS)) await signed(signer, request, date);
      return parse.mock.calls.length;
    } finally {
      parse.mockRestore();
    }
  }

  test("the patched SDK parses a key at most once a process; the published one, for every request", async () => {
    expect(await keyParses(ociCommon, sshpk)).toBeLessThanOrEqual(1);
    expect(await keyParses(published, publishedSshpk)).toBe(2 * Object.keys(REQUESTS).length);
  });

  describe("a resource principal whose session key rotates", () => {
    const savedEnv = { ...process.env };
    let dir: string;
    afterAll(() => {
      process.env = savedEnv;
      fs.rmSync(dir, { recursive: true, force: true });
    });

    test("signs with the new key after a refresh, as the published SDK does", async () => {
      // The Functions service hands the token and key over as files it replaces (the SDK re-reads both on refresh).
      dir = fs.mkdtempSync(path.join(os.tmpdir(), "rp-rotation-"));
      const keyFile = path.join(dir, "private.pem");
      const tokenFile = path.join(dir, "rpst");
      const session = resourcePrincipalEnv();
      // Before the rotation the file holds another key: the token names the session key, which comes in later.
      fs.writeFileSync(keyFile, apiKeyIdentity().privateKeyPem);
      fs.writeFileSync(tokenFile, session.OCI_RESOURCE_PRINCIPAL_RPST);
      Object.assign(process.env, session, {
        OCI_RESOURCE_PRINCIPAL_PRIVATE_PEM: keyFile,
        OCI_RESOURCE_PRINCIPAL_RPST: tokenFile,
      });
      const providers = [ociCommon, published].map((common) =>
        common.ResourcePrincipalAuthenticationDetailsProvider.builder(),
      );
      const signers = [
        new ociCommon.DefaultRequestSigner(providers[0]),
        new published.DefaultRequestSigner(providers[1]),
      ];
      const request = REQUESTS["POST with a body"];
      const date = new Date().toUTCString();
      const sign = () => Promise.all(signers.map((signer) => signed(signer, request, date)));

      const [before, beforeUnpatched] = await sign();
      expect(before).toEqual(beforeUnpatched);
      expect(verification(request, before)).toEqual({ ok: false, reason: "the signature does not verify" });

      fs.writeFileSync(keyFile, session.OCI_RESOURCE_PRINCIPAL_PRIVATE_PEM);
      await Promise.all(providers.map((provider) => provider.refresh()));
      const [after, afterUnpatched] = await sign();
      expect(after).toEqual(afterUnpatched);
      expect(after.authorization).not.toBe(before.authorization);
      expect(verification(request, after)).toMatchObject({ ok: true });
    });
  });
});

import { composeRequest, DefaultRequestSigner, OciError } from "oci-common";
import { SignerRequest } from "oci-common/lib/signer";
import { ClientContext } from "../lib/clients/client-context";
import { notificationsClient } from "../lib/clients/notifications";
import { objectStorageClient } from "../lib/clients/object-storage";
import { secretsClient } from "../lib/clients/secrets";
import { Deadline } from "../lib/deadline";
import { authenticationProvider } from "../lib/oci-auth";
import { platformConfigSchema } from "../lib/platform-config";
import { encodePathSegment, signableUri } from "../lib/request-uri";
import { NotificationsStandIn } from "../stand-ins/notifications";
import { ObjectStorageStandIn } from "../stand-ins/object-storage";
import { SecretsStandIn } from "../stand-ins/secrets";
import { resourcePrincipalEnv } from "../stand-ins/signing";

/**
 * Class: names the SDK's signer encodes differently from the path it sends (issue 10, item 1), and SDK retries that
 * must decide by status code (item 2). The stand-ins verify each signature over the raw path they received.
 */

const savedEnv = { ...process.env };
beforeAll(() => Object.assign(process.env, resourcePrincipalEnv()));
afterAll(() => {
  process.env = savedEnv;
});

function context(config: Record<string, string>): ClientContext {
  const parsed = platformConfigSchema.parse(config);
  return {
    auth: authenticationProvider(parsed),
    config: parsed,
    deadline: new Deadline(Date.now() + 10_000),
    retry: { maxAttempts: 4, baseDelayMs: 10, maxDelayMs: 50 },
  };
}

/** Every ASCII character, printable or not, and Unicode samples: Latin-1, CJK, astral (emoji), separators, BOM. */
const ASCII = Array.from({ length: 0x80 }, (_, c) => String.fromCharCode(c));
const UNICODE = ["é", "ß", "東", "京", "😀", "𝄞", "\u00a0", "\u2028", "\u2029", "\ufeff", "\u200b", "ﬁ", "Å"];
const PRINTABLE = ASCII.filter((c) => c >= " " && c <= "~");

/** The SDK's own URI for a HEAD of `name` (path) or of a query value, as its client code builds it. */
async function sdkUri(value: string, where: "path" | "query"): Promise<string> {
  const request = await composeRequest({
    baseEndpoint: "https://objectstorage.us-ashburn-1.oraclecloud.com",
    defaultHeaders: {},
    path: "/n/{namespaceName}/b/{bucketName}/o/{objectName}",
    method: "HEAD",
    pathParams: { "{namespaceName}": "ns", "{bucketName}": "b", "{objectName}": where === "path" ? value : "o" },
    queryParams: where === "query" ? { q: value } : {},
  });
  return request.uri;
}

/** What the signer signs as `(request-target)` and what fetch puts on the request line, for one URI. */
function signedAndSent(uri: string): { signed: string; sent: string } {
  const signed = new SignerRequest("HEAD", uri, new Headers()).path ?? "";
  const sent = new URL(new Request(uri).url);
  return { signed, sent: sent.pathname + sent.search };
}

async function disagreements(chars: string[], where: "path" | "query", fix: (uri: string) => string) {
  const found: string[] = [];
  for (const ch of chars) {
    const { signed, sent } = signedAndSent(fix(await sdkUri(`a${ch}b`, where)));
    if (signed !== sent) found.push(ch);
  }
  return found;
}

describe("the signed path and the sent path", () => {
  const asIs = (uri: string) => uri;

  test("differ, with the SDK alone, for ' in a path and for many characters in a query", async () => {
    expect(await disagreements([...ASCII, ...UNICODE], "path", asIs)).toEqual(["'"]);
    const query = await disagreements([...ASCII, ...UNICODE], "query", asIs);
    expect(query).toEqual(expect.arrayContaining(["\u0000", "\t", "\\", "^", "`", "{", "|", "}", "\u007f", "é", "😀"]));
  });

  test.each(["path", "query"] as const)(
    "agree in a %s for every ASCII and sample Unicode character once made signable",
    async (where) => {
      expect(await disagreements([...ASCII, ...UNICODE], where, signableUri)).toEqual([]);
    },
  );

  test("a signable path still names the same object: decoding it gives the name back", async () => {
    for (const ch of [...ASCII, ...UNICODE]) {
      const name = `a${ch}b/c'd`;
      const { sent } = signedAndSent(signableUri(await sdkUri(name, "path")));
      expect(decodeURIComponent(sent.split("/o/")[1])).toBe(name);
    }
  });

  test("making a URI signable is idempotent, as the SDK's retries send the same request object again", async () => {
    const uri = signableUri(await sdkUri("John's report (v2).pdf", "path"));
    expect(uri).toMatch(/\/o\/John%27s%20report%20\(v2\)\.pdf$/);
    expect(signableUri(uri)).toBe(uri);
  });

  test("a reference URL encodes a name as the SDK now sends it", () => {
    expect(encodePathSegment("John's/report.pdf")).toBe("John%27s%2Freport.pdf");
    expect(decodeURIComponent(encodePathSegment(PRINTABLE.join("") + UNICODE.join("")))).toBe(
      PRINTABLE.join("") + UNICODE.join(""),
    );
  });
});

describe("Object Storage with every printable character and Unicode in object names", () => {
  const objects = new ObjectStorageStandIn();
  let ctx: ClientContext;

  beforeAll(async () => {
    await objects.start();
    ctx = context({ OBJECT_STORAGE_ENDPOINT: objects.endpoint });
  });
  afterAll(() => objects.close());

  test("the stand-in refuses a request whose signed path is not the path it received", async () => {
    // GIVEN a HEAD signed for a%27b but sent as a'b: what the SDK alone did
    objects.putObject("ns", "b", "a'b", "x");
    const signer = new DefaultRequestSigner(ctx.auth);
    const headers = new Headers();
    await signer.signHttpRequest({ method: "HEAD", uri: `${objects.endpoint}/n/ns/b/b/o/a%27b`, headers });

    // WHEN
    const response = await fetch(`${objects.endpoint}/n/ns/b/b/o/a'b`, { method: "HEAD", headers });

    // THEN
    expect(response.status).toBe(401);
  });

  test("HEAD and GET reach every object, whatever its name", async () => {
    // GIVEN one object per character, one with all printable characters, and the name of the report
    const names = [
      ...PRINTABLE.map((ch) => `a${ch}b`),
      ...UNICODE.map((ch) => `u${ch}v`),
      PRINTABLE.join(""),
      "John's report.pdf",
      "in/2026 Q4/naïve 東京 😀.json",
    ];
    names.forEach((name, i) => objects.putObject("ns", "b", name, `body ${i}`));
    const client = objectStorageClient(ctx);
    const failed: string[] = [];

    // WHEN
    try {
      for (const [i, name] of names.entries()) {
        const head = await client
          .headObject({ namespaceName: "ns", bucketName: "b", objectName: name })
          .catch((err: OciError) => err);
        const got = await client
          .getObject({ namespaceName: "ns", bucketName: "b", objectName: name })
          .then(async (r) => Buffer.from(await new Response(r.value as ReadableStream).arrayBuffer()).toString())
          .catch((err: OciError) => err);
        if (head instanceof Error || got !== `body ${i}`) failed.push(name);
      }
    } finally {
      client.close();
    }

    // THEN
    expect(failed).toEqual([]);
    expect(objects.requests.filter((r) => r.status === 401)).toHaveLength(1); // only the hand-signed one above
  });
});

describe("SDK retries decide by status code, also when an answer has no body", () => {
  const objects = new ObjectStorageStandIn();
  const secrets = new SecretsStandIn();
  const notifications = new NotificationsStandIn();
  let ctx: ClientContext;
  let topicId: string;
  const secretId = "ocid1.vaultsecret.oc1.iad.retried";

  beforeAll(async () => {
    await Promise.all([objects.start(), secrets.start(), notifications.start()]);
    objects.putObject("ns", "b", "o", "body");
    secrets.putSecret(secretId, "value");
    topicId = notifications.createTopic();
    ctx = context({
      OBJECT_STORAGE_ENDPOINT: objects.endpoint,
      SECRETS_ENDPOINT: secrets.endpoint,
      NOTIFICATIONS_ENDPOINT: notifications.endpoint,
    });
  });
  afterEach(() => [objects, secrets, notifications].forEach((s) => s.clearFaults()));
  afterAll(() => Promise.all([objects.close(), secrets.close(), notifications.close()]));

  const calls = {
    "HEAD HeadObject": async () => {
      const client = objectStorageClient(ctx);
      try {
        await client.headObject({ namespaceName: "ns", bucketName: "b", objectName: "o" });
      } finally {
        client.close();
      }
      return objects.requestCount("HeadObject");
    },
    "GET GetObject": async () => {
      const client = objectStorageClient(ctx);
      try {
        const r = await client.getObject({ namespaceName: "ns", bucketName: "b", objectName: "o" });
        await new Response(r.value as ReadableStream).arrayBuffer();
      } finally {
        client.close();
      }
      return objects.requestCount("GetObject");
    },
    "GET GetSecretBundle": async () => {
      const client = secretsClient(ctx);
      try {
        await client.getSecretBundle({ secretId });
      } finally {
        client.close();
      }
      return secrets.requestCount("GetSecretBundle");
    },
    "POST PublishMessage": async () => {
      const client = notificationsClient(ctx);
      try {
        await client.publishMessage({ topicId, messageDetails: { title: "t", body: "b" } });
      } finally {
        client.close();
      }
      return notifications.requestCount("PublishMessage");
    },
  };
  const standInFor = (name: string) =>
    name.includes("Object") ? objects : name.includes("Secret") ? secrets : notifications;
  const operationOf = (name: string) => name.split(" ")[1];

  test.each(Object.keys(calls).flatMap((name) => [429, 500, 503].map((status) => [name, status] as const)))(
    "%s answered %d without a body is retried until it succeeds",
    async (name, status) => {
      // GIVEN two body-less failures
      const standIn = standInFor(name);
      const before = standIn.requestCount(operationOf(name));
      standIn.failNext(2, status, { operation: operationOf(name), noBody: true });

      // WHEN
      const after = await calls[name as keyof typeof calls]();

      // THEN the third attempt succeeded
      expect(after - before).toBe(3);
    },
  );

  test.each(Object.keys(calls))("%s answered 404 without a body is not retried", async (name) => {
    const standIn = standInFor(name);
    const before = standIn.requestCount(operationOf(name));
    standIn.failNext(1, 404, { operation: operationOf(name), noBody: true });
    await expect(calls[name as keyof typeof calls]()).rejects.toMatchObject({ statusCode: 404 });
    expect(standIn.requestCount(operationOf(name)) - before).toBe(1);
  });
});

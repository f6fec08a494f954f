// The SDK as the project runs it (lib/sdk-patches.ts): unpatched, its isEmpty check spends about a second of CPU on
// each 1 MB request body.
import "../lib/sdk-patches";
import * as common from "oci-common";
import { MonitoringClient } from "oci-monitoring";
import { NotificationDataPlaneClient } from "oci-ons";
import { ObjectStorageClient } from "oci-objectstorage";
import { SecretsClient } from "oci-secrets";
import { StreamClient } from "oci-streaming";
import { MonitoringStandIn, POSTS_PER_SECOND } from "../stand-ins/monitoring";
import { NotificationsStandIn } from "../stand-ins/notifications";
import { ObjectStorageStandIn } from "../stand-ins/object-storage";
import { SecretsStandIn } from "../stand-ins/secrets";
import { apiKeyIdentity, resourcePrincipalEnv, resourcePrincipalIdentity, writeOciConfig } from "../stand-ins/signing";
import { MAX_GROUPS_PER_STREAM, PARTITION_WRITE_BYTES_PER_SECOND, StreamingStandIn } from "../stand-ins/streaming";

// The real SDK clients against the stand-ins: what passes here is what the functions and the CLI rely on.

// The SDK console.warns every failed call; the failures here are intended.
beforeAll(() => jest.spyOn(console, "warn").mockImplementation(() => undefined));
afterAll(() => jest.restoreAllMocks());

/** At most `maxAttempts` tries, 10 ms apart, so injected faults never make a test slow. */
function fastRetries(maxAttempts = 1): common.ClientConfiguration {
  return {
    retryConfiguration: {
      terminationStrategy: new common.MaxAttemptsTerminationStrategy(maxAttempts),
      delayStrategy: new common.FixedTimeDelayStrategy(0.01),
    },
  };
}

function apiKeyProvider(): common.AuthenticationDetailsProvider {
  return new common.ConfigFileAuthenticationDetailsProvider(writeOciConfig(), "DEFAULT");
}

function withResourcePrincipalEnv<T>(build: () => T): T {
  const env = resourcePrincipalEnv();
  const saved = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
  Object.assign(process.env, env);
  try {
    return build();
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

const b64 = (text: string) => Buffer.from(text).toString("base64");
const text = (base64: string) => Buffer.from(base64, "base64").toString();

describe("StreamingStandIn with the SDK's StreamClient", () => {
  let standIn: StreamingStandIn;
  let client: StreamClient;

  beforeEach(async () => {
    standIn = await new StreamingStandIn().start();
    client = new StreamClient({ authenticationDetailsProvider: apiKeyProvider() }, fastRetries());
    client.endpoint = standIn.endpoint;
  });

  afterEach(async () => {
    client.close();
    await standIn.close();
  });

  async function readAll(streamId: string, partition: string, type: string, extra: object = {}): Promise<string[]> {
    const cursor = await client.createCursor({
      streamId,
      createCursorDetails: { partition, type: type as never, ...extra },
    });
    const page = await client.getMessages({ streamId, cursor: cursor.cursor.value, limit: 100 });
    return page.items.map((m) => text(m.value));
  }

  test("PutMessages stores messages by key and answers partition, offset and timestamp per entry", async () => {
    // GIVEN
    const streamId = standIn.createStream({ partitions: 3 });

    // WHEN
    const response = await client.putMessages({
      streamId,
      putMessagesDetails: {
        messages: [
          { key: b64("order-1"), value: b64("created") },
          { key: b64("order-1"), value: b64("paid") },
          { value: b64("keyless") },
        ],
      },
    });

    // THEN
    const entries = response.putMessagesResult.entries;
    expect(response.putMessagesResult.failures).toBe(0);
    expect(entries[0].partition).toBe(entries[1].partition);
    expect(entries[1].offset).toBe(entries[0].offset! + 1);
    expect(entries[0].timestamp).toBeDefined();
    expect(response.opcRequestId).toMatch(/^[0-9A-F]{32}$/);
    const stored = standIn.messages(streamId).map((m) => [m.key?.toString() ?? null, m.value.toString()]);
    expect(stored).toEqual(
      expect.arrayContaining([
        ["order-1", "created"],
        ["order-1", "paid"],
        [null, "keyless"],
      ]),
    );
  });

  test("keyless messages spread over partitions", async () => {
    const streamId = standIn.createStream({ partitions: 4 });
    const messages = Array.from({ length: 40 }, (_, i) => ({ value: b64(`m${i}`) }));

    const response = await client.putMessages({ streamId, putMessagesDetails: { messages } });

    const partitions = new Set(response.putMessagesResult.entries.map((e) => e.partition));
    expect(partitions.size).toBeGreaterThan(1);
  });

  test("cursors of every type start where the API says, and opc-next-cursor continues", async () => {
    // GIVEN (several readers of one partition, so the 5 GetMessages/s limit is lifted)
    standIn.getMessagesPerSecond = Infinity;
    const streamId = standIn.createStream();
    standIn.append(streamId, [{ value: "a" }, { value: "b" }]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const midpoint = new Date();
    standIn.append(streamId, [{ value: "c" }]);

    // THEN
    expect(await readAll(streamId, "0", "TRIM_HORIZON")).toEqual(["a", "b", "c"]);
    expect(await readAll(streamId, "0", "AT_OFFSET", { offset: 1 })).toEqual(["b", "c"]);
    expect(await readAll(streamId, "0", "AFTER_OFFSET", { offset: 1 })).toEqual(["c"]);
    expect(await readAll(streamId, "0", "AT_TIME", { time: midpoint })).toEqual(["c"]);

    const latest = await client.createCursor({
      streamId,
      createCursorDetails: { partition: "0", type: "LATEST" as never },
    });
    const empty = await client.getMessages({ streamId, cursor: latest.cursor.value });
    expect(empty.items).toEqual([]);
    standIn.append(streamId, [{ value: "d" }]);
    const next = await client.getMessages({ streamId, cursor: empty.opcNextCursor! });
    expect(next.items.map((m) => [text(m.value), m.offset, m.partition, m.stream])).toEqual([["d", 3, "0", streamId]]);
  });

  test("GetMessages honours limit and rejects a limit over 10000", async () => {
    const streamId = standIn.createStream();
    standIn.append(streamId, [{ value: "a" }, { value: "b" }, { value: "c" }]);
    const cursor = await client.createCursor({
      streamId,
      createCursorDetails: { partition: "0", type: "TRIM_HORIZON" as never },
    });

    const first = await client.getMessages({ streamId, cursor: cursor.cursor.value, limit: 2 });
    const rest = await client.getMessages({ streamId, cursor: first.opcNextCursor!, limit: 2 });

    expect(first.items.map((m) => text(m.value))).toEqual(["a", "b"]);
    expect(rest.items.map((m) => text(m.value))).toEqual(["c"]);
    await expect(client.getMessages({ streamId, cursor: rest.opcNextCursor!, limit: 10001 })).rejects.toMatchObject({
      statusCode: 400,
      serviceCode: "InvalidParameter",
    });
  });

  test("a cursor for a partition that does not exist is a 400 naming the allowed range", async () => {
    const streamId = standIn.createStream({ partitions: 2 });

    await expect(
      client.createCursor({ streamId, createCursorDetails: { partition: "2", type: "TRIM_HORIZON" as never } }),
    ).rejects.toMatchObject({ statusCode: 400, message: expect.stringContaining('"0".."1"') });
  });

  test("a group cursor with commitOnGet commits the previous batch on the next GetMessages", async () => {
    // GIVEN
    const streamId = standIn.createStream();
    standIn.append(streamId, [{ value: "a" }, { value: "b" }]);
    const details = { groupName: "g", instanceName: "i1", type: "TRIM_HORIZON" as never, commitOnGet: true };

    // WHEN
    const cursor = await client.createGroupCursor({ streamId, createGroupCursorDetails: details });
    const first = await client.getMessages({ streamId, cursor: cursor.cursor.value, limit: 1 });

    // THEN the batch just read is not committed yet...
    expect(first.items.map((m) => text(m.value))).toEqual(["a"]);
    expect(standIn.committedOffsets(streamId, "g")).toEqual([0]);
    // ...and is once the next GetMessages is made.
    const second = await client.getMessages({ streamId, cursor: first.opcNextCursor!, limit: 1 });
    expect(second.items.map((m) => text(m.value))).toEqual(["b"]);
    expect(standIn.committedOffsets(streamId, "g")).toEqual([1]);
  });

  test("without commitOnGet only an explicit commit moves the group, and a new cursor resumes from it", async () => {
    // GIVEN
    const streamId = standIn.createStream();
    standIn.append(streamId, [{ value: "a" }, { value: "b" }, { value: "c" }]);
    const details = { groupName: "g", instanceName: "i1", type: "TRIM_HORIZON" as never, commitOnGet: false };
    const cursor = await client.createGroupCursor({ streamId, createGroupCursorDetails: details });

    // WHEN
    const first = await client.getMessages({ streamId, cursor: cursor.cursor.value, limit: 2 });
    await client.getMessages({ streamId, cursor: first.opcNextCursor!, limit: 1 });
    expect(standIn.committedOffsets(streamId, "g")).toEqual([0]);
    await client.consumerCommit({ streamId, cursor: first.opcNextCursor! });

    // THEN the type of a later cursor is ignored: the group resumes at its committed offset.
    expect(standIn.committedOffsets(streamId, "g")).toEqual([2]);
    const again = await client.createGroupCursor({
      streamId,
      createGroupCursorDetails: { ...details, type: "LATEST" as never },
    });
    const rest = await client.getMessages({ streamId, cursor: again.cursor.value });
    expect(rest.items.map((m) => text(m.value))).toEqual(["c"]);
    const group = await client.getGroup({ streamId, groupName: "g" });
    expect(group.group.reservations).toEqual([
      expect.objectContaining({ partition: "0", committedOffset: 2, reservedInstance: "i1" }),
    ]);
  });

  test("a group shares partitions among its instances, and heartbeats keep a cursor usable", async () => {
    const streamId = standIn.createStream({ partitions: 2 });
    const join = (instanceName: string) =>
      client.createGroupCursor({
        streamId,
        createGroupCursorDetails: { groupName: "g", instanceName, type: "TRIM_HORIZON" as never },
      });
    await join("i1");
    const second = await join("i2");
    standIn.append(
      streamId,
      Array.from({ length: 20 }, (_, i) => ({ key: `k${i}`, value: `v${i}` })),
    );

    const beat = await client.consumerHeartbeat({ streamId, cursor: second.cursor.value });
    const page = await client.getMessages({ streamId, cursor: beat.cursor.value });

    expect(new Set(page.items.map((m) => m.partition))).toEqual(new Set(["1"]));
    expect(page.items.length).toBe(standIn.messages(streamId, "1").length);
  });

  test("an instance idle past its timeout loses its partitions to the others; a heartbeat keeps them", async () => {
    // GIVEN a clock the test moves, and one partition
    let clock = Date.parse("2026-01-01T00:00:00Z");
    standIn.now = () => clock;
    const streamId = standIn.createStream({ partitions: 1 });
    standIn.append(streamId, [{ value: "v0" }]);
    const join = (instanceName: string) =>
      client.createGroupCursor({
        streamId,
        createGroupCursorDetails: {
          groupName: "g",
          instanceName,
          type: "TRIM_HORIZON" as never,
          commitOnGet: false,
          timeoutInMs: 30_000,
        },
      });
    const holder = async () =>
      (await client.getGroup({ streamId, groupName: "g" })).group.reservations?.[0]?.reservedInstance;
    const a = await join("a");

    // WHEN a heartbeats within its timeout, and b joins 40 s after a did
    clock += 20_000;
    await client.consumerHeartbeat({ streamId, cursor: a.cursor.value });
    clock += 20_000;
    const b = await join("b");

    // THEN a still holds the partition; b reads nothing
    expect(await holder()).toBe("a");
    expect((await client.getMessages({ streamId, cursor: b.cursor.value })).items).toEqual([]);

    // WHEN a then stays idle past its timeout while b is active
    clock += 31_000;
    const again = await join("b");

    // THEN b holds it and reads from the committed offset; a, coming back, has lost it
    expect(await holder()).toBe("b");
    expect(
      (await client.getMessages({ streamId, cursor: again.cursor.value })).items.map((m) => text(m.value)),
    ).toEqual(["v0"]);
    expect((await client.getMessages({ streamId, cursor: a.cursor.value })).items).toEqual([]);
    expect(standIn.lapsedReservations).toEqual([{ group: "g", instance: "a", idleMs: 51_000 }]);
  });

  test("per-entry failures come back in a 200 with a failures count, and failed entries are not stored", async () => {
    const streamId = standIn.createStream();
    standIn.failEntries({ match: ({ value }) => value.toString() === "bad", times: 1 });

    const response = await client.putMessages({
      streamId,
      putMessagesDetails: { messages: [{ value: b64("good") }, { value: b64("bad") }] },
    });

    expect(response.putMessagesResult.failures).toBe(1);
    expect(response.putMessagesResult.entries[1]).toMatchObject({ error: "429", errorMessage: expect.any(String) });
    expect(standIn.messages(streamId).map((m) => m.value.toString())).toEqual(["good"]);
  });

  test("a message over 1 MB and a request over 1 MB are refused with 400", async () => {
    const streamId = standIn.createStream();
    const half = b64("x".repeat(600 * 1024));

    await expect(
      client.putMessages({ streamId, putMessagesDetails: { messages: [{ value: b64("x".repeat(1024 * 1024 + 1)) }] } }),
    ).rejects.toMatchObject({ statusCode: 400, serviceCode: "InvalidParameter" });
    await expect(
      client.putMessages({ streamId, putMessagesDetails: { messages: [{ value: half }, { value: half }] } }),
    ).rejects.toMatchObject({ statusCode: 400, message: expect.stringContaining("limit is 1048576") });
    expect(standIn.messages(streamId)).toEqual([]);
  });

  test("a partition takes 1 MB a second: entries over it fail with 429 inside the 200, and pass again a second later", async () => {
    let now = 0;
    const limited = await new StreamingStandIn({
      writeBytesPerSecond: PARTITION_WRITE_BYTES_PER_SECOND,
      now: () => now,
    }).start();
    client.endpoint = limited.endpoint;
    try {
      const streamId = limited.createStream();
      const put = (values: string[]) =>
        client.putMessages({
          streamId,
          putMessagesDetails: { messages: values.map((v) => ({ key: b64("k"), value: b64(v) })) },
        });
      const part = "x".repeat(400 * 1024);
      expect((await put([part, part])).putMessagesResult.failures).toBe(0);
      now += 100; // a tenth of a second refills a tenth of the rate: not enough for another 400 KB
      const over = await put([part]);
      expect(over.putMessagesResult.failures).toBe(1);
      expect(over.putMessagesResult.entries[0]).toMatchObject({ error: "429" });
      now += 1_000;
      expect((await put([part])).putMessagesResult.failures).toBe(0);
      expect(limited.messages(streamId)).toHaveLength(3);
    } finally {
      await limited.close();
    }
  });

  test("a stream has at most 50 consumer groups: the 51st is a 400 LimitExceeded, a known group still gets cursors", async () => {
    const streamId = standIn.createStream();
    const groupCursor = (groupName: string) =>
      client.createGroupCursor({
        streamId,
        createGroupCursorDetails: { groupName, instanceName: "i", type: "TRIM_HORIZON" as never },
      });
    for (let g = 0; g < MAX_GROUPS_PER_STREAM; g++) await groupCursor(`group-${g}`);
    await expect(groupCursor("one-too-many")).rejects.toMatchObject({ statusCode: 400, serviceCode: "LimitExceeded" });
    await expect(groupCursor("group-0")).resolves.toBeDefined();
  });

  test("an unknown stream is a 404 NotAuthorizedOrNotFound", async () => {
    await expect(
      client.putMessages({
        streamId: "ocid1.stream.oc1.iad.nope",
        putMessagesDetails: { messages: [{ value: b64("x") }] },
      }),
    ).rejects.toMatchObject({ statusCode: 404, serviceCode: "NotAuthorizedOrNotFound" });
  });

  test("injected 429s answer the next calls, and the SDK's retry (when configured) gets through", async () => {
    const streamId = standIn.createStream();
    standIn.failNext(1, 429, { operation: "CreateCursor" });

    await expect(
      client.createCursor({ streamId, createCursorDetails: { partition: "0", type: "LATEST" as never } }),
    ).rejects.toMatchObject({ statusCode: 429, serviceCode: "TooManyRequests" });

    standIn.failNext(2, 503);
    const retrying = new StreamClient({ authenticationDetailsProvider: apiKeyProvider() }, fastRetries(3));
    retrying.endpoint = standIn.endpoint;
    const cursor = await retrying.createCursor({
      streamId,
      createCursorDetails: { partition: "0", type: "LATEST" as never },
    });
    retrying.close();
    expect(cursor.cursor.value).toBeTruthy();
    expect(standIn.requests.slice(-3).map((r) => r.status)).toEqual([503, 503, 200]);
  });

  test("more than 5 GetMessages per second on a partition are throttled with 429", async () => {
    const streamId = standIn.createStream();
    const cursor = await client.createCursor({
      streamId,
      createCursorDetails: { partition: "0", type: "LATEST" as never },
    });

    const results = await Promise.allSettled(
      Array.from({ length: 6 }, () => client.getMessages({ streamId, cursor: cursor.cursor.value })),
    );

    expect(results.filter((r) => r.status === "rejected")).toEqual([
      { status: "rejected", reason: expect.objectContaining({ statusCode: 429 }) },
    ]);
  });

  test("a dropped connection fails the call on the client side; a delayed one still answers", async () => {
    const streamId = standIn.createStream();
    standIn.dropNext(1);
    await expect(
      client.putMessages({ streamId, putMessagesDetails: { messages: [{ value: b64("x") }] } }),
    ).rejects.toBeDefined();
    expect(standIn.messages(streamId)).toEqual([]);

    standIn.delayNext(1, 100);
    const started = Date.now();
    await client.putMessages({ streamId, putMessagesDetails: { messages: [{ value: b64("x") }] } });
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
  });

  test("resource-principal signed requests are accepted and attributed to the function", async () => {
    const streamId = standIn.createStream();
    const provider = withResourcePrincipalEnv(() => common.ResourcePrincipalAuthenticationDetailsProvider.builder());
    const rpClient = new StreamClient({ authenticationDetailsProvider: provider }, fastRetries());
    rpClient.endpoint = standIn.endpoint;

    await rpClient.putMessages({ streamId, putMessagesDetails: { messages: [{ value: b64("from a function") }] } });
    const cursor = await rpClient.createCursor({
      streamId,
      createCursorDetails: { partition: "0", type: "TRIM_HORIZON" as never },
    });
    const page = await rpClient.getMessages({ streamId, cursor: cursor.cursor.value });
    rpClient.close();

    expect(page.items.map((m) => text(m.value))).toEqual(["from a function"]);
    expect(new Set(standIn.requests.map((r) => r.principal))).toEqual(
      new Set([resourcePrincipalIdentity().functionId]),
    );
    expect(await provider.getStringClaim("res_compartment")).toBe(resourcePrincipalIdentity().compartmentId);
  });
});

describe("signature verification", () => {
  let standIn: StreamingStandIn;
  let streamId: string;

  beforeEach(async () => {
    standIn = await new StreamingStandIn().start();
    streamId = standIn.createStream();
  });

  afterEach(() => standIn.close());

  /** Signs a request the way the SDK does, so the test can then tamper with it. */
  async function signed(
    method: common.Method,
    path: string,
    body?: string,
  ): Promise<{ url: string; headers: Headers }> {
    const url = `${standIn.endpoint}${path}`;
    const headers = new Headers({ "content-type": "application/json" });
    const signer = new common.DefaultRequestSigner(apiKeyProvider());
    await signer.signHttpRequest({ method, uri: url, headers, body });
    return { url, headers };
  }

  test("a correctly signed plain request is accepted", async () => {
    const body = JSON.stringify({ partition: "0", type: "LATEST" });
    const { url, headers } = await signed("POST", `/20180418/streams/${streamId}/cursors`, body);

    const response = await fetch(url, { method: "POST", headers, body });

    expect(response.status).toBe(200);
  });

  test("an unsigned request gets 401 NotAuthenticated with OCI's error body", async () => {
    const response = await fetch(`${standIn.endpoint}/20180418/streams/${streamId}/messages?cursor=x`);

    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ code: "NotAuthenticated", message: expect.stringContaining("not signed") });
  });

  test("a body changed after signing gets 401", async () => {
    const body = JSON.stringify({ partition: "0", type: "LATEST" });
    const { url, headers } = await signed("POST", `/20180418/streams/${streamId}/cursors`, body);
    const tampered = JSON.stringify({ partition: "0", type: "TRIM_HORIZON" });
    headers.set("content-length", String(Buffer.byteLength(tampered)));

    const response = await fetch(url, { method: "POST", headers, body: tampered });

    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({
      code: "NotAuthenticated",
      message: expect.stringContaining("x-content-sha256"),
    });
  });

  test("a signature over another path gets 401", async () => {
    const { headers } = await signed("GET", `/20180418/streams/${streamId}/messages?cursor=a`);

    const response = await fetch(`${standIn.endpoint}/20180418/streams/${streamId}/messages?cursor=b`, { headers });

    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ message: "the signature does not verify" });
  });

  test("a POST whose signature leaves out the body headers gets 401, except PutMessages", async () => {
    const body = JSON.stringify({ partition: "0", type: "LATEST" });
    const url = `${standIn.endpoint}/20180418/streams/${streamId}/cursors`;
    const headers = new Headers({ "content-type": "application/json" });
    await new common.DefaultRequestSigner(apiKeyProvider()).signHttpRequest(
      { method: "POST", uri: url, headers, body },
      true,
    );

    const response = await fetch(url, { method: "POST", headers, body });

    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({
      message: expect.stringContaining("content-length, content-type, x-content-sha256"),
    });
  });

  test("a resource principal token with altered claims gets 401", async () => {
    const identity = resourcePrincipalIdentity();
    const [header, payload, signature] = identity.token.split(".");
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString());
    const forged = Buffer.from(JSON.stringify({ ...claims, res_compartment: "ocid1.compartment.oc1..other" })).toString(
      "base64url",
    );
    const provider: common.AuthenticationDetailsProvider = {
      getKeyId: async () => `ST$${header}.${forged}.${signature}`,
      getPrivateKey: () => identity.privateKeyPem,
      getPassphrase: () => null,
    };
    const url = `${standIn.endpoint}/20180418/streams/${streamId}/messages?cursor=a`;
    const headers = new Headers();
    await new common.DefaultRequestSigner(provider).signHttpRequest({ method: "GET", uri: url, headers });

    const response = await fetch(url, { headers });

    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({
      message: "the security token was not issued by the identity service",
    });
  });

  test("a signature from an unknown key gets 401", async () => {
    const identity = apiKeyIdentity();
    const stranger = new common.SimpleAuthenticationDetailsProvider(
      identity.tenancyId,
      "ocid1.user.oc1..someoneelse",
      identity.fingerprint,
      identity.privateKeyPem,
      null,
    );
    const url = `${standIn.endpoint}/20180418/streams/${streamId}/messages?cursor=a`;
    const headers = new Headers();
    await new common.DefaultRequestSigner(stranger).signHttpRequest({ method: "GET", uri: url, headers });

    const response = await fetch(url, { headers });

    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ message: expect.stringContaining("unknown keyId") });
  });
});

describe("ObjectStorageStandIn, SecretsStandIn and NotificationsStandIn with the SDK", () => {
  test("HEAD and GET an object whose name needs URL encoding; a missing one is 404", async () => {
    const standIn = await new ObjectStorageStandIn().start();
    const client = new ObjectStorageClient({ authenticationDetailsProvider: apiKeyProvider() }, fastRetries());
    client.endpoint = standIn.endpoint;
    const name = "incoming/2026 11/data+1.json";
    const stored = standIn.putObject("ns", "bucket", name, '{"a":1}', "application/json");
    try {
      const head = await client.headObject({ namespaceName: "ns", bucketName: "bucket", objectName: name });
      const got = await client.getObject({ namespaceName: "ns", bucketName: "bucket", objectName: name });

      expect(head).toMatchObject({ contentLength: 7, contentType: "application/json", eTag: stored.etag });
      expect(await new Response(got.value as ReadableStream).text()).toBe('{"a":1}');
      await expect(
        client.headObject({ namespaceName: "ns", bucketName: "bucket", objectName: "missing" }),
      ).rejects.toMatchObject({
        statusCode: 404,
      });
      await expect(
        client.getObject({ namespaceName: "ns", bucketName: "nobucket", objectName: name }),
      ).rejects.toMatchObject({
        statusCode: 404,
        serviceCode: "BucketNotFound",
      });
    } finally {
      client.close();
      await standIn.close();
    }
  });

  test("GetSecretBundle returns the current version base64-encoded, and 404 for an unknown secret", async () => {
    const standIn = await new SecretsStandIn().start();
    const provider = withResourcePrincipalEnv(() => common.ResourcePrincipalAuthenticationDetailsProvider.builder());
    const client = new SecretsClient({ authenticationDetailsProvider: provider }, fastRetries());
    client.endpoint = standIn.endpoint;
    standIn.putSecret("ocid1.vaultsecret.oc1..s", "old-token");
    standIn.putSecret("ocid1.vaultsecret.oc1..s", "api-token");
    try {
      const bundle = await client.getSecretBundle({ secretId: "ocid1.vaultsecret.oc1..s", stage: "CURRENT" as never });

      expect(bundle.secretBundle).toMatchObject({ versionNumber: 2, stages: ["CURRENT", "LATEST"] });
      const content = bundle.secretBundle.secretBundleContent as { contentType: string; content: string };
      expect(content.contentType).toBe("BASE64");
      expect(text(content.content)).toBe("api-token");
      await expect(client.getSecretBundle({ secretId: "ocid1.vaultsecret.oc1..none" })).rejects.toMatchObject({
        statusCode: 404,
        serviceCode: "NotAuthorizedOrNotFound",
      });
    } finally {
      client.close();
      await standIn.close();
    }
  });

  test("PublishMessage records the message and answers a messageId; an unknown topic is 404", async () => {
    const standIn = await new NotificationsStandIn().start();
    const client = new NotificationDataPlaneClient({ authenticationDetailsProvider: apiKeyProvider() }, fastRetries());
    client.endpoint = standIn.endpoint;
    const topicId = standIn.createTopic();
    try {
      const result = await client.publishMessage({ topicId, messageDetails: { title: "Failed", body: "details" } });

      expect(standIn.published).toEqual([
        expect.objectContaining({
          topicId,
          title: "Failed",
          body: "details",
          messageId: result.publishResult.messageId,
        }),
      ]);
      await expect(
        client.publishMessage({ topicId: "ocid1.onstopic.oc1..none", messageDetails: { body: "x" } }),
      ).rejects.toMatchObject({ statusCode: 404 });
      await expect(
        client.publishMessage({ topicId, messageDetails: { body: "x".repeat(65 * 1024) } }),
      ).rejects.toMatchObject({ statusCode: 400, message: expect.stringContaining("limit is 65536") });
    } finally {
      client.close();
      await standIn.close();
    }
  });

  test("PostMetricData takes 50 calls a second, OCI's per-tenancy limit, and answers the next 429", async () => {
    const standIn = await new MonitoringStandIn().start();
    const client = new MonitoringClient({ authenticationDetailsProvider: apiKeyProvider() }, fastRetries());
    client.endpoint = standIn.endpoint;
    const post = () =>
      client.postMetricData({
        postMetricDataDetails: {
          metricData: [
            {
              namespace: "event_streaming",
              compartmentId: "ocid1.compartment.oc1..c",
              name: "MessagesDelivered",
              dimensions: { target: "crm" },
              datapoints: [{ timestamp: new Date(), value: 1 }],
            },
          ],
        },
      });
    try {
      // WHEN 51 posts go out at once
      const outcomes = await Promise.allSettled(Array.from({ length: POSTS_PER_SECOND + 1 }, post));

      // THEN 50 are taken and one is throttled; lifting the limit (as a compressed-time simulation does) takes it
      expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(POSTS_PER_SECOND);
      const [throttled, ...more] = outcomes.filter((o) => o.status === "rejected");
      expect(more).toEqual([]);
      expect((throttled as PromiseRejectedResult).reason).toMatchObject({
        statusCode: 429,
        serviceCode: "TooManyRequests",
      });
      standIn.postsPerSecond = Infinity;
      await expect(post()).resolves.toBeDefined();
    } finally {
      client.close();
      await standIn.close();
    }
  });
});

import * as common from "oci-common";
import { StreamClient } from "oci-streaming";
import {
  findOversized,
  messageBytes,
  MessageTooLargeError,
  putAll,
  splitIntoBatches,
  STREAMING_LIMITS,
  toPutEntry,
} from "../lib/batching";
import { backoffDelayMs, withRetries } from "../lib/retry";
import { writeOciConfig } from "../stand-ins/signing";
import { StreamingStandIn } from "../stand-ins/streaming";

const MB = 1024 * 1024;

// The SDK console.warns every failed call; the failures here are intended.
beforeAll(() => jest.spyOn(console, "warn").mockImplementation(() => undefined));
afterAll(() => jest.restoreAllMocks());
const noWait = { initialDelayMs: 1, maxDelayMs: 1 };

describe("size accounting and splitting", () => {
  test("counts key and value bytes as sent, after decoding (UTF-8 for strings)", () => {
    expect(messageBytes({ key: "ключ", value: Buffer.alloc(10) })).toBe(8 + 10);
    expect(messageBytes({ key: null, value: "é" })).toBe(2);
  });

  test("finds every message over 1 MB and every key over 256 bytes, with the reason", () => {
    const problems = findOversized([
      { value: "ok" },
      { key: "k".repeat(257), value: "v" },
      { key: "k", value: Buffer.alloc(MB) },
      { value: Buffer.alloc(MB) },
    ]);

    expect(problems).toEqual([
      { index: 1, reason: "key is 257 bytes; the limit is 256 bytes" },
      { index: 2, reason: "key and value are 1048577 bytes; the limit is 1048576 bytes per message" },
    ]);
  });

  test("packs messages in order into batches of at most 1 MB of keys and values", () => {
    const third = { key: "k", value: Buffer.alloc(300 * 1024) };
    const messages = [third, third, third, third, { value: Buffer.alloc(MB) }, { value: "tail" }];

    const batches = splitIntoBatches(messages);

    expect(batches.map((b) => b.length)).toEqual([3, 1, 1, 1]);
    expect(batches.flat()).toEqual(messages);
    for (const batch of batches) {
      expect(batch.reduce((sum, m) => sum + messageBytes(m), 0)).toBeLessThanOrEqual(STREAMING_LIMITS.maxRequestBytes);
    }
  });

  test("a message that can never fit throws, naming it, rather than being dropped", () => {
    expect(() => splitIntoBatches([{ value: "a" }, { value: Buffer.alloc(MB + 1) }])).toThrow(MessageTooLargeError);
    expect(() => splitIntoBatches([{ value: "a" }, { value: Buffer.alloc(MB + 1) }])).toThrow(/^message 2: /);
  });

  test("encodes keys and values as base64 and leaves a missing key out", () => {
    expect(toPutEntry({ key: "k", value: "v" })).toEqual({ key: "aw==", value: "dg==" });
    expect(toPutEntry({ value: Buffer.from([0xff]) })).toEqual({ value: "/w==" });
  });

  test("back-off doubles from the initial delay up to the cap", () => {
    const policy = { initialDelayMs: 100, maxDelayMs: 1000 };
    const delays = [1, 2, 3, 4, 5].map((attempt) => backoffDelayMs(attempt, policy));

    [100, 200, 400, 800, 1000].forEach((base, i) => {
      expect(delays[i]).toBeGreaterThanOrEqual(base);
      expect(delays[i]).toBeLessThanOrEqual(base * 1.1);
    });
  });

  test("withRetries does not retry an error that will not go away", async () => {
    let calls = 0;
    const notFound = Object.assign(new Error("gone"), { statusCode: 404 });

    const call = async () => {
      calls++;
      throw notFound;
    };

    await expect(withRetries(call, { ...noWait, maxAttempts: 5 })).rejects.toBe(notFound);
    expect(calls).toBe(1);
  });
});

describe("putAll against the streaming stand-in", () => {
  let standIn: StreamingStandIn;
  let client: StreamClient;
  let streamId: string;

  beforeEach(async () => {
    standIn = await new StreamingStandIn().start();
    const provider = new common.ConfigFileAuthenticationDetailsProvider(writeOciConfig(), "DEFAULT");
    client = new StreamClient(
      { authenticationDetailsProvider: provider },
      { retryConfiguration: common.NoRetryConfigurationDetails },
    );
    client.endpoint = standIn.endpoint;
    streamId = standIn.createStream({ partitions: 2 });
  });

  afterEach(async () => {
    client.close();
    await standIn.close();
  });

  const stored = () => standIn.messages(streamId).map((m) => m.value.toString());

  test("resends only the entries that failed, so each message is stored once", async () => {
    standIn.failEntries({ match: ({ value }) => value.toString().endsWith("3"), times: 2 });
    const messages = Array.from({ length: 5 }, (_, i) => ({ key: `k${i}`, value: `m${i}` }));

    const result = await putAll(client, streamId, messages, { ...noWait, maxAttempts: 3 });

    expect(result.failures).toBe(0);
    expect(result.outcomes.map((o) => o.attempts)).toEqual([1, 1, 1, 3, 1]);
    expect(stored().sort()).toEqual(["m0", "m1", "m2", "m3", "m4"]);
    expect(standIn.requestCount("PutMessages")).toBe(3);
  });

  test("reports entries that still fail after maxAttempts, in input order, with the service's error", async () => {
    standIn.failEntries({ match: ({ value }) => value.toString() === "bad", error: "500", errorMessage: "internal" });

    const result = await putAll(client, streamId, [{ value: "good" }, { value: "bad" }], { ...noWait, maxAttempts: 2 });

    expect(result.failures).toBe(1);
    expect(result.outcomes).toEqual([
      expect.objectContaining({ ok: true, attempts: 1 }),
      { ok: false, error: "500", errorMessage: "internal", attempts: 2 },
    ]);
    expect(stored()).toEqual(["good"]);
  });

  test("retries whole requests that were throttled, failed on the server or lost their connection", async () => {
    standIn.dropNext(1);
    standIn.failNext(1, 429);
    standIn.failNext(1, 503);

    const result = await putAll(client, streamId, [{ value: "a" }, { value: "b" }], { ...noWait, maxAttempts: 4 });

    expect(result.failures).toBe(0);
    expect(standIn.requests.map((r) => r.status)).toEqual([0, 429, 503, 200]);
    expect(stored().sort()).toEqual(["a", "b"]);
  });

  test("stops at a non-retryable error and gives every unsent message that outcome", async () => {
    const big = Buffer.alloc(MB / 2 + 1);
    const messages = [{ value: big }, { value: big }, { value: big }];

    const result = await putAll(client, "ocid1.stream.oc1.iad.missing", messages, { ...noWait, maxAttempts: 3 });

    expect(result.failures).toBe(3);
    expect(result.outcomes.map((o) => !o.ok && [o.status, o.error])).toEqual([
      [404, "NotAuthorizedOrNotFound"],
      [404, "NotAuthorizedOrNotFound"],
      [404, "NotAuthorizedOrNotFound"],
    ]);
    expect(standIn.requestCount("PutMessages")).toBe(1);
  });

  test("does not start an attempt after the deadline", async () => {
    standIn.failNext(100, 503);

    const result = await putAll(client, streamId, [{ value: "a" }], {
      maxAttempts: 10,
      initialDelayMs: 50,
      deadline: Date.now() + 120,
    });

    expect(result.outcomes).toEqual([expect.objectContaining({ ok: false, status: 503 })]);
    expect(standIn.requestCount()).toBeLessThanOrEqual(3);
  });

  test("refuses the whole input, sending nothing, if one message can never fit", async () => {
    await expect(putAll(client, streamId, [{ value: "a" }, { key: "k".repeat(300), value: "b" }])).rejects.toThrow(
      "message 2: key is 300 bytes",
    );
    expect(standIn.requestCount()).toBe(0);
  });
});

import { FnProcess } from "../stand-ins/fn-harness";
import { DataSyncEnv } from "../stand-ins/data-sync-env";

const gateway = { method: "POST", url: "/v1/messages" };

describe("populate function, through the built bundle, the real FDK and SDK", () => {
  let env: DataSyncEnv;
  let fn: FnProcess;

  beforeAll(async () => {
    env = await DataSyncEnv.start();
    fn = await env.start("populate");
  });

  afterAll(() => env.close());

  // Tests share the stand-ins: a fault a test injected but its function did not use up must not hit the next test.
  afterEach(() => env.streaming.clearFaults());

  const post = (body: unknown) => fn.call(JSON.stringify(body), { gateway, timeoutMs: 10_000 });

  test("a batch lands on the data stream; each message's partition and offset is answered", async () => {
    // WHEN
    const response = await post({
      messages: [
        { key: "customer-1", value: env.targetCall("a") },
        { key: "customer-1", value: env.targetCall("b", { method: "PUT", headers: { "X-Trace": "t1" } }) },
        { value: env.targetCall("c", { method: "GET", payload: undefined }) },
      ],
    });

    // THEN
    expect(response.httpStatus).toBe(200);
    const answered = response.json().messages;
    expect(answered).toHaveLength(3);
    for (const [index, m] of answered.entries()) {
      const stored = env.streaming.messages(env.dataStreamId, m.partition).find((s) => s.offset === m.offset);
      expect(m.index).toBe(index);
      expect(JSON.parse(stored!.value.toString()).payload?.id ?? "c").toBe(["a", "b", "c"][index]);
    }
    // Equal keys share a partition, in order.
    expect(answered[0].partition).toBe(answered[1].partition);
    expect(answered[1].offset).toBe(answered[0].offset + 1);
    expect(env.streaming.messages(env.dataStreamId, answered[0].partition)[answered[0].offset].key?.toString()).toBe(
      "customer-1",
    );
  });

  test("a single message (no envelope array) is accepted too", async () => {
    const response = await post({ value: env.targetCall("single") });

    expect(response.httpStatus).toBe(200);
    expect(response.json().messages).toEqual([{ index: 0, partition: expect.any(String), offset: expect.any(Number) }]);
  });

  test("bad messages get 400 with a reason per message, and nothing is stored", async () => {
    const stored = env.streaming.messages(env.dataStreamId).length;

    const response = await post({
      messages: [
        { value: env.targetCall("fine") },
        { value: env.targetCall("plain", { path: "https://evil.example.org/items/plain" }) },
        { value: env.targetCall("foreign", { target: "evil" }) },
        { value: env.targetCall("head", { method: "HEAD" }) },
        { value: env.targetCall("auth", { headers: { Authorization: "Bearer mine" } }) },
        { value: env.targetCall("get", { method: "GET" }) },
        { key: 42, value: env.targetCall("key") },
        { valu: env.targetCall("typo") },
      ],
    });

    expect(response.httpStatus).toBe(400);
    const body = response.json();
    expect(body.error).toBe("invalid_messages");
    expect(body.problems.map((p: { index: number }) => p.index)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const reasons = body.problems.map((p: { reason: string }) => p.reason);
    expect(reasons[0]).toMatch(/messages\[1\]\.value\.path: must start with a single '\/'/);
    expect(reasons[1]).toMatch(/messages\[2\]\.value\.target: "evil" is not a configured target \(configured: api\)/);
    expect(reasons[2]).toMatch(/messages\[3\]\.value\.method: .*\(got "HEAD"\)/);
    expect(reasons[3]).toMatch(/messages\[4\]\.value\.headers: must not set authorization, host/);
    expect(reasons[4]).toMatch(/a GET request cannot carry a payload/);
    expect(reasons[5]).toMatch(/messages\[6\]\.key/);
    expect(reasons[6]).toMatch(/valu/);
    expect(env.streaming.messages(env.dataStreamId)).toHaveLength(stored);
  });

  test("invalid JSON and an empty batch are 400s, not 500s", async () => {
    const invalid = await fn.call("{not json", { gateway });
    const empty = await post({ messages: [] });

    expect(invalid.httpStatus).toBe(400);
    expect(invalid.json().error).toBe("invalid_json");
    expect(empty.httpStatus).toBe(400);
    expect(empty.json().reason).toMatch(/non-empty array/);
  });

  test("a message over the limit, or a key over 256 bytes, is 413", async () => {
    const big = await post({ messages: [{ value: env.targetCall("big", { payload: "x".repeat(1024 * 1024) }) }] });
    const longKey = await post({ messages: [{ key: "k".repeat(257), value: env.targetCall("key") }] });

    expect(big.httpStatus).toBe(413);
    expect(big.json().reason).toMatch(/messages\[0\]: key and value are \d+ bytes; the limit is \d+/);
    expect(longKey.httpStatus).toBe(413);
    expect(longKey.json().reason).toMatch(/key is 257 bytes; the limit is 256/);
  });

  test("a valid batch over 1 MiB in total is split over several PutMessages requests", async () => {
    const puts = env.streaming.requestCount("PutMessages");
    const payload = "y".repeat(400 * 1024);

    const response = await post({
      messages: ["s1", "s2", "s3", "s4"].map((id) => ({ value: env.targetCall(id, { payload }) })),
    });

    expect(response.httpStatus).toBe(200);
    expect(response.json().messages).toHaveLength(4);
    expect(env.streaming.requestCount("PutMessages") - puts).toBeGreaterThanOrEqual(2);
  });

  test("a stream that keeps throttling gets 429 after bounded retries", async () => {
    env.streaming.failNext(4, 429, { operation: "PutMessages" });

    const response = await post({ messages: [{ value: env.targetCall("t") }] });

    expect(response.httpStatus).toBe(429);
    expect(response.headers["fn-http-h-retry-after"]).toBe("1");
    expect(response.json()).toMatchObject({
      error: "stream_throttled",
      messages: [{ index: 0, error: "TooManyRequests" }],
    });
    expect(response.answeredAt).toBeLessThan(response.deadline);
  });

  test("per-entry failures inside a 200 PutMessages answer are never reported as success", async () => {
    // GIVEN the stream keeps refusing one entry
    env.streaming.failEntries({ match: ({ value }) => value.toString().includes("refused"), times: 4 });

    // WHEN
    const response = await post({
      messages: [{ value: env.targetCall("accepted") }, { value: env.targetCall("refused") }],
    });

    // THEN the stored one is reported, the refused one is not
    expect(response.httpStatus).toBe(429);
    const [accepted, refused] = response.json().messages;
    expect(accepted).toMatchObject({ index: 0, partition: expect.any(String), offset: expect.any(Number) });
    expect(refused).toMatchObject({ index: 1, error: "429" });
    expect(refused.offset).toBeUndefined();
  });

  test("an unavailable stream gets 503", async () => {
    env.streaming.failNext(4, 503, { operation: "PutMessages" });

    const response = await post({ value: env.targetCall("u") });

    expect(response.httpStatus).toBe(503);
    expect(response.json().error).toBe("stream_unavailable");
  });
});

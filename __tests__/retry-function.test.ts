import { FnProcess } from "../stand-ins/fn-harness";
import { DataSyncEnv, itemId, TARGET_CREDENTIAL } from "../stand-ins/data-sync-env";

const gateway = { method: "POST", url: "/v1/retry" };

describe("retry function, through the built bundle, the real FDK and SDK", () => {
  let env: DataSyncEnv;
  let process: FnProcess;
  let retry: FnProcess;
  let shared: [FnProcess, FnProcess];

  // One pair of containers for the file, as a warm Fn app would keep them; each test gets empty stand-ins, and starts
  // its own containers where it needs other configuration. The retry container's ledger only remembers messages by
  // stream, offset and append time, so an earlier test's never matches a later one's.
  beforeAll(async () => {
    env = await DataSyncEnv.start();
    shared = [process, retry] = await Promise.all([env.start("process"), env.start("retry")]);
  });

  beforeEach(async () => {
    [process, retry] = shared;
    await env.reset(shared);
  });

  afterAll(() => env.close());

  const retryCall = async (body: unknown) => retry.call(JSON.stringify(body), { gateway, timeoutMs: 15_000 });

  /** Runs ids through the process function while the target fails, so each lands on the recoverable stream. */
  async function failFirst(ids: string[], status = 503): Promise<void> {
    env.target.behave = () => ({ status });
    const response = await process.call(JSON.stringify(env.connectorBatch(ids.map((id) => env.targetCall(id)))));
    expect(response.json().delivered).toBe(0);
  }

  test("its log tallies each run's outcomes by target and by the API client that sent the message", async () => {
    // GIVEN a message of client shop and one of client feed waiting, and a target that now takes only shop's
    env.target.behave = () => ({ status: 503 });
    const batch = env.connectorBatch([
      env.targetCall("s1", { client: "shop" }),
      env.targetCall("f1", { client: "feed" }),
    ]);
    expect((await process.call(JSON.stringify(batch))).json()).toMatchObject({ recoverable: 2 });
    env.target.behave = (r) => ({ status: itemId(r.path) === "s1" ? 200 : 503 });

    // WHEN
    await retryCall({ count: 10 });

    // THEN an operator reading the log sees whose messages went where
    expect(
      retry
        .logLines()
        .filter((l) => l.msg === "retry finished")
        .at(-1),
    ).toMatchObject({
      delivered: 1,
      failedAgain: 1,
      byTarget: { api: { delivered: 1, recoverable: 1 } },
      byClient: { shop: { delivered: 1 }, feed: { recoverable: 1 } },
    });
  });

  test("reads exactly `count`, delivers them and commits only those", async () => {
    // GIVEN five messages waiting, and a target that works again
    await failFirst(["r0", "r1", "r2", "r3", "r4"]);
    env.target.behave = () => ({ status: 200 });
    const calls = env.target.requests.length;

    // WHEN
    const response = await retryCall({ count: 3 });

    // THEN
    expect(response.httpStatus).toBe(200);
    expect(response.json()).toMatchObject({
      stream: "recoverable",
      requested: 3,
      read: 3,
      delivered: 3,
      failedAgain: 0,
      deadLettered: 0,
      lastOffsets: { "0": 2 },
    });
    // Deliveries run concurrently, so they reach the target in any order: which ones, not their order, is the point.
    const deliveredIds = () =>
      env.target.requests
        .slice(calls)
        .map((r) => itemId(r.path))
        .sort();
    expect(deliveredIds()).toEqual(["r0", "r1", "r2"]);
    expect(env.streaming.committedOffsets(env.recoverableStreamId, "retry-recoverable")).toEqual([3]);

    // AND the next call resumes after them, taking only what is left
    const rest = await retryCall({ count: 10 });
    expect(rest.json()).toMatchObject({ read: 2, delivered: 2, lastOffsets: { "0": 4 } });
    expect(deliveredIds()).toEqual(["r0", "r1", "r2", "r3", "r4"]);
  });

  test("at its default pace a container stays within OCI's 5 GetMessages a second, across calls", async () => {
    // GIVEN six waiting messages, a retry container at its default pace, and a stand-in enforcing OCI's own limit
    await failFirst(["g0", "g1", "g2", "g3", "g4", "g5"]);
    env.target.behave = () => ({ status: 200 });
    env.streaming.getMessagesPerSecond = 5;
    const paced = await env.start("retry", { GET_MESSAGES_INTERVAL_MS: undefined });
    const before = env.streaming.requests.length;

    // WHEN calls follow each other at once, each reading one message and then the rest
    for (const count of [1, 1, 1, 1, 1, 10]) await paced.call(JSON.stringify({ count }), { gateway });

    // THEN no GetMessages was throttled, and no six of them fall within one second
    const gets = env.streaming.requests.slice(before).filter((r) => r.operation === "GetMessages");
    expect(gets.length).toBe(7);
    expect(gets.map((r) => r.status)).toEqual(gets.map(() => 200));
    for (let i = 5; i < gets.length; i++)
      expect(gets[i].receivedAt - gets[i - 5].receivedAt).toBeGreaterThanOrEqual(1000);
  });

  test("failures go back with attempt+1 and are not read again in the same call; at MAX_ATTEMPTS they are dead letters", async () => {
    // GIVEN three messages at attempt 1, and a target that keeps failing (MAX_ATTEMPTS is 3); fresh containers, as
    // the file's own may still be within the notice window of an earlier test
    [process, retry] = await Promise.all([env.start("process"), env.start("retry")]);
    await failFirst(["f0", "f1", "f2"]);

    // WHEN asking for more than there are
    const first = await retryCall({ count: 10 });

    // THEN only the three are read; they are back at the end of the stream with attempt 2
    expect(first.json()).toMatchObject({ read: 3, delivered: 0, failedAgain: 3, deadLettered: 0 });
    const recoverable = env.records(env.recoverableStreamId);
    expect(recoverable.map((r) => r.attempt)).toEqual([1, 1, 1, 2, 2, 2]);
    expect(recoverable[3].original).toEqual(recoverable[0].original);
    expect(env.streaming.committedOffsets(env.recoverableStreamId, "retry-recoverable")).toEqual([3]);

    // WHEN they fail a third time
    const second = await retryCall({ count: 10 });

    // THEN they are dead letters, not retried again
    expect(second.json()).toMatchObject({ read: 3, delivered: 0, failedAgain: 0, deadLettered: 3 });
    const dead = env.records(env.unrecoverableStreamId);
    expect(dead.map((r) => [r.attempt, r.stream, r.status])).toEqual([
      [3, "unrecoverable", 503],
      [3, "unrecoverable", 503],
      [3, "unrecoverable", 503],
    ]);
    expect((await retryCall({ count: 10 })).json()).toMatchObject({ read: 0 });
    expect(env.notifications.published.length).toBeGreaterThanOrEqual(2);
  });

  test("a key's messages held behind its failed head are replayed after it, in order, without losing attempts", async () => {
    // GIVEN one key whose first message failed, so the process function held the other two behind it
    env.target.behave = (r) => ({ status: itemId(r.path) === "k0" ? 503 : 200 });
    const batch = env.connectorBatch(
      ["k0", "k1", "k2"].map((id) => env.targetCall(id)),
      "order-42",
    );
    expect((await process.call(JSON.stringify(batch))).json()).toMatchObject({ delivered: 0, recoverable: 3 });

    // WHEN the head fails once more
    const first = await retryCall({ count: 3 });

    // THEN only the head was tried; it goes back with attempt 2, the held ones with their attempt unchanged (never
    // tried, not by process either)
    expect(first.json()).toMatchObject({ read: 3, delivered: 0, failedAgain: 1, deferred: 2 });
    const calls = env.target.requests.length;
    expect(
      env
        .records(env.recoverableStreamId)
        .slice(3)
        .map((r) => r.attempt),
    ).toEqual([2, 0, 0]);

    // WHEN the target recovers
    env.target.behave = () => ({ status: 200 });
    const second = await retryCall({ count: 3 });

    // THEN all three are delivered, one after another, in their original order
    expect(second.json()).toMatchObject({ read: 3, delivered: 3 });
    expect(env.target.requests.slice(calls).map((r) => itemId(r.path))).toEqual(["k0", "k1", "k2"]);
  });

  test.each<[string, (secretId: string) => void]>([
    ["holds the placeholder", (id) => env.secrets.putSecret(id, "SET-ME-OUTSIDE-TERRAFORM")],
    ["is empty", (id) => env.secrets.putSecret(id, "")],
    ["does not exist", () => undefined],
    ["cannot be read (Secrets answers 503)", () => env.secrets.failNext(1000, 503, { operation: "GetSecretBundle" })],
  ])(
    "while the credential secret %s, replays use up no attempts; once it is set, the message is delivered",
    async (_, unset) => {
      // GIVEN process and retry containers whose credential secret is not usable (MAX_ATTEMPTS is 3)
      const secretId = "ocid1.vaultsecret.oc1.iad.notyet";
      unset(secretId);
      // Short SDK back-off: each failed read of the secret is retried as in production, without waiting seconds.
      const overrides = { TARGETS: JSON.stringify(env.targets({}, { secretId })), SDK_RETRY_MAX_DELAY_MS: "5" };
      const [early, patient] = await Promise.all([env.start("process", overrides), env.start("retry", overrides)]);
      await early.call(JSON.stringify(env.connectorBatch([env.targetCall("untried")])));

      // WHEN the message is replayed more often than MAX_ATTEMPTS
      for (let i = 0; i < 4; i++) {
        expect((await patient.call(JSON.stringify({ count: 10 }), { gateway })).json()).toMatchObject({
          read: 1,
          deferred: 1,
          deadLettered: 0,
        });
      }

      // THEN it never reached the target, was never dead-lettered, and still has all its attempts
      expect(env.target.requests).toEqual([]);
      expect(env.records(env.unrecoverableStreamId)).toEqual([]);
      expect(env.records(env.recoverableStreamId).map((r) => r.attempt)).toEqual([0, 0, 0, 0, 0]);
      expect(env.records(env.recoverableStreamId).at(-1).error).toMatch(
        /^not attempted: credential of target api not configured: /,
      );

      // WHEN the operator sets the secret: the same warm retry container delivers it at its next call
      env.secrets.clearFaults();
      env.secrets.putSecret(secretId, TARGET_CREDENTIAL);
      expect((await patient.call(JSON.stringify({ count: 10 }), { gateway })).json()).toMatchObject({ delivered: 1 });
      expect(env.target.requests.map((r) => itemId(r.path))).toEqual(["untried"]);
    },
  );

  test("messages not tried for lack of time keep their attempt count", async () => {
    // GIVEN three messages at attempt 1, a target slower than the call, one call at a time
    await failFirst(["t0", "t1", "t2"]);
    const serial = await env.start("retry", { MAX_CONCURRENCY: "1" });
    env.target.behave = () => ({ status: 200, delayMs: 5_000 });

    // WHEN the call has 5 s
    const response = await serial.call(JSON.stringify({ count: 3 }), { gateway, timeoutMs: 5_000 });

    // THEN the one tried (and timed out) used an attempt; the two never sent did not
    expect(response.json()).toMatchObject({ read: 3, failedAgain: 1, deferred: 2 });
    const replayed = env.records(env.recoverableStreamId).slice(3);
    expect(replayed.map((r) => r.attempt)).toEqual([2, 1, 1]);
    expect(replayed.slice(1).map((r) => r.error)).toEqual([
      "not attempted: the invocation's deadline was too near",
      "not attempted: the invocation's deadline was too near",
    ]);
  });

  test("a record whose original value was left out for size is dead-lettered saying so, and where the value is", async () => {
    // GIVEN a foreign message of 800 KB (over populate's limit) that failed: its base64 does not fit in a record
    const big = env.targetCall("big", { payload: { id: "big", blob: "x".repeat(800 * 1024) } });
    env.target.behave = () => ({ status: 503 });
    const [original] = env.connectorBatch([big]);
    await process.call(JSON.stringify([original]));
    expect(env.records(env.recoverableStreamId)[0]).toMatchObject({ valueOmitted: { bytes: expect.any(Number) } });
    env.target.behave = () => ({ status: 200 });
    const calls = env.target.requests.length;

    // WHEN
    const response = await retryCall({ count: 1 });

    // THEN it is not sent without its value: a dead letter whose reason names exactly what happened
    expect(response.json()).toMatchObject({ read: 1, delivered: 0, deadLettered: 1 });
    expect(env.target.requests.length).toBe(calls);
    const [dead] = env.records(env.unrecoverableStreamId);
    expect(dead).toMatchObject({ attempt: 1, valueOmitted: { bytes: expect.any(Number) } });
    expect(dead.error).toBe(
      `not attempted: the original value (${dead.valueOmitted.bytes} bytes) did not fit in an error record and was ` +
        `left out; it stays on stream ${original.stream}, partition ${original.partition}, offset ${original.offset} ` +
        `until that stream's retention ends`,
    );
  });

  test("a batch read again after its commit failed is not delivered or recorded twice by the same container", async () => {
    // GIVEN two waiting messages; one will be delivered, one fails again; the commit fails beyond the SDK's retries
    await failFirst(["c0", "c1"]);
    env.target.behave = (r) => ({ status: itemId(r.path) === "c0" ? 200 : 503 });
    env.streaming.failNext(5, 500, { operation: "ConsumerCommit" });
    const first = await retryCall({ count: 2 });
    expect(first.httpStatus).toBe(503);
    expect(first.json()).toMatchObject({ error: "commit_failed", delivered: 1, failedAgain: 1 });
    const calls = env.target.requests.length;
    const records = env.records(env.recoverableStreamId).length;

    // WHEN the next call reads the same batch
    const second = await retryCall({ count: 2 });

    // THEN it skips both, and commits
    expect(second.json()).toMatchObject({ read: 2, alreadyHandled: 2, delivered: 0, failedAgain: 0 });
    expect(env.target.requests.length).toBe(calls);
    expect(env.records(env.recoverableStreamId)).toHaveLength(records);
    expect(env.streaming.committedOffsets(env.recoverableStreamId, "retry-recoverable")).toEqual([2]);
  });

  test("a long call heartbeats, so its partitions are not handed to another container while it delivers", async () => {
    // GIVEN one key's four messages waiting (its head failed, three held behind it), a consumer timeout of 600 ms,
    // and a target that takes 400 ms per call, so the key's deliveries take longer than the timeout
    env.target.behave = (r) => ({ status: itemId(r.path) === "h0" ? 503 : 200 });
    await process.call(
      JSON.stringify(
        env.connectorBatch(
          ["h0", "h1", "h2", "h3"].map((id) => env.targetCall(id)),
          "hold",
        ),
      ),
    );
    env.target.behave = () => ({ status: 200, delayMs: 400 });
    const short = { CONSUMER_TIMEOUT_MS: "600" };
    const [a, b] = await Promise.all([env.start("retry", short), env.start("retry", short)]);
    const calls = env.target.requests.length;

    // WHEN container a replays them, and container b asks for the same stream once a has been busy for 1 s
    const slow = a.call(JSON.stringify({ count: 4 }), { gateway });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const other = await b.call(JSON.stringify({ count: 4 }), { gateway });

    // THEN b got no partition and read nothing; each message reached the target once
    expect(other.json()).toMatchObject({ read: 0 });
    expect((await slow).json()).toMatchObject({ read: 4, delivered: 4 });
    expect(env.target.requests.slice(calls).map((r) => itemId(r.path))).toEqual(["h0", "h1", "h2", "h3"]);
    expect(env.streaming.lapsedReservations).toEqual([]);
    expect(env.streaming.requestCount("ConsumerHeartbeat")).toBeGreaterThan(0);
  });

  test("every delivery of a message, first or replayed, carries the same idempotency key, under a configurable header", async () => {
    // GIVEN a message whose first delivery fails, and functions using a header of the operator's choice
    const header = { IDEMPOTENCY_KEY_HEADER: "X-Delivery-Id" };
    const [first, replay] = await Promise.all([env.start("process", header), env.start("retry", header)]);
    env.target.behave = () => ({ status: 503 });
    const [original] = env.connectorBatch([env.targetCall("same-key", { headers: { "x-delivery-id": "forged" } })]);
    await first.call(JSON.stringify([original]));
    await replay.call(JSON.stringify({ count: 1 }), { gateway });
    env.target.behave = () => ({ status: 200 });

    // WHEN it is replayed again, and delivered
    expect((await replay.call(JSON.stringify({ count: 1 }), { gateway })).json()).toMatchObject({ delivered: 1 });

    // THEN the target saw the same key three times: the original's place and time, not the message's own
    const keys = env.target.requests.map((r) => [r.headers["x-delivery-id"], r.headers["idempotency-key"]]);
    const expected = `${encodeURIComponent(original.stream as string)}/${original.partition}/${original.offset}/${Date.parse(original.timestamp as string)}`;
    expect(keys).toEqual([
      [expected, undefined],
      [expected, undefined],
      [expected, undefined],
    ]);
  });

  test("a permanent failure is dead-lettered at once", async () => {
    await failFirst(["p0"]);
    env.target.behave = () => ({ status: 404 });

    const response = await retryCall({ count: 1 });

    expect(response.json()).toMatchObject({ failedAgain: 0, deadLettered: 1 });
    expect(env.records(env.unrecoverableStreamId)).toEqual([expect.objectContaining({ attempt: 2, status: 404 })]);
  });

  test("draining the unrecoverable stream: failures go back there, never into the recoverable stream", async () => {
    // GIVEN two dead letters
    await failFirst(["u0", "u1"], 400);
    expect(env.records(env.unrecoverableStreamId)).toHaveLength(2);
    env.target.behave = (r) => ({ status: itemId(r.path) === "u0" ? 200 : 500 });
    const recoverableBefore = env.streaming.messages(env.recoverableStreamId).length;

    // WHEN
    const response = await retryCall({ stream: "unrecoverable", count: 5 });

    // THEN u0 is delivered, u1 is back among the dead letters, read once
    expect(response.json()).toMatchObject({ stream: "unrecoverable", read: 2, delivered: 1, deadLettered: 1 });
    expect(env.records(env.unrecoverableStreamId).map((r) => r.attempt)).toEqual([1, 1, 2]);
    expect(env.streaming.messages(env.recoverableStreamId)).toHaveLength(recoverableBefore);
    expect(env.streaming.committedOffsets(env.unrecoverableStreamId, "retry-unrecoverable")).toEqual([2]);
  });

  test("when the error stream cannot take re-routed failures, nothing is committed and the call says so", async () => {
    // GIVEN
    await failFirst(["e0", "e1"]);
    env.streaming.failNext(4, 503, { operation: "PutMessages" });

    // WHEN
    const response = await retryCall({ count: 2 });

    // THEN
    expect(response.httpStatus).toBe(503);
    expect(response.json()).toMatchObject({ error: "error_stream_unavailable", processed: 0 });
    expect(env.streaming.committedOffsets(env.recoverableStreamId, "retry-recoverable")).toEqual([0]);

    // AND the next call finds them still waiting
    env.target.behave = () => ({ status: 200 });
    expect((await retryCall({ count: 2 })).json()).toMatchObject({ read: 2, delivered: 2 });
  });

  test.each([
    [{ count: 0 }, /count: must be from 1 to 1000/],
    [{ count: 1001 }, /count: must be from 1 to 1000/],
    [{ count: 2.5 }, /count: must be a whole number/],
    [{}, /count: /],
    [{ count: 1, stream: "data" }, /stream: .*\(got "data"\)/],
    [{ count: 1, from: { type: "AT_TIME" } }, /from.time: AT_TIME needs a time/],
    [{ count: 1, from: { type: "LATEST" } }, /from.type/],
    [{ count: 1, extra: true }, /extra/],
  ])("bad input %j is 400 with a reason", async (body, reason) => {
    const response = await retryCall(body);

    expect(response.httpStatus).toBe(400);
    expect(response.json()).toMatchObject({ error: "invalid_retry_request", reason: expect.stringMatching(reason) });
  });

  test("invalid JSON is 400", async () => {
    const response = await retry.call("count=5", { gateway });

    expect(response.httpStatus).toBe(400);
  });
});

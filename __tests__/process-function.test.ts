import { FnProcess } from "../stand-ins/fn-harness";
import { DataSyncEnv, itemId, TARGET_CREDENTIAL } from "../stand-ins/data-sync-env";

describe("process function, through the built bundle, the real FDK and SDK", () => {
  let env: DataSyncEnv;
  let fn: FnProcess;

  beforeAll(async () => {
    env = await DataSyncEnv.start();
    // Every failing invocation publishes its own notice here; aggregation is tested on its own below.
    fn = await env.start("process", {
      TARGETS: JSON.stringify(env.targets({}, { timeoutMs: 500 })),
      NOTICE_WINDOW_SECONDS: "0",
    });
  });

  afterAll(() => env.close());

  // Tests share the stand-ins: a fault a test injected but its function did not use up must not hit the next test.
  afterEach(() => [env.streaming, env.secrets, env.notifications].forEach((standIn) => standIn.clearFaults()));

  test("a mixed batch: every message ends delivered or on the right error stream, attempt 1; one notice", async () => {
    // GIVEN a target that answers by id, and a function whose target timeout (2 s) leaves a loaded machine room to
    // deliver the quick answers, while "slow" answers 2 s after it (the file's 500 ms once flaked under load)
    const patient = await env.start("process", {
      TARGETS: JSON.stringify(env.targets({}, { timeoutMs: 2000 })),
      NOTICE_WINDOW_SECONDS: "0",
    });
    const answers: Record<string, { status: number; delayMs?: number } | { reset: true }> = {
      ok: { status: 200 },
      created: { status: 201 },
      bad: { status: 400 },
      missing: { status: 404 },
      throttled: { status: 429 },
      broken: { status: 500 },
      down: { status: 503 },
      slow: { status: 200, delayMs: 4_000 },
      reset: { reset: true },
    };
    env.target.behave = (r) => answers[itemId(r.path)];
    const batch = [
      ...env.connectorBatch(Object.keys(answers).map((id) => env.targetCall(id))),
      ...env.connectorBatch([
        "not json",
        env.targetCall("elsewhere", { target: "evil" }),
        env.targetCall("head", { method: "HEAD" }),
      ]),
      { ...env.connectorBatch([env.targetCall("badbase64")])[0], value: "%%%not-base64%%%" },
    ];
    const before = env.secrets.requestCount("GetSecretBundle");

    // WHEN
    const response = await patient.call(JSON.stringify(batch), { timeoutMs: 10_000 });

    // THEN
    expect(response.status).toBe(200);
    expect(response.json()).toEqual({
      received: 13,
      delivered: 2,
      recoverable: 5,
      unrecoverable: 6,
      filtered: 0,
      deferred: 0,
      alreadyHandled: 0,
    });
    const delivered = env.target.requests
      .filter((r) => r.answer === 200 || r.answer === 201)
      .map((r) => itemId(r.path));
    // "slow" is answered 200 only after the function gave up on it.
    expect(delivered.sort()).toEqual(["created", "ok"]);
    expect(env.target.requests.every((r) => r.headers.authorization === `Bearer ${TARGET_CREDENTIAL}`)).toBe(true);

    const recoverable = env.records(env.recoverableStreamId);
    const idOf = (record: any) => JSON.parse(Buffer.from(record.original.value, "base64").toString()).payload?.id;
    expect(recoverable.map(idOf).sort()).toEqual(["broken", "down", "reset", "slow", "throttled"]);
    expect(recoverable.every((r) => r.attempt === 1 && r.stream === "recoverable")).toBe(true);
    expect(recoverable.find((r) => idOf(r) === "throttled")).toMatchObject({ status: 429 });
    expect(recoverable.find((r) => idOf(r) === "slow").error).toMatch(/no answer within \d+ ms/);
    expect(recoverable.find((r) => idOf(r) === "reset").error).toMatch(/connection failed/);
    // The original travels whole: stream, partition, offset, key and value.
    const throttledRecord = recoverable.find((r) => idOf(r) === "throttled");
    expect(throttledRecord.original).toEqual(batch[4]);

    const unrecoverable = env.records(env.unrecoverableStreamId);
    expect(unrecoverable).toHaveLength(6);
    expect(unrecoverable.every((r) => r.attempt === 1 && r.stream === "unrecoverable")).toBe(true);
    expect(
      unrecoverable
        .map((r) => r.status)
        .filter(Boolean)
        .sort(),
    ).toEqual([400, 404]);
    const errors = unrecoverable.map((r) => r.error).join("\n");
    expect(errors).toMatch(/value: not JSON/);
    expect(errors).toMatch(/value.target: "evil" is not a configured target \(configured: api\)/);
    expect(errors).toMatch(/value\.method/);
    expect(errors).toMatch(/value: must be base64/);
    // Invalid messages never reach the target.
    expect(env.target.requests.map((r) => itemId(r.path))).not.toContain("elsewhere");

    expect(env.notifications.published).toHaveLength(1);
    const notice = JSON.parse(env.notifications.published[0].body);
    expect(notice).toMatchObject({ function: "process", delivered: 2, recoverable: 5, unrecoverable: 6 });
    expect(notice.examples.length).toBeGreaterThan(0);
    expect(notice.examples.length).toBeLessThanOrEqual(5);
    expect(env.secrets.requestCount("GetSecretBundle") - before).toBe(1);
  });

  test("the credential is read once per warm function, and calls stay within MAX_CONCURRENCY", async () => {
    // GIVEN a target that takes a while, and a function allowing 3 calls in flight
    const concurrent = await env.start("process", { MAX_CONCURRENCY: "3" });
    // Answers an earlier test left pending (its function gave up on them) would count as in flight: drop them, instead
    // of waiting them out.
    env.target.reset();
    env.target.behave = () => ({ status: 200, delayMs: 50 });
    const before = env.secrets.requestCount("GetSecretBundle");

    // WHEN two batches arrive
    for (const round of [1, 2]) {
      const batch = env.connectorBatch(Array.from({ length: 12 }, (_, i) => env.targetCall(`c${round}-${i}`)));
      const response = await concurrent.call(JSON.stringify(batch));
      expect(response.json()).toEqual({
        received: 12,
        delivered: 12,
        recoverable: 0,
        unrecoverable: 0,
        filtered: 0,
        deferred: 0,
        alreadyHandled: 0,
      });
    }

    // THEN
    expect(env.secrets.requestCount("GetSecretBundle") - before).toBe(1);
    expect(env.target.maxInFlight).toBe(3);
  });

  test("when a failure cannot be recorded, the invocation fails so the connector retries the batch", async () => {
    // GIVEN a failing target and error streams that refuse every write
    env.target.behave = () => ({ status: 503 });
    // putAll makes 4 attempts
    env.streaming.failNext(4, 503, { operation: "PutMessages" });
    const batch = env.connectorBatch([env.targetCall("lost-if-acknowledged")]);

    // WHEN
    const response = await fn.call(JSON.stringify(batch), { timeoutMs: 10_000 });

    // THEN
    expect(response.status).toBe(502);
    expect(fn.logLines()).toContainEqual(
      expect.objectContaining({
        level: "error",
        msg: "call failed",
        message: expect.stringMatching(/not be recorded/),
      }),
    );
  });

  test("when a failure cannot be recorded, the batch the connector sends again is finished without repeating work", async () => {
    // GIVEN one message delivered, one recoverable, one unrecoverable, and an unrecoverable stream refusing writes
    env.target.behave = (r) => ({ status: { "n-ok": 200, "n-down": 503 }[itemId(r.path)] ?? 400 });
    env.streaming.failEntries({ match: ({ value }) => value.includes('"stream":"unrecoverable"'), times: 4 });
    const batch = env.connectorBatch(["n-ok", "n-down", "n-bad"].map((id) => env.targetCall(id)));
    const seen = env.target.requests.length;
    const recoverable = env.records(env.recoverableStreamId).length;
    const first = await fn.call(JSON.stringify(batch));
    expect(first.status).toBe(502);

    // WHEN the connector invokes the function with the same batch
    const again = await fn.call(JSON.stringify(batch));

    // THEN only the message whose failure was not recorded is tried and recorded again
    expect(again.json()).toEqual({
      received: 3,
      delivered: 0,
      recoverable: 0,
      unrecoverable: 1,
      filtered: 0,
      deferred: 0,
      alreadyHandled: 2,
    });
    expect(
      env.target.requests
        .slice(seen)
        .map((r) => itemId(r.path))
        .sort(),
    ).toEqual(["n-bad", "n-bad", "n-down", "n-ok"]);
    expect(env.records(env.recoverableStreamId)).toHaveLength(recoverable + 1);
  });

  test("a placeholder credential is never sent: messages wait untried, and the real value works at the next call", async () => {
    // GIVEN a credential secret nobody has set yet
    const secretId = "ocid1.vaultsecret.oc1.iad.unset";
    env.secrets.putSecret(secretId, "SET-ME-OUTSIDE-TERRAFORM");
    const unset = await env.start("process", { TARGETS: JSON.stringify(env.targets({}, { secretId })) });
    env.target.behave = () => ({ status: 200 });
    const requestsBefore = env.target.requests.length;
    const recordsBefore = env.records(env.recoverableStreamId).length;

    // WHEN
    const response = await unset.call(JSON.stringify(env.connectorBatch([env.targetCall("waits")])));

    // THEN it is recorded as never tried: attempt 0, counted as deferred
    expect(response.json()).toEqual({
      received: 1,
      delivered: 0,
      recoverable: 1,
      unrecoverable: 0,
      filtered: 0,
      deferred: 1,
      alreadyHandled: 0,
    });
    expect(env.target.requests.length).toBe(requestsBefore);
    const record = env.records(env.recoverableStreamId)[recordsBefore];
    expect(record).toMatchObject({
      attempt: 0,
      error: expect.stringMatching(/^not attempted: credential of target api not configured: .*placeholder/),
    });

    // WHEN the operator sets the secret, and the same warm container gets the next batch
    env.secrets.putSecret(secretId, TARGET_CREDENTIAL);
    const next = await unset.call(JSON.stringify(env.connectorBatch([env.targetCall("after-set")])));

    // THEN the placeholder was not kept: the real credential is read and sent at once
    expect(next.json()).toMatchObject({ delivered: 1 });
    expect(env.target.requests.at(-1)!.headers.authorization).toBe(`Bearer ${TARGET_CREDENTIAL}`);
  });

  test("a rotated credential: the target's 401 makes the function read the secret again, once per call", async () => {
    // GIVEN a warm container holding the old credential, which the target no longer takes
    const secretId = "ocid1.vaultsecret.oc1.iad.rotated";
    env.secrets.putSecret(secretId, "old-credential");
    const rotated = await env.start("process", { TARGETS: JSON.stringify(env.targets({}, { secretId })) });
    env.target.behave = () => ({ status: 200 });
    expect((await rotated.call(JSON.stringify(env.connectorBatch([env.targetCall("warm")])))).json()).toMatchObject({
      delivered: 1,
    });
    env.secrets.putSecret(secretId, "new-credential");
    env.target.behave = (r) => ({ status: r.headers.authorization === "Bearer new-credential" ? 200 : 401 });
    const readsBefore = env.secrets.requestCount("GetSecretBundle");
    const batch = env.connectorBatch(["r1", "r2", "r3", "r4"].map((id) => env.targetCall(id)));

    // WHEN
    const response = await rotated.call(JSON.stringify(batch));

    // THEN each refused message is sent again with the new value, after a single read of the secret
    expect(response.json()).toMatchObject({ received: 4, delivered: 4 });
    expect(env.secrets.requestCount("GetSecretBundle") - readsBefore).toBe(1);

    // AND a target that refuses every credential costs one more read and one more call per message, no more
    env.secrets.putSecret(secretId, "newest-credential");
    env.target.behave = () => ({ status: 401 });
    const refusing = env.target.requests.length;
    const readsThen = env.secrets.requestCount("GetSecretBundle");
    const refused = await rotated.call(
      JSON.stringify(env.connectorBatch(["x1", "x2"].map((id) => env.targetCall(id)))),
    );
    expect(refused.json()).toMatchObject({ delivered: 0, unrecoverable: 2 });
    expect(env.secrets.requestCount("GetSecretBundle") - readsThen).toBe(1);
    expect(env.target.requests.length - refusing).toBe(4);
  });

  test("a notice that cannot be published is logged and does not fail the batch", async () => {
    // GIVEN a failing target and a Notifications service that is down
    env.target.behave = () => ({ status: 500 });
    env.notifications.failNext(20, 503);
    const recordsBefore = env.records(env.recoverableStreamId).length;

    // WHEN
    const response = await fn.call(JSON.stringify(env.connectorBatch([env.targetCall("unnoticed")])));

    // THEN the failure is recorded all the same
    expect(response.status).toBe(200);
    expect(response.json()).toEqual({
      received: 1,
      delivered: 0,
      recoverable: 1,
      unrecoverable: 0,
      filtered: 0,
      deferred: 0,
      alreadyHandled: 0,
    });
    expect(env.records(env.recoverableStreamId)).toHaveLength(recordsBefore + 1);
    expect(fn.logLines()).toContainEqual(
      expect.objectContaining({ level: "warn", msg: "failure summary not published; carried into the next" }),
    );
  });

  test("target calls fit the invocation's deadline: what cannot be tried in time waits on the recoverable stream", async () => {
    // GIVEN a target slower than the whole invocation, one call at a time
    const serial = await env.start("process", { MAX_CONCURRENCY: "1" });
    env.target.behave = () => ({ status: 200, delayMs: 10_000 });
    const recordsBefore = env.records(env.recoverableStreamId).length;

    // WHEN the invocation has 4 s: 2 s are kept to record failures, so the first call gets what is left of the other
    // 2 (at 3 s a CI machine under load once spent that 1 s before the first call and deferred all three)
    const response = await serial.call(
      JSON.stringify(env.connectorBatch(["d0", "d1", "d2"].map((id) => env.targetCall(id)))),
      { timeoutMs: 4_000 },
    );

    // THEN it answers in time, with every message recorded
    expect(response.answeredAt).toBeLessThan(response.deadline);
    expect(response.json()).toEqual({
      received: 3,
      delivered: 0,
      recoverable: 3,
      unrecoverable: 0,
      filtered: 0,
      deferred: 2,
      alreadyHandled: 0,
    });
    const errors = env
      .records(env.recoverableStreamId)
      .slice(recordsBefore)
      .map((r) => r.error);
    expect(errors[0]).toMatch(/no answer within \d+ ms/);
    // Only the one that was tried used up an attempt.
    expect(
      env
        .records(env.recoverableStreamId)
        .slice(recordsBefore)
        .map((r) => r.attempt),
    ).toEqual([1, 0, 0]);
    expect(errors.slice(1)).toEqual([
      "not attempted: the invocation's deadline was too near",
      "not attempted: the invocation's deadline was too near",
    ]);
  });

  test("messages sharing a key reach the target one after another, and wait behind one left for a retry", async () => {
    // GIVEN interleaved keys: "a" whose first message fails, "b" whose first message is slow (well within the
    // target timeout, so that a slow machine cannot turn it into a failure), and unkeyed ones
    const patient = await env.start("process", { TARGETS: JSON.stringify(env.targets({}, { timeoutMs: 10000 })) });
    env.target.behave = (r) => {
      const id = itemId(r.path);
      if (id === "a1") return { status: 503 };
      return { status: 200, delayMs: id === "b1" ? 1_000 : 20 };
    };
    const recordsBefore = env.records(env.recoverableStreamId).length;
    const keyed = (id: string, key?: string) => env.connectorBatch([env.targetCall(id)], key);
    const batch = [
      ...keyed("a1", "a"),
      ...keyed("b1", "b"),
      ...keyed("u1"),
      ...keyed("a2", "a"),
      ...keyed("b2", "b"),
      ...keyed("a3", "a"),
      ...keyed("b3", "b"),
      ...keyed("u2"),
    ];

    // WHEN
    const response = await patient.call(JSON.stringify(batch), { timeoutMs: 20_000 });

    // THEN a2 and a3 are not sent: they wait on the recoverable stream behind a1, in stream order
    expect(response.json()).toEqual({
      received: 8,
      delivered: 5,
      recoverable: 3,
      unrecoverable: 0,
      filtered: 0,
      deferred: 2,
      alreadyHandled: 0,
    });
    const ids = new Set(["a1", "a2", "a3", "b1", "b2", "b3", "u1", "u2"]);
    const seen = env.target.requests.filter((r) => ids.has(itemId(r.path)));
    expect(seen.map((r) => itemId(r.path)).sort()).toEqual(["a1", "b1", "b2", "b3", "u1", "u2"]);
    const waiting = env.records(env.recoverableStreamId).slice(recordsBefore);
    const idOf = (record: any) => JSON.parse(Buffer.from(record.original.value, "base64").toString()).payload.id;
    expect(waiting.map(idOf)).toEqual(["a1", "a2", "a3"]);
    expect(waiting[1].error).toBe(
      `not attempted: held behind offset ${batch[0].offset} (partition ${batch[0].partition}), an earlier message with the same key that was not delivered`,
    );
    expect(waiting.map((r) => r.original.key)).toEqual([batch[0].key, batch[0].key, batch[0].key]);
    expect(waiting.map((r) => r.attempt)).toEqual([1, 0, 0]);
    // The notice tells the one failure apart from the two waiting behind it, and quotes the failure first.
    const notice = env.notifications.published.at(-1)!;
    expect(notice.title).toBe("data-sync process: 1 message(s) failed, 2 deferred");
    expect(JSON.parse(notice.body).examples[0]).toMatchObject({ status: 503, offset: batch[0].offset });

    // AND each "b" message was sent only once the one before it was answered, though the unkeyed ones did not wait
    const b = (id: string) => seen.find((r) => itemId(r.path) === id)!;
    expect(b("b2").receivedAt).toBeGreaterThanOrEqual(b("b1").answeredAt);
    expect(b("b3").receivedAt).toBeGreaterThanOrEqual(b("b2").answeredAt);
    expect(b("u2").receivedAt).toBeLessThan(b("b1").answeredAt);
  });

  test("a body that is not the connector's array is refused with a reason", async () => {
    const response = await fn.call(JSON.stringify({ not: "an array" }));

    expect(response.httpStatus).toBe(400);
    expect(response.json()).toMatchObject({ error: "invalid_batch" });
  });
});

describe("process function in a failure storm", () => {
  let env: DataSyncEnv;

  beforeAll(async () => {
    env = await DataSyncEnv.start();
  });

  afterAll(() => env.close());

  test("70 failing invocations in a row publish one notice, within the topic's 60 per minute; the rest wait, counted", async () => {
    // GIVEN a container with the default window (60 s) and a target that is down
    const fn = await env.start("process");
    env.target.behave = () => ({ status: 503 });

    // WHEN
    for (let i = 0; i < 70; i++) {
      expect((await fn.call(JSON.stringify(env.connectorBatch([env.targetCall(`s${i}`)])))).status).toBe(200);
    }

    // THEN one summary went out, nothing was refused, and the log says what waits for the next one
    expect(env.notifications.published).toHaveLength(1);
    expect(env.notifications.requestCount("PublishMessage")).toBe(1);
    const carried = fn.logLines().filter((line) => line.msg === "failure notice carried into the next summary");
    expect(carried).toHaveLength(69);
    expect(carried.at(-1)).toMatchObject({ waiting: { invocations: 69, failed: 69, deferred: 0 } });
  });

  test("a summary Notifications refuses is logged with what it carries into the next one", async () => {
    // GIVEN a fresh container and a Notifications service that refuses
    const fn = await env.start("process");
    env.target.behave = () => ({ status: 503 });
    env.notifications.failNext(100, 503, { operation: "PublishMessage" });

    // WHEN
    await fn.call(JSON.stringify(env.connectorBatch([env.targetCall("refused-notice")])));

    // THEN
    expect(
      await fn.logLine((line) => line.msg === "failure summary not published; carried into the next"),
    ).toMatchObject({ level: "warn", waiting: { invocations: 1, failed: 1 } });
    env.notifications.clearFaults();
  });
});

import { backoffSeconds, BackoffPolicy, dueAtMs, isDue } from "../lib/data-sync/backoff";
import { parseConfiguration } from "../lib/validation";
import { retryConfigSchema } from "../functions/retry/config";
import { DataSyncEnv, itemId } from "../stand-ins/data-sync-env";
import { FnProcess } from "../stand-ins/fn-harness";
import { execFile } from "child_process";
import { join } from "path";
import { promisify } from "util";
import { OUTAGE } from "../bench/retry-outage";
import { OutageResult } from "../stand-ins/retry-outage";

const run = promisify(execFile);

const policy: BackoffPolicy = { baseSeconds: 60, multiplier: 2, maxSeconds: 3600, jitterRatio: 0.2 };

describe("backoffSeconds", () => {
  test("never-tried messages are due at once; then the wait doubles from the base, up to the cap", () => {
    const exact = { ...policy, jitterRatio: 0 };
    expect([0, 1, 2, 3, 6, 7, 8, 30].map((attempt) => backoffSeconds(exact, { attempt, id: "m" }))).toEqual([
      0, 60, 120, 240, 1920, 3600, 3600, 3600,
    ]);
  });

  test("jitter takes off at most its share, the same for one message and attempt every time, and differs across messages", () => {
    const waits = Array.from({ length: 200 }, (_, i) => backoffSeconds(policy, { attempt: 3, id: `m${i}` }));
    for (const wait of waits) {
      expect(wait).toBeGreaterThan(240 * 0.8);
      expect(wait).toBeLessThanOrEqual(240);
    }
    expect(new Set(waits).size).toBeGreaterThan(150);
    expect(backoffSeconds(policy, { attempt: 3, id: "m7" })).toBe(waits[7]);
  });

  test("base 0 turns back-off off", () => {
    expect(backoffSeconds({ ...policy, baseSeconds: 0 }, { attempt: 9, id: "m" })).toBe(0);
  });
});

describe("isDue, on an injected clock", () => {
  const failedAt = "2026-01-01T00:00:00.000Z";
  const t0 = Date.parse(failedAt);
  const exact = { ...policy, jitterRatio: 0 };

  test("a message is due exactly when failedAt + backoff(attempt) has passed", () => {
    const state = { attempt: 2, failedAt, id: "m" };
    expect(dueAtMs(exact, state)).toBe(t0 + 120_000);
    expect(isDue(exact, state, t0 + 119_999)).toBe(false);
    expect(isDue(exact, state, t0 + 120_000)).toBe(true);
  });

  test("a record without a readable failedAt is due at once, so nothing waits forever", () => {
    expect(isDue(exact, { attempt: 5, id: "m" }, t0)).toBe(true);
    expect(isDue(exact, { attempt: 5, failedAt: "yesterday", id: "m" }, t0)).toBe(true);
  });
});

describe("retry back-off configuration", () => {
  const base = {
    STREAM_MESSAGES_ENDPOINT: "https://cell-1.streaming.us-ashburn-1.oci.oraclecloud.com",
    RECOVERABLE_STREAM_ID: "ocid1.stream.oc1..r",
    UNRECOVERABLE_STREAM_ID: "ocid1.stream.oc1..u",
    NOTIFICATION_TOPIC_ID: "ocid1.onstopic.oc1..t",
    TARGETS: JSON.stringify({
      api: {
        baseUrl: "https://api.example.com",
        auth: { type: "bearer" },
        secretId: "ocid1.vaultsecret.oc1..c",
        timeoutMs: 10_000,
        concurrency: 8,
        statusMapping: {},
        enabled: true,
      },
    }),
    MAX_CONCURRENCY: "4",
    MAX_ATTEMPTS: "5",
  };

  test("defaults: 60 s base, x2, 1 h cap, 20 % jitter, 500 messages a scheduled run", () => {
    expect(parseConfiguration(retryConfigSchema, base)).toMatchObject({
      RETRY_BACKOFF_BASE_SECONDS: 60,
      RETRY_BACKOFF_MULTIPLIER: 2,
      RETRY_BACKOFF_MAX_SECONDS: 3600,
      RETRY_BACKOFF_JITTER_RATIO: 0.2,
      SCHEDULED_RETRY_COUNT: 500,
    });
  });

  test.each([
    ["RETRY_BACKOFF_JITTER_RATIO", "1.5", /RETRY_BACKOFF_JITTER_RATIO: must be from 0 to 1 \(got 1.5\)/],
    ["RETRY_BACKOFF_MULTIPLIER", "0.5", /RETRY_BACKOFF_MULTIPLIER: must be from 1 to 10/],
    ["RETRY_BACKOFF_MAX_SECONDS", "0", /RETRY_BACKOFF_MAX_SECONDS: must be from 1 to 86400/],
    ["SCHEDULED_RETRY_COUNT", "5000", /SCHEDULED_RETRY_COUNT: must be from 1 to 1000/],
  ])("%s=%s is refused naming the variable, the value and the range", (name, value, message) => {
    expect(() => parseConfiguration(retryConfigSchema, { ...base, [name]: value })).toThrow(message);
    // and only that: the base configuration itself is valid
    expect(() => parseConfiguration(retryConfigSchema, base)).not.toThrow();
  });
});

describe("retry back-off, through the built bundle, the real FDK and SDK", () => {
  let env: DataSyncEnv;
  let process: FnProcess;
  let retry: FnProcess;
  const gateway = { method: "POST", url: "/v1/retry" };

  beforeAll(async () => {
    env = await DataSyncEnv.start();
    [process, retry] = await Promise.all([
      env.start("process"),
      // The function's own defaults: 60 s base, x2, 1 h cap, 20 % jitter.
      env.start("retry", { RETRY_BACKOFF_BASE_SECONDS: undefined, SCHEDULED_RETRY_COUNT: "2" }),
    ]);
  });
  beforeEach(() => env.reset([process, retry]));
  afterAll(() => env.close());

  /** An error record on the recoverable stream, for a message appended to the data stream now. */
  function waitingRecord(id: string, attempt: number, failedAgoMs: number, key?: string): void {
    const [original] = env.connectorBatch([env.targetCall(id)], key);
    const record = {
      kind: "data-sync-failure",
      original,
      stream: "recoverable",
      attempt,
      status: 503,
      error: "target answered 503",
      failedAt: new Date(Date.now() - failedAgoMs).toISOString(),
    };
    env.streaming.append(env.recoverableStreamId, [{ key: key ?? null, value: JSON.stringify(record) }]);
  }

  test("a message that failed a moment ago is not due: put back unchanged, no call, no failure counted", async () => {
    // GIVEN a message the process function just failed
    env.target.behave = () => ({ status: 503 });
    await process.call(JSON.stringify(env.connectorBatch([env.targetCall("fresh")])));
    env.target.behave = () => ({ status: 200 });
    const [failed] = env.records(env.recoverableStreamId);
    const notices = env.notifications.published.length;

    // WHEN an operator replays the recoverable stream
    const response = await retry.call(JSON.stringify({ count: 10 }), { gateway });

    // THEN the target was not called; the record is back as it was, due after about a minute
    expect(response.json()).toMatchObject({ read: 1, delivered: 0, failedAgain: 0, deadLettered: 0, notDue: 1 });
    expect(env.target.requests.length).toBe(1);
    const [, kept] = env.records(env.recoverableStreamId);
    expect(kept).toEqual(failed);
    const wait = Date.parse(response.json().nextDueAt) - Date.parse(failed.failedAt);
    expect(wait).toBeGreaterThan(48_000);
    expect(wait).toBeLessThanOrEqual(60_000);
    expect(env.notifications.published.length).toBe(notices);
  });

  test("due messages are delivered; a due message behind a not-yet-due one of its key waits, in order", async () => {
    // GIVEN key A: a head at attempt 2 that failed 10 s ago (due after 96-120 s), then a message never tried;
    // a keyless message that failed two hours ago at attempt 4
    waitingRecord("a-head", 2, 10_000, "A");
    waitingRecord("a-next", 0, 10_000, "A");
    waitingRecord("loner", 4, 2 * 3_600_000);

    // WHEN
    const response = await retry.call(JSON.stringify({ count: 10 }), { gateway });

    // THEN only the loner reached the target; key A's two went back in their order, attempts unchanged
    expect(response.json()).toMatchObject({ read: 3, delivered: 1, notDue: 2, failedAgain: 0 });
    expect(env.target.requests.map((r) => itemId(r.path))).toEqual(["loner"]);
    const back = env.records(env.recoverableStreamId).slice(3);
    expect(
      back.map((r) => [JSON.parse(Buffer.from(r.original.value, "base64").toString()).payload.id, r.attempt]),
    ).toEqual([
      ["a-head", 2],
      ["a-next", 0],
    ]);

    // WHEN the operator asks to ignore the back-off (the target is fixed)
    const forced = await retry.call(JSON.stringify({ count: 10, ignoreBackoff: true }), { gateway });

    // THEN both are delivered in key order
    expect(forced.json()).toMatchObject({ read: 2, delivered: 2, notDue: 0 });
    expect(env.target.requests.map((r) => itemId(r.path))).toEqual(["loner", "a-head", "a-next"]);
  });

  test("an invocation with an empty body, not through the gateway, is a scheduled run of SCHEDULED_RETRY_COUNT", async () => {
    // GIVEN three due messages
    for (const id of ["s0", "s1", "s2"]) waitingRecord(id, 1, 3_600_000);

    // WHEN Resource Scheduler invokes the function (no body; SCHEDULED_RETRY_COUNT is 2 here)
    const response = await retry.call("");

    // THEN it replayed two of the recoverable stream, honouring the back-off
    expect(response.json()).toMatchObject({ stream: "recoverable", requested: 2, read: 2, delivered: 2 });

    // AND through the gateway an empty request is still refused
    expect((await retry.call("{}", { gateway })).httpStatus).toBe(400);
  });
});

describe("a target down for 6 simulated hours, retried every 5 minutes by the schedule", () => {
  // In a process of its own: the simulation runs the retry handler in-process and sets that process's fetch
  // dispatcher to trust the target, which must not outlive it.
  let results: Record<"backoff" | "none", OutageResult>;
  beforeAll(async () => {
    const { stdout } = await run(process.execPath, [
      "-r",
      require.resolve("@swc-node/register"),
      join(__dirname, "..", "bench", "retry-outage.ts"),
      "--json",
    ]);
    results = JSON.parse(stdout.trim().split("\n").at(-1)!);
  }, 120_000);

  test("with back-off, each message costs a bounded number of calls, and all are delivered once, in key order", () => {
    const result = results.backoff;
    // 1 first delivery by process, then attempts at ~1, 2, 4, ... 32 min and hourly (the cap): 6 h of outage
    // is at most 1 + 6 + 6 + 1 calls per message. Without back-off it is one per run: 72 per message.
    expect(result.callsWhileDown).toBeLessThanOrEqual(OUTAGE.messages * 14);
    expect(result.delivered).toBe(OUTAGE.messages);
    expect(result.duplicates).toBe(0);
    expect(result.deadLettered).toBe(0);
    expect(result.keyOrder).toEqual({
      "key-0": ["m0", "m3", "m6"],
      "key-1": ["m1", "m4", "m7"],
      "key-2": ["m2", "m5", "m8"],
    });
  });

  test("without back-off (base 0) the same outage costs a call per message per run", () => {
    const result = results.none;
    // Keyed messages held behind their head make no calls: 11 keyless + 3 heads per run.
    expect(result.callsWhileDown).toBeGreaterThanOrEqual((11 + 3) * 72);
    expect(result.delivered).toBe(OUTAGE.messages);
  });
});

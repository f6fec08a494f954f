import { mapWithConcurrency } from "../lib/concurrency";
import { parseConfiguration } from "../lib/validation";
import { classifyStatus } from "../lib/data-sync/classify";
import { deliveryConfigSchema } from "../lib/data-sync/config";
import { idempotencyKey, lanes, prepare, withIdempotencyKey } from "../lib/data-sync/delivery";
import { errorMessage, MAX_DELIVERABLE_MESSAGE_BYTES, parseErrorRecord } from "../lib/data-sync/error-record";
import { failureRecord, processRouting, retryRouting } from "../lib/data-sync/failure-routing";
import { failureNotice, NOTICE_EXAMPLES, NoticeAggregator } from "../lib/data-sync/failure-notice";
import { HandledLedger } from "../lib/data-sync/handled-ledger";
import { checkTargetRequest } from "../lib/data-sync/target-request";
import { checkMessagesRequest } from "../functions/populate/messages-request";
import { configMap } from "../lib/function-config";

const HOSTS = ["api.example.com"];
const call = (overrides: Record<string, unknown> = {}) => ({
  method: "POST",
  url: "https://api.example.com/v1/items",
  payload: { a: 1 },
  ...overrides,
});
const wire = (value: unknown, key: string | null = null) => ({
  stream: "ocid1.stream.oc1.iad.data",
  partition: "0",
  key: key === null ? null : Buffer.from(key).toString("base64"),
  value: Buffer.from(typeof value === "string" ? value : JSON.stringify(value)).toString("base64"),
  offset: 7,
  timestamp: "2026-01-01T00:00:00.000Z",
});

describe("classification", () => {
  test.each([
    [200, "delivered"],
    [204, "delivered"],
    [408, "recoverable"],
    [425, "recoverable"],
    [429, "recoverable"],
    [500, "recoverable"],
    [503, "recoverable"],
    [599, "recoverable"],
    [400, "unrecoverable"],
    [401, "unrecoverable"],
    [404, "unrecoverable"],
    [422, "unrecoverable"],
    [301, "unrecoverable"],
  ])("status %d is %s", (status, verdict) => {
    expect(classifyStatus(status)).toBe(verdict);
  });
});

describe("target requests", () => {
  test("a call to an allowed https host passes", () => {
    expect(checkTargetRequest(call(), HOSTS)).toEqual({ ok: true, request: call() });
  });

  test("hosts match exactly, case-insensitively, never by suffix", () => {
    expect(checkTargetRequest(call({ url: "https://API.example.com/x" }), HOSTS).ok).toBe(true);
    expect(checkTargetRequest(call({ url: "https://api.example.com.evil.org/x" }), HOSTS)).toEqual({
      ok: false,
      problems: [expect.stringMatching(/host "api.example.com.evil.org" is not an allowed target/)],
    });
  });

  test.each([
    [{ url: "http://api.example.com/x" }, /url: must be an https:\/\/ URL/],
    [{ method: "TRACE" }, /method: .*\(got "TRACE"\)/],
    [{ headers: { Host: "other" } }, /headers: must not set .*host/],
    [{ headers: { "Bad Name": "x" } }, /headers: header names must be HTTP tokens/],
    [{ headers: { "X-A": "a\r\nInjected: 1" } }, /must not contain CR, LF or NUL/],
    [{ method: "GET" }, /payload: a GET request cannot carry a payload/],
  ])("%j is refused", (overrides, reason) => {
    const result = checkTargetRequest(call(overrides), HOSTS);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.join("; ")).toMatch(reason);
  });

  test("an invalid stream message is unrecoverable before any call", () => {
    expect(prepare(wire(call()), HOSTS).ok).toBe(true);
    expect(prepare(wire("{"), HOSTS)).toEqual({
      ok: false,
      outcome: { verdict: "unrecoverable", error: expect.stringMatching(/invalid message: value: not JSON/) },
    });
    expect(prepare({ ...wire(call()), value: "***" }, HOSTS)).toMatchObject({ ok: false });
    expect(prepare({ value: 1 }, HOSTS)).toMatchObject({ ok: false });
  });
});

describe("delivery lanes", () => {
  test("messages sharing a key form one lane in input order; unkeyed and invalid messages each get their own", () => {
    const prepared = [
      wire(call(), "a"),
      wire(call()),
      wire(call(), "b"),
      wire(call(), "a"),
      wire("{", "a"),
      wire(call(), "b"),
      wire(call()),
    ].map((m) => prepare(m, HOSTS));

    expect(lanes(prepared)).toEqual([[0, 3], [1], [2, 5], [4], [6]]);
  });
});

describe("populate request checks", () => {
  test("every problem is listed by index; malformed beats too large", () => {
    const result = checkMessagesRequest(
      { messages: [{ value: call() }, { value: call({ method: "HEAD" }) }, { key: "k".repeat(300), value: call() }] },
      HOSTS,
    );
    expect(result).toEqual({
      ok: false,
      status: 400,
      problems: [
        { index: 1, reason: expect.stringMatching(/^messages\[1\]\.value\.method/) },
        { index: 2, reason: expect.stringMatching(/key is 300 bytes; the limit is 256/) },
      ],
    });
  });

  test("well-formed but too large is 413; the limit leaves room for the error record", () => {
    const fits = { payload: "x".repeat(MAX_DELIVERABLE_MESSAGE_BYTES - JSON.stringify(call({ payload: "" })).length) };
    expect(checkMessagesRequest({ value: call(fits) }, HOSTS).ok).toBe(true);
    const over = { payload: "x".repeat(MAX_DELIVERABLE_MESSAGE_BYTES) };
    expect(checkMessagesRequest({ value: call(over) }, HOSTS)).toMatchObject({ ok: false, status: 413 });
  });

  test("the largest accepted message still fits, whole, in an error record", () => {
    const value = JSON.stringify(call({ payload: "x".repeat(MAX_DELIVERABLE_MESSAGE_BYTES - 100) }));
    const original = wire(value.slice(0, MAX_DELIVERABLE_MESSAGE_BYTES), "k".repeat(256));
    const record = failureRecord(
      original,
      { verdict: "recoverable", status: 503, error: "e".repeat(300) },
      "recoverable",
      1,
    );
    const message = errorMessage(record);
    expect(message.key!.length + Buffer.byteLength(message.value)).toBeLessThanOrEqual(1024 * 1024);
    expect(JSON.parse(message.value).original).toEqual(original);
  });

  test("a message from another producer too large to record whole keeps its place, not its value", () => {
    const original = wire("v".repeat(1000 * 1000));
    const message = errorMessage(failureRecord(original, { verdict: "recoverable", error: "x" }, "recoverable", 1));
    const record = JSON.parse(message.value);
    expect(Buffer.byteLength(message.value)).toBeLessThanOrEqual(1024 * 1024);
    expect(record).toMatchObject({ valueOmitted: { bytes: 1000 * 1000 }, original: { offset: 7, partition: "0" } });
  });
});

describe("routing", () => {
  const failed = { verdict: "recoverable" as const, status: 503, error: "down" };
  const permanent = { verdict: "unrecoverable" as const, status: 400, error: "bad" };

  test("first processing: by verdict; a deferred message waits on the recoverable stream", () => {
    expect(processRouting(failed)).toBe("recoverable");
    expect(processRouting(permanent)).toBe("unrecoverable");
    expect(processRouting({ verdict: "deferred", error: "late" })).toBe("recoverable");
  });

  test.each([
    ["recoverable", failed, 2, 3, "recoverable"],
    ["recoverable", failed, 3, 3, "unrecoverable"],
    ["recoverable", permanent, 2, 3, "unrecoverable"],
    ["unrecoverable", failed, 2, 3, "unrecoverable"],
  ] as const)("from %s, %j at attempt %d of %d goes to %s", (source, outcome, attempt, max, expected) => {
    expect(retryRouting(outcome, source, attempt, max)).toBe(expected);
  });

  test("a record round-trips through its error message", () => {
    const record = failureRecord(wire(call()), failed, "recoverable", 2, new Date("2026-01-02T00:00:00Z"));
    const parsed = parseErrorRecord(Buffer.from(errorMessage(record).value));
    expect(parsed).toEqual({ ok: true, record: expect.objectContaining({ attempt: 2, original: wire(call()) }) });
    expect(parseErrorRecord(Buffer.from("[]"))).toMatchObject({ ok: false, problem: /not an error record/ });
  });

  test("a notice quotes a few failures and counts all", () => {
    const failures = Array.from({ length: 20 }, () => failureRecord(wire(call()), failed, "recoverable", 1));
    const notice = failureNotice("process", "call-1", { delivered: 3, recoverable: 20 }, failures);
    const body = JSON.parse(notice.body);
    expect(notice.title).toBe("data-sync process: 20 message(s) failed");
    expect(body).toMatchObject({ delivered: 3, recoverable: 20, callId: "call-1" });
    expect(body.examples).toHaveLength(NOTICE_EXAMPLES);
    expect(failureNotice("process", "call-2", {}, failures.slice(0, 5), failures.slice(5)).title).toBe(
      "data-sync process: 5 message(s) failed, 15 deferred",
    );
  });
});

describe("failure notices under a storm (injected clock)", () => {
  const failed = { verdict: "recoverable" as const, status: 503, error: "target answered 503" };
  const notice = (callId: string, failures: number) =>
    failureNotice(
      "process",
      callId,
      { received: failures, recoverable: failures },
      Array.from({ length: failures }, () => failureRecord(wire(call()), failed, "recoverable", 1)),
    );

  test("one summary per window: the first at once, the rest merged into the next; a refused one is carried on", () => {
    // GIVEN a clock the test moves, and a 60 s window
    let now = 0;
    const notices = new NoticeAggregator(() => now);
    const windowMs = 60_000;

    // WHEN a storm of 100 failing invocations, one every 1.5 s (150 s)
    const due = [];
    for (let i = 0; i < 100; i++) {
      now = i * 1_500;
      const summary = notices.take(notice(`call-${i}`, 2), windowMs);
      if (summary) due.push(summary);
    }

    // THEN three summaries (t = 0, 60 s, 120 s); with what still waits, they count every invocation and failure
    expect(due.map((d) => d.invocations)).toEqual([1, 40, 40]);
    expect(notices.waiting).toEqual({ invocations: 19, failed: 38, deferred: 0 });
    expect(due[1].title).toBe(`data-sync process: 80 message(s) failed in 40 invocations since ${due[1].since}`);
    expect(JSON.parse(due[1].body)).toMatchObject({ invocations: 40, received: 80, recoverable: 80 });
    expect(JSON.parse(due[1].body).examples).toHaveLength(NOTICE_EXAMPLES);

    // WHEN the summary due at 180 s is refused by Notifications, and is carried
    now = 180_000;
    const refused = notices.take(notice("call-100", 2), windowMs)!;
    expect(refused.invocations).toBe(20);
    notices.carry(refused);

    // THEN nothing is lost: it waits (not published before the window ends), then goes out with what came since
    now = 200_000;
    expect(notices.take(notice("call-101", 2), windowMs)).toBeUndefined();
    expect(notices.waiting).toEqual({ invocations: 21, failed: 42, deferred: 0 });
    now = 240_000;
    const next = notices.take(notice("call-102", 2), windowMs)!;
    expect(next).toMatchObject({ invocations: 22, failed: 44 });
    expect(next.callIds[0]).toBe("call-81");
    expect(notices.waiting.invocations).toBe(0);
  });

  test("a window of 0 publishes every notice", () => {
    const notices = new NoticeAggregator(() => 5);
    expect(notices.take(notice("a", 1), 0)).toMatchObject({ invocations: 1 });
    expect(notices.take(notice("b", 1), 0)).toMatchObject({
      invocations: 1,
      title: "data-sync process: 1 message(s) failed",
    });
  });
});

describe("idempotency keys and the ledger of finished work", () => {
  test("the key is the original's stream, partition, offset and append time, the same from process and any error record", () => {
    const original = wire(call());
    const record = JSON.parse(
      errorMessage(failureRecord(original, { verdict: "recoverable", error: "x" }, "recoverable", 3)).value,
    );
    expect(idempotencyKey(original)).toBe("ocid1.stream.oc1.iad.data/0/7/1767225600000");
    expect(idempotencyKey(record.original)).toBe(idempotencyKey(original));
    expect(idempotencyKey({ ...original, stream: "name with spaces/é" })).toBe(
      "name%20with%20spaces%2F%C3%A9/0/7/1767225600000",
    );
  });

  test("the function's key replaces a message's own header of that name, whatever its case", () => {
    const request = {
      method: "POST" as const,
      url: "https://api.example.com/x",
      headers: { "idempotency-KEY": "mine", "X-Trace": "t" },
    };
    expect(withIdempotencyKey(request, "Idempotency-Key", "s/0/7").headers).toEqual({
      "X-Trace": "t",
      "Idempotency-Key": "s/0/7",
    });
  });

  test("the ledger forgets the oldest entries beyond its capacity", () => {
    const ledger = new HandledLedger(3);
    ["a", "b", "c", "d"].forEach((id) => ledger.set(id, "delivered"));
    expect([ledger.get("a"), ledger.get("b"), ledger.get("d"), ledger.size]).toEqual([
      undefined,
      "delivered",
      "delivered",
      3,
    ]);
  });
});

describe("delivery configuration", () => {
  const valid = configMap(deliveryConfigSchema, {
    STREAM_MESSAGES_ENDPOINT: "https://cell-1.streaming.us-ashburn-1.oci.oraclecloud.com",
    RECOVERABLE_STREAM_ID: "ocid1.stream.oc1.iad.r",
    UNRECOVERABLE_STREAM_ID: "ocid1.stream.oc1.iad.u",
    CREDENTIAL_SECRET_ID: "ocid1.vaultsecret.oc1.iad.s",
    NOTIFICATION_TOPIC_ID: "ocid1.onstopic.oc1.iad.t",
    ALLOWED_TARGET_HOSTS: "api.example.com, hooks.example.org",
    MAX_CONCURRENCY: 8,
  });

  test("reads the infrastructure's variables", () => {
    expect(parseConfiguration(deliveryConfigSchema, valid)).toMatchObject({
      ALLOWED_TARGET_HOSTS: ["api.example.com", "hooks.example.org"],
      MAX_CONCURRENCY: 8,
      TARGET_TIMEOUT_MS: 10_000,
      IDEMPOTENCY_KEY_HEADER: "Idempotency-Key",
      NOTICE_WINDOW_SECONDS: 60,
    });
  });

  test.each([
    ["Idempotency Key", /IDEMPOTENCY_KEY_HEADER: must be an HTTP header name/],
    ["Authorization", /IDEMPOTENCY_KEY_HEADER: must not be one of authorization/],
    ["Content-Length", /IDEMPOTENCY_KEY_HEADER: must not be one of .*content-length/],
  ])("refuses IDEMPOTENCY_KEY_HEADER %j", (header, message) => {
    expect(() => parseConfiguration(deliveryConfigSchema, { ...valid, IDEMPOTENCY_KEY_HEADER: header })).toThrow(
      message,
    );
  });

  test("names each bad variable and value", () => {
    expect(() =>
      parseConfiguration(deliveryConfigSchema, {
        ...valid,
        ALLOWED_TARGET_HOSTS: "API.example.com",
        MAX_CONCURRENCY: "0",
      }),
    ).toThrow(
      /ALLOWED_TARGET_HOSTS: must be comma-separated lower-case host names.*MAX_CONCURRENCY: must be from 1 to 64/,
    );
  });
});

describe("bounded concurrency", () => {
  test("keeps at most `limit` in flight and results in input order", async () => {
    let inFlight = 0;
    let most = 0;
    const results = await mapWithConcurrency([5, 1, 4, 2, 3, 1, 2], 3, async (ms, i) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, ms));
      inFlight -= 1;
      return i;
    });
    expect(results).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(most).toBe(3);
  });
});

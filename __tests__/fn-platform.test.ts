import { Deadline, DEFAULT_TIMEOUT_MS, RESPONSE_MARGIN_MS } from "../lib/deadline";
import { FunctionError } from "../lib/errors";
import { deadlineRetryConfiguration } from "../lib/sdk-retry";
import { parseJsonBody, validateInput } from "../lib/validation";
import * as z from "zod/mini";
import { FnProcess } from "../stand-ins/fn-harness";
import { fixtureBundle } from "./support/function-bundles";
import { resourcePrincipalEnv } from "../stand-ins/signing";

describe("function platform, through the built bundle and the real FDK", () => {
  let fn: FnProcess;

  beforeAll(async () => {
    fn = await FnProcess.start({
      bundle: fixtureBundle("platform-probe"),
      env: resourcePrincipalEnv(),
      config: { PROBE_LABEL: "from-config" },
    });
  });

  afterAll(() => fn.stop());

  test("a reply's status reaches API Gateway as Fn-Http-Status; config comes from the environment", async () => {
    // WHEN
    const response = await fn.call("{}", { callId: "call-echo", timeoutMs: 5_000 });

    // THEN
    expect(response.status).toBe(200);
    expect(response.httpStatus).toBe(201);
    expect(response.headers["fn-http-h-x-probe"]).toBe("yes");
    const body = response.json();
    expect(body).toMatchObject({ callId: "call-echo", label: "from-config", gateway: null, bodyBytes: 2 });
    // The handler's budget is the Fn-Deadline minus the response margin.
    expect(body.remainingMs).toBeLessThanOrEqual(5_000 - RESPONSE_MARGIN_MS);
    expect(body.remainingMs).toBeGreaterThan(5_000 - RESPONSE_MARGIN_MS - 1_000);
    expect(await fn.logLine((l) => l.callId === "call-echo")).toMatchObject({
      level: "info",
      msg: "call finished",
      fn: "platform-probe",
      status: 201,
    });
  });

  test("an API Gateway call exposes the client's method, URL and headers", async () => {
    const response = await fn.call("{}", {
      gateway: { method: "PUT", url: "/v1/things?x=1", headers: { "X-Client": "abc" } },
    });

    expect(response.json().gateway).toEqual({
      method: "PUT",
      url: "/v1/things?x=1",
      headers: expect.objectContaining({ "X-Client": ["abc"] }),
    });
  });

  test("a handler that returns nothing still answers (the FDK would die on undefined), with 204", async () => {
    const response = await fn.call(JSON.stringify({ do: "nothing" }));

    expect(response.status).toBe(200);
    expect(response.httpStatus).toBe(204);
    expect(response.body).toBe("");
    // The process survived: the next call is served.
    expect((await fn.call("{}")).httpStatus).toBe(201);
  });

  test("a FunctionError becomes its 4xx with {error, reason}, and a warning naming the call", async () => {
    const response = await fn.call(JSON.stringify({ do: "reject" }), { callId: "call-reject" });

    expect(response.status).toBe(200);
    expect(response.httpStatus).toBe(422);
    expect(response.json()).toEqual({ error: "probe_rejected", reason: "the probe was asked to reject" });
    expect(await fn.logLine((l) => l.callId === "call-reject")).toMatchObject({
      level: "warn",
      error: "probe_rejected",
      detail: "kept in the log",
    });
  });

  test("an unexpected error fails the call (502) and is logged with the call id; the process lives on", async () => {
    const response = await fn.call(JSON.stringify({ do: "crash" }), { callId: "call-crash" });

    expect(response.status).toBe(502);
    // Details stay in the log: the 502 body may reach an API client.
    expect(response.body).not.toContain("probe crashed on purpose");
    expect(await fn.logLine((l) => l.callId === "call-crash")).toMatchObject({
      level: "error",
      msg: "call failed",
      message: "probe crashed on purpose",
    });
    expect((await fn.call("{}")).status).toBe(200);
  });
});

describe("a function with invalid configuration", () => {
  test("starts, logs every problem once, and fails each call with the reason", async () => {
    // GIVEN PROBE_LABEL is missing and OCI_AUTH is misspelt
    const fn = await FnProcess.start({
      bundle: fixtureBundle("platform-probe"),
      env: resourcePrincipalEnv(),
      config: { OCI_AUTH: "resource-principal" },
    });
    try {
      // WHEN
      const response = await fn.call("{}", { callId: "call-misconfigured" });

      // THEN
      expect(response.status).toBe(502);
      expect(response.body).toContain("see the function log for call call-misconfigured");
      const startLine = await fn.logLine((l) => l.msg === "function cannot start");
      expect(startLine.message).toMatch(/OCI_AUTH: .*\(got "resource-principal"\)/);
      expect(startLine.message).toMatch(/PROBE_LABEL: /);
    } finally {
      await fn.stop();
    }
  });
});

describe("a function without credentials", () => {
  test("listens, logs why once, without waiting for a call, and fails each call with the reason", async () => {
    // GIVEN no resource-principal variables (the credentials are built once the socket is up, not before)
    const fn = await FnProcess.start({ bundle: fixtureBundle("platform-probe"), config: { PROBE_LABEL: "x" } });
    try {
      // THEN the reason is logged before any call
      const startLine = await fn.logLine((l) => l.msg === "function cannot start");
      expect(startLine.message).toMatch(/OCI_AUTH=resource_principal: cannot authenticate: .*OCI_RESOURCE_PRINCIPAL/);

      // WHEN
      const responses = [await fn.call("{}", { callId: "call-1" }), await fn.call("{}", { callId: "call-2" })];

      // THEN
      expect(responses.map((r) => r.status)).toEqual([502, 502]);
      for (const callId of ["call-1", "call-2"]) {
        expect(await fn.logLine((l) => l.callId === callId)).toMatchObject({
          msg: "call failed",
          message: startLine.message,
        });
      }
      expect(fn.logLines().filter((l) => l.msg === "function cannot start")).toHaveLength(1);
    } finally {
      await fn.stop();
    }
  });
});

describe("deadline", () => {
  test("stops the response margin before Fn-Deadline", () => {
    const now = Date.parse("2026-01-01T00:00:00Z");
    const deadline = Deadline.fromHeader("2026-01-01T00:00:10Z", now);
    expect(deadline.stopAt).toBe(now + 10_000 - RESPONSE_MARGIN_MS);
  });

  test.each([null, "", "not a date"])("without a readable Fn-Deadline (%p) uses Fn's default timeout", (header) => {
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(Deadline.fromHeader(header, now).stopAt).toBe(now + DEFAULT_TIMEOUT_MS - RESPONSE_MARGIN_MS);
  });

  test("aborts its signal when the time is up", async () => {
    const deadline = new Deadline(Date.now() + 20);
    expect(deadline.expired).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(deadline.expired).toBe(true);
  });
});

describe("retry policy", () => {
  const attempt = (attemptCount: number) => ({ startTime: new Date(), attemptCount });

  test("stops after the configured attempts", () => {
    const config = deadlineRetryConfiguration(new Deadline(Date.now() + 60_000), {
      maxAttempts: 3,
      baseDelayMs: 10,
      maxDelayMs: 100,
    });
    expect(config.terminationStrategy!.shouldTerminate(attempt(0))).toBe(false);
    expect(config.terminationStrategy!.shouldTerminate(attempt(1))).toBe(false);
    expect(config.terminationStrategy!.shouldTerminate(attempt(2))).toBe(true);
  });

  test("never starts a back-off that could end past the deadline", () => {
    const config = deadlineRetryConfiguration(new Deadline(Date.now() + 500), {
      maxAttempts: 10,
      baseDelayMs: 100,
      maxDelayMs: 10_000,
    });
    // Back-off caps: 100, 200, 400, 800 ms: the fourth retry could end after 500 ms.
    expect(config.terminationStrategy!.shouldTerminate(attempt(1))).toBe(false);
    expect(config.terminationStrategy!.shouldTerminate(attempt(3))).toBe(true);
  });

  test("back-off is jittered within the doubling cap, in seconds", () => {
    const config = deadlineRetryConfiguration(new Deadline(Date.now() + 60_000), {
      maxAttempts: 10,
      baseDelayMs: 100,
      maxDelayMs: 1_000,
    });
    for (let i = 0; i < 50; i++) {
      expect(config.delayStrategy!.delay(attempt(2))).toBeLessThanOrEqual(0.4);
      expect(config.delayStrategy!.delay(attempt(9))).toBeLessThanOrEqual(1);
    }
  });

  test("retries throttling and server errors, not client errors, and nothing once the deadline passed", () => {
    const live = deadlineRetryConfiguration(new Deadline(Date.now() + 60_000));
    const error = (statusCode: number, serviceCode: string) => ({ statusCode, serviceCode }) as any;
    expect(live.retryCondition!(error(429, "TooManyRequests"))).toBe(true);
    expect(live.retryCondition!(error(503, "ServiceUnavailable"))).toBe(true);
    expect(live.retryCondition!(error(404, "NotAuthorizedOrNotFound"))).toBe(false);
    const expired = deadlineRetryConfiguration(new Deadline(Date.now()));
    expect(expired.retryCondition!(error(503, "ServiceUnavailable"))).toBe(false);
  });
});

describe("input validation", () => {
  test("a body that is not JSON is a 400 naming the parse error", () => {
    expect(() => parseJsonBody(Buffer.from("{nope"))).toThrow(FunctionError);
    expect(() => parseJsonBody(Buffer.from("{nope"))).toThrow(/invalid_json: body is not valid JSON/);
  });

  test("a schema mismatch is a 400 listing each field, problem and value", () => {
    const schema = z.object({ a: z.object({ b: z.number() }), c: z.enum(["x", "y"]) });
    let caught: FunctionError | undefined;
    try {
      validateInput(schema, { a: { b: "1" }, c: "z" }, "invalid_thing");
    } catch (err) {
      caught = err as FunctionError;
    }
    expect(caught).toMatchObject({ status: 400, error: "invalid_thing" });
    expect(caught!.reason).toMatch(/a\.b: Invalid input: expected number, received string \(got "1"\)/);
    expect(caught!.reason).toMatch(/c: Invalid option: expected one of "x"\|"y" \(got "z"\)/);
  });
});

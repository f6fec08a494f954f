import { jsonDepth, MAX_JSON_DEPTH, parseJson } from "../lib/json";
import { FnProcess } from "../stand-ins/fn-harness";
import { DataSyncEnv } from "../stand-ins/data-sync-env";

/**
 * Class: JSON nested deeper than the one shared limit (issue 10, item 3). Bodies past it are a 400 with a reason in
 * every function; stream message values past it are unrecoverable records; exactly at the limit, everything works.
 * (claim-check's cases are in claim-check.test.ts.)
 */

/** `levels` nested arrays around `inner`: `[[[inner]]]`. */
const arrays = (levels: number, inner = "") => "[".repeat(levels) + inner + "]".repeat(levels);
/** `levels` nested objects as a JSON value: `{"a":{"a":{}}}` has 3. */
const objects = (levels: number) => JSON.parse('{"a":'.repeat(levels - 1) + "{}" + "}".repeat(levels - 1));
const TOO_DEEP = [MAX_JSON_DEPTH + 1, 10_000, 1_000_000];

describe("jsonDepth and parseJson", () => {
  test.each([
    ["1", 0],
    ['"[[[["', 0],
    ["[]", 1],
    ['{"a":[{"b":"]]]}"}]}', 3],
    ['["\\"[", [1]]', 2],
    [arrays(MAX_JSON_DEPTH), MAX_JSON_DEPTH],
  ])("%s is %d deep", (text, depth) => {
    expect(jsonDepth(text)).toBe(depth);
  });

  test("at the limit parses; one level more is refused before parsing, naming the limit", () => {
    expect(parseJson(arrays(MAX_JSON_DEPTH))).toMatchObject({ ok: true });
    expect(parseJson(arrays(MAX_JSON_DEPTH + 1))).toEqual({
      ok: false,
      problem: "too_deep",
      reason: `nested deeper than ${MAX_JSON_DEPTH} levels of arrays and objects (the limit)`,
    });
    expect(parseJson("{nope")).toMatchObject({ ok: false, problem: "invalid" });
  });
});

describe("every data-sync function, through the built bundles", () => {
  let env: DataSyncEnv;
  let populate: FnProcess;
  let processFn: FnProcess;
  let retry: FnProcess;
  let authorizer: FnProcess;

  beforeAll(async () => {
    env = await DataSyncEnv.start();
    [populate, processFn, retry, authorizer] = await Promise.all(
      ["populate", "process", "retry", "authorizer"].map((name) => env.start(name as "populate")),
    );
  });
  afterAll(() => env.close());

  const gateway = (url: string) => ({ gateway: { method: "POST", url }, timeoutMs: 15_000 });
  const calls = {
    populate: (body: string) => populate.call(body, gateway("/v1/messages")),
    process: (body: string) => processFn.call(body, { timeoutMs: 15_000 }),
    retry: (body: string) => retry.call(body, gateway("/v1/retry")),
  };

  test.each(Object.keys(calls).flatMap((fn) => TOO_DEEP.map((levels) => [fn, levels] as const)))(
    "%s answers a body nested %d levels with 400 json_too_deep",
    async (fn, levels) => {
      const response = await calls[fn as keyof typeof calls](arrays(levels));
      expect(response.status).toBe(200);
      expect(response.httpStatus).toBe(400);
      expect(response.json()).toEqual({
        error: "json_too_deep",
        reason: `body is nested deeper than ${MAX_JSON_DEPTH} levels of arrays and objects (the limit)`,
      });
    },
  );

  test.each(TOO_DEEP)("the authorizer refuses a request nested %d levels as presenting no token", async (levels) => {
    const body = JSON.stringify({ type: "USER_DEFINED", data: { authorization: "Bearer x", deep: "DEEP" } });
    const response = await authorizer.call(body.replace('"DEEP"', arrays(levels)));
    expect(response.status).toBe(200);
    expect(response.json()).toEqual({
      active: false,
      wwwAuthenticate: 'Bearer realm="data-sync", error="invalid_request"',
    });
  });

  test("populate takes a message nested exactly to the limit, and process delivers it", async () => {
    // GIVEN a body {"messages":[{"value":{"payload": ...}}]}: 4 levels around the payload
    const payload = objects(MAX_JSON_DEPTH - 4);
    const body = JSON.stringify({ messages: [{ value: env.targetCall("at-limit", { payload }) }] });
    expect(jsonDepth(body)).toBe(MAX_JSON_DEPTH);

    // WHEN
    const accepted = await calls.populate(body);
    const { partition, offset } = accepted.json().messages[0];
    const stored = env.streaming.messages(env.dataStreamId, partition).find((m) => m.offset === offset)!;
    const before = env.target.requests.length;
    const processed = await calls.process(JSON.stringify(env.connectorBatch([stored.value.toString()])));

    // THEN
    expect(accepted.httpStatus).toBe(200);
    expect(processed.json()).toMatchObject({ received: 1, delivered: 1 });
    expect(JSON.parse(env.target.requests[before].body)).toEqual(payload);
  });

  test("populate refuses a message one level past the limit", async () => {
    const body = JSON.stringify({
      messages: [{ value: env.targetCall("past", { payload: objects(MAX_JSON_DEPTH - 3) }) }],
    });
    const response = await calls.populate(body);
    expect(response.httpStatus).toBe(400);
    expect(response.json().error).toBe("json_too_deep");
  });

  test.each([MAX_JSON_DEPTH + 1, 10_000, 400_000])(
    "process records a message whose value nests %d levels as unrecoverable, with the reason",
    async (levels) => {
      // GIVEN a value that is a target call with a payload nested past the limit
      const value = JSON.stringify(env.targetCall("deep")).replace(/}$/, `,"extra":${arrays(levels)}}`);
      const records = env.streaming.messages(env.unrecoverableStreamId).length;

      // WHEN
      const response = await calls.process(JSON.stringify(env.connectorBatch([value])));

      // THEN
      expect(response.json()).toMatchObject({ received: 1, delivered: 0, unrecoverable: 1 });
      const [record] = env.records(env.unrecoverableStreamId).slice(records);
      expect(record).toMatchObject({ attempt: 1, stream: "unrecoverable" });
      expect(record.error).toBe(
        `invalid message: value: nested deeper than ${MAX_JSON_DEPTH} levels of arrays and objects (the limit)`,
      );
    },
  );

  test("process delivers a value nested exactly to the limit", async () => {
    const value = JSON.stringify(env.targetCall("value-at-limit", { payload: objects(MAX_JSON_DEPTH - 1) }));
    expect(jsonDepth(value)).toBe(MAX_JSON_DEPTH);
    const response = await calls.process(JSON.stringify(env.connectorBatch([value])));
    expect(response.json()).toMatchObject({ received: 1, delivered: 1 });
  });

  test("retry dead-letters an error-stream message nested past the limit, and one whose original is", async () => {
    // GIVEN a foreign message too deep to be a record, and a record whose original value is too deep
    const deepOriginal = env.connectorBatch([
      JSON.stringify(env.targetCall("deep-original")).replace(/}$/, `,"extra":${arrays(10_000)}}`),
    ])[0];
    env.streaming.append(env.recoverableStreamId, [
      { value: arrays(10_000) },
      { value: JSON.stringify({ kind: "data-sync-failure", original: deepOriginal, attempt: 1, error: "x" }) },
    ]);
    const before = env.streaming.messages(env.unrecoverableStreamId).length;

    // WHEN
    const response = await calls.retry(JSON.stringify({ count: 2 }));

    // THEN
    expect(response.httpStatus).toBe(200);
    expect(response.json()).toMatchObject({ read: 2, deadLettered: 2, delivered: 0 });
    const errors = env
      .records(env.unrecoverableStreamId)
      .slice(before)
      .map((r) => r.error);
    const tooDeep = `nested deeper than ${MAX_JSON_DEPTH} levels of arrays and objects (the limit)`;
    expect(errors.sort()).toEqual([`invalid message: value: ${tooDeep}`, `not an error record: ${tooDeep}`]);
  });
});

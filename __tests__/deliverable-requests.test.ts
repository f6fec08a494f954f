import { FnProcess } from "../stand-ins/fn-harness";
import { DataSyncEnv } from "../stand-ins/data-sync-env";
import { MAX_JSON_DEPTH } from "../lib/json";

/**
 * Class: messages populate accepts but process could never send (issue 10, item 4). Both check a message with the one
 * schema in target-request.ts; here everything populate accepts goes through the real process bundle, whose HTTP
 * client is fetch (target-call.ts), to a real local HTTPS server, and must arrive; everything refused is a 400 with a
 * reason naming the field.
 */

type Overrides = Record<string, unknown>;

const nested = (levels: number): unknown => JSON.parse('{"a":'.repeat(levels - 1) + "{}" + "}".repeat(levels - 1));

/** Target calls populate accepts; `path` is below the target's base URL. Each must be delivered. */
const ACCEPTED: [string, Overrides][] = [
  ["a POST with a JSON payload", {}],
  ["a PUT with a custom header", { method: "PUT", headers: { "X-Trace": "t1" } }],
  ["a GET without a payload", { method: "GET", payload: undefined }],
  ["a DELETE with a payload", { method: "DELETE" }],
  [
    "a PATCH with its own content type",
    { method: "PATCH", headers: { "Content-Type": "application/merge-patch+json" } },
  ],
  [
    "end-to-end headers of every kind",
    {
      headers: {
        Accept: "*/*",
        "User-Agent": "x/1",
        Cookie: "a=b",
        Date: "Tue, 01 Dec 2026 10:00:00 GMT",
        Via: "1.1 p",
        Origin: "https://a.example",
        Referer: "https://a.example/",
        "Proxy-Authorization": "Basic eA==",
        Trailer: "X-T",
        "Accept-Encoding": "identity",
      },
    },
  ],
  ["a header name of every token character", { headers: { "!#$%&'*+-.^_`|~09AZaz": "v" } }],
  [
    "header values with tabs, spaces and every visible ASCII character",
    {
      headers: {
        "X-Tab": "a\tb",
        "X-Pad": "  padded  ",
        "X-Empty": "",
        "X-All": Array.from({ length: 95 }, (_, i) => String.fromCharCode(0x20 + i)).join(""),
      },
    },
  ],
  ["fifty headers", { headers: Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`X-H${i}`, `v${i}`])) }],
  ["a path with escaped spaces, quotes and Unicode", { path: "/items/a%20b/John's/%C3%A9%E6%9D%B1%F0%9F%98%80" }],
  ["a query with escaped Unicode", { path: "/items/q?q=%E4%B8%AD%20%E6%96%87&x=1&y=a/b?c" }],
  ["a path of every allowed character", { path: "/items/AZaz09-._~!$&'()*+,;=:@%41/" }],
  ["a string payload", { payload: "just text ünïcödé" }],
  ["a null payload", { payload: null }],
  ["an array payload", { payload: [1, "two", { three: 3 }] }],
  ["a 100 KB payload", { payload: { blob: "x".repeat(100_000) } }],
  ["a payload nested to the limit (4 levels of body around it)", { payload: nested(MAX_JSON_DEPTH - 4) }],
];

/** Target calls populate must refuse with 400, and the reason it gives. */
const REFUSED: [string, Overrides, RegExp][] = [
  ...[
    "Expect",
    "Upgrade",
    "Keep-Alive",
    "Connection",
    "Transfer-Encoding",
    "Host",
    "TE",
    "Proxy-Connection",
    "Content-Length",
    "Authorization",
  ].map((name): [string, Overrides, RegExp] => [
    `a ${name} header`,
    { headers: { [name]: "x" } },
    /headers: must not set .*\(the function or the HTTP client sets these\)/,
  ]),
  [
    "a Latin-1 header value",
    { headers: { "X-A": "é" } },
    /headers\.X-A: must not contain CR, LF or NUL, other controls or non-ASCII/,
  ],
  ["a CJK header value", { headers: { "X-A": "東京" } }, /headers\.X-A: must not contain/],
  ["a header value with CR LF", { headers: { "X-A": "a\r\nInjected: 1" } }, /headers\.X-A: must not contain/],
  ["a header value with DEL", { headers: { "X-A": "a\u007f" } }, /headers\.X-A: must not contain/],
  ["a header value with a control character", { headers: { "X-A": "\u0001" } }, /headers\.X-A: must not contain/],
  ["a header name with a space", { headers: { "X A": "v" } }, /header names must be HTTP tokens/],
  ["a header name with a colon", { headers: { "X:A": "v" } }, /header names must be HTTP tokens/],
  ["an empty header name", { headers: { "": "v" } }, /header names must be HTTP tokens/],
  ["a URL instead of a path", { url: "https://127.0.0.1/items/x" }, /url: is no longer accepted: name a target/],
  ["a path naming a host", { path: "//evil.example.org/x" }, /path: must start with a single '\/'/],
  ["a path that is a URL", { path: "https://evil.example.org/x" }, /path: must start with a single '\/'/],
  ["a path climbing out", { path: "/items/../../x" }, /path: must not contain '.' or '..' segments/],
  ["an encoded climb", { path: "/items/%2e%2E/x" }, /path: must not contain '.' or '..' segments/],
  ["a path with a backslash", { path: "/items\\..\\x" }, /path: must be a URL path/],
  ["a path with a fragment", { path: "/items/x#frag" }, /path: must be a URL path/],
  ["a path with a raw space", { path: "/items/a b" }, /path: must be a URL path/],
  ["a path with raw Unicode", { path: "/items/é" }, /path: must be a URL path/],
  ["a path without a slash", { path: "items/x" }, /path: must start with a single '\/'/],
  ["a target not configured", { target: "evil" }, /target: "evil" is not a configured target \(configured: api\)/],
  ["a client set by the producer", { client: "other" }, /client: is set by the API from your credential/],
  ["a HEAD", { method: "HEAD" }, /method: Invalid option/],
  ["a GET with a payload", { method: "GET" }, /payload: a GET request cannot carry a payload/],
];

describe("whatever populate accepts, process sends", () => {
  let env: DataSyncEnv;
  let populate: FnProcess;
  let processFn: FnProcess;

  beforeAll(async () => {
    env = await DataSyncEnv.start();
    [populate, processFn] = await Promise.all([env.start("populate"), env.start("process", { MAX_CONCURRENCY: "16" })]);
  });
  afterAll(() => env.close());

  /** The target call for a case: `path` defaults to /items/case-<n>. */
  function value(index: number, overrides: Overrides): Record<string, unknown> {
    const call = { ...env.targetCall(`case-${index}`), ...overrides };
    return Object.fromEntries(Object.entries(call).filter(([, v]) => v !== undefined));
  }
  const post = (body: unknown) =>
    populate.call(JSON.stringify(body), { gateway: { method: "POST", url: "/v1/messages" }, timeoutMs: 15_000 });

  test.each(REFUSED.map(([name, overrides, reason], i) => [name, overrides, reason, i] as const))(
    "populate refuses %s with 400 and a reason",
    async (_, overrides, reason, i) => {
      const response = await post({ value: value(1000 + i, overrides) });
      expect(response.httpStatus).toBe(400);
      expect(response.json()).toMatchObject({ error: "invalid_messages", reason: expect.stringMatching(reason) });
    },
  );

  test("populate accepts every case of the table, and process delivers every one of them", async () => {
    const deliverable = ACCEPTED;

    // GIVEN everything populate accepts, stored on the data stream by populate itself
    const accepted = await post({
      messages: ACCEPTED.map(([, overrides], i) => ({ key: `k${i}`, value: value(i, overrides) })),
    });
    expect(accepted.httpStatus).toBe(200);
    const stored = accepted
      .json()
      .messages.map((m: { partition: string; offset: number }) =>
        env.streaming.messages(env.dataStreamId, m.partition).find((s) => s.offset === m.offset)!,
      );
    const batch = deliverable.map(([name]) => {
      const message = stored[ACCEPTED.findIndex(([n]) => n === name)];
      return env.connectorBatch([message.value.toString()], message.key?.toString())[0];
    });
    const before = env.target.requests.length;

    // WHEN process sends them with its real HTTP client to a real HTTPS server
    const response = await processFn.call(JSON.stringify(batch), { timeoutMs: 20_000 });

    // THEN every one arrived, with its method and headers
    expect(response.json()).toMatchObject({
      received: deliverable.length,
      delivered: deliverable.length,
      unrecoverable: 0,
      recoverable: 0,
    });
    const arrived = env.target.requests.slice(before);
    expect(arrived).toHaveLength(deliverable.length);
    for (const [name, overrides] of deliverable) {
      const i = ACCEPTED.findIndex(([n]) => n === name);
      const expected = value(i, overrides) as { method: string; path: string; headers?: Record<string, string> };
      // The target receives exactly the path and query the message gave, below its base URL.
      const request = arrived.find((r) => r.path === expected.path && r.method === expected.method);
      expect(request).toBeDefined();
      for (const [header, headerValue] of Object.entries(expected.headers ?? {})) {
        // fetch trims a value's outer whitespace (Fetch standard: "normalize"); Host and framing stay its own.
        expect(request!.headers[header.toLowerCase()]).toBe(headerValue.trim());
      }
    }
  });
});

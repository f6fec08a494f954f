import { generateKeyPairSync } from "crypto";
import { ApiGatewayEmulator, Deployment, Invoke, Subscriber, UsagePlan } from "../stand-ins/api-gateway";
import { FnResponse } from "../stand-ins/fn-harness";
import { signJwt } from "../stand-ins/signing";

/**
 * The API Gateway emulator (stand-ins/api-gateway.ts) on its own: a deployment specification as Terraform JSON, stock
 * responses and a stand-in function invoker, no processes. The whole stack's gateway runs in __tests__/system/.
 */

const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
const jwk = { ...publicKey.export({ format: "jwk" }), kid: "k1", alg: "RS256", use: "sig" };

const jwt = (claims: Record<string, unknown>, key = privateKey) => signJwt(claims, key, { kid: "k1" });

const stock = { type: "STOCK_RESPONSE_BACKEND", status: 200, body: "ok", headers: [{ name: "x-stock", value: "1" }] };

function deployment(requestPolicies: Record<string, unknown>, routes?: unknown[]): Deployment {
  return {
    name: "Api",
    pathPrefix: "/v1",
    specification: {
      request_policies: requestPolicies,
      routes: routes ?? [
        { path: "/open", methods: ["GET"], backend: stock },
        {
          path: "/scoped",
          methods: ["GET"],
          backend: stock,
          request_policies: { authorization: { type: "ANY_OF", allowed_scope: ["write"] } },
        },
      ],
    },
  };
}

const noFunctions: Invoke = async () => {
  throw new Error("no function should be called");
};

async function withGateway(
  d: Deployment,
  run: (origin: string) => Promise<void>,
  invoke = noFunctions,
  usage: { usagePlans?: UsagePlan[]; subscribers?: Subscriber[] } = {},
): Promise<void> {
  const gateway = await new ApiGatewayEmulator([d], invoke, undefined, usage).start();
  try {
    await run(gateway.origin);
  } finally {
    await gateway.close();
  }
}

const jwtAuth = {
  authentication: {
    type: "JWT_AUTHENTICATION",
    token_header: "Authorization",
    token_auth_scheme: "Bearer",
    issuers: ["https://issuer.example.com"],
    audiences: ["evs"],
    max_clock_skew_in_seconds: 60,
    is_anonymous_access_allowed: false,
    public_keys: { type: "STATIC_KEYS", keys: [jwk] },
  },
};

const now = () => Math.floor(Date.now() / 1000);
const good = () => ({ iss: "https://issuer.example.com", aud: "evs", exp: now() + 300, scope: "read write" });

test("routes: the path prefix, 404 for another path, 405 for another method, stock status and headers", async () => {
  await withGateway(deployment({}), async (origin) => {
    const ok = await fetch(`${origin}/v1/open`);
    expect([ok.status, await ok.text(), ok.headers.get("x-stock")]).toEqual([200, "ok", "1"]);
    expect((await fetch(`${origin}/v2/open`)).status).toBe(404);
    expect((await fetch(`${origin}/v1/other`)).status).toBe(404);
    expect((await fetch(`${origin}/v1/open`, { method: "POST" })).status).toBe(405);
  });
});

test("JWT: a valid token passes; a wrong issuer, audience, signature, an expired or missing token is 401; a missing scope 403", async () => {
  const { privateKey: otherKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  await withGateway(deployment(jwtAuth), async (origin) => {
    const get = async (path: string, token?: string) =>
      (await fetch(`${origin}/v1${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} })).status;
    expect(await get("/open", jwt(good()))).toBe(200);
    expect(await get("/scoped", jwt(good()))).toBe(200);
    expect(await get("/open")).toBe(401);
    expect(await get("/open", jwt({ ...good(), iss: "https://evil.example.com" }))).toBe(401);
    expect(await get("/open", jwt({ ...good(), aud: "other" }))).toBe(401);
    expect(await get("/open", jwt({ ...good(), exp: now() - 120 }))).toBe(401);
    expect(await get("/open", jwt({ ...good(), exp: now() - 30 }))).toBe(200); // within the clock skew
    expect(await get("/open", jwt(good(), otherKey))).toBe(401);
    expect(await get("/scoped", jwt({ ...good(), scope: "read" }))).toBe(403);
  });
});

test("JWT verify_claims: a required claim must be there, with one of its values when values are listed", async () => {
  const verified = {
    authentication: {
      ...jwtAuth.authentication,
      verify_claims: [
        { key: "sub", is_required: true, values: ["shop", "ops"] },
        { key: "tier", is_required: false, values: ["gold"] },
      ],
    },
  };
  await withGateway(deployment(verified), async (origin) => {
    const get = async (claims: Record<string, unknown>) =>
      (await fetch(`${origin}/v1/open`, { headers: { authorization: `Bearer ${jwt(claims)}` } })).status;
    expect(await get({ ...good(), sub: "shop" })).toBe(200);
    expect(await get(good())).toBe(401); // no sub
    expect(await get({ ...good(), sub: "stranger" })).toBe(401);
    expect(await get({ ...good(), sub: ["shop"] })).toBe(401); // not a string: matches no value
    expect(await get({ ...good(), sub: "ops", tier: "gold" })).toBe(200);
    expect(await get({ ...good(), sub: "ops", tier: "tin" })).toBe(401); // optional, but checked when present
  });
});

test("CUSTOM_AUTHENTICATION: the authorizer's answer, cached until expiresAt; a failing authorizer lets nothing through", async () => {
  let calls = 0;
  const answer = (body: unknown, status = 200): FnResponse => ({
    status,
    httpStatus: 200,
    headers: {},
    body: JSON.stringify(body),
    deadline: 0,
    answeredAt: 0,
    json: () => body as never,
  });
  const invoke: Invoke = async (_, body) => {
    calls += 1;
    const { token } = JSON.parse(String(body));
    if (token === "Bearer boom") return answer({}, 502);
    return token === "Bearer good"
      ? answer({ active: true, scope: ["read"], expiresAt: new Date(Date.now() + 60_000).toISOString() })
      : answer({ active: false, wwwAuthenticate: 'Bearer error="invalid_token"' });
  };
  const custom = {
    authentication: { type: "CUSTOM_AUTHENTICATION", function_id: "fn", token_header: "Authorization" },
  };
  await withGateway(
    deployment(custom),
    async (origin) => {
      const get = (path: string, token: string) => fetch(`${origin}/v1${path}`, { headers: { authorization: token } });
      expect((await get("/open", "Bearer good")).status).toBe(200);
      expect((await get("/open", "Bearer good")).status).toBe(200);
      expect(calls).toBe(1);
      const refused = await get("/open", "Bearer bad");
      expect([refused.status, refused.headers.get("www-authenticate")]).toEqual([401, 'Bearer error="invalid_token"']);
      expect((await get("/scoped", "Bearer good")).status).toBe(403);
      expect((await get("/open", "Bearer boom")).status).toBe(502);
    },
    invoke,
  );
});

test("a function backend gets the request's method, path and query, and headers; its Fn-Http-Status and Fn-Http-H-* are the answer", async () => {
  const calls: { body: string; gateway?: { method: string; url: string; headers: Record<string, string> } }[] = [];
  const invoke: Invoke = async (_, body, gateway) => {
    calls.push({ body: String(body), gateway });
    // As the Fn agent hands the FDK's answer over: the outer status 200, the gateway's status and headers in Fn-Http-*.
    return {
      status: 200,
      httpStatus: 201,
      headers: { "fn-http-status": "201", "fn-http-h-location": "/v1/items/7", "content-type": "application/json" },
      body: '{"id":7}',
      deadline: 0,
      answeredAt: 0,
      json: () => ({ id: 7 }) as never,
    };
  };
  const d = deployment({}, [{ path: "/items", methods: ["POST"], backend }]);
  await withGateway(
    d,
    async (origin) => {
      const answer = await fetch(`${origin}/v1/items?dry=1`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-tag": "t1" },
        body: '{"name":"a"}',
      });
      expect([answer.status, answer.headers.get("location"), answer.headers.get("content-type")]).toEqual([
        201,
        "/v1/items/7",
        "application/json",
      ]);
      expect(await answer.text()).toBe('{"id":7}');
    },
    invoke,
  );
  expect(calls).toHaveLength(1);
  expect(calls[0].body).toBe('{"name":"a"}');
  expect(calls[0].gateway).toMatchObject({
    method: "POST",
    url: "/v1/items?dry=1",
    headers: { "content-type": "application/json", "x-tag": "t1" },
  });
});

test("rate limiting per client IP: a second's worth passes, the rest is 429 with Retry-After", async () => {
  await withGateway(
    deployment({ rate_limiting: { rate_in_requests_per_second: 5, rate_key: "CLIENT_IP" } }),
    async (origin) => {
      const answers = [];
      for (let i = 0; i < 8; i++) answers.push(await fetch(`${origin}/v1/open`));
      expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
      expect(answers[5].headers.get("retry-after")).toBe("1");
    },
  );
});

test("what it does not emulate is refused by name", () => {
  expect(
    () =>
      new ApiGatewayEmulator(
        [deployment({}, [{ path: "/x", methods: ["GET"], backend: { type: "HTTP_BACKEND", url: "https://x" } }])],
        noFunctions,
      ),
  ).toThrow("oci_apigateway_deployment Api: route /x: backend type HTTP_BACKEND is not emulated");
});

function fnAnswer(body: unknown, status = 200): FnResponse {
  return {
    status,
    httpStatus: 200,
    headers: {},
    body: JSON.stringify(body),
    deadline: 0,
    answeredAt: 0,
    json: () => body as never,
  };
}

/** An authorizer (function "auth") that admits `Bearer <client>` with that client's scope and context, and a backend. */
function clientsAndBackend(seen: Record<string, string>[]): Invoke {
  const clients: Record<string, string[]> = { shop: ["produce"], ops: ["operator"], lost: ["produce"] };
  return async (functionId, body, gateway) => {
    if (functionId === "backend") {
      seen.push(gateway!.headers);
      return fnAnswer({ ok: true });
    }
    const client = String(JSON.parse(String(body)).token).replace(/^Bearer /, "");
    if (!clients[client]) return fnAnswer({ active: false });
    return fnAnswer({
      active: true,
      principal: client,
      scope: clients[client],
      expiresAt: new Date(Date.now() + 60_000).toISOString(),
      context: { client, usagePlanToken: `plan-${client}` },
    });
  };
}

const clientAuth = {
  authentication: { type: "CUSTOM_AUTHENTICATION", function_id: "auth", token_header: "Authorization" },
};
const backend = { type: "ORACLE_FUNCTIONS_BACKEND", function_id: "backend" };

test("ANY_OF against the authorizer's scope (403 otherwise); set_headers from request.auth, OVERWRITE, APPEND, SKIP", async () => {
  const seen: Record<string, string>[] = [];
  const route = (path: string, scope: string, ifExists?: string) => ({
    path,
    methods: ["POST"],
    backend,
    request_policies: {
      authorization: { type: "ANY_OF", allowed_scope: [scope] },
      header_transformations: {
        set_headers: {
          items: [
            { name: "X-Client", values: ["${request.auth[client]}"], ...(ifExists ? { if_exists: ifExists } : {}) },
            { name: "X-Both", values: ["${request.auth[client]}:${request.headers[x-tag]}", "${request.auth[none]}"] },
            { name: "X-Missing", values: ["${request.auth[none]}"] },
          ],
        },
      },
    },
  });
  const d = deployment(clientAuth, [
    route("/messages", "produce", "OVERWRITE"),
    route("/append", "produce", "APPEND"),
    route("/skip", "produce", "SKIP"),
    route("/retry", "operator"),
  ]);
  await withGateway(
    d,
    async (origin) => {
      const post = (path: string, client: string) =>
        fetch(`${origin}/v1${path}`, {
          method: "POST",
          headers: { authorization: `Bearer ${client}`, "x-client": "spoofed", "x-tag": "t1" },
        });
      expect((await post("/messages", "shop")).status).toBe(200);
      expect((await post("/messages", "ops")).status).toBe(403);
      expect((await post("/retry", "shop")).status).toBe(403);
      expect((await post("/retry", "ops")).status).toBe(200);
      expect((await post("/append", "shop")).status).toBe(200);
      expect((await post("/skip", "shop")).status).toBe(200);
      expect(seen.map((h) => [h["x-client"], h["x-both"], h["x-missing"]])).toEqual([
        ["shop", "shop:t1", undefined],
        ["ops", "ops:t1", undefined], // if_exists omitted: OVERWRITE here (the default is not documented)
        ["spoofed, shop", "shop:t1", undefined],
        ["spoofed", "shop:t1", undefined],
      ]);
    },
    clientsAndBackend(seen),
  );
});

test("usage plans: the client token from request.auth picks the subscriber's plan; rate and quota 429, unknown 403", async () => {
  const d = {
    ...deployment({ ...clientAuth, usage_plans: { token_locations: ["request.auth[usagePlanToken]"] } }, [
      { path: "/messages", methods: ["POST"], backend },
    ]),
    id: "deployment-1",
  };
  const usagePlans: UsagePlan[] = [
    {
      id: "plan-shop",
      entitlements: [
        { name: "shop", rate_limit: { unit: "SECOND", value: 3 }, targets: [{ deployment_id: "deployment-1" }] },
      ],
    },
    {
      id: "plan-ops",
      entitlements: [
        {
          name: "ops",
          quota: { unit: "DAY", value: 2, reset_policy: "CALENDAR", operation_on_breach: "REJECT" },
          targets: [{ deployment_id: "deployment-1" }],
        },
      ],
    },
  ];
  const subscribers: Subscriber[] = [
    { name: "shop", usagePlans: ["plan-shop"], clients: [{ name: "shop", token: "plan-shop" }] },
    { name: "ops", usagePlans: ["plan-ops"], clients: [{ name: "ops", token: "plan-ops" }] },
  ];
  await withGateway(
    d,
    async (origin) => {
      const post = async (client: string) => {
        const res = await fetch(`${origin}/v1/messages`, {
          method: "POST",
          headers: { authorization: `Bearer ${client}` },
        });
        return [res.status, res.headers.get("retry-after")];
      };
      const shop = [];
      for (let i = 0; i < 5; i++) shop.push(await post("shop"));
      expect(shop).toEqual([
        [200, null],
        [200, null],
        [200, null],
        [429, "1"],
        [429, "1"],
      ]);
      const ops = [await post("ops"), await post("ops"), await post("ops")];
      expect(ops.slice(0, 2)).toEqual([
        [200, null],
        [200, null],
      ]);
      expect(ops[2][0]).toBe(429);
      // Until the end of the calendar day (UTC here).
      expect(Number(ops[2][1])).toBeGreaterThan(0);
      expect(Number(ops[2][1])).toBeLessThanOrEqual(86_400);
      // Authenticated, but its usage-plan token is no subscriber's.
      expect((await post("lost"))[0]).toBe(403);
    },
    clientsAndBackend([]),
    { usagePlans, subscribers },
  );
});

test("usage plans and header transformations it does not emulate are refused by name", () => {
  const bad =
    (policies: Record<string, unknown>, routePolicies: Record<string, unknown> = {}) =>
    () =>
      new ApiGatewayEmulator(
        [deployment(policies, [{ path: "/x", methods: ["GET"], backend, request_policies: routePolicies }])],
        noFunctions,
      );
  expect(bad({ usage_plans: { token_locations: ["request.cert[x]"] } })).toThrow(
    "oci_apigateway_deployment Api: usage_plans token location request.cert[x] is not request.auth|headers|query[<name>]",
  );
  expect(bad({}, { header_transformations: { rename_headers: { items: [] } } })).toThrow(
    "route /x: header_transformations rename_headers are not emulated",
  );
  expect(
    bad({}, { header_transformations: { set_headers: { items: [{ name: "X", values: ["${request.path[id]}"] }] } } }),
  ).toThrow(
    "route /x: set_headers X: ${request.path[id]} is not a context variable of request.auth, request.headers or request.query",
  );
  expect(bad({}, { authorization: { type: "ANY_OF" } })).toThrow(
    "route /x: authorization ANY_OF without allowed_scope",
  );
});

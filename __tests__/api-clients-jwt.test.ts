import { generateKeyPairSync } from "crypto";
import { FnProcess } from "../stand-ins/fn-harness";
import { ApiGatewayEmulator } from "../stand-ins/api-gateway";
import { DataSyncEnv } from "../stand-ins/data-sync-env";
import { signJwt } from "../stand-ins/signing";
import { CLIENT_HEADER } from "../lib/data-sync/targets";
import { environmentWith, synthStack } from "./support/synth";
import { gatewayInputs } from "./support/synth-gateway";

/**
 * Named API clients with JWT authentication, end to end through what the stack synthesizes: the deployment (JWT
 * validation with the client claim required, the client header set from it), usage plans and subscribers run in the
 * API Gateway emulator (stand-ins/api-gateway.ts, which cites the documented rules it applies), in front of the real
 * populate and retry bundles. The issuer is a key pair of the test: the emulator is given its JWKS instead of
 * fetching `jwksUri`.
 */
describe("API clients with JWT authentication: the client claim names the client", () => {
  const ISSUER = "https://login.example.com";
  const SHOP_QUOTA = 3;
  const SUBJECTS = { shop: "auth0|shop-7f3a", feed: "feed@clients", ops: "ops@clients" };
  const synth = synthStack(
    environmentWith((raw) => {
      raw.dataSync.api = {
        authentication: { type: "jwt", issuers: [ISSUER], audiences: ["evs"], jwksUri: `${ISSUER}/jwks` },
        // The per-IP rate limit, which every request here shares, is not what is tested.
        rateLimitPerSecond: 1000,
      };
      raw.dataSync.clients = {
        shop: { claimValue: SUBJECTS.shop, allowedTargets: ["erp", "crm"], quota: { unit: "DAY", value: SHOP_QUOTA } },
        feed: { claimValue: SUBJECTS.feed, allowedTargets: ["crm"] },
        ops: { claimValue: SUBJECTS.ops, operator: true },
      };
    }),
  );
  const [deploymentBody] = synth.resources("oci_apigateway_deployment");
  const populateConfig = synth
    .resources("oci_functions_function")
    .find((f) => f.display_name === "evs-test-populate")!.config;
  const { deployments, usage, functionAddress } = gatewayInputs(synth);
  const retryOperators = synth.resources("oci_functions_function").find((f) => f.display_name === "evs-test-retry")!
    .config.OPERATOR_CLIENT_CLAIMS;

  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const jwks = { keys: [{ ...publicKey.export({ format: "jwk" }), kid: "k1", alg: "RS256", use: "sig" }] };
  /** A token of the issuer, valid for five minutes, with these claims. */
  const token = (claims: Record<string, unknown>) =>
    signJwt({ iss: ISSUER, aud: "evs", exp: Math.floor(Date.now() / 1000) + 300, ...claims }, privateKey, {
      kid: "k1",
    });
  const producer = (sub: string) => token({ sub, scope: "produce" });

  let env: DataSyncEnv;
  let gateway: ApiGatewayEmulator;
  let populate: FnProcess;

  beforeAll(async () => {
    env = await DataSyncEnv.start();
    const { CLIENTS, CLIENT_CLAIMS, TARGET_NAMES } = populateConfig;
    const [populateFn, retryFn] = await Promise.all([
      env.start("populate", { CLIENTS, CLIENT_CLAIMS, TARGET_NAMES }),
      env.start("retry", { OPERATOR_CLIENT_CLAIMS: retryOperators }),
    ]);
    populate = populateFn;
    const functions = new Map([
      [functionAddress("evs-test-populate"), populateFn],
      [functionAddress("evs-test-retry"), retryFn],
    ]);
    gateway = await new ApiGatewayEmulator(
      deployments,
      (functionId, body, call) => functions.get(functionId)!.call(body, call ? { gateway: call } : {}),
      async (uri) => {
        expect(uri).toBe(`${ISSUER}/jwks`);
        return jwks;
      },
      usage,
    ).start();
  });
  afterAll(async () => {
    await gateway?.close();
    await env.close();
  });

  const post = async (route: string, jwt: string, body: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(`${gateway.origin}/v1${route}`, {
      method: "POST",
      headers: { authorization: `Bearer ${jwt}`, "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
    });
    return { status: res.status, retryAfter: res.headers.get("retry-after"), json: await res.json().catch(() => ({})) };
  };
  let sent = 0;
  const message = (target: string) => ({ value: { target, method: "POST", path: `/items/${++sent}`, payload: {} } });
  /** The stored values, in no particular order (the data stream has two partitions). */
  const stored = () => env.streaming.messages(env.dataStreamId).map((m) => JSON.parse(m.value.toString()));
  const storedAt = (m: ReturnType<typeof message>) => stored().filter((s) => s.path === m.value.path);

  test("the deployment requires the client claim with the configured values and sets the client header from it", () => {
    const auth = deploymentBody.specification.request_policies.authentication;
    expect(auth.verify_claims).toEqual([
      { key: "sub", is_required: true, values: [SUBJECTS.shop, SUBJECTS.feed, SUBJECTS.ops].sort() },
    ]);
    const [messages, retry] = deploymentBody.specification.routes;
    expect(messages.request_policies.header_transformations.set_headers.items).toEqual([
      { name: CLIENT_HEADER, values: ["$${request.auth[sub]}"], if_exists: "OVERWRITE" },
    ]);
    expect(retry.request_policies).toEqual({ ...messages.request_policies, authorization: expect.anything() });
    expect(retry.request_policies.authorization).toEqual({ type: "ANY_OF", allowed_scope: ["operator"] });
    expect(JSON.parse(retryOperators)).toEqual({ [SUBJECTS.ops]: "ops" });
    expect(JSON.parse(populateConfig.CLIENT_CLAIMS)).toEqual({
      [SUBJECTS.shop]: "shop",
      [SUBJECTS.feed]: "feed",
      [SUBJECTS.ops]: "ops",
    });
    // No authorizer and no token secrets: the issuer authenticates the clients.
    expect(synth.resources("oci_functions_function").map((f) => f.display_name)).not.toContain("evs-test-authorizer");
    expect(synth.resources("oci_vault_secret").map((s) => s.secret_name)).not.toContainEqual(
      expect.stringMatching(/-client-/),
    );
  });

  test("a client's message carries its name, whatever client header the caller sends", async () => {
    const own = message("crm");
    expect((await post("/messages", producer(SUBJECTS.feed), own)).status).toBe(200);
    expect(storedAt(own)).toEqual([expect.objectContaining({ target: "crm", client: "feed" })]);

    // feed claims to be shop, by name and by shop's subject: OVERWRITE puts feed's own claim there.
    for (const claimed of ["shop", SUBJECTS.shop]) {
      const spoofed = message("crm");
      expect((await post("/messages", producer(SUBJECTS.feed), spoofed, { [CLIENT_HEADER]: claimed })).status).toBe(
        200,
      );
      expect(storedAt(spoofed)).toEqual([expect.objectContaining({ client: "feed" })]);
    }
  });

  test("a token without the client claim, or with a value no client has, is refused by the gateway", async () => {
    const before = stored().length;
    const calls = gateway.requests.length;
    // Without verify_claims this would reach populate with the caller's own header, and pass as shop.
    const noClaim = await post("/messages", token({ scope: "produce" }), message("crm"), {
      [CLIENT_HEADER]: SUBJECTS.shop,
    });
    const stranger = await post("/messages", producer("stranger@clients"), message("crm"));
    expect([noClaim.status, stranger.status]).toEqual([401, 401]);
    expect(gateway.requests.slice(calls).map((r) => r.refusedBy)).toEqual(["authentication", "authentication"]);
    expect(stored()).toHaveLength(before);
  });

  test("targets are checked per client: one it may not send to is 403 with the reason", async () => {
    const refused = await post("/messages", producer(SUBJECTS.feed), message("erp"));
    expect(refused.status).toBe(403);
    expect(refused.json).toMatchObject({
      error: "target_not_allowed",
      reason: expect.stringMatching(/client feed may not send to "erp" \(allowed: crm\)/),
    });
    expect(stored().filter((m) => m.target === "erp" && m.client === "feed")).toEqual([]);
  });

  test("populate itself refuses a claim value no client has (a gateway misconfigured), naming the value", async () => {
    const answer = await populate.call(JSON.stringify(message("crm")), {
      gateway: { method: "POST", url: "/v1/messages", headers: { [CLIENT_HEADER]: "stranger@clients" } },
    });
    expect(answer.httpStatus).toBe(403);
    expect(answer.json()).toMatchObject({
      error: "unknown_client",
      reason: expect.stringContaining(`${CLIENT_HEADER} "stranger@clients" is no API client's JWT claim value`),
    });
  });

  test("a producer's token cannot call /v1/retry; an operator's can", async () => {
    const retry = { stream: "recoverable", count: 1 };
    expect((await post("/retry", producer(SUBJECTS.feed), retry)).status).toBe(403);
    expect(gateway.requests.at(-1)).toMatchObject({ status: 403, refusedBy: "authorization" });
    expect((await post("/retry", token({ sub: SUBJECTS.ops, scope: "operator" }), retry)).status).toBe(200);
  });

  test("an operator scope in the token is not enough: the config must make the client an operator", async () => {
    const retry = { stream: "recoverable", count: 1 };
    // feed's issuer grants it `operator`, and feed names ops in the header: the gateway overwrites it, retry refuses.
    const refused = await post("/retry", token({ sub: SUBJECTS.feed, scope: "produce operator" }), retry, {
      [CLIENT_HEADER]: SUBJECTS.ops,
    });
    expect(refused.status).toBe(403);
    expect(refused.json).toMatchObject({
      error: "not_operator",
      reason: `${CLIENT_HEADER} "${SUBJECTS.feed}" is no operator's JWT claim value (dataSync.clients with operator: true)`,
    });
  });

  test("each client has its own usage plan, keyed by its claim: over its quota it gets 429, others are not touched", async () => {
    expect(deploymentBody.specification.request_policies.usage_plans.token_locations).toEqual(["request.auth[sub]"]);
    expect(synth.resources("oci_apigateway_subscriber").map((s) => s.clients)).toEqual(
      expect.arrayContaining([[{ name: "shop", token: SUBJECTS.shop }]]),
    );
    const statuses: number[] = [];
    for (let i = 0; i <= SHOP_QUOTA; i++) {
      statuses.push((await post("/messages", producer(SUBJECTS.shop), message("erp"))).status);
    }
    expect(statuses.slice(0, SHOP_QUOTA)).toEqual([200, 200, 200]);
    expect(statuses[SHOP_QUOTA]).toBe(429);
    expect(gateway.requests.at(-1)).toMatchObject({ status: 429, refusedBy: "usage_plans" });
    expect((await post("/messages", producer(SUBJECTS.feed), message("crm"))).status).toBe(200);
  });
});

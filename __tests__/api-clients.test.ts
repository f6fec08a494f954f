import { FnProcess } from "../stand-ins/fn-harness";
import { ApiGatewayEmulator } from "../stand-ins/api-gateway";
import { API_TOKEN, DataSyncEnv, OPERATOR_TOKEN } from "../stand-ins/data-sync-env";
import { CLIENT_HEADER } from "../lib/data-sync/targets";
import { gatewayInputs } from "./support/synth-gateway";
import { environmentWith, synthStack } from "./support/synth";

/**
 * Named API clients, end to end through what the stack synthesizes: the deployment, usage plans and subscribers of
 * the example config (with a second producer, `feed`, and shop's quota lowered to 3 a day so it can be reached) run
 * in the API Gateway emulator (stand-ins/api-gateway.ts, which cites the documented rules it applies), in front of
 * the real authorizer, populate and retry bundles.
 */
describe("API clients: scopes, usage plans and the client's name", () => {
  const SHOP_QUOTA = 3;
  const FEED_TOKEN = "feed-token-0b5e";
  const synth = synthStack(
    environmentWith((raw) => {
      raw.dataSync.clients.shop.quota = { unit: "DAY", value: SHOP_QUOTA };
      raw.dataSync.clients.feed = { allowedTargets: ["crm"] };
      // The per-IP rate limit, which every request here shares, is not what is tested.
      raw.dataSync.api = { ...raw.dataSync.api, rateLimitPerSecond: 1000 };
    }),
  );
  const [deploymentBody] = synth.resources("oci_apigateway_deployment");
  const functionConfig = (name: string) =>
    synth.resources("oci_functions_function").find((f) => f.display_name === `evs-test-${name}`)!.config;
  const { deployments, usage, functionAddress } = gatewayInputs(synth);

  let env: DataSyncEnv;
  let gateway: ApiGatewayEmulator;
  /** The function processes by the OCID the gateway invokes them with. */
  const functions = new Map<string, FnProcess>();
  let populate: FnProcess;

  beforeAll(async () => {
    env = await DataSyncEnv.start();
    // The functions as the stack configures them, their secret and stream references pointing at stand-ins.
    const clients = JSON.parse(functionConfig("authorizer").CLIENTS);
    clients.shop.secretId = env.apiTokenSecretId;
    clients.ops.secretId = env.operatorTokenSecretId;
    clients.feed.secretId = "ocid1.vaultsecret.oc1.iad.feedtoken";
    env.secrets.putSecret(clients.feed.secretId, FEED_TOKEN);
    const { CLIENTS, TARGET_NAMES } = functionConfig("populate");
    const started = await Promise.all([
      env.start("authorizer", { CLIENTS: JSON.stringify(clients) }),
      env.start("populate", { CLIENTS, TARGET_NAMES }),
      env.start("retry"),
    ]);
    populate = started[1];
    ["authorizer", "populate", "retry"].forEach((name, i) =>
      functions.set(functionAddress(`evs-test-${name}`), started[i]),
    );
    gateway = await new ApiGatewayEmulator(
      deployments,
      (functionId, body, call) => functions.get(functionId)!.call(body, call ? { gateway: call } : {}),
      undefined,
      usage,
    ).start();
  });
  afterAll(async () => {
    await gateway?.close();
    await env.close();
  });

  const post = async (route: string, token: string, body: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(`${gateway.origin}/v1${route}`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
    });
    return { status: res.status, retryAfter: res.headers.get("retry-after"), json: await res.json().catch(() => ({})) };
  };
  let sent = 0;
  const message = (target: string) => ({ value: { target, method: "POST", path: `/items/${++sent}`, payload: {} } });
  /** The stored values, in no particular order (the data stream has two partitions). */
  const stored = () => env.streaming.messages(env.dataStreamId).map((m) => JSON.parse(m.value.toString()));

  test("a producer's token may post messages but cannot call /v1/retry; the operator's may", async () => {
    const before = stored().length;
    expect((await post("/messages", API_TOKEN, message("crm"))).status).toBe(200);
    expect((await post("/retry", API_TOKEN, { stream: "recoverable", count: 1 })).status).toBe(403);
    expect((await post("/retry", OPERATOR_TOKEN, { stream: "recoverable", count: 1 })).status).toBe(200);
    // ops may send to no target (example.json), so it is not given the produce scope either
    expect((await post("/messages", OPERATOR_TOKEN, message("crm"))).status).toBe(403);
    expect((await post("/messages", "not-a-token", message("crm"))).status).toBe(401);
    expect(stored()).toHaveLength(before + 1);
  });

  test("the client's name travels with its messages, whatever header the caller sends; targets are checked per client", async () => {
    // feed claims to be shop in the header the gateway sets: OVERWRITE puts the authorizer's answer there.
    const claimed = message("crm");
    expect((await post("/messages", FEED_TOKEN, claimed, { [CLIENT_HEADER]: "shop" })).status).toBe(200);
    const refused = await post("/messages", FEED_TOKEN, message("erp"));
    expect(refused.status).toBe(403);
    expect(refused.json).toMatchObject({
      error: "target_not_allowed",
      reason: expect.stringMatching(/client feed may not send to "erp" \(allowed: crm\)/),
    });
    expect(stored().filter((m) => m.path === claimed.value.path)).toEqual([
      expect.objectContaining({ target: "crm", client: "feed" }),
    ]);
    expect(stored().filter((m) => m.target === "erp" && m.client === "feed")).toEqual([]);
    // populate itself refuses a request that reaches it without a client's name (a gateway misconfigured).
    const anonymous = await populate.call(JSON.stringify(message("crm")), {
      gateway: { method: "POST", url: "/v1/messages", headers: {} },
    });
    expect([anonymous.httpStatus, anonymous.json().error]).toEqual([403, "unknown_client"]);
  });

  test("a client over its quota gets 429 from its own usage plan; another client is not touched", async () => {
    // GIVEN shop's synthesized plan: its rate, and the quota lowered for this test, rejecting on breach
    const shopSubscriber = synth
      .resources("oci_apigateway_subscriber")
      .find((s) => s.clients.some((c: any) => c.name === "shop"))!;
    expect(shopSubscriber.clients).toEqual([{ name: "shop", token: "evs-test-shop" }]);
    const planKey = /^\$\{oci_apigateway_usage_plan\.([^.]+)\.id\}$/.exec(shopSubscriber.usage_plans[0])![1];
    expect(synth.json.resource.oci_apigateway_usage_plan[planKey].entitlements).toEqual([
      {
        name: "shop",
        description: "Rate limit and quota of API client shop",
        rate_limit: { unit: "SECOND", value: 20 },
        quota: { unit: "DAY", value: SHOP_QUOTA, reset_policy: "CALENDAR", operation_on_breach: "REJECT" },
        targets: [{ deployment_id: expect.stringMatching(/^\$\{oci_apigateway_deployment\..*\.id\}$/) }],
      },
    ]);
    expect(deploymentBody.specification.request_policies.usage_plans.token_locations).toEqual([
      "request.auth[usagePlanToken]",
    ]);

    // WHEN shop posts more than its quota (the earlier tests spent part of it: the gateway counts every request)
    const statuses: number[] = [];
    for (let i = 0; i <= SHOP_QUOTA; i++) statuses.push((await post("/messages", API_TOKEN, message("crm"))).status);
    const over = await post("/messages", API_TOKEN, message("crm"));

    // THEN the gateway refuses it with 429 and when to retry, before populate sees it; feed still gets through
    expect(statuses).toContain(429);
    expect(over.status).toBe(429);
    expect(Number(over.retryAfter)).toBeGreaterThan(0);
    expect(gateway.requests.at(-1)).toMatchObject({ status: 429, refusedBy: "usage_plans" });
    expect((await post("/messages", FEED_TOKEN, message("crm"))).status).toBe(200);
  });
});

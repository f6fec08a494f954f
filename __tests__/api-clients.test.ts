import { FnProcess } from "../stand-ins/fn-harness";
import { API_TOKEN, DataSyncEnv, OPERATOR_TOKEN } from "../stand-ins/data-sync-env";
import { CLIENT_HEADER } from "../lib/data-sync/targets";
import { synthStack } from "./support/synth";

/**
 * Named API clients: the gateway spec the stack synthesizes, applied to the real authorizer bundle's answers. The
 * gateway is not run here; its documented rules are: a route with `ANY_OF` admits a caller whose authorizer `scope`
 * includes one of `allowed_scope`, case-sensitively (API model AnyOfRouteAuthorizationPolicy); a deployment with
 * `usage_plans` forwards only requests whose token at `token_locations` matches a subscriber's client token
 * ("Making an API Deployment Eligible for Inclusion in a Usage Plan").
 */
describe("API clients: scopes, usage plans and the client's name", () => {
  const synth = synthStack();
  const [deployment] = synth.resources("oci_apigateway_deployment");
  const authorizerConfig = synth
    .resources("oci_functions_function")
    .find((f) => f.display_name === "evs-example-authorizer")!.config;
  const routeOf = (path: string) => deployment.specification.routes.find((r: any) => r.path === path);

  /** ANY_OF over the authorizer's scope, as the API model defines it. */
  const routeAdmits = (path: string, answer: { active: boolean; scope?: string[] }) => {
    const policy = routeOf(path).request_policies.authorization;
    expect(policy.type).toBe("ANY_OF");
    return answer.active && (answer.scope ?? []).some((s) => policy.allowed_scope.includes(s));
  };

  let env: DataSyncEnv;
  let authorizer: FnProcess;
  let populate: FnProcess;

  beforeAll(async () => {
    env = await DataSyncEnv.start();
    // The authorizer as the example stack configures it, its secret references pointing at stand-in secrets.
    const clients = JSON.parse(authorizerConfig.CLIENTS);
    clients.shop.secretId = env.apiTokenSecretId;
    clients.ops.secretId = env.operatorTokenSecretId;
    [authorizer, populate] = await Promise.all([
      env.start("authorizer", { CLIENTS: JSON.stringify(clients) }),
      env.start("populate", { CLIENTS: JSON.stringify({ shop: ["api"], ops: [] }) }),
    ]);
  });
  afterAll(() => env.close());

  const answerFor = async (token: string) =>
    (await authorizer.call(JSON.stringify({ type: "TOKEN", token: `Bearer ${token}` }))).json();

  test("a producer's token may post messages but cannot call /v1/retry; the operator's may", async () => {
    const producer = await answerFor(API_TOKEN);
    const operator = await answerFor(OPERATOR_TOKEN);

    expect(routeAdmits("/messages", producer)).toBe(true);
    expect(routeAdmits("/retry", producer)).toBe(false);
    expect(routeAdmits("/retry", operator)).toBe(true);
    // ops may send to no target (example.json), so it is not given the produce scope either
    expect(routeAdmits("/messages", operator)).toBe(false);
  });

  test("each client has its own usage plan, matched by the token the authorizer answers", async () => {
    const producer = await answerFor(API_TOKEN);
    const location = deployment.specification.request_policies.usage_plans.token_locations;
    expect(location).toEqual(["request.auth[usagePlanToken]"]);
    // The subscriber the gateway would match for this request is shop's, and only shop's.
    const subscribers = synth
      .resources("oci_apigateway_subscriber")
      .filter((s) => s.clients.some((c: any) => c.token === producer.context.usagePlanToken));
    expect(subscribers).toHaveLength(1);
    expect(subscribers[0].clients).toEqual([{ name: "shop", token: "evs-example-shop" }]);
    const planKey = /^\$\{oci_apigateway_usage_plan\.([^.]+)\.id\}$/.exec(subscribers[0].usage_plans[0])![1];
    const plan = synth.json.resource.oci_apigateway_usage_plan[planKey];
    // Over its quota, the gateway refuses shop's requests (REJECT: "will allow no further requests"); the status it
    // answers then (429 by convention) is not stated in OCI's documentation, so it is not asserted.
    expect(plan.entitlements).toEqual([
      {
        name: "shop",
        description: "Rate limit and quota of API client shop",
        rate_limit: { unit: "SECOND", value: 20 },
        quota: { unit: "DAY", value: 100000, reset_policy: "CALENDAR", operation_on_breach: "REJECT" },
        targets: [{ deployment_id: expect.stringMatching(/^\$\{oci_apigateway_deployment\..*\.id\}$/) }],
      },
    ]);
  });

  test("the gateway passes the client's name to populate, overwriting any the caller sent", () => {
    expect(routeOf("/messages").request_policies.header_transformations.set_headers.items).toEqual([
      { name: CLIENT_HEADER, values: ["$${request.auth[client]}"], if_exists: "OVERWRITE" },
    ]);
  });

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    populate.call(JSON.stringify(body), { gateway: { method: "POST", url: "/v1/messages", headers } });

  test("populate stamps the client's name on each message and refuses targets the client may not use", async () => {
    const stored = env.streaming.messages(env.dataStreamId).length;
    const ok = await post({ value: env.targetCall("x") }, { [CLIENT_HEADER]: "shop" });
    expect(ok.httpStatus).toBe(200);
    const [message] = env.streaming.messages(env.dataStreamId).slice(stored);
    expect(JSON.parse(message.value.toString())).toMatchObject({ target: "api", client: "shop" });

    const forbidden = await post({ value: env.targetCall("y") }, { [CLIENT_HEADER]: "ops" });
    expect(forbidden.httpStatus).toBe(403);
    expect(forbidden.json()).toMatchObject({
      error: "target_not_allowed",
      reason: expect.stringMatching(/client ops may not send to "api" \(allowed: none\)/),
    });
    const anonymous = await post({ value: env.targetCall("z") });
    expect(anonymous.httpStatus).toBe(403);
    expect(anonymous.json()).toMatchObject({ error: "unknown_client" });
    expect(env.streaming.messages(env.dataStreamId)).toHaveLength(stored + 1);
  });
});

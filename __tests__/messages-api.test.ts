import "cdktf/lib/testing/adapters/jest";
import { TerraformVariable, Testing } from "cdktf";
import { Construct } from "constructs";
import { ApigatewayDeployment } from "../.gen/providers/oci/apigateway-deployment";
import { MonitoringAlarm } from "../.gen/providers/oci/monitoring-alarm";
import { ApiAuthentication } from "../config/schema";
import { Alarms } from "../constructs/patterns/alarms";
import { MessagesApi } from "../constructs/resources/messages-api";
import { NotificationTopic } from "../constructs/resources/notification-topic";
import {
  addFunction,
  addPolicies,
  COMPARTMENT,
  idOf,
  LOG_GROUP,
  resourcesOf,
  statementsOf,
} from "./support/bare-stack";
import { Subnet } from "../constructs/resources/subnet";

const GATEWAY_PRINCIPAL = `request.principal.type = 'ApiGateway', request.resource.compartment.id = '${COMPARTMENT}'`;

function api(
  scope: Construct,
  overrides: { rateLimitPerSecond?: number; authentication?: ApiAuthentication; withAuthorizer?: boolean } = {},
): MessagesApi {
  addPolicies(scope);
  return new MessagesApi(scope, "Api", {
    compartmentId: COMPARTMENT,
    namePrefix: "t",
    subnet: Subnet.fromSubnetId("ocid1.subnet.oc1.iad.aaaaaaaapublic"),
    networkSecurityGroups: [],
    logGroup: LOG_GROUP,
    populate: addFunction(scope, "Populate"),
    retry: addFunction(scope, "Retry"),
    authentication: overrides.authentication ?? { type: "authorizer" },
    authorizer: overrides.withAuthorizer === false ? undefined : addFunction(scope, "Authorizer"),
    rateLimitPerSecond: overrides.rateLimitPerSecond ?? 10,
  });
}

/** `${oci_functions_function.<name>.id}` of the function whose display name is `t-<name>`. */
function functionRef(synthesized: string, name: string): string {
  const [resource] = Object.entries<any>(resourcesOf(synthesized, "oci_functions_function")).find(
    ([, fn]) => fn.display_name === `t-${name}`,
  )!;
  return `\${oci_functions_function.${resource}.id}`;
}

describe("MessagesApi", () => {
  test("routes to its functions by reference and grants the gateway their invocation", () => {
    // GIVEN a bare stack WHEN the API binds populate, retry and the authorizer
    const synthesized = Testing.synthScope((scope) => api(scope));

    // THEN each route and the authorizer name their function by reference
    const [deployment] = Object.values<any>(resourcesOf(synthesized, "oci_apigateway_deployment"));
    expect(deployment.specification.routes.map((r: any) => [r.path, r.backend.function_id])).toEqual([
      ["/messages", functionRef(synthesized, "populate")],
      ["/retry", functionRef(synthesized, "retry")],
    ]);
    expect(deployment.specification.request_policies.authentication.function_id).toBe(
      functionRef(synthesized, "authorizer"),
    );
    // AND the gateway, as a resource principal of its compartment, may invoke them: once, not once per function
    const grants = statementsOf(synthesized).filter((s) => s.includes("'ApiGateway'"));
    expect(grants).toEqual([
      `Allow any-user to use fn-function in compartment id ${COMPARTMENT} where all {${GATEWAY_PRINCIPAL}}`,
      `Allow any-user to use fn-invocation in compartment id ${COMPARTMENT} where all {${GATEWAY_PRINCIPAL}}`,
    ]);
  });

  test.each([0, 10001, 2.5])("refuses a rate limit of %p, naming the field, the value and the range", (rate) => {
    expect(() => Testing.synthScope((scope) => api(scope, { rateLimitPerSecond: rate }))).toThrow(
      `MessagesApi stack/Api: rateLimitPerSecond must be a whole number between 1 and 10000. Received ${rate}`,
    );
  });

  test("lets a rate limit that is a token through to Terraform", () => {
    const synthesized = Testing.synthScope((scope) =>
      api(scope, { rateLimitPerSecond: new TerraformVariable(scope, "rate", { type: "number" }).numberValue }),
    );
    expect(synthesized).toHaveResourceWithProperties(ApigatewayDeployment, {
      specification: expect.objectContaining({
        request_policies: expect.objectContaining({
          rate_limiting: { rate_in_requests_per_second: "${var.rate}", rate_key: "CLIENT_IP" },
        }),
      }),
    });
  });

  test("refuses authorizer authentication without an authorizer function", () => {
    expect(() => Testing.synthScope((scope) => api(scope, { withAuthorizer: false }))).toThrow(
      /authentication type authorizer needs an authorizer function/,
    );
  });

  test("refuses an authorizer function the authentication type would never call", () => {
    const jwt: ApiAuthentication = {
      type: "jwt",
      issuers: ["https://issuer.example.com"],
      audiences: ["api"],
      jwksUri: "https://issuer.example.com/jwks",
      clientClaim: "sub",
    };
    expect(() => Testing.synthScope((scope) => api(scope, { authentication: jwt }))).toThrow(
      "MessagesApi stack/Api: an authorizer function is given but authentication type is jwt; the gateway would never call it",
    );
    expect(() =>
      Testing.synthScope((scope) => api(scope, { authentication: jwt, withAuthorizer: false })),
    ).not.toThrow();
  });

  test("hands out response-class metrics of its gateway, which render as MQL on the gateway's id", () => {
    const synthesized = Testing.synthScope((scope) => {
      const messages = api(scope);
      expect(messages.metricRequests()).toMatchObject({ namespace: "oci_apigateway", metricName: "HttpRequests" });
      new Alarms(scope, "Alarms", {
        compartmentId: COMPARTMENT,
        namePrefix: "t",
        topic: NotificationTopic.fromTopicId(scope, "Topic", "ocid1.onstopic.oc1.iad.aaaaaaaatopic", COMPARTMENT),
        alarms: [{ name: "api-4xx", metric: messages.metricResponses("4xx"), severity: "WARNING", body: "b" }],
      });
    });
    expect(synthesized).toHaveResourceWithProperties(MonitoringAlarm, {
      namespace: "oci_apigateway",
      metric_compartment_id: COMPARTMENT,
      query: `HttpResponses[1m]{resourceId = "${idOf(synthesized, "oci_apigateway_gateway")}", httpStatusCategory = "4xx"}.sum() > 0`,
    });
  });
});

import "cdktf/lib/testing/adapters/jest";
import { TerraformVariable, Testing } from "cdktf";
import { Construct } from "constructs";
import { ApigatewaySubscriber } from "../.gen/providers/oci/apigateway-subscriber";
import { ApigatewayUsagePlan } from "../.gen/providers/oci/apigateway-usage-plan";
import { ApiClientPlan, ApiClientPlanProps } from "../constructs/resources/api-client-plan";
import { COMPARTMENT, idOf } from "./support/bare-stack";

const DEPLOYMENT = "ocid1.apideployment.oc1.iad.aaaaaaaadeployment";

function plan(scope: Construct, overrides: Partial<ApiClientPlanProps> = {}): ApiClientPlan {
  return new ApiClientPlan(scope, "Shop", {
    compartmentId: COMPARTMENT,
    namePrefix: "t",
    clientName: "shop",
    usagePlanToken: "t-shop",
    deploymentId: DEPLOYMENT,
    rateLimitPerSecond: 20,
    ...overrides,
  });
}

describe("ApiClientPlan", () => {
  test("one usage plan entitling the client to the deployment at its rate, with no quota by default", () => {
    // GIVEN a bare stack WHEN a client's plan is created without a quota
    const synthesized = Testing.synthScope((scope) => plan(scope));
    // THEN
    expect(synthesized).toHaveResourceWithProperties(ApigatewayUsagePlan, {
      compartment_id: COMPARTMENT,
      display_name: "t-client-shop",
      entitlements: [
        {
          name: "shop",
          description: "Rate limit and quota of API client shop",
          rate_limit: { unit: "SECOND", value: 20 },
          targets: [{ deployment_id: DEPLOYMENT }],
        },
      ],
    });
  });

  test("one subscriber with the client alone, on that plan by reference, its token the usage-plan token", () => {
    const synthesized = Testing.synthScope((scope) => plan(scope));
    expect(synthesized).toHaveResourceWithProperties(ApigatewaySubscriber, {
      display_name: "t-client-shop",
      usage_plans: [idOf(synthesized, "oci_apigateway_usage_plan")],
      clients: [{ name: "shop", token: "t-shop" }],
    });
  });

  test("a quota resets on the calendar and says what happens on breach", () => {
    const synthesized = Testing.synthScope((scope) =>
      plan(scope, { quota: { unit: "DAY", value: 10000, operationOnBreach: "REJECT" } }),
    );
    const [usagePlan] = Object.values<any>(JSON.parse(synthesized).resource.oci_apigateway_usage_plan);
    expect(usagePlan.entitlements[0].quota).toEqual({
      unit: "DAY",
      value: 10000,
      reset_policy: "CALENDAR",
      operation_on_breach: "REJECT",
    });
  });

  test.each<[string, Partial<ApiClientPlanProps>, string]>([
    [
      "a rate of 0",
      { rateLimitPerSecond: 0 },
      "rateLimitPerSecond must be a whole number between 1 and 10000. Received 0",
    ],
    [
      "a fractional quota",
      { quota: { unit: "DAY", value: 1.5, operationOnBreach: "REJECT" } },
      "quota.value must be a whole number between 1 and 9007199254740991. Received 1.5",
    ],
  ])("refuses %s, naming the client, the field and the value", (_, overrides, message) => {
    expect(() => Testing.synthScope((scope) => plan(scope, overrides))).toThrow(`ApiClientPlan shop: ${message}`);
  });

  test("passes a rate known only at apply to Terraform unchecked", () => {
    const synthesized = Testing.synthScope((scope) =>
      plan(scope, { rateLimitPerSecond: new TerraformVariable(scope, "rate", { type: "number" }).numberValue }),
    );
    const [usagePlan] = Object.values<any>(JSON.parse(synthesized).resource.oci_apigateway_usage_plan);
    expect(usagePlan.entitlements[0].rate_limit).toEqual({ unit: "SECOND", value: "${var.rate}" });
  });
});

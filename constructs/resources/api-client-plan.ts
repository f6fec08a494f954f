import { Construct } from "constructs";
import { ApigatewaySubscriber } from "../../.gen/providers/oci/apigateway-subscriber";
import { ApigatewayUsagePlan } from "../../.gen/providers/oci/apigateway-usage-plan";
import { API_RATE_LIMIT_PER_SECOND } from "../../config/schema";
import { checkWholeNumber } from "./range-check";

export interface ApiClientPlanProps {
  /** Compartment of the usage plan and the subscriber. */
  readonly compartmentId: string;
  /** Display names: `<namePrefix>-client-<clientName>`. */
  readonly namePrefix: string;
  /** The API client's name from the config, also the plan entitlement's name. */
  readonly clientName: string;
  /**
   * The client's usage-plan token: what the authorizer answers in `context.usagePlanToken`. Not a credential.
   */
  readonly usagePlanToken: string;
  /** The deployment the plan entitles the client to. */
  readonly deploymentId: string;
  /** Requests per second. */
  readonly rateLimitPerSecond: number;
  /**
   * Requests per period.
   * @default - no quota
   */
  readonly quota?: { readonly unit: string; readonly value: number; readonly operationOnBreach: string };
}

/**
 * One API client's own rate limit and quota: a usage plan with one entitlement on the deployment, and a subscriber
 * with the client alone. Clients of one subscriber share its limits ("Creating a subscriber",
 * https://docs.oracle.com/en-us/iaas/Content/APIGateway/Tasks/apigatewaydefiningusageplans_topic-Creating-a-subscriber.htm),
 * hence one subscriber and one plan per client.
 *
 * The subscriber's client token is a plain, non-sensitive argument of `oci_apigateway_subscriber` (provider 8.28.0
 * schema, clients.token): it is in Terraform state and plans. Oracle says it "is intended for usage plan reporting
 * purposes only. Do not use this token for API client authentication and authorization" (same page). So it is not a
 * credential here: it is derived from the client's name, and the gateway takes it from the authorizer's answer
 * (`request.auth[usagePlanToken]`), after the authorizer has checked the client's real token, which lives in the
 * client's own Vault secret and never in Terraform.
 */
export class ApiClientPlan extends Construct {
  public readonly usagePlan: ApigatewayUsagePlan;
  public readonly subscriber: ApigatewaySubscriber;

  constructor(scope: Construct, id: string, props: ApiClientPlanProps) {
    super(scope, id);
    const where = `ApiClientPlan ${props.clientName}`;
    checkWholeNumber(where, "rateLimitPerSecond", props.rateLimitPerSecond, API_RATE_LIMIT_PER_SECOND);
    checkWholeNumber(where, "quota.value", props.quota?.value, { min: 1, max: Number.MAX_SAFE_INTEGER });
    this.usagePlan = new ApigatewayUsagePlan(this, "UsagePlan", {
      compartmentId: props.compartmentId,
      displayName: `${props.namePrefix}-client-${props.clientName}`,
      entitlements: [
        {
          name: props.clientName,
          description: `Rate limit and quota of API client ${props.clientName}`,
          // SECOND is RateLimit.unit's one value (https://docs.oracle.com/en-us/iaas/tools/python/latest/api/apigateway/models/oci.apigateway.models.RateLimit.html).
          rateLimit: { unit: "SECOND", value: props.rateLimitPerSecond },
          // CALENDAR is Quota.resetPolicy's one value; units MINUTE to MONTH, REJECT or ALLOW on breach
          // (https://docs.oracle.com/en-us/iaas/tools/python/latest/api/apigateway/models/oci.apigateway.models.Quota.html).
          ...(props.quota
            ? {
                quota: {
                  unit: props.quota.unit,
                  value: props.quota.value,
                  resetPolicy: "CALENDAR",
                  operationOnBreach: props.quota.operationOnBreach,
                },
              }
            : {}),
          targets: [{ deploymentId: props.deploymentId }],
        },
      ],
    });
    this.subscriber = new ApigatewaySubscriber(this, "Subscriber", {
      compartmentId: props.compartmentId,
      displayName: `${props.namePrefix}-client-${props.clientName}`,
      usagePlans: [this.usagePlan.id],
      clients: [{ name: props.clientName, token: props.usagePlanToken }],
    });
  }
}

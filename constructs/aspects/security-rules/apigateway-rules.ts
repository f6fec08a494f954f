import { block, blocks, SecurityRule, SynthesizedResource, TerraformBlock } from "./rule";

const DEPLOYMENT = "oci_apigateway_deployment";

function requestPolicies(deployment: SynthesizedResource): TerraformBlock | undefined {
  return block(block(deployment.body.specification)?.request_policies);
}

export const apiAuthenticated: SecurityRule = {
  id: "OCI-APIGW-AUTH",
  description:
    "API deployments authenticate callers (specification.request_policies.authentication or dynamic_authentication, without anonymous access).",
  reference: "OWASP API Security Top 10 API2 (broken authentication)",
  check: (context) =>
    context.resourcesOf(DEPLOYMENT).flatMap((resource) => {
      const policies = requestPolicies(resource);
      const authentication = block(policies?.authentication);
      if (!authentication && !block(policies?.dynamic_authentication)) {
        return [
          {
            resource,
            message: "API deployment has no authentication; set specification.request_policies.authentication",
          },
        ];
      }
      if (authentication?.is_anonymous_access_allowed === true) {
        return [
          {
            resource,
            message: "API deployment allows anonymous access; set authentication.is_anonymous_access_allowed = false",
          },
        ];
      }
      return [];
    }),
};

export const apiRateLimited: SecurityRule = {
  id: "OCI-APIGW-RATE-LIMIT",
  description: "API deployments limit the request rate (specification.request_policies.rate_limiting).",
  reference: "OWASP API Security Top 10 API4 (unrestricted resource consumption)",
  check: (context) =>
    context
      .resourcesOf(DEPLOYMENT)
      .filter((resource) => !block(requestPolicies(resource)?.rate_limiting))
      .map((resource) => ({
        resource,
        message: "API deployment has no rate limit; set specification.request_policies.rate_limiting",
      })),
};

/** `${request.auth[key]}` in a header value: an identity the gateway vouches for. */
const AUTH_VARIABLE = /\$\{request\.auth\[([^\]]+)\]\}/g;

/**
 * A header a route sets from `request.auth` tells the backend who called, so the caller must not be able to set it:
 * the item must OVERWRITE (SKIP keeps the caller's header, APPEND adds to it: API model SetHeaderPolicyItem,
 * https://docs.oracle.com/iaas/tools/dotnet/latest/api/Oci.ApigatewayService.Models.SetHeaderPolicyItem.html; the
 * default is not documented), and with JWT validation the claim must be required (verify_claims is_required), since
 * a transformation that renders no value is ignored and the caller's header then passes
 * (https://docs.oracle.com/en-us/iaas/Content/APIGateway/Tasks/apigatewaytroubleshooting_topic-header_transformations_do_not_work.htm).
 * An authorizer function's `context` cannot be checked here: ours always answers the keys the routes read.
 */
export const apiIdentityHeaders: SecurityRule = {
  id: "OCI-APIGW-IDENTITY-HEADER",
  description:
    "Headers a route sets from request.auth overwrite the caller's, and with JWT validation their claims are required (verify_claims is_required).",
  reference: "OWASP API Security Top 10 API1 (broken object level authorization)",
  check: (context) =>
    context.resourcesOf(DEPLOYMENT).flatMap((resource) => {
      const authentication = block(requestPolicies(resource)?.authentication);
      const jwt = ["JWT_AUTHENTICATION", "TOKEN_AUTHENTICATION"].includes(authentication?.type);
      const required = new Set(
        [
          ...blocks(authentication?.verify_claims),
          ...blocks(block(block(authentication?.validation_policy)?.additional_validation_policy)?.verify_claims),
        ]
          .filter((claim) => claim.is_required === true)
          .map((claim) => claim.key),
      );
      return blocks(block(resource.body.specification)?.routes).flatMap((route) =>
        blocks(block(block(block(route.request_policies)?.header_transformations)?.set_headers)?.items).flatMap(
          (item) => {
            const keys = [item.values ?? []].flat().flatMap((v: string) => [...String(v).matchAll(AUTH_VARIABLE)]);
            if (keys.length === 0) return [];
            const where = `route ${route.path} sets header ${item.name} from request.auth`;
            const findings =
              item.if_exists === "OVERWRITE"
                ? []
                : [{ resource, message: `${where} without if_exists = "OVERWRITE": the caller's own header survives` }];
            const optional = jwt ? keys.map((k) => k[1]).filter((key) => !required.has(key)) : [];
            return [
              ...findings,
              ...optional.map((key) => ({
                resource,
                message:
                  `${where}[${key}], but the token may lack that claim and the caller's header then passes; ` +
                  `add authentication.verify_claims { key = "${key}", is_required = true }`,
              })),
            ];
          },
        ),
      );
    }),
};

export const apigatewayRules = [apiAuthenticated, apiRateLimited, apiIdentityHeaders];

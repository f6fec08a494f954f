import { block, SecurityRule, SynthesizedResource, TerraformBlock } from "./rule";

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

export const apigatewayRules = [apiAuthenticated, apiRateLimited];

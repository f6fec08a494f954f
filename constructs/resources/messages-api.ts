import { Construct } from "constructs";
import {
  ApigatewayDeployment,
  ApigatewayDeploymentSpecificationRequestPoliciesAuthentication,
} from "../../.gen/providers/oci/apigateway-deployment";
import { ApigatewayGateway } from "../../.gen/providers/oci/apigateway-gateway";
import { ApiAuthentication } from "../../config/schema";
import { OPERATOR_SCOPE } from "../../lib/api-scopes";
import { Grantee, resourcePrincipalGrantee } from "./policy-statement";
import { ServiceLog } from "./service-log";

export interface MessagesApiProps {
  readonly compartmentId: string;
  readonly namePrefix: string;
  /** The public subnet. */
  readonly subnetId: string;
  readonly nsgIds: string[];
  readonly logGroupId: string;
  /** `POST /v1/messages`. */
  readonly populateFunctionId: string;
  /** `POST /v1/retry`. */
  readonly retryFunctionId: string;
  readonly authentication: ApiAuthentication;
  /** Required when `authentication.type` is `authorizer`. */
  readonly authorizerFunctionId?: string;
  /** Requests per second per client IP. */
  readonly rateLimitPerSecond: number;
  /**
   * Origins allowed to call from a browser.
   * @default - no CORS policy
   */
  readonly corsAllowedOrigins?: string[];
}

export const API_PATH_PREFIX = "/v1";

/**
 * The data-sync API: a public API gateway whose one deployment routes `POST /v1/messages` to the populate
 * function and `POST /v1/retry` to the retry function, authenticated, rate limited, with access and
 * execution logs.
 */
export class MessagesApi extends Construct implements Grantee {
  public readonly gateway: ApigatewayGateway;
  public readonly deployment: ApigatewayDeployment;
  /** `https://<gateway host>/v1`. */
  public readonly endpoint: string;
  public readonly policySubject: string;
  public readonly policyConditions: readonly string[];

  constructor(scope: Construct, id: string, props: MessagesApiProps) {
    super(scope, id);
    // API Gateway calls functions as a resource principal of its own compartment.
    const grantee = resourcePrincipalGrantee("ApiGateway", props.compartmentId, "request.resource.compartment.id");
    this.policySubject = grantee.policySubject;
    this.policyConditions = grantee.policyConditions;
    this.gateway = new ApigatewayGateway(this, "Gateway", {
      compartmentId: props.compartmentId,
      displayName: `${props.namePrefix}-api`,
      endpointType: "PUBLIC",
      subnetId: props.subnetId,
      networkSecurityGroupIds: props.nsgIds,
    });
    // `POST /v1/retry` needs OPERATOR_SCOPE (ANY_OF: "A user whose scope includes any of these access ranges is
    // allowed on this route", AnyOfRouteAuthorizationPolicy): the authorizer grants it to the operator token only, a
    // JWT must carry it in its scope claim. Producers, authenticated, reach `POST /v1/messages` only.
    const route = (path: string, functionId: string, allowedScope?: string[]) => ({
      path,
      methods: ["POST"],
      backend: { type: "ORACLE_FUNCTIONS_BACKEND", functionId },
      ...(props.authentication.type === "none"
        ? {}
        : {
            requestPolicies: {
              authorization: allowedScope ? { type: "ANY_OF", allowedScope } : { type: "AUTHENTICATION_ONLY" },
            },
          }),
    });
    const corsAllowedOrigins = props.corsAllowedOrigins ?? [];
    this.deployment = new ApigatewayDeployment(this, "Deployment", {
      compartmentId: props.compartmentId,
      gatewayId: this.gateway.id,
      displayName: `${props.namePrefix}-api-v1`,
      pathPrefix: API_PATH_PREFIX,
      specification: {
        loggingPolicies: { accessLog: { isEnabled: true }, executionLog: { isEnabled: true, logLevel: "INFO" } },
        requestPolicies: {
          authentication: authentication(props),
          rateLimiting: { rateInRequestsPerSecond: props.rateLimitPerSecond, rateKey: "CLIENT_IP" },
          cors:
            corsAllowedOrigins.length > 0
              ? {
                  allowedOrigins: corsAllowedOrigins,
                  allowedMethods: ["POST"],
                  allowedHeaders: ["Authorization", "Content-Type"],
                  maxAgeInSeconds: 600,
                }
              : undefined,
        },
        routes: [
          route("/messages", props.populateFunctionId),
          route("/retry", props.retryFunctionId, [OPERATOR_SCOPE]),
        ],
      },
    });
    this.endpoint = `https://${this.gateway.hostname}${API_PATH_PREFIX}`;
    for (const category of ["access", "execution"]) {
      new ServiceLog(this, `${category === "access" ? "Access" : "Execution"}Log`, {
        logGroupId: props.logGroupId,
        displayName: `${props.namePrefix}-api-${category}`,
        compartmentId: props.compartmentId,
        service: "apigateway",
        category,
        resource: this.deployment.id,
      });
    }
  }
}

function authentication(
  props: MessagesApiProps,
): ApigatewayDeploymentSpecificationRequestPoliciesAuthentication | undefined {
  const auth = props.authentication;
  switch (auth.type) {
    case "authorizer":
      if (!props.authorizerFunctionId)
        throw new Error("MessagesApi: authentication type authorizer needs authorizerFunctionId");
      return {
        type: "CUSTOM_AUTHENTICATION",
        functionId: props.authorizerFunctionId,
        tokenHeader: "Authorization",
        isAnonymousAccessAllowed: false,
      };
    case "jwt":
      return {
        type: "JWT_AUTHENTICATION",
        tokenHeader: "Authorization",
        tokenAuthScheme: "Bearer",
        issuers: auth.issuers,
        audiences: auth.audiences,
        maxClockSkewInSeconds: 60,
        isAnonymousAccessAllowed: false,
        publicKeys: { type: "REMOTE_JWKS", uri: auth.jwksUri, maxCacheDurationInHours: 1 },
      };
    case "none":
      return undefined;
  }
}

import { Construct } from "constructs";
import {
  ApigatewayDeployment,
  ApigatewayDeploymentSpecificationRequestPoliciesAuthentication,
} from "../../.gen/providers/oci/apigateway-deployment";
import { ApigatewayGateway } from "../../.gen/providers/oci/apigateway-gateway";
import { API_RATE_LIMIT_PER_SECOND, ApiAuthentication } from "../../config/schema";
import { IFunction } from "./container-function";
import { ILogGroup } from "./log-group";
import { INetworkSecurityGroup } from "./network-security-group";
import { ISubnet } from "./subnet";
import { Metric, MetricOptions } from "./metric";
import { Grantee, resourcePrincipalGrantee } from "./policy-statement";
import { ServiceLog } from "./service-log";
import { checkWholeNumber } from "./range-check";
import { Fn } from "cdktf";
import { ApiClientPlan, ApiClientPlanProps } from "./api-client-plan";
import { CLIENT_HEADER } from "../../lib/data-sync/targets";

export interface MessagesApiProps {
  /** Compartment of the gateway; as a policy subject the gateway is API Gateway acting from here. */
  readonly compartmentId: string;
  /** Prefix of the gateway's, the deployment's and the logs' names. */
  readonly namePrefix: string;
  /** The public subnet. */
  readonly subnet: ISubnet;
  /** Network security groups of the gateway. */
  readonly networkSecurityGroups: readonly INetworkSecurityGroup[];
  /** Log group of the access and execution logs. */
  readonly logGroup: ILogGroup;
  /** `POST /v1/messages`; the gateway is granted to invoke it. */
  readonly populate: IFunction;
  /** `POST /v1/retry`; the gateway is granted to invoke it. */
  readonly retry: IFunction;
  /** How callers authenticate; `none` needs a reason, recorded as a security-rule suppression by the stack. */
  readonly authentication: ApiAuthentication;
  /**
   * The authorizer function; required when `authentication.type` is `authorizer`.
   * @default - none
   */
  readonly authorizer?: IFunction;
  /** Requests per second per client IP (1 to 10000). */
  readonly rateLimitPerSecond: number;
  /**
   * Origins allowed to call from a browser.
   * @default - no CORS policy
   */
  readonly corsAllowedOrigins?: string[];
  /**
   * Named clients: each gets its own usage plan, and populate learns who sent a request from CLIENT_HEADER (the
   * client's name from the authorizer, or its claim value from a JWT). Whatever the authentication, `/messages` needs
   * the `produce` scope and `/retry` the `operator` scope (ROUTE_SCOPES).
   * @default - no named clients
   */
  readonly clients?: readonly ApiClientPlanSettings[];
}

/** What MessagesApi needs of one client for its usage plan. */
export interface ApiClientPlanSettings {
  readonly name: string;
  /** With JWT authentication, the client's claim value: the gateway reads the client token from that claim. */
  readonly usagePlanToken: string;
  readonly rateLimitPerSecond: number;
  readonly quota?: ApiClientPlanProps["quota"];
}

/** Scopes the authorizer grants (functions/authorizer/config.ts API_SCOPES) and the routes require. */
export const ROUTE_SCOPES = { messages: "produce", retry: "operator" } as const;

/** The authorizer's `context` keys the gateway reads (`request.auth[...]`). */
export const AUTH_CONTEXT = { client: "client", usagePlanToken: "usagePlanToken" } as const;

export const API_PATH_PREFIX = "/v1";

/** API Gateway metrics: https://docs.oracle.com/en-us/iaas/Content/APIGateway/Reference/apigatewaymetrics.htm */
const API_GATEWAY_NAMESPACE = "oci_apigateway";

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
  private readonly compartmentId: string;
  /** Each named client's usage plan and subscriber. */
  public readonly clientPlans: ReadonlyMap<string, ApiClientPlan>;

  constructor(scope: Construct, id: string, props: MessagesApiProps) {
    super(scope, id);
    checkWholeNumber(
      `MessagesApi ${this.node.path}`,
      "rateLimitPerSecond",
      props.rateLimitPerSecond,
      API_RATE_LIMIT_PER_SECOND,
    );
    if (props.authorizer && props.authentication.type !== "authorizer") {
      throw new Error(
        `MessagesApi ${this.node.path}: an authorizer function is given but authentication type is ` +
          `${props.authentication.type}; the gateway would never call it`,
      );
    }
    this.compartmentId = props.compartmentId;
    // API Gateway calls functions as a resource principal of its own compartment.
    const grantee = resourcePrincipalGrantee("ApiGateway", props.compartmentId, "request.resource.compartment.id");
    this.policySubject = grantee.policySubject;
    this.policyConditions = grantee.policyConditions;
    const backends = [props.populate, props.retry, ...(props.authorizer ? [props.authorizer] : [])];
    backends.forEach((fn) => fn.grantInvoke(this));
    this.gateway = new ApigatewayGateway(this, "Gateway", {
      compartmentId: props.compartmentId,
      displayName: `${props.namePrefix}-api`,
      endpointType: "PUBLIC",
      subnetId: props.subnet.subnetId,
      networkSecurityGroupIds: props.networkSecurityGroups.map((nsg) => nsg.nsgId),
    });
    const clients = props.clients ?? [];
    const identity = clientIdentity(props.authentication);
    if (clients.length > 0 && !identity) {
      throw new Error("MessagesApi: named clients need authentication type authorizer or jwt, which identifies them");
    }
    /**
     * ANY_OF: "A user whose scope includes any of these access ranges is allowed on this route. Access ranges are
     * case-sensitive" (API model AnyOfRouteAuthorizationPolicy,
     * https://docs.oracle.com/en-us/iaas/tools/python/latest/api/apigateway/models/oci.apigateway.models.AnyOfRouteAuthorizationPolicy.html);
     * the scope is the authorizer's `scope` answer, or a JWT's scope claim.
     */
    const authorization = (scope: string) =>
      props.authentication.type === "none" ? undefined : { type: "ANY_OF", allowedScope: [scope] };
    /**
     * Who sent the request, from `request.auth` (the authorizer's `context.client`, or the JWT's client claim: "Authentication
     * parameters returned by an authorizer function or contained in a JSON Web Token (JWT) are saved in records in the
     * request.auth table", https://docs.oracle.com/iaas/Content/APIGateway/Tasks/apigatewaycontextvariables.htm), as a
     * header populate reads. OVERWRITE replaces a header of that name the caller sent ("OVERWRITE will overwrite the
     * value", API model SetHeaderPolicyItem, https://docs.oracle.com/en-us/iaas/tools/dotnet/latest/api/Oci.ApigatewayService.Models.SetHeaderPolicyItem.html),
     * so a caller cannot name another client, as long as the variable has a value: a transformation that renders no
     * usable value leaves the header as it was ("Header transformations do not work as expected",
     * https://docs.oracle.com/en-us/iaas/Content/APIGateway/Tasks/apigatewaytroubleshooting_topic-header_transformations_do_not_work.htm).
     * The authorizer always answers `client`; a JWT's claim is made required by verifyClaims (jwtClientClaim below).
     * `${...}` is a context variable for the gateway, not Terraform interpolation: Fn.rawString writes it as `$${...}`.
     */
    const clientHeader = identity && {
      headerTransformations: {
        setHeaders: {
          items: [
            {
              name: CLIENT_HEADER,
              values: [Fn.rawString(`\${request.auth[${identity.client}]}`)],
              ifExists: "OVERWRITE",
            },
          ],
        },
      },
    };
    const route = (path: string, functionId: string, scope: string, extra: object = {}) => {
      const policy = authorization(scope);
      return {
        path,
        methods: ["POST"],
        backend: { type: "ORACLE_FUNCTIONS_BACKEND", functionId },
        ...(policy ? { requestPolicies: { authorization: policy, ...extra } } : {}),
      };
    };
    const corsAllowedOrigins = props.corsAllowedOrigins ?? [];
    this.deployment = new ApigatewayDeployment(this, "Deployment", {
      compartmentId: props.compartmentId,
      gatewayId: this.gateway.id,
      displayName: `${props.namePrefix}-api-v1`,
      pathPrefix: API_PATH_PREFIX,
      specification: {
        loggingPolicies: { accessLog: { isEnabled: true }, executionLog: { isEnabled: true, logLevel: "INFO" } },
        requestPolicies: {
          authentication: authentication(props, clients),
          rateLimiting: { rateInRequestsPerSecond: props.rateLimitPerSecond, rateKey: "CLIENT_IP" },
          // Each client's usage plan: the gateway matches the token at this location against the subscribers' client
          // tokens ("Making an API Deployment Eligible for Inclusion in a Usage Plan",
          // https://docs.oracle.com/en-us/iaas/Content/APIGateway/Tasks/apigatewaydefiningusageplans_topic-Making_an_API_Deployment_Eligible_for_Inclusion_in_a_Usage_Plan.htm).
          // "an authentication parameter returned by an authorizer function or contained in a JWT token" is one of the
          // documented locations (same page): with JWT, the client claim itself, whose value is the subscriber's token.
          usagePlans:
            clients.length > 0 && identity
              ? { tokenLocations: [`request.auth[${identity.usagePlanToken}]`] }
              : undefined,
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
          route(
            "/messages",
            props.populate.functionId,
            ROUTE_SCOPES.messages,
            clients.length > 0 && clientHeader ? clientHeader : {},
          ),
          // With JWT, retry checks the caller is an operator of the config too (its token's scope is the issuer's word).
          route(
            "/retry",
            props.retry.functionId,
            ROUTE_SCOPES.retry,
            clients.length > 0 && clientHeader && props.authentication.type === "jwt" ? clientHeader : {},
          ),
        ],
      },
    });
    this.endpoint = `https://${this.gateway.hostname}${API_PATH_PREFIX}`;
    this.clientPlans = new Map(
      clients.map((client) => [
        client.name,
        new ApiClientPlan(this, `Client-${client.name}`, {
          compartmentId: props.compartmentId,
          namePrefix: props.namePrefix,
          clientName: client.name,
          usagePlanToken: client.usagePlanToken,
          deploymentId: this.deployment.id,
          rateLimitPerSecond: client.rateLimitPerSecond,
          quota: client.quota,
        }),
      ]),
    );
    for (const category of ["access", "execution"]) {
      new ServiceLog(this, `${category === "access" ? "Access" : "Execution"}Log`, {
        logGroup: props.logGroup,
        displayName: `${props.namePrefix}-api-${category}`,
        compartmentId: props.compartmentId,
        service: "apigateway",
        category,
        resource: this.deployment.id,
      });
    }
  }

  /** Requests the gateway received (`HttpRequests`). */
  metricRequests(options: MetricOptions = {}): Metric {
    return this.metric("HttpRequests", {}, options);
  }

  /** Responses of one status class, e.g. `"5xx"` (`HttpResponses`, `httpStatusCategory`). */
  metricResponses(httpStatusCategory: "2xx" | "3xx" | "4xx" | "5xx", options: MetricOptions = {}): Metric {
    return this.metric("HttpResponses", { httpStatusCategory }, options);
  }

  private metric(metricName: string, dimensions: Record<string, string>, options: MetricOptions): Metric {
    return new Metric({
      namespace: API_GATEWAY_NAMESPACE,
      metricName,
      compartmentId: this.compartmentId,
      dimensions: { resourceId: this.gateway.id, ...dimensions },
      ...options,
    });
  }
}

/** The `request.auth` keys that name the client and hold its usage-plan token, when the authentication has them. */
function clientIdentity(auth: ApiAuthentication): { client: string; usagePlanToken: string } | undefined {
  switch (auth.type) {
    case "authorizer":
      return { client: AUTH_CONTEXT.client, usagePlanToken: AUTH_CONTEXT.usagePlanToken };
    case "jwt":
      return { client: auth.clientClaim, usagePlanToken: auth.clientClaim };
    case "none":
      return undefined;
  }
}

function authentication(
  props: MessagesApiProps,
  clients: readonly ApiClientPlanSettings[],
): ApigatewayDeploymentSpecificationRequestPoliciesAuthentication | undefined {
  const auth = props.authentication;
  switch (auth.type) {
    case "authorizer":
      if (!props.authorizer)
        throw new Error("MessagesApi: authentication type authorizer needs an authorizer function");
      return {
        type: "CUSTOM_AUTHENTICATION",
        functionId: props.authorizer.functionId,
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
        ...(clients.length > 0 ? { verifyClaims: [jwtClientClaim(auth.clientClaim, clients)] } : {}),
      };
    case "none":
      return undefined;
  }
}

/**
 * The client claim must be in every token and hold one client's value. API model JsonWebTokenClaim: isRequired is
 * "Whether the claim is required to be present in the JWT or not. If set to "false", the claim values will be matched
 * only if the claim is present", and `values` is "The list of acceptable values for a given claim"
 * (https://docs.oracle.com/en-us/iaas/tools/dotnet/latest/api/Oci.ApigatewayService.Models.JsonWebTokenClaim.html;
 * provider 8.28.0 schema: specification.request_policies.authentication.verify_claims {key, is_required, values}).
 * Without it a token lacking the claim would leave the client header to the caller (see clientHeader).
 */
function jwtClientClaim(claim: string, clients: readonly ApiClientPlanSettings[]) {
  return { key: claim, isRequired: true, values: clients.map((c) => c.usagePlanToken).sort() };
}

import { createPublicKey, verify as verifySignature } from "crypto";
import { createServer, IncomingMessage, Server, ServerResponse } from "http";
import { AddressInfo, isIPv6 } from "net";
import { FnResponse } from "./fn-harness";

/**
 * OCI API Gateway, from an `oci_apigateway_deployment`'s path prefix and specification (the Terraform block, snake
 * case, with references already resolved): plain HTTP on 127.0.0.1 (OCI serves HTTPS).
 *
 * Followed, from the API Gateway docs:
 * - routes: path (with `{param}` segments) under the deployment's path prefix, and methods; another path is 404, another
 *   method 405 (https://docs.oracle.com/iaas/Content/APIGateway/Tasks/apigatewaycreatingspecification.htm);
 * - ORACLE_FUNCTIONS_BACKEND: the function is invoked with the request body and `Fn-Intent: httprequest`,
 *   `Fn-Http-Method`, `Fn-Http-Request-Url` and one `Fn-Http-H-<name>` per request header; the function's
 *   `Fn-Http-Status` and `Fn-Http-H-*` become the response's status and headers
 *   (https://docs.oracle.com/iaas/Content/APIGateway/Tasks/apigatewayusingfunctionsbackend.htm, and the Fn FDK's
 *   http-stream contract); STOCK_RESPONSE_BACKEND answers its status, body and headers;
 * - CUSTOM_AUTHENTICATION with an authorizer function: `token_header` (or `token_query_param`) is passed as
 *   `{"type": "TOKEN", "token": ...}`; a missing token is refused without calling the function; `"active": false` is 401
 *   with the function's `wwwAuthenticate` as the WWW-Authenticate header; `"active": true` admits the request until
 *   `expiresAt`, and the answer is cached for that token until then. The input forms and the answer's fields are from
 *   https://docs.oracle.com/iaas/Content/APIGateway/Tasks/apigatewayusingauthorizerfunction_topic-Creating_an_Authorizer_Function.htm;
 *   the 401 for `active: false` and the caching until `expiresAt` are our reading, NOT FOUND verbatim in the stored
 *   copy of that page;
 *   a failing authorizer lets nothing through (502). Route authorization ANY_OF needs one of `allowed_scope` in the
 *   answer's `scope` (403 otherwise); ANONYMOUS routes skip authentication only when `is_anonymous_access_allowed`;
 * - rate_limiting: `rate_in_requests_per_second` per `rate_key` (CLIENT_IP: per IPv4 address, per /64 for IPv6; TOTAL:
 *   all clients together), applied to every route
 *   (https://docs.oracle.com/iaas/Content/APIGateway/Tasks/apigatewaylimitingbackendaccess.htm). The algorithm and the
 *   answer are NOT FOUND in the docs ("the response header specifies when the request can be retried"): here a token
 *   bucket of one second's requests, answering 429 with Retry-After;
 * - a request to a function backend is limited to 6 MB ("to align with the limit enforced by Oracle Functions",
 *   https://docs.oracle.com/iaas/Content/APIGateway/Reference/apigatewaylimits.htm); the status for a larger one is NOT
 *   FOUND: here 413;
 * - cors: preflight OPTIONS answered from allowed origins, methods and headers, Access-Control-Allow-Origin on answers
 *   (https://docs.oracle.com/iaas/Content/APIGateway/Tasks/apigatewayaddingcorspolicies.htm).
 *
 * - JWT_AUTHENTICATION: the token from `token_header` (after `token_auth_scheme`) must be a JWS signed with a key of
 *   the REMOTE_JWKS `uri` (fetched, cached `max_cache_duration_in_hours`) or the STATIC `keys`, with `iss` one of
 *   `issuers`, `aud` one of `audiences`, and `exp`/`nbf` within `max_clock_skew_in_seconds`; otherwise 401
 *   (https://docs.oracle.com/iaas/Content/APIGateway/Tasks/apigatewayusingjwttokens.htm). RS256/384/512 and
 *   ES256/384/512 are checked here. Its claims' `scope` (space-separated) serves ANY_OF route authorization.
 *   `verify_claims`: each `key` must be in the token when `is_required`, and when present its value must be one of
 *   `values` if any are given (API model JsonWebTokenClaim,
 *   https://docs.oracle.com/iaas/tools/dotnet/latest/api/Oci.ApigatewayService.Models.JsonWebTokenClaim.html). That a
 *   failed claim is refused like any invalid token (401) is our reading; a claim that is not a string, number or
 *   boolean matches no value here (how OCI compares arrays or objects is NOT FOUND);
 *
 * - the authorizer's `context` (and a JWT's claims) fill the `request.auth` table of context variables
 *   (https://docs.oracle.com/iaas/Content/APIGateway/Tasks/apigatewaycontextvariables.htm);
 * - route `header_transformations.set_headers`: each item's `values`, with `${request.auth[key]}`,
 *   `${request.headers[name]}` and `${request.query[name]}` filled in from the original request, set on the request to
 *   the backend; `if_exists` OVERWRITE replaces a header the client sent, APPEND adds to it, SKIP keeps it
 *   (SetHeaderPolicyItem, https://docs.oracle.com/iaas/tools/dotnet/latest/api/Oci.ApigatewayService.Models.SetHeaderPolicyItem.html;
 *   https://docs.oracle.com/iaas/Content/APIGateway/Tasks/apigatewaymodifyingresponsesrequests.htm). The default of
 *   `if_exists` is NOT FOUND in the docs: here OVERWRITE. A value that renders empty (a variable the request has not)
 *   is an invalid header, and "the transformation policy is ignored" (same page): the header is not set;
 * - route authorization ANY_OF: the authorizer's `scope` must hold one of `allowed_scope`, case-sensitive
 *   (AnyOfRouteAuthorizationPolicy, https://docs.oracle.com/iaas/tools/python/latest/api/apigateway/models/oci.apigateway.models.AnyOfRouteAuthorizationPolicy.html).
 *   The answer to a scope that does not match is NOT FOUND in the docs (one user report observed 404): here 403;
 * - `usage_plans.token_locations` (`request.auth[..]`, `request.headers[..]`, `request.query[..]`): the first location
 *   that has a value is the client token, which must be a client token of a subscriber (`oci_apigateway_subscriber`)
 *   to a usage plan with an entitlement targeting the deployment; the first such plan of the subscriber applies, its
 *   entitlement's `rate_limit` (per unit) and `quota` (per calendar unit, `operation_on_breach` REJECT or ALLOW) are
 *   shared by the subscriber's clients
 *   (https://docs.oracle.com/iaas/Content/APIGateway/Tasks/apigatewaydefiningusageplans_topic-Making_an_API_Deployment_Eligible_for_Inclusion_in_a_Usage_Plan.htm,
 *   https://docs.oracle.com/iaas/Content/APIGateway/Tasks/apigatewaydefiningusageplans_topic-Creating-a-subscriber.htm,
 *   https://docs.oracle.com/iaas/Content/APIGateway/Tasks/apigatewaydefiningusageplans_topic-Creating-a-usage-plan.htm).
 *   What the gateway answers is NOT FOUND ("the response header indicates when the request can be retried"): here 429
 *   with Retry-After over the rate or quota, and 403 for a token that no subscriber has.
 *
 * Not emulated (refused at construction, by name): HTTP_BACKEND and other backend types, multi-argument authorizers
 * (`parameters`), route-level request policies other than authorization and header_transformations.set_headers,
 * context tables other than request.auth, request.headers and request.query.
 */

/** Calls a function by OCID; resolves with the Fn agent's answer. */
/** Fetches a JWKS document (`{"keys": [...]}`); the gateway's own HTTP client unless a test gives another. */
export type FetchJwks = (uri: string) => Promise<{ keys: Record<string, unknown>[] }>;

export type Invoke = (
  functionId: string,
  body: Buffer | string,
  gateway?: { method: string; url: string; headers: Record<string, string> },
) => Promise<FnResponse>;

export interface Deployment {
  /** The deployment's address in the stack, for errors. */
  readonly name: string;
  /** Its OCID, as usage plans' entitlement targets name it. */
  readonly id?: string;
  readonly pathPrefix: string;
  /** `specification`, as synthesized, references resolved. */
  readonly specification: Record<string, any>;
}

/** An `oci_apigateway_usage_plan` (references resolved): its OCID and `entitlements` as synthesized. */
export interface UsagePlan {
  readonly id: string;
  readonly entitlements: unknown;
}

/** An `oci_apigateway_subscriber` (references resolved): `usage_plans` (OCIDs, in order) and `clients`. */
export interface Subscriber {
  readonly name: string;
  readonly usagePlans: readonly string[];
  readonly clients: unknown;
}

export const FUNCTION_BACKEND_MAX_BODY_BYTES = 6 * 1024 * 1024;

export interface GatewayRequestRecord {
  readonly method: string;
  readonly path: string;
  readonly clientIp: string;
  readonly status: number;
  /** Why the gateway answered itself (rate limit, authentication, ...), when it did. */
  readonly refusedBy?: string;
  readonly durationMs: number;
}

interface Route {
  readonly deployment: string;
  readonly pattern: RegExp;
  readonly methods: readonly string[];
  readonly backend: Record<string, any>;
  readonly authorization: Record<string, any> | undefined;
  readonly setHeaders: { name: string; values: string[]; ifExists: "OVERWRITE" | "APPEND" | "SKIP" }[];
}

/** One entitlement of a plan, as a subscriber uses it. */
interface Entitlement {
  readonly key: string;
  readonly rate?: { perSecond: number };
  readonly quota?: { unit: string; value: number; reject: boolean };
}

interface DeploymentRuntime {
  readonly prefix: string;
  readonly routes: Route[];
  readonly authentication: Record<string, any> | undefined;
  readonly rateLimit: { perSecond: number; key: "CLIENT_IP" | "TOTAL" } | undefined;
  readonly cors: Record<string, any> | undefined;
  readonly buckets: Map<string, { tokens: number; at: number }>;
  readonly grants: Map<string, Grant>;
  readonly id?: string;
  readonly tokenLocations: { table: "auth" | "headers" | "query"; name: string }[] | undefined;
}

/** What authentication admitted: scopes, and the `request.auth` table. */
interface Grant {
  readonly until: number;
  readonly scope: string[];
  readonly auth: Record<string, string>;
}

export class ApiGatewayEmulator {
  readonly requests: GatewayRequestRecord[] = [];
  /** Most recent requests kept in `requests`. */
  maxRecords = 10_000;
  private readonly deployments: DeploymentRuntime[];
  private readonly server: Server = createServer((req, res) => {
    this.serve(req, res).catch((err) => {
      if (!res.headersSent) answer(res, 500, { message: `gateway emulator bug: ${(err as Error).message}` });
      else res.destroy();
    });
  });

  private readonly jwksCache = new Map<string, { keys: Record<string, unknown>[]; until: number }>();
  private readonly usagePlans: UsagePlan[];
  private readonly subscribers: Subscriber[];
  /** Per subscriber and entitlement: a rate token bucket, and the quota's count in its calendar window. */
  private readonly usage = new Map<string, { tokens: number; at: number; window: number; used: number }>();

  constructor(
    deployments: readonly Deployment[],
    private readonly invoke: Invoke,
    private readonly fetchJwks: FetchJwks = async (uri) => (await fetch(uri)).json() as never,
    usage: { usagePlans?: readonly UsagePlan[]; subscribers?: readonly Subscriber[] } = {},
  ) {
    this.deployments = deployments.map((d) => compile(d));
    this.usagePlans = [...(usage.usagePlans ?? [])];
    this.subscribers = [...(usage.subscribers ?? [])];
    for (const plan of this.usagePlans) entitlementsOf(plan); // refuses a unit that is not emulated, by name
  }

  /** Listens on 127.0.0.1:`port` (0: any free port); rejects with EADDRINUSE when it is taken. */
  async start(port = 0): Promise<this> {
    await new Promise<void>((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(port, "127.0.0.1", () => resolve());
    });
    return this;
  }

  /** e.g. `http://127.0.0.1:8080`. */
  get origin(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    if (!this.server.listening) return;
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await closed;
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = Date.now();
    const url = new URL(req.url ?? "/", "http://gateway");
    const clientIp = clientKey(req.socket.remoteAddress ?? "");
    const finish = (status: number, refusedBy?: string) => {
      this.requests.push({
        method: req.method ?? "",
        path: url.pathname,
        clientIp,
        status,
        ...(refusedBy ? { refusedBy } : {}),
        durationMs: Date.now() - started,
      });
      if (this.requests.length > this.maxRecords) this.requests.splice(0, this.requests.length - this.maxRecords);
    };
    const refuse = (status: number, refusedBy: string, message: string, headers: Record<string, string> = {}) => {
      answer(res, status, { code: status, message }, headers);
      finish(status, refusedBy);
    };

    const deployment = this.deployments.find(
      (d) => url.pathname === d.prefix || url.pathname.startsWith(`${d.prefix}/`),
    );
    if (!deployment) return refuse(404, "route", "Not Found");
    const corsHeaders = corsAnswerHeaders(deployment.cors, req.headers.origin);
    if (req.method === "OPTIONS" && deployment.cors && req.headers["access-control-request-method"]) {
      res.writeHead(204, {
        ...corsHeaders,
        "access-control-allow-methods": (deployment.cors.allowed_methods ?? []).join(", "),
        "access-control-allow-headers": (deployment.cors.allowed_headers ?? []).join(", "),
        ...(deployment.cors.max_age_in_seconds
          ? { "access-control-max-age": String(deployment.cors.max_age_in_seconds) }
          : {}),
      });
      res.end();
      return finish(204);
    }

    if (deployment.rateLimit && !this.takeToken(deployment, deployment.rateLimit.key === "TOTAL" ? "*" : clientIp)) {
      return refuse(429, "rate_limiting", "Too Many Requests", { "retry-after": "1", ...corsHeaders });
    }

    const rest = url.pathname.slice(deployment.prefix.length) || "/";
    const candidates = deployment.routes.filter((r) => r.pattern.test(rest));
    if (candidates.length === 0) return refuse(404, "route", "Not Found", corsHeaders);
    const route = candidates.find((r) => r.methods.includes("ANY") || r.methods.includes(req.method ?? ""));
    if (!route) return refuse(405, "route", "Method Not Allowed", corsHeaders);

    const body = await readBody(req, FUNCTION_BACKEND_MAX_BODY_BYTES);
    if (body === "too-large") {
      return refuse(413, "body_size", `Request body over ${FUNCTION_BACKEND_MAX_BODY_BYTES} bytes`, corsHeaders);
    }

    const authenticated = await this.authenticate(deployment, route, req, url);
    if ("status" in authenticated) {
      const { status, message, headers = {} } = authenticated;
      return refuse(status, status === 403 ? "authorization" : "authentication", message, {
        ...headers,
        ...corsHeaders,
      });
    }
    const grant = authenticated.grant;

    if (deployment.tokenLocations) {
      const limited = this.useUsagePlan(deployment, contextValue(deployment.tokenLocations, grant, req, url));
      if (limited)
        return refuse(limited.status, "usage_plans", limited.message, { ...limited.headers, ...corsHeaders });
    }

    if (route.backend.type === "STOCK_RESPONSE_BACKEND") {
      res.writeHead(route.backend.status, { ...stockHeaders(route.backend.headers), ...corsHeaders });
      res.end(route.backend.body ?? "");
      return finish(route.backend.status);
    }

    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
    }
    // Values come from the original request, not from headers set before them (apigatewaymodifyingresponsesrequests).
    const original = { ...headers };
    for (const item of route.setHeaders) {
      const value = item.values
        .map((template) => renderTemplate(template, grant, original, url))
        .filter((v) => v !== "")
        .join(", ");
      if (value === "") continue;
      const key = item.name.toLowerCase();
      if (headers[key] === undefined || item.ifExists === "OVERWRITE") headers[key] = value;
      else if (item.ifExists === "APPEND") headers[key] = `${headers[key]}, ${value}`;
    }
    const reply = await this.invoke(route.backend.function_id, body, {
      method: req.method ?? "GET",
      url: `${url.pathname}${url.search}`,
      headers,
    });
    if (reply.status !== 200) {
      // The function failed or timed out: the gateway's own 502 (504 for a timeout), no function output.
      return refuse(reply.status === 504 ? 504 : 502, "backend", "Bad Gateway", corsHeaders);
    }
    const responseHeaders: Record<string, string> = { ...corsHeaders };
    for (const [name, value] of Object.entries(reply.headers)) {
      const match = /^fn-http-h-(.+)$/i.exec(name);
      if (match && value !== undefined) responseHeaders[match[1]] = Array.isArray(value) ? value.join(", ") : value;
    }
    if (
      !Object.keys(responseHeaders).some((h) => h.toLowerCase() === "content-type") &&
      reply.headers["content-type"]
    ) {
      responseHeaders["content-type"] = String(reply.headers["content-type"]);
    }
    const status = reply.httpStatus ?? 200;
    res.writeHead(status, responseHeaders);
    res.end(reply.body);
    finish(status);
  }

  private takeToken(deployment: DeploymentRuntime, key: string): boolean {
    const { perSecond } = deployment.rateLimit!;
    const now = Date.now();
    const bucket = deployment.buckets.get(key) ?? { tokens: perSecond, at: now };
    bucket.tokens = Math.min(perSecond, bucket.tokens + ((now - bucket.at) / 1000) * perSecond);
    bucket.at = now;
    deployment.buckets.set(key, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  private async authenticate(
    deployment: DeploymentRuntime,
    route: Route,
    req: IncomingMessage,
    url: URL,
  ): Promise<{ status: number; message: string; headers?: Record<string, string> } | { grant?: Grant }> {
    const auth = deployment.authentication;
    const authorization = route.authorization;
    if (!auth) return {};
    if (authorization?.type === "ANONYMOUS" && auth.is_anonymous_access_allowed) return {};

    const token = auth.token_header
      ? headerValue(req, auth.token_header)
      : auth.token_query_param
        ? (url.searchParams.get(auth.token_query_param) ?? undefined)
        : undefined;
    if (token === undefined || token === "") return { status: 401, message: "Unauthorized: no token" };

    if (auth.type === "JWT_AUTHENTICATION") {
      const scheme = auth.token_auth_scheme ? `${auth.token_auth_scheme} ` : "";
      if (scheme && !token.startsWith(scheme))
        return { status: 401, message: `Unauthorized: not a ${scheme.trim()} token` };
      let claims: Record<string, any> | string;
      try {
        claims = await this.validJwt(auth, token.slice(scheme.length));
      } catch (err) {
        return { status: 502, message: `Bad Gateway: the JWKS could not be read (${(err as Error).message})` };
      }
      if (typeof claims === "string") return { status: 401, message: `Unauthorized: ${claims}` };
      const scope = typeof claims.scope === "string" ? claims.scope.split(" ") : [];
      const grant: Grant = { until: 0, scope, auth: stringValues(claims) };
      return allowed(authorization, grant) ? { grant } : { status: 403, message: "Forbidden: scope not allowed" };
    }

    let grant = deployment.grants.get(token);
    if (!grant || grant.until <= Date.now()) {
      deployment.grants.delete(token);
      const reply = await this.invoke(auth.function_id, JSON.stringify({ type: "TOKEN", token }));
      if (reply.status !== 200) return { status: 502, message: "Bad Gateway: the authorizer function failed" };
      let answer: any;
      try {
        answer = JSON.parse(reply.body);
      } catch {
        return { status: 502, message: "Bad Gateway: the authorizer function's answer is not JSON" };
      }
      if (answer?.active !== true) {
        return {
          status: 401,
          message: "Unauthorized",
          headers: typeof answer?.wwwAuthenticate === "string" ? { "www-authenticate": answer.wwwAuthenticate } : {},
        };
      }
      const until = Date.parse(answer.expiresAt);
      grant = {
        until: Number.isNaN(until) ? 0 : until,
        scope: Array.isArray(answer.scope) ? answer.scope : [],
        auth: stringValues(answer.context),
      };
      if (grant.until > Date.now()) deployment.grants.set(token, grant);
    }
    return allowed(authorization, grant) ? { grant } : { status: 403, message: "Forbidden: scope not allowed" };
  }

  /** Admits the request under its client token's usage plan, or says why not. */
  private useUsagePlan(
    deployment: DeploymentRuntime,
    token: string | undefined,
  ): { status: number; message: string; headers?: Record<string, string> } | undefined {
    if (!token) return { status: 403, message: "Forbidden: no usage plan client token" };
    for (const subscriber of this.subscribers) {
      if (!listOf(subscriber.clients).some((client) => client.token === token)) continue;
      // The first of the subscriber's plans with an entitlement targeting this deployment applies.
      for (const planId of subscriber.usagePlans) {
        const plan = this.usagePlans.find((p) => p.id === planId);
        const entitlement = plan && entitlementsOf(plan).find((e) => e.deployments.includes(deployment.id ?? ""));
        if (entitlement) return this.consume(`${subscriber.name}/${entitlement.key}`, entitlement);
      }
    }
    return { status: 403, message: "Forbidden: the client token has no usage plan for this deployment" };
  }

  private consume(
    key: string,
    entitlement: Entitlement,
  ): { status: number; message: string; headers?: Record<string, string> } | undefined {
    const now = Date.now();
    const state = this.usage.get(key) ?? { tokens: entitlement.rate?.perSecond ?? 0, at: now, window: 0, used: 0 };
    this.usage.set(key, state);
    if (entitlement.quota) {
      const window = calendarWindow(entitlement.quota.unit, new Date(now));
      if (window.start !== state.window) Object.assign(state, { window: window.start, used: 0 });
      if (state.used >= entitlement.quota.value && entitlement.quota.reject) {
        const seconds = Math.max(1, Math.ceil((window.end - now) / 1000));
        return {
          status: 429,
          message: "Too Many Requests: usage plan quota exceeded",
          headers: { "retry-after": String(seconds) },
        };
      }
    }
    if (entitlement.rate) {
      const { perSecond } = entitlement.rate;
      state.tokens = Math.min(perSecond, state.tokens + ((now - state.at) / 1000) * perSecond);
      state.at = now;
      if (state.tokens < 1) {
        const seconds = Math.max(1, Math.ceil((1 - state.tokens) / perSecond));
        return {
          status: 429,
          message: "Too Many Requests: usage plan rate limit",
          headers: { "retry-after": String(seconds) },
        };
      }
      state.tokens -= 1;
    }
    state.used += 1;
    return undefined;
  }

  /** The token's claims, or why it is refused. */
  private async validJwt(auth: Record<string, any>, jwt: string): Promise<Record<string, any> | string> {
    const parts = jwt.split(".");
    if (parts.length !== 3) return "not a JWS";
    let header: Record<string, any>;
    let claims: Record<string, any>;
    try {
      header = JSON.parse(Buffer.from(parts[0], "base64url").toString());
      claims = JSON.parse(Buffer.from(parts[1], "base64url").toString());
    } catch {
      return "not a JWS";
    }
    const algorithm = /^(RS|ES)(256|384|512)$/.exec(String(header.alg));
    if (!algorithm) return `algorithm ${header.alg} is not accepted`;
    const keys = await this.jwtKeys(one(auth.public_keys) ?? {});
    const jwk = keys.find((k) => header.kid === undefined || k.kid === header.kid);
    if (!jwk) return "no key for the token's kid";
    const valid = verifySignature(
      `sha${algorithm[2]}`,
      Buffer.from(`${parts[0]}.${parts[1]}`),
      { key: createPublicKey({ key: jwk as never, format: "jwk" }), dsaEncoding: "ieee-p1363" },
      Buffer.from(parts[2], "base64url"),
    );
    if (!valid) return "bad signature";
    const skew = Number(auth.max_clock_skew_in_seconds ?? 0);
    const now = Date.now() / 1000;
    if (typeof claims.exp === "number" && claims.exp + skew < now) return "expired";
    if (typeof claims.nbf === "number" && claims.nbf - skew > now) return "not yet valid";
    if (!(auth.issuers ?? []).includes(claims.iss)) return `issuer ${claims.iss} is not accepted`;
    const audiences = [claims.aud].flat();
    if (!(auth.audiences ?? []).some((a: string) => audiences.includes(a))) return "audience is not accepted";
    for (const claim of listOf(auth.verify_claims)) {
      const present = claim.key in claims;
      if (!present) {
        if (claim.is_required) return `claim ${claim.key} is required`;
        continue;
      }
      const values = listOf<string>(claim.values);
      const value = stringValues({ [claim.key]: claims[claim.key] })[claim.key];
      if (values.length > 0 && (value === undefined || !values.includes(value))) {
        return `claim ${claim.key} has a value that is not accepted`;
      }
    }
    return claims;
  }

  private async jwtKeys(publicKeys: Record<string, any>): Promise<Record<string, unknown>[]> {
    if (publicKeys.type === "STATIC_KEYS") return [publicKeys.keys].flat();
    const cached = this.jwksCache.get(publicKeys.uri);
    if (cached && cached.until > Date.now()) return cached.keys;
    const { keys } = await this.fetchJwks(publicKeys.uri);
    const hours = Number(publicKeys.max_cache_duration_in_hours ?? 1);
    this.jwksCache.set(publicKeys.uri, { keys, until: Date.now() + hours * 3_600_000 });
    return keys;
  }
}

/** One element of a Terraform block that may be synthesized as an object or a one-element list. */
function one(block: unknown): Record<string, any> | undefined {
  const value = Array.isArray(block) ? block[0] : block;
  return value && typeof value === "object" ? (value as Record<string, any>) : undefined;
}

function compile(deployment: Deployment): DeploymentRuntime {
  const where = `oci_apigateway_deployment ${deployment.name}`;
  const spec = deployment.specification;
  const policies = one(spec.request_policies) ?? {};
  const authentication = one(policies.authentication);
  if (authentication && !["CUSTOM_AUTHENTICATION", "JWT_AUTHENTICATION"].includes(authentication.type)) {
    throw new Error(`${where}: authentication type ${authentication.type} is not emulated`);
  }
  if (authentication?.parameters) {
    throw new Error(`${where}: multi-argument authorizers (parameters) are not emulated`);
  }
  const rate = one(policies.rate_limiting);
  if (rate && !["CLIENT_IP", "TOTAL"].includes(rate.rate_key)) {
    throw new Error(`${where}: rate_key ${rate.rate_key} is not CLIENT_IP or TOTAL`);
  }
  const routes = (Array.isArray(spec.routes) ? spec.routes : [spec.routes]).map((route: Record<string, any>): Route => {
    const backend = one(route.backend) ?? {};
    if (!["ORACLE_FUNCTIONS_BACKEND", "STOCK_RESPONSE_BACKEND"].includes(backend.type)) {
      throw new Error(`${where}: route ${route.path}: backend type ${backend.type} is not emulated`);
    }
    const routePolicies = one(route.request_policies) ?? {};
    const unsupported = Object.keys(routePolicies).filter(
      (k) => !["authorization", "header_transformations"].includes(k),
    );
    if (unsupported.length > 0) {
      throw new Error(`${where}: route ${route.path}: request policies ${unsupported.join(", ")} are not emulated`);
    }
    const transformations = one(routePolicies.header_transformations) ?? {};
    const otherTransformations = Object.keys(transformations).filter((k) => k !== "set_headers");
    if (otherTransformations.length > 0) {
      throw new Error(
        `${where}: route ${route.path}: header_transformations ${otherTransformations.join(", ")} are not emulated`,
      );
    }
    const setHeaders = listOf(one(transformations.set_headers)?.items).map((item) => {
      const ifExists = item.if_exists ?? "OVERWRITE";
      if (!["OVERWRITE", "APPEND", "SKIP"].includes(ifExists)) {
        throw new Error(
          `${where}: route ${route.path}: set_headers ${item.name}: if_exists ${ifExists} is not OVERWRITE, APPEND or SKIP`,
        );
      }
      const values = [item.values ?? []].flat().map(String);
      for (const value of values) checkTemplate(value, `${where}: route ${route.path}: set_headers ${item.name}`);
      return { name: String(item.name), values, ifExists };
    });
    const authorization = one(routePolicies.authorization);
    if (authorization?.type === "ANY_OF" && listOf(authorization.allowed_scope).length === 0) {
      // Required for ANY_OF by the API model (AnyOfRouteAuthorizationPolicy.allowedScope).
      throw new Error(`${where}: route ${route.path}: authorization ANY_OF without allowed_scope`);
    }
    return {
      deployment: deployment.name,
      pattern: routePattern(route.path),
      methods: route.methods ?? ["ANY"],
      backend,
      authorization,
      setHeaders,
    };
  });
  const usagePlans = one(policies.usage_plans);
  const tokenLocations = usagePlans
    ? listOf(usagePlans.token_locations).map((location) => {
        const match = CONTEXT_VARIABLE.exec(String(location));
        if (!match) {
          throw new Error(`${where}: usage_plans token location ${location} is not request.auth|headers|query[<name>]`);
        }
        return { table: match[1] as "auth" | "headers" | "query", name: match[2] };
      })
    : undefined;
  return {
    prefix: deployment.pathPrefix.replace(/\/$/, ""),
    routes,
    authentication,
    rateLimit: rate && { perSecond: Number(rate.rate_in_requests_per_second), key: rate.rate_key },
    cors: one(policies.cors),
    buckets: new Map(),
    grants: new Map(),
    id: deployment.id,
    tokenLocations,
  };
}

/** A context variable of the tables emulated: `request.auth[key]`, `request.headers[name]`, `request.query[name]`. */
const CONTEXT_VARIABLE = /^request\.(auth|headers|query)\[([^\]]+)\]$/;

function allowed(authorization: Record<string, any> | undefined, grant: Grant): boolean {
  if (authorization?.type !== "ANY_OF") return true;
  return listOf<string>(authorization.allowed_scope).some((scope) => grant.scope.includes(scope));
}

/** The value of a context variable for this request; undefined when it has none. */
function variable(
  table: "auth" | "headers" | "query",
  name: string,
  grant: Grant | undefined,
  headers: Record<string, string | string[] | undefined>,
  url: URL,
): string | undefined {
  if (table === "auth") return grant?.auth[name];
  if (table === "query") return url.searchParams.get(name) ?? undefined;
  const value = headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(", ") : value;
}

function contextValue(
  locations: { table: "auth" | "headers" | "query"; name: string }[],
  grant: Grant | undefined,
  req: IncomingMessage,
  url: URL,
): string | undefined {
  for (const { table, name } of locations) {
    const value = variable(table, name, grant, req.headers, url);
    if (value) return value;
  }
  return undefined;
}

function checkTemplate(template: string, where: string): void {
  for (const [, expression] of template.matchAll(/\$\{([^}]*)\}/g)) {
    if (!CONTEXT_VARIABLE.test(expression)) {
      throw new Error(
        `${where}: \${${expression}} is not a context variable of request.auth, request.headers or request.query`,
      );
    }
  }
}

function renderTemplate(template: string, grant: Grant | undefined, headers: Record<string, string>, url: URL): string {
  return template.replace(/\$\{([^}]*)\}/g, (_, expression: string) => {
    const [, table, name] = CONTEXT_VARIABLE.exec(expression)!;
    return variable(table as "auth" | "headers" | "query", name, grant, headers, url) ?? "";
  });
}

/** An object's string, number and boolean values as text (the `request.auth` table). */
function stringValues(value: unknown): Record<string, string> {
  if (!value || typeof value !== "object") return {};
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => ["string", "number", "boolean"].includes(typeof v))
      .map(([k, v]) => [k, String(v)]),
  );
}

/** A Terraform block or list attribute as a list (synthesized as one object or a list). */
function listOf<T = Record<string, any>>(value: unknown): T[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]) as T[];
}

const RATE_UNIT_SECONDS: Record<string, number> = { SECOND: 1, MINUTE: 60, HOUR: 3600, DAY: 86_400 };
const QUOTA_UNITS = ["MINUTE", "HOUR", "DAY", "WEEK", "MONTH"];

/** A plan's entitlements: the deployments each targets, its rate per second and its quota. */
function entitlementsOf(plan: UsagePlan): (Entitlement & { deployments: string[] })[] {
  return listOf(plan.entitlements).map((e) => {
    const where = `oci_apigateway_usage_plan ${plan.id}: entitlement ${e.name}`;
    const rate = one(e.rate_limit);
    const quota = one(e.quota);
    if (rate && !(rate.unit in RATE_UNIT_SECONDS))
      throw new Error(`${where}: rate_limit unit ${rate.unit} is not emulated`);
    if (quota && !QUOTA_UNITS.includes(quota.unit)) {
      throw new Error(`${where}: quota unit ${quota.unit} is not one of ${QUOTA_UNITS.join(", ")}`);
    }
    if (quota && quota.reset_policy !== "CALENDAR")
      throw new Error(`${where}: quota reset_policy ${quota.reset_policy} is not emulated`);
    return {
      key: `${plan.id}/${e.name}`,
      deployments: listOf(e.targets).map((t) => String(t.deployment_id)),
      ...(rate ? { rate: { perSecond: Number(rate.value) / RATE_UNIT_SECONDS[rate.unit] } } : {}),
      ...(quota
        ? { quota: { unit: quota.unit, value: Number(quota.value), reject: quota.operation_on_breach !== "ALLOW" } }
        : {}),
    };
  });
}

/** The calendar period (UTC) holding `at`: a quota with reset_policy CALENDAR counts within it. */
function calendarWindow(unit: string, at: Date): { start: number; end: number } {
  const y = at.getUTCFullYear();
  const m = at.getUTCMonth();
  const d = at.getUTCDate();
  switch (unit) {
    case "MINUTE":
    case "HOUR": {
      const size = unit === "MINUTE" ? 60_000 : 3_600_000;
      const start = Math.floor(at.getTime() / size) * size;
      return { start, end: start + size };
    }
    case "DAY":
      return { start: Date.UTC(y, m, d), end: Date.UTC(y, m, d + 1) };
    case "WEEK": {
      const monday = d - ((at.getUTCDay() + 6) % 7);
      return { start: Date.UTC(y, m, monday), end: Date.UTC(y, m, monday + 7) };
    }
    default:
      return { start: Date.UTC(y, m, 1), end: Date.UTC(y, m + 1, 1) };
  }
}

/** `/items/{id}` matches one segment per parameter; `{rest*}` matches the remainder. */
function routePattern(path: string): RegExp {
  const source = path
    .split("/")
    .map((segment) => {
      if (/^\{\w+\*\}$/.test(segment)) return ".*";
      if (/^\{\w+\}$/.test(segment)) return "[^/]+";
      return segment.replace(/[.+?^${}()|[\]\\*]/g, "\\$&");
    })
    .join("/");
  return new RegExp(`^${source}/?$`);
}

/** CLIENT_IP: the IPv4 address, or the /64 prefix of an IPv6 one. */
function clientKey(address: string): string {
  const v4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (v4) return v4[1];
  if (isIPv6(address)) return address.split(":").slice(0, 4).join(":") + "::/64";
  return address;
}

function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

function corsAnswerHeaders(cors: Record<string, any> | undefined, origin: string | undefined): Record<string, string> {
  if (!cors || !origin) return {};
  const allowed: string[] = cors.allowed_origins ?? [];
  if (allowed.includes("*")) return { "access-control-allow-origin": "*" };
  return allowed.includes(origin) ? { "access-control-allow-origin": origin, vary: "Origin" } : {};
}

function stockHeaders(headers: unknown): Record<string, string> {
  const list = Array.isArray(headers) ? headers : headers ? [headers] : [];
  return Object.fromEntries(list.map((h: { name: string; value: string }) => [h.name, h.value]));
}

function answer(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text), ...headers });
  res.end(text);
}

/** The body, or "too-large" once it passes `max` bytes (the rest is drained, not kept). */
function readBody(req: IncomingMessage, max: number): Promise<Buffer | "too-large"> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= max) chunks.push(chunk);
    });
    req.on("end", () => resolve(size > max ? "too-large" : Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

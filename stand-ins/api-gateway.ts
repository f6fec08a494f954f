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
 *
 * Not emulated (refused at construction, by name): HTTP_BACKEND and other backend types, multi-argument authorizers
 * (`parameters`), route-level request policies other than authorization.
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
  readonly pathPrefix: string;
  /** `specification`, as synthesized, references resolved. */
  readonly specification: Record<string, any>;
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
}

interface DeploymentRuntime {
  readonly prefix: string;
  readonly routes: Route[];
  readonly authentication: Record<string, any> | undefined;
  readonly rateLimit: { perSecond: number; key: "CLIENT_IP" | "TOTAL" } | undefined;
  readonly cors: Record<string, any> | undefined;
  readonly buckets: Map<string, { tokens: number; at: number }>;
  readonly grants: Map<string, { until: number; scope: string[] }>;
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

  constructor(
    deployments: readonly Deployment[],
    private readonly invoke: Invoke,
    private readonly fetchJwks: FetchJwks = async (uri) => (await fetch(uri)).json() as never,
  ) {
    this.deployments = deployments.map((d) => compile(d));
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

    const denied = await this.authenticate(deployment, route, req, url);
    if (denied) return refuse(denied.status, "authentication", denied.message, { ...denied.headers, ...corsHeaders });

    if (route.backend.type === "STOCK_RESPONSE_BACKEND") {
      res.writeHead(route.backend.status, { ...stockHeaders(route.backend.headers), ...corsHeaders });
      res.end(route.backend.body ?? "");
      return finish(route.backend.status);
    }

    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
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
  ): Promise<{ status: number; message: string; headers?: Record<string, string> } | undefined> {
    const auth = deployment.authentication;
    const authorization = route.authorization;
    if (!auth) return undefined;
    if (authorization?.type === "ANONYMOUS" && auth.is_anonymous_access_allowed) return undefined;

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
      if (authorization?.type === "ANY_OF") {
        const scope = typeof claims.scope === "string" ? claims.scope.split(" ") : [];
        if (!(authorization.allowed_scope ?? []).some((s: string) => scope.includes(s))) {
          return { status: 403, message: "Forbidden" };
        }
      }
      return undefined;
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
      grant = { until: Number.isNaN(until) ? 0 : until, scope: Array.isArray(answer.scope) ? answer.scope : [] };
      if (grant.until > Date.now()) deployment.grants.set(token, grant);
    }
    if (authorization?.type === "ANY_OF") {
      const allowed: string[] = authorization.allowed_scope ?? [];
      if (!allowed.some((scope) => grant!.scope.includes(scope))) return { status: 403, message: "Forbidden" };
    }
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
    const unsupported = Object.keys(routePolicies).filter((k) => k !== "authorization");
    if (unsupported.length > 0) {
      throw new Error(`${where}: route ${route.path}: request policies ${unsupported.join(", ")} are not emulated`);
    }
    return {
      deployment: deployment.name,
      pattern: routePattern(route.path),
      methods: route.methods ?? ["ANY"],
      backend,
      authorization: one(routePolicies.authorization),
    };
  });
  return {
    prefix: deployment.pathPrefix.replace(/\/$/, ""),
    routes,
    authentication,
    rateLimit: rate && { perSecond: Number(rate.rate_in_requests_per_second), key: rate.rate_key },
    cors: one(policies.cors),
    buckets: new Map(),
    grants: new Map(),
  };
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

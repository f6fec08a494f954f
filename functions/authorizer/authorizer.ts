import { OPERATOR_SCOPE, PRODUCER_SCOPE } from "../../lib/api-scopes";
import { parseJson } from "../../lib/json";
import { Call, Reply } from "../../lib/fn-handler";
import { SecretCache } from "../../lib/secret-cache";
import { AuthorizerConfig } from "./config";
import { presentedToken, tokensMatch } from "./token";

/** The token is re-read this often, so a rotated token takes effect within a minute. */
export const TOKEN_TTL_MS = 60 * 1000;

/** How long API Gateway may cache a positive answer; no longer than the token itself is cached here. */
const GRANT_LIFETIME_MS = TOKEN_TTL_MS;

const REALM = 'Bearer realm="data-sync"';

const tokens = new SecretCache(TOKEN_TTL_MS);

/**
 * API Gateway's custom authorizer: active when the bearer token equals the API token secret (scope PRODUCER_SCOPE) or
 * the operator token secret (scope OPERATOR_SCOPE, which alone opens `POST /v1/retry`). Fails closed: a
 * missing, empty or placeholder secret refuses everyone; a failed secret read fails the call (the gateway answers
 * 5xx, never lets the request through).
 */
export async function authorize(call: Call<AuthorizerConfig>): Promise<Reply> {
  // Not JSON, or nested past MAX_JSON_DEPTH: no token presented, refused like any request without one.
  const parsed = parseJson(call.body.toString("utf8"));
  const input = parsed.ok ? parsed.value : undefined;
  const presented = presentedToken(input);
  if (presented === undefined) {
    call.log.warn("no bearer token presented");
    return refuse(`${REALM}, error="invalid_request"`);
  }
  const granted = await grantFor(call, presented);
  if (!granted) return refuse(`${REALM}, error="invalid_token"`);
  return {
    status: 200,
    body: {
      active: true,
      principal: granted.principal,
      scope: [granted.scope],
      expiresAt: new Date(Date.now() + GRANT_LIFETIME_MS).toISOString(),
      context: { authentication: granted.authentication },
    },
  };
}

/**
 * Who the token belongs to: an API client (the API token: PRODUCER_SCOPE) or an operator (the operator token:
 * OPERATOR_SCOPE only). Both secrets are read, so a match on either takes the same time as a refusal.
 */
async function grantFor(
  call: Call<AuthorizerConfig>,
  presented: string,
): Promise<{ principal: string; scope: string; authentication: string } | undefined> {
  const [api, operator] = await Promise.all([
    tokens.read(call.clients, call.config.API_TOKEN_SECRET_ID),
    call.config.OPERATOR_TOKEN_SECRET_ID ? tokens.read(call.clients, call.config.OPERATOR_TOKEN_SECRET_ID) : undefined,
  ]);
  if (!api.configured) call.log.error("API token not configured: refusing API clients", { reason: api.reason });
  if (operator && !operator.configured) {
    call.log.warn("operator token not configured: refusing operators", { reason: operator.reason });
  }
  const apiMatch = api.configured && tokensMatch(presented, api.value);
  const operatorMatch = operator?.configured === true && tokensMatch(presented, operator.value);
  if (operatorMatch)
    return { principal: "data-sync-operator", scope: OPERATOR_SCOPE, authentication: "operator-token" };
  if (apiMatch) return { principal: "data-sync-api-client", scope: PRODUCER_SCOPE, authentication: "api-token" };
  call.log.warn("wrong bearer token presented");
  return undefined;
}

function refuse(wwwAuthenticate: string): Reply {
  return { status: 200, body: { active: false, wwwAuthenticate } };
}

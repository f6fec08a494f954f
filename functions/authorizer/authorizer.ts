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
 * API Gateway's custom authorizer: active when the bearer token equals the API token secret. Fails closed: a
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
  const expected = await tokens.read(call.clients, call.config.API_TOKEN_SECRET_ID);
  if (!expected.configured) {
    call.log.error("API token not configured: refusing every request", { reason: expected.reason });
    return refuse(`${REALM}, error="invalid_token"`);
  }
  if (!tokensMatch(presented, expected.value)) {
    call.log.warn("wrong bearer token presented");
    return refuse(`${REALM}, error="invalid_token"`);
  }
  return {
    status: 200,
    body: {
      active: true,
      principal: "data-sync-api-client",
      scope: ["data-sync"],
      expiresAt: new Date(Date.now() + GRANT_LIFETIME_MS).toISOString(),
      context: { authentication: "api-token" },
    },
  };
}

function refuse(wwwAuthenticate: string): Reply {
  return { status: 200, body: { active: false, wwwAuthenticate } };
}

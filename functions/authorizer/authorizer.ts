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
 * API Gateway's custom authorizer: active when the bearer token equals one client's token secret, answering that
 * client's name (principal, and `context.client`, which the gateway passes to populate), its scopes (which the routes
 * check with ANY_OF) and its usage-plan token (`context.usagePlanToken`, which the deployment's usage-plans policy
 * reads from `request.auth`). Each client has its own secret, so rotating one client's token touches no other.
 * Fails closed: a missing, empty or placeholder secret accepts nobody; when no client matches and a secret could not
 * be read, the call fails (the gateway answers 5xx) rather than refusing a client whose token may be right.
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
  const clients = [...call.config.CLIENTS.values()];
  const reads = await Promise.allSettled(clients.map((client) => tokens.read(call.clients, client.secretId)));
  // Every configured token is compared, so the time taken does not say which client's token was close.
  const matches = clients.filter((_, i) => {
    const read = reads[i];
    return read.status === "fulfilled" && read.value.configured && tokensMatch(presented, read.value.value);
  });
  const client = matches[0];
  if (!client) {
    const failed = reads.flatMap((r, i) => (r.status === "rejected" ? [clients[i].name] : []));
    if (failed.length > 0) {
      throw new Error(`token secrets of clients ${failed.join(", ")} could not be read; refusing to decide`);
    }
    const unset = reads.flatMap((r, i) => (r.status === "fulfilled" && !r.value.configured ? [clients[i].name] : []));
    if (unset.length > 0) call.log.warn("client tokens not configured", { clients: unset });
    call.log.warn("wrong bearer token presented");
    return refuse(`${REALM}, error="invalid_token"`);
  }
  call.log.info("client authenticated", { client: client.name });
  return {
    status: 200,
    body: {
      active: true,
      principal: client.name,
      scope: client.scope,
      clientId: client.name,
      expiresAt: new Date(Date.now() + GRANT_LIFETIME_MS).toISOString(),
      context: { client: client.name, usagePlanToken: client.usagePlanToken },
    },
  };
}

function refuse(wwwAuthenticate: string): Reply {
  return { status: 200, body: { active: false, wwwAuthenticate } };
}

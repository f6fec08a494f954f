import * as z from "zod/mini";
import { parseJson } from "../json";
import { describeCallFailure, readExcerpt } from "./target-call";
import { Target } from "./targets";

/** An access token is used until this long before it expires, so it never expires on the way to the target. */
export const TOKEN_EXPIRY_MARGIN_MS = 30_000;

/** Kept this long when the token endpoint gives no `expires_in` (RFC 6749 section 5.1 makes it only RECOMMENDED). */
export const TOKEN_DEFAULT_LIFETIME_MS = 60_000;

/** The secret of an `oauth2` target. */
const clientCredentialsSchema = z.object({
  clientId: z.string().check(z.minLength(1)),
  clientSecret: z.string().check(z.minLength(1)),
});

/** RFC 6749 section 5.1: the token response. */
const tokenResponseSchema = z.object({
  access_token: z.string().check(z.minLength(1)),
  token_type: z.optional(z.string()),
  expires_in: z.optional(z.number()),
});

/** The headers that carry a target's credential, or why there are none (the message is then not sent). */
export type Authorization =
  | { readonly ok: true; readonly headers: Readonly<Record<string, string>> }
  | { readonly ok: false; readonly verdict: "recoverable" | "deferred"; readonly error: string };

interface CachedToken {
  readonly token: Promise<Authorization>;
  readonly expiresAt: number;
}

/**
 * Access tokens of this container, by target and the client credentials they were obtained with (a rotated secret
 * gets a new token). Concurrent messages to one target share one token request.
 */
const tokens = new Map<string, CachedToken>();

function tokenKey(target: Target, secret: string): string {
  return `${target.name}\u0000${target.auth.type === "oauth2" ? target.auth.tokenUrl : ""}\u0000${secret}`;
}

/** Forgets a target's access token, after the target refused it. */
export function forgetToken(target: Target, secret: string): void {
  tokens.delete(tokenKey(target, secret));
}

/**
 * The headers that authenticate one call to `target`, from its own secret's value. Only this target's settings and
 * secret are used, so no other target's credential can be in them.
 */
export async function authorization(target: Target, secret: string, timeoutMs: number): Promise<Authorization> {
  switch (target.auth.type) {
    case "bearer":
      return { ok: true, headers: { Authorization: `Bearer ${secret}` } };
    case "basic":
      if (!secret.includes(":")) {
        return {
          ok: false,
          verdict: "deferred",
          error: `not attempted: the secret of target ${target.name} is not user:password`,
        };
      }
      // RFC 7617 section 2: base64 of user-id ":" password, UTF-8.
      return { ok: true, headers: { Authorization: `Basic ${Buffer.from(secret, "utf8").toString("base64")}` } };
    case "header":
      return { ok: true, headers: { [target.auth.header]: secret } };
    case "oauth2":
      return accessToken(target, target.auth.tokenUrl, target.auth.scope, secret, timeoutMs);
  }
}

async function accessToken(
  target: Target,
  tokenUrl: string,
  scope: string | undefined,
  secret: string,
  timeoutMs: number,
): Promise<Authorization> {
  const key = tokenKey(target, secret);
  const cached = tokens.get(key);
  if (cached && cached.expiresAt > Date.now()) return cached.token;
  let expiresAt = Date.now() + TOKEN_DEFAULT_LIFETIME_MS;
  const token = requestToken(target, tokenUrl, scope, secret, timeoutMs, (lifetimeMs) => {
    expiresAt = Date.now() + lifetimeMs - TOKEN_EXPIRY_MARGIN_MS;
  });
  const entry: CachedToken = {
    token,
    get expiresAt() {
      return expiresAt;
    },
  };
  tokens.set(key, entry);
  token.then((result) => {
    if (!result.ok && tokens.get(key) === entry) tokens.delete(key);
  });
  return token;
}

/**
 * The client credentials grant (RFC 6749 section 4.4): `grant_type=client_credentials` and the scope, form-encoded,
 * with the client authenticated by HTTP Basic (section 2.3.1, which every authorization server must support; id and
 * secret form-urlencoded first). Redirects are not followed, as for targets.
 */
async function requestToken(
  target: Target,
  tokenUrl: string,
  scope: string | undefined,
  secret: string,
  timeoutMs: number,
  setLifetime: (ms: number) => void,
): Promise<Authorization> {
  const parsed = parseJson(secret);
  const credentials = parsed.ok ? clientCredentialsSchema.safeParse(parsed.value) : undefined;
  if (!credentials?.success) {
    return {
      ok: false,
      verdict: "deferred",
      error: `not attempted: the secret of target ${target.name} is not {"clientId", "clientSecret"} JSON`,
    };
  }
  const { clientId, clientSecret } = credentials.data;
  const form = (text: string) => encodeURIComponent(text).replace(/%20/g, "+");
  const body = new URLSearchParams({ grant_type: "client_credentials", ...(scope ? { scope } : {}) });
  try {
    const response = await fetch(tokenUrl, {
      method: "POST",
      headers: {
        Authorization: `Basic ${Buffer.from(`${form(clientId)}:${form(clientSecret)}`).toString("base64")}`,
        "Content-Type": "application/x-www-form-urlencoded",
        Accept: "application/json",
      },
      body: body.toString(),
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (response.status !== 200) {
      const excerpt = await readExcerpt(response.body);
      return {
        ok: false,
        verdict: "recoverable",
        error: `token endpoint of target ${target.name} answered ${response.status}${excerpt ? `: ${excerpt}` : ""}`,
      };
    }
    const answer = parseJson(await response.text());
    const token = answer.ok ? tokenResponseSchema.safeParse(answer.value) : undefined;
    if (!token?.success || (token.data.token_type && token.data.token_type.toLowerCase() !== "bearer")) {
      return {
        ok: false,
        verdict: "recoverable",
        error: `token endpoint of target ${target.name} answered no bearer access_token`,
      };
    }
    if (token.data.expires_in !== undefined) setLifetime(token.data.expires_in * 1000);
    return { ok: true, headers: { Authorization: `Bearer ${token.data.access_token}` } };
  } catch (err) {
    return {
      ok: false,
      verdict: "recoverable",
      error: `token endpoint of target ${target.name}: ${describeCallFailure(err, timeoutMs)}`,
    };
  }
}

import * as z from "zod/mini";
import { parseJson } from "../json";
import { Verdict } from "./classify";
import { HEADER_NAME } from "./http-names";
import { namedSettingsSchema, TARGET_NAME, TARGET_NAME_RULE } from "./named-settings";

/** Per-call timeout range of a target, in milliseconds. */
export const TARGET_TIMEOUT_RANGE = { min: 100, max: 300_000, default: 10_000 } as const;
/** Calls in flight to one target, per invocation. */
export const TARGET_CONCURRENCY_RANGE = { min: 1, max: 64, default: 8 } as const;

/**
 * How the function authenticates to a target; the credential is the target's own Vault secret:
 * - `bearer`: the secret is the token, sent as `Authorization: Bearer <secret>`;
 * - `basic`: the secret is `user:password`, sent as `Authorization: Basic <base64>` (RFC 7617);
 * - `header`: the secret is sent as the value of the header `header` (an API key);
 * - `oauth2`: the secret is `{"clientId", "clientSecret"}` JSON; the function gets an access token from `tokenUrl`
 *   with the client credentials grant (RFC 6749 section 4.4) and sends it as a bearer token until it expires.
 */
export const targetAuthSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("bearer") }),
  z.strictObject({ type: z.literal("basic") }),
  z.strictObject({
    type: z.literal("header"),
    header: z.string().check(z.regex(HEADER_NAME, "must be an HTTP header name (letters, digits and !#$%&'*+.^_`|~-)")),
  }),
  z.strictObject({
    type: z.literal("oauth2"),
    tokenUrl: z.url({ protocol: /^https$/, error: "must be an https:// URL" }),
    /** Space-separated scopes asked for (RFC 6749 section 3.3); none when absent. */
    scope: z.optional(z.string().check(z.regex(/^[\x21\x23-\x5b\x5d-\x7e]+( [\x21\x23-\x5b\x5d-\x7e]+)*$/))),
  }),
]);

export type TargetAuth = z.output<typeof targetAuthSchema>;

const VERDICTS = ["delivered", "recoverable", "unrecoverable"] as const satisfies readonly Verdict[];

/**
 * Ports the Fetch standard blocks ("bad port", https://fetch.spec.whatwg.org/#port-blocking): Node's fetch fails
 * every request to them before connecting, and to port 0, which no server listens on.
 */
export const BLOCKED_PORTS: ReadonlySet<number> = new Set([
  0, 1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103, 104, 109, 110,
  111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515, 526, 530, 531, 532,
  540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061,
  6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080,
]);

/** A base URL: https, no user info, query or fragment, so that only a path can be added to it. */
export const baseUrlSchema = z.url({ protocol: /^https$/, error: "must be an https:// URL" }).check(
  z.refine((url) => !URL.canParse(url) || plainBase(new URL(url)), {
    message: "must be https://host[:port][/path] without user info, query or fragment",
  }),
  z.refine((url) => !URL.canParse(url) || !BLOCKED_PORTS.has(Number(new URL(url).port || 443)), {
    message: "must not use port 0 or a port that fetch blocks (https://fetch.spec.whatwg.org/#port-blocking)",
  }),
);

function plainBase(url: URL): boolean {
  return url.username === "" && url.password === "" && url.search === "" && url.hash === "" && !url.href.includes("#");
}

/** One target as the delivering functions read it from their TARGETS configuration. */
export const targetSettingsSchema = z.strictObject({
  baseUrl: baseUrlSchema,
  auth: targetAuthSchema,
  /** The Vault secret holding this target's credential, and no other target's. */
  secretId: z.string().check(z.regex(/^ocid1\.vaultsecret\./, "must be a secret OCID")),
  timeoutMs: z.number().check(z.int(), z.minimum(TARGET_TIMEOUT_RANGE.min), z.maximum(TARGET_TIMEOUT_RANGE.max)),
  concurrency: z
    .number()
    .check(z.int(), z.minimum(TARGET_CONCURRENCY_RANGE.min), z.maximum(TARGET_CONCURRENCY_RANGE.max)),
  /** Overrides of the status classification (classify.ts), by HTTP status. */
  statusMapping: z.record(z.string().check(z.regex(/^[1-5][0-9][0-9]$/, "must be an HTTP status")), z.enum(VERDICTS)),
  /** false pauses the target: its messages are deferred (kept for a retry), never failed. */
  enabled: z.boolean(),
  /** JSONata expression over the message; a message for which it is not true is acknowledged and not sent. */
  filter: z.optional(z.string()),
  /** JSONata expression over the message; its result is the payload sent. */
  transform: z.optional(z.string()),
});

export type TargetSettings = z.output<typeof targetSettingsSchema>;

/** A target with its name. */
export interface Target extends TargetSettings {
  readonly name: string;
}

/** TARGETS: a JSON object from target name to its settings. */
export const targetsConfigSchema = namedSettingsSchema("target", targetSettingsSchema);

/** TARGET_NAMES (populate): comma-separated names of the configured targets. */
export const targetNamesSchema = z
  .pipe(
    z.string().check(z.minLength(1, "must name at least one target")),
    z.transform((list) => list.split(",").map((name) => name.trim())),
  )
  .check(
    z.refine((names) => names.every((name) => TARGET_NAME.test(name)), {
      message: `must be comma-separated target names, each ${TARGET_NAME_RULE}`,
    }),
  );

/** Characters a path may hold: RFC 3986 pchar, '/', and a query; no fragment, no backslash. */
const PATH_CHARS = /^\/[A-Za-z0-9\-._~!$&'()*+,;=:@%/]*(\?[A-Za-z0-9\-._~!$&'()*+,;=:@%/?]*)?$/;

/**
 * Why a message's path cannot be added to a target's base URL, or undefined. It must start with one '/', stay below
 * the base (no '.' or '..' segment, plain or percent-encoded, which URL resolution would climb with), and be ASCII
 * that needs no further encoding, so the URL the function calls is exactly base + path.
 */
export function pathProblem(path: string): string | undefined {
  if (!path.startsWith("/") || path.startsWith("//")) return "must start with a single '/'";
  if (!PATH_CHARS.test(path)) {
    return "must be a URL path (and query) of unreserved ASCII characters or %XX escapes, without '#' or '\\'";
  }
  const segments = path.split("?")[0].split("/");
  if (segments.some((s) => /^(\.|%2e){1,2}$/i.test(s))) return "must not contain '.' or '..' segments";
  return undefined;
}

/** The URL a message's path names under its target: always the base URL's origin and below its path. */
export function targetUrl(baseUrl: string, path: string): URL {
  const base = new URL(baseUrl);
  const url = new URL(base.origin + base.pathname.replace(/\/$/, "") + path);
  const basePath = base.pathname.endsWith("/") ? base.pathname : `${base.pathname}/`;
  if (url.origin !== base.origin || !(url.pathname + "/").startsWith(basePath)) {
    throw new Error(`path ${path} leaves the target's base URL ${baseUrl}`);
  }
  return url;
}

/**
 * The header that tells populate who sent a request. The gateway sets it on the route from the authorizer's
 * `context.client` (the client's name) or from the JWT's client claim (its claim value, which CLIENT_CLAIMS maps to the
 * name), and overwrites any value the caller sent (constructs/resources/messages-api.ts), so a caller cannot name
 * another client.
 */
export const CLIENT_HEADER = "X-Data-Sync-Client";

/** CLIENTS (populate): JSON object from client name to the target names it may send to. */
export const clientsConfigSchema = z.pipe(
  z.string(),
  z.transform((text, ctx): ReadonlyMap<string, readonly string[]> => {
    const parsed = parseJson(text);
    const clients = new Map<string, readonly string[]>();
    if (!parsed.ok || typeof parsed.value !== "object" || parsed.value === null || Array.isArray(parsed.value)) {
      ctx.issues.push({ code: "custom", message: "must be a JSON object of client name to target names", input: text });
      return clients;
    }
    for (const [name, targets] of Object.entries(parsed.value)) {
      if (!TARGET_NAME.test(name) || !Array.isArray(targets) || !targets.every((t) => typeof t === "string")) {
        ctx.issues.push({
          code: "custom",
          message: `client "${name}": must be a name with a list of target names`,
          input: text,
        });
        continue;
      }
      clients.set(name, targets as string[]);
    }
    return clients;
  }),
);

/** CLIENT_CLAIMS (populate, JWT authentication): JSON object from a client's claim value to its name. */
export const clientClaimsConfigSchema = z.pipe(
  z.string(),
  z.transform((text, ctx): ReadonlyMap<string, string> => {
    const parsed = parseJson(text);
    const names = new Map<string, string>();
    const entries =
      parsed.ok && typeof parsed.value === "object" && parsed.value !== null && !Array.isArray(parsed.value)
        ? Object.entries(parsed.value)
        : undefined;
    if (!entries || entries.some(([, name]) => typeof name !== "string" || !TARGET_NAME.test(name))) {
      ctx.issues.push({ code: "custom", message: "must be a JSON object of claim value to client name", input: text });
      return names;
    }
    for (const [value, name] of entries) names.set(value, name as string);
    return names;
  }),
);

/** The one CLIENT_HEADER value of a request through the gateway, or undefined (none, or several). */
export function clientHeaderValue(gateway: { headers: Readonly<Record<string, readonly string[]>> } | undefined) {
  const values = gateway?.headers[CLIENT_HEADER] ?? [];
  return values.length === 1 ? values[0] : undefined;
}

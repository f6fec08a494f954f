import * as z from "zod/mini";
import { parseJson } from "../json";
import { describeIssue } from "../validation";

/** Methods a message may use to call its target. */
export const TARGET_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/**
 * Headers a message may not set. The function sets the credential itself; the HTTP client owns framing and routing (a
 * caller-chosen Host or Content-Length could smuggle a request to another host or truncate one); and the
 * connection-specific fields of RFC 9110 section 7.6.1 (Connection, Proxy-Connection, Keep-Alive, TE,
 * Transfer-Encoding, Upgrade) plus Expect belong to one hop, so Node's fetch refuses Expect, Keep-Alive,
 * Transfer-Encoding and Upgrade outright: a message setting them could never be sent.
 */
export const FORBIDDEN_HEADERS = [
  "authorization",
  "host",
  "content-length",
  "transfer-encoding",
  "connection",
  "proxy-connection",
  "keep-alive",
  "te",
  "upgrade",
  "expect",
];

/** RFC 9110 section 5.6.2: a field name is a token. */
export const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * RFC 9110 section 5.5: visible ASCII, space and tab. CR, LF, NUL and other controls are invalid; obs-text (bytes
 * 0x80-0xFF) is obsolete, and fetch refuses anything above 0xFF, so a header value stays ASCII.
 */
const HEADER_VALUE = /^[\t\x20-\x7e]*$/;

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

/**
 * A message's value: the call the process function makes to the target REST API. Everything this accepts, the process
 * function's HTTP client (fetch, in target-call.ts) can send: populate checks requests with it before they reach the
 * stream, and process and retry check every message with it again before calling.
 */
export const targetRequestSchema = z
  .object({
    method: z.enum(TARGET_METHODS),
    url: z.url({ protocol: /^https$/, error: "must be an https:// URL" }).check(
      // Checks of a string that is no URL pass here: z.url has already said it is none.
      z.refine((url) => !URL.canParse(url) || (new URL(url).username === "" && new URL(url).password === ""), {
        message: "must not contain user info (user:password@): fetch refuses it, and the function sends the credential",
      }),
      z.refine((url) => !URL.canParse(url) || !BLOCKED_PORTS.has(Number(new URL(url).port || 443)), {
        message: "must not use port 0 or a port that fetch blocks (https://fetch.spec.whatwg.org/#port-blocking)",
      }),
    ),
    headers: z.optional(
      z
        .record(
          z.string(),
          z
            .string()
            .check(
              z.regex(
                HEADER_VALUE,
                "must not contain CR, LF or NUL, other controls or non-ASCII (only visible ASCII, space, tab)",
              ),
            ),
        )
        .check(
          z.refine((headers) => Object.keys(headers).every((name) => HEADER_NAME.test(name)), {
            message: "header names must be HTTP tokens (letters, digits, -)",
          }),
          z.refine((headers) => !Object.keys(headers).some((name) => FORBIDDEN_HEADERS.includes(name.toLowerCase())), {
            message: `must not set ${FORBIDDEN_HEADERS.join(", ")} (the function or the HTTP client sets these)`,
          }),
        ),
    ),
    /** Sent as the JSON body. */
    payload: z.optional(z.unknown()),
  })
  .check(
    z.refine((r) => !(r.method === "GET" && r.payload !== undefined), {
      message: "a GET request cannot carry a payload",
      path: ["payload"],
    }),
  );

export type TargetRequest = z.output<typeof targetRequestSchema>;

/** Why a target request is refused, naming the field and value; undefined when it may be sent. */
export type Refusal = string;

/**
 * Checks a message value against the schema and the host allowlist. Returns the request or every problem found,
 * with paths under `prefix` (e.g. `messages[2].value`).
 */
export function checkTargetRequest(
  value: unknown,
  allowedHosts: readonly string[],
  prefix = "value",
): { ok: true; request: TargetRequest } | { ok: false; problems: Refusal[] } {
  const result = targetRequestSchema.safeParse(value, { reportInput: true });
  if (!result.success) {
    return {
      ok: false,
      problems: result.error.issues.map((issue) => describeIssue({ ...issue, path: [prefix, ...issue.path] })),
    };
  }
  const host = new URL(result.data.url).hostname.toLowerCase();
  if (!allowedHosts.includes(host)) {
    return {
      ok: false,
      problems: [`${prefix}.url: host "${host}" is not an allowed target (allowed: ${allowedHosts.join(", ")})`],
    };
  }
  return { ok: true, request: result.data };
}

/** Decodes a stream message value (UTF-8 JSON) into a target request, or says why it cannot be one. */
export function decodeTargetRequest(
  value: Buffer,
  allowedHosts: readonly string[],
): { ok: true; request: TargetRequest } | { ok: false; problems: Refusal[] } {
  const parsed = parseJson(value.toString("utf8"));
  if (!parsed.ok) {
    return { ok: false, problems: [`value: ${parsed.problem === "invalid" ? "not JSON: " : ""}${parsed.reason}`] };
  }
  return checkTargetRequest(parsed.value, allowedHosts);
}

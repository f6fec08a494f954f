import * as z from "zod/mini";
import { parseJson } from "../json";
import { describeIssue } from "../validation";
import { HEADER_NAME } from "./http-names";
import { TARGET_NAME, TARGET_NAME_RULE } from "./named-settings";
import { pathProblem } from "./targets";

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

export { HEADER_NAME } from "./http-names";

/**
 * RFC 9110 section 5.5: visible ASCII, space and tab. CR, LF, NUL and other controls are invalid; obs-text (bytes
 * 0x80-0xFF) is obsolete, and fetch refuses anything above 0xFF, so a header value stays ASCII.
 */
const HEADER_VALUE = /^[\t\x20-\x7e]*$/;

/** A client name (the API's authorizer sets it; see config/schema.ts dataSync.clients). */
export const CLIENT_NAME = TARGET_NAME;

/**
 * A message's value: the call the process function makes to one of its targets. The message names the target and a
 * path below the target's base URL; the host, the scheme and the credential come from the target's configuration,
 * never from the message, so a credential only ever goes to its own target. Everything this accepts, the process
 * function's HTTP client (fetch, in target-call.ts) can send: populate checks requests with it before they reach the
 * stream, and process and retry check every message with it again before calling.
 */
export const targetRequestSchema = z
  .object({
    /** A key of dataSync.targets. */
    target: z.string().check(z.regex(TARGET_NAME, `must be a target name (${TARGET_NAME_RULE})`)),
    method: z.enum(TARGET_METHODS),
    /** Below the target's base URL, e.g. `/orders/42?full=true`. */
    path: z.string().check(
      z.maxLength(2000, "must be at most 2000 characters"),
      z.refine((path) => pathProblem(path) === undefined, {
        abort: true,
        error: (issue) => pathProblem(String(issue.input)),
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
    /** Sent as the JSON body (after the target's transform, if it has one). */
    payload: z.optional(z.unknown()),
    /** Who sent it: set by populate from the API's authorizer, never by the producer. */
    client: z.optional(z.string().check(z.regex(CLIENT_NAME, `must be a client name (${TARGET_NAME_RULE})`))),
    /** The shape before targets: refused with what replaces it. */
    url: z.optional(
      z.never({
        error:
          'is no longer accepted: name a target of dataSync.targets in "target" and give "path" below its base URL',
      }),
    ),
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
 * Checks a message value against the schema and the configured target names. Returns the request or every problem
 * found, with paths under `prefix` (e.g. `messages[2].value`).
 */
export function checkTargetRequest(
  value: unknown,
  targetNames: readonly string[],
  prefix = "value",
): { ok: true; request: TargetRequest } | { ok: false; problems: Refusal[] } {
  const result = targetRequestSchema.safeParse(value, { reportInput: true });
  if (!result.success) {
    return {
      ok: false,
      problems: result.error.issues.map((issue) => describeIssue({ ...issue, path: [prefix, ...issue.path] })),
    };
  }
  if (!targetNames.includes(result.data.target)) {
    return {
      ok: false,
      problems: [
        `${prefix}.target: "${result.data.target}" is not a configured target (configured: ${targetNames.join(", ")})`,
      ],
    };
  }
  return { ok: true, request: result.data };
}

/** Decodes a stream message value (UTF-8 JSON) into a target request, or says why it cannot be one. */
export function decodeTargetRequest(
  value: Buffer,
  targetNames: readonly string[],
): { ok: true; request: TargetRequest } | { ok: false; problems: Refusal[] } {
  const parsed = parseJson(value.toString("utf8"));
  if (!parsed.ok) {
    return { ok: false, problems: [`value: ${parsed.problem === "invalid" ? "not JSON: " : ""}${parsed.reason}`] };
  }
  return checkTargetRequest(parsed.value, targetNames);
}

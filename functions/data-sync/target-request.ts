import * as z from "zod/mini";
import { describeIssue } from "../shared/validation";

/** Methods a message may use to call its target. */
export const TARGET_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/**
 * Headers a message may not set: the function sets the credential itself, and the HTTP client owns framing and
 * routing (a caller-chosen Host or Content-Length could smuggle a request to another host or truncate one).
 */
export const FORBIDDEN_HEADERS = ["authorization", "host", "content-length", "transfer-encoding", "connection"];

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** A message's value: the call the process function makes to the target REST API. */
export const targetRequestSchema = z
  .object({
    method: z.enum(TARGET_METHODS),
    url: z.url({ protocol: /^https$/, error: "must be an https:// URL" }),
    headers: z.optional(
      z.record(z.string(), z.string().check(z.regex(/^[^\r\n\0]*$/, "must not contain CR, LF or NUL"))).check(
        z.refine((headers) => Object.keys(headers).every((name) => HEADER_NAME.test(name)), {
          message: "header names must be HTTP tokens (letters, digits, -)",
        }),
        z.refine((headers) => !Object.keys(headers).some((name) => FORBIDDEN_HEADERS.includes(name.toLowerCase())), {
          message: `must not set ${FORBIDDEN_HEADERS.join(", ")} (the function sets these)`,
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
  let parsed: unknown;
  try {
    parsed = JSON.parse(value.toString("utf8"));
  } catch (err) {
    return { ok: false, problems: [`value: not JSON: ${(err as Error).message}`] };
  }
  return checkTargetRequest(parsed, allowedHosts);
}

import * as z from "zod/mini";
import { fromEnvironment, platformConfigSchema, wholeNumber } from "../platform-config";
import { FORBIDDEN_HEADERS, HEADER_NAME } from "./target-request";

/** Headers the idempotency key may not take over: those the function sets and those the HTTP client owns. */
const RESERVED_HEADERS = [...FORBIDDEN_HEADERS, "content-type", "trailer"];

/**
 * A lower-case host name of dot-separated labels (RFC 1123: letters, digits and inner hyphens, 63 characters each,
 * 253 in all), compared with the target URL's host. Dotted IPv4 addresses pass too, as a target inside the VCN or a
 * local stand-in may be one. The config's dataSync.allowedTargetHosts uses this same rule.
 */
const HOST_NAME = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;

/** One allowed target host. */
export const hostNameSchema = z
  .string()
  .check(z.regex(HOST_NAME, "must be a lower-case DNS host name such as api.example.com"));

/** ALLOWED_TARGET_HOSTS: comma-separated lower-case host names; a message may target no other host. */
export const allowedHostsSchema = z
  .pipe(
    z.string().check(z.minLength(1, "must list at least one host name")),
    z.transform((list) => list.split(",").map((host) => host.trim())),
  )
  .check(
    z.refine((hosts) => hosts.every((host) => HOST_NAME.test(host)), {
      message: "must be comma-separated lower-case host names such as api.example.com",
    }),
  );

/**
 * IDEMPOTENCY_KEY_HEADER: the header that carries each delivery's idempotency key (draft-ietf-httpapi-idempotency-
 * key-header names it Idempotency-Key). A token, and none of the headers the function or the HTTP client own.
 */
export const idempotencyKeyHeaderSchema = z.string().check(
  z.regex(HEADER_NAME, "must be an HTTP header name (letters, digits and !#$%&'*+.^_`|~-)"),
  z.refine((name) => !RESERVED_HEADERS.includes(name.toLowerCase()), {
    message: `must not be one of ${RESERVED_HEADERS.join(", ")}`,
  }),
);

export const DEFAULT_IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";

/** Target calls in flight at once, per invocation (config dataSync.maxConcurrency, function MAX_CONCURRENCY). */
export const maxConcurrencySchema = wholeNumber(1, 64);
export const DEFAULT_MAX_CONCURRENCY = 8;

/** Deliveries of a message, the first included, before retry dead-letters it (dataSync.maxAttempts, MAX_ATTEMPTS). */
export const maxAttemptsSchema = wholeNumber(1, 100);
export const DEFAULT_MAX_ATTEMPTS = 5;
export const maxAttemptsFromEnvironment = fromEnvironment(maxAttemptsSchema);

const streamId = z.string().check(z.regex(/^ocid1\.stream\./, "must be a stream OCID (ocid1.stream....)"));

/** Configuration of the functions that deliver messages to the target and record failures: process and retry. */
export const deliveryConfigSchema = z.extend(platformConfigSchema, {
  /** Messages endpoint of the pool holding both error streams. */
  STREAM_MESSAGES_ENDPOINT: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }),
  RECOVERABLE_STREAM_ID: streamId,
  UNRECOVERABLE_STREAM_ID: streamId,
  CREDENTIAL_SECRET_ID: z.string().check(z.regex(/^ocid1\.vaultsecret\./, "must be a secret OCID")),
  NOTIFICATION_TOPIC_ID: z.string().check(z.regex(/^ocid1\.onstopic\./, "must be a topic OCID")),
  ALLOWED_TARGET_HOSTS: allowedHostsSchema,
  /** Target calls in flight at once. */
  MAX_CONCURRENCY: fromEnvironment(maxConcurrencySchema),
  /** Longest a single target call may take; it is shortened further when the invocation's deadline is nearer. */
  TARGET_TIMEOUT_MS: z._default(fromEnvironment(wholeNumber(1, 300_000)), 10_000),
  IDEMPOTENCY_KEY_HEADER: z._default(idempotencyKeyHeaderSchema, DEFAULT_IDEMPOTENCY_KEY_HEADER),
  /** Failure notices are merged into at most one summary per container per this window (failure-notice.ts). */
  NOTICE_WINDOW_SECONDS: z._default(fromEnvironment(wholeNumber(0, 3600)), 60),
});

export type DeliveryConfig = z.output<typeof deliveryConfigSchema>;

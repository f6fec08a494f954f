import * as z from "zod/mini";
import { fromEnvironment, platformConfigSchema, wholeNumber } from "../platform-config";
import { FORBIDDEN_HEADERS, HEADER_NAME } from "./target-request";
import { targetsConfigSchema } from "./targets";

/** Headers the idempotency key may not take over: those the function sets and those the HTTP client owns. */
const RESERVED_HEADERS = [...FORBIDDEN_HEADERS, "content-type", "trailer"];

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

export const DEFAULT_METRICS_NAMESPACE = "event_streaming";

/**
 * A Monitoring namespace for custom metrics: "starts with an alphabetical character and includes only alphanumeric
 * characters and underscores. Custom metrics can't use the following reserved prefixes: oci_ and oracle_"
 * (MetricDataDetails.namespace, oci-monitoring SDK model).
 */
export const metricsNamespaceSchema = z.string().check(
  z.regex(/^[A-Za-z][A-Za-z0-9_]*$/, "must start with a letter and hold only letters, digits and underscores"),
  z.refine((ns) => !/^(oci_|oracle_)/.test(ns), { message: "must not start with oci_ or oracle_ (reserved)" }),
);

/** Configuration of the functions that deliver messages to the target and record failures: process and retry. */
export const deliveryConfigSchema = z.extend(platformConfigSchema, {
  /** Messages endpoint of the pool holding both error streams. */
  STREAM_MESSAGES_ENDPOINT: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }),
  RECOVERABLE_STREAM_ID: streamId,
  UNRECOVERABLE_STREAM_ID: streamId,
  NOTIFICATION_TOPIC_ID: z.string().check(z.regex(/^ocid1\.onstopic\./, "must be a topic OCID")),
  /** The targets, by name: base URL, authentication, own secret, timeout, concurrency, status mapping, expressions. */
  TARGETS: targetsConfigSchema,
  /** Target calls in flight at once, over all targets. */
  MAX_CONCURRENCY: fromEnvironment(maxConcurrencySchema),
  IDEMPOTENCY_KEY_HEADER: z._default(idempotencyKeyHeaderSchema, DEFAULT_IDEMPOTENCY_KEY_HEADER),
  /** Failure notices are merged into at most one summary per container per this window (failure-notice.ts). */
  /** Custom metrics (lib/metrics.ts): the namespace; unset, the function publishes none. */
  METRICS_NAMESPACE: z.optional(metricsNamespaceSchema),
  /** The compartment the metrics are posted in; required with METRICS_NAMESPACE. */
  METRICS_COMPARTMENT_ID: z.optional(
    z.string().check(z.regex(/^ocid1\.(compartment|tenancy)\./, "must be a compartment OCID")),
  ),
  /** The `deployment` dimension of every metric: which stack (prefix and environment) published it. */
  METRICS_DEPLOYMENT: z._default(z.string().check(z.minLength(1), z.maxLength(512)), "data-sync"),
  /** Overrides the telemetry-ingestion endpoint, for tests. */
  MONITORING_ENDPOINT: z.optional(z.url({ protocol: /^https?$/, error: "must be an http(s) URL" })),
  NOTICE_WINDOW_SECONDS: z._default(fromEnvironment(wholeNumber(0, 3600)), 60),
});

export type DeliveryConfig = z.output<typeof deliveryConfigSchema>;

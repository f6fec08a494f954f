/**
 * Service-level constraints on resource arguments that OCI documents but the provider schema does not enforce
 * (the schema says only "number" or "string"): mutually exclusive fields, ranges and enumerations. OCI refuses a
 * violation at apply time, after part of the stack exists; this table lets every synthesized stack be checked first
 * (`__tests__/argument-constraints.test.ts`). One row per constraint, each with its source. Add rows only with one.
 *
 * Looked for and not found documented, so not here: ranges of the connector's batch_size_in_kbs, batch_size_in_num,
 * batch_time_in_sec and of the Object Storage target's batch rollover settings (the SDK models and provider docs give
 * none; our own guards are config/schema.ts CONNECTOR_BATCH_LIMITS, checked by the config and by FunctionTarget), the API gateway's rate_in_requests_per_second range, a minimum
 * function timeout, and the stream pool's Kafka settings ranges. Documented but left out because no stack sets the
 * argument (a row must apply somewhere): the bucket's storage_tier (Standard or Archive, immutable after creation).
 */

export interface ArgumentConstraint {
  readonly resourceType: string;
  /** The argument(s) constrained, as paths into the resource's Terraform JSON. */
  readonly arguments: string;
  /** The rule, as OCI states it. */
  readonly rule: string;
  /** SDK model, provider docs or documentation page stating the rule. */
  readonly source: string;
  /** What breaks the rule in one resource's body; empty when it complies (or the values are not known at synth). */
  check(body: Record<string, unknown>): string[];
}

/**
 * The values at a dot path; nested blocks may be objects or lists in Terraform JSON. Unresolved references
 * (`${...}`) are left out: their values are not known at synth.
 */
export function valuesAt(body: unknown, path: string): unknown[] {
  let current: unknown[] = [body];
  for (const key of path.split(".")) {
    current = current
      .flatMap((v) => (Array.isArray(v) ? v : [v]))
      .flatMap((v) => (v !== null && typeof v === "object" && key in v ? [(v as Record<string, unknown>)[key]] : []));
  }
  return current
    .flatMap((v) => (Array.isArray(v) ? v : [v]))
    .filter((v) => v !== undefined && v !== null && !(typeof v === "string" && v.includes("${")));
}

/** Terraform JSON may carry numbers as strings (`memory_in_mbs: "256"`). */
function asNumber(value: unknown): number {
  return typeof value === "string" && value.trim() !== "" ? Number(value) : (value as number);
}

function oneOf(
  resourceType: string,
  path: string,
  allowed: readonly (string | number)[],
  source: string,
): ArgumentConstraint {
  return {
    resourceType,
    arguments: path,
    rule: `one of ${allowed.join(", ")}`,
    source,
    check: (body) =>
      valuesAt(body, path)
        .filter((v) => !allowed.some((a) => (typeof a === "number" ? a === asNumber(v) : a === v)))
        .map((v) => `${path} is ${JSON.stringify(v)}; OCI accepts one of ${allowed.join(", ")}`),
  };
}

function range(resourceType: string, path: string, min: number, max: number, source: string): ArgumentConstraint {
  return {
    resourceType,
    arguments: path,
    rule: `a whole number from ${min} to ${max}`,
    source,
    check: (body) =>
      valuesAt(body, path)
        .filter((v) => {
          const n = asNumber(v);
          return !Number.isInteger(n) || n < min || n > max;
        })
        .map((v) => `${path} is ${JSON.stringify(v)}; OCI accepts a whole number from ${min} to ${max}`),
  };
}

function exclusive(resourceType: string, paths: readonly string[], source: string): ArgumentConstraint {
  return {
    resourceType,
    arguments: paths.join(", "),
    rule: `at most one of ${paths.join(", ")}`,
    source,
    check: (body) => {
      const set = paths.filter((p) => valuesAt(body, p).length > 0);
      return set.length > 1
        ? [
            `${set.map((p) => `${p} = ${JSON.stringify(valuesAt(body, p)[0])}`).join(" and ")}: OCI accepts only one of ${paths.join(", ")}`,
          ]
        : [];
    },
  };
}

/** Minutes of an ISO 8601 duration of days, hours and minutes (`PT5M`, `PT1H`, `P1D`); NaN when it is not one. */
export function isoMinutes(duration: string): number {
  const match = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/.exec(duration);
  if (!match || duration === "P" || duration.endsWith("T")) return NaN;
  const [, days, hours, minutes] = match;
  return Number(days ?? 0) * 1440 + Number(hours ?? 0) * 60 + Number(minutes ?? 0);
}

function duration(
  resourceType: string,
  path: string,
  minMinutes: number,
  maxMinutes: number,
  rule: string,
  source: string,
): ArgumentConstraint {
  return {
    resourceType,
    arguments: path,
    rule,
    source,
    check: (body) =>
      valuesAt(body, path)
        .filter((v) => {
          const minutes = typeof v === "string" ? isoMinutes(v) : NaN;
          return !(minutes >= minMinutes && minutes <= maxMinutes);
        })
        .map((v) => `${path} is ${JSON.stringify(v)}; OCI accepts ${rule}`),
  };
}

const SCH_FUNCTIONS_TARGET =
  "oci-go-sdk sch FunctionsTargetDetailsResponse; provider docs oci_sch_service_connector target.batch_size_in_kbs: " +
  '"Only one size option can be specified: batchSizeInKbs or batchSizeInNum"';
const STREAM_RETENTION =
  'provider docs oci_streaming_stream retention_in_hours; SDK CreateStreamDetails: "Accepted values are between 24 and 168 (7 days)"';
const FUNCTION_SETTINGS =
  "https://docs.oracle.com/en-us/iaas/Content/Functions/Tasks/functionscustomizing.htm (Changing Default Memory and Timeout Settings)";
const ALARM_MODEL = "SDK model monitoring Alarm (oci-typescript-sdk lib/monitoring/lib/model/alarm.ts)";

export const ARGUMENT_CONSTRAINTS: readonly ArgumentConstraint[] = [
  exclusive(
    "oci_sch_service_connector",
    ["target.batch_size_in_kbs", "target.batch_size_in_num"],
    SCH_FUNCTIONS_TARGET,
  ),
  oneOf(
    "oci_sch_service_connector",
    "source.cursor.kind",
    ["LATEST", "TRIM_HORIZON"],
    "SDK model sch StreamingCursorDetails (subtypes LatestStreamingCursor, TrimHorizonStreamingCursor)",
  ),
  oneOf(
    "oci_sch_service_connector",
    "target.kind",
    ["functions", "loggingAnalytics", "monitoring", "notifications", "objectStorage", "streaming"],
    "SDK model sch TargetDetails kinds (oci.sch.models.FunctionsTargetDetails KIND_*)",
  ),
  oneOf(
    "oci_sch_service_connector",
    "state",
    ["ACTIVE", "INACTIVE"],
    'provider docs oci_sch_service_connector state: "Could be set to ACTIVE or INACTIVE"',
  ),
  range("oci_streaming_stream", "retention_in_hours", 24, 168, STREAM_RETENTION),
  oneOf("oci_functions_function", "memory_in_mbs", [128, 256, 512, 1024, 2048, 3072], FUNCTION_SETTINGS),
  // OCI documents only the maximum; 1 stands for "a positive number of seconds".
  range("oci_functions_function", "timeout_in_seconds", 1, 300, `${FUNCTION_SETTINGS}: "Maximum value: 300"`),
  oneOf("oci_monitoring_alarm", "severity", ["CRITICAL", "ERROR", "WARNING", "INFO"], `${ALARM_MODEL} SEVERITY_ENUM`),
  oneOf(
    "oci_monitoring_alarm",
    "message_format",
    ["RAW", "PRETTY_JSON", "ONS_OPTIMIZED"],
    `${ALARM_MODEL} MESSAGE_FORMAT_ENUM`,
  ),
  duration(
    "oci_monitoring_alarm",
    "pending_duration",
    1,
    60,
    "an ISO 8601 duration from PT1M to PT1H",
    `${ALARM_MODEL} pendingDuration: "Minimum: PT1M. Maximum: PT1H"`,
  ),
  duration(
    "oci_monitoring_alarm",
    "repeat_notification_duration",
    0,
    Number.MAX_SAFE_INTEGER,
    "an ISO 8601 duration (PT0M repeats on every evaluation)",
    `${ALARM_MODEL} repeatNotificationDuration: "Format defined by ISO 8601. For example, PT4H"`,
  ),
  oneOf(
    "oci_logging_log",
    "retention_duration",
    [30, 60, 90, 120, 150, 180],
    'SDK model logging Log retentionDuration: "Log retention duration in 30-day increments (30, 60, 90 and so on until 180)"',
  ),
  oneOf(
    "oci_objectstorage_bucket",
    "access_type",
    ["NoPublicAccess", "ObjectRead", "ObjectReadWithoutList"],
    "SDK model objectstorage CreateBucketDetails publicAccessType",
  ),
  range(
    "oci_kms_key",
    "auto_key_rotation_details.rotation_interval_in_days",
    60,
    365,
    'provider docs oci_kms_key auto_key_rotation_details; SDK AutoKeyRotationDetails: "the interval should between 60 day and 365 days"',
  ),
  oneOf(
    "oci_kms_key",
    "key_shape.length",
    [16, 24, 32],
    'oci-cli kms management key create --length: "Supported values include 16, 24, or 32" (bytes, AES)',
  ),
  oneOf(
    "oci_apigateway_deployment",
    "specification.request_policies.rate_limiting.rate_key",
    ["CLIENT_IP", "TOTAL"],
    "SDK model apigateway RateLimitingPolicy rateKey",
  ),
];

/** Every violation in a synthesized stack, as `<type>.<name>: <problem> (<source>)`. */
export function checkArgumentConstraints(json: Record<string, any>): string[] {
  return ARGUMENT_CONSTRAINTS.flatMap((constraint) =>
    Object.entries<Record<string, unknown>>(json.resource?.[constraint.resourceType] ?? {}).flatMap(([name, body]) =>
      constraint.check(body).map((problem) => `${constraint.resourceType}.${name}: ${problem} (${constraint.source})`),
    ),
  );
}

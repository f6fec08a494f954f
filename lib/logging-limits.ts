/**
 * OCI Logging's log retention, written once for the config schema and the ServiceLog construct: "Log retention
 * duration in 30-day increments (30, 60, 90 and so on until 180)" (SDK model logging Log.retentionDuration; the same
 * sentence in terraform-provider-oci's oci_logging_log docs, `retention_duration`).
 */
export const LOG_RETENTION_DAYS_CHOICES = [30, 60, 90, 120, 150, 180] as const;

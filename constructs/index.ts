/**
 * The one entry point for other cdktf apps: the stack, the patterns, the resources and the aspects, with their props
 * and interfaces. Only re-exports (see examples/adopt/main.ts for a second app built from it).
 */
// stack
export * from "./stack/event-streaming-stack";
export * from "./stack/oci-backend";
export * from "./stack/previous-synth";
export * from "./stack/state-backend";
// patterns
export * from "./patterns/alarms";
export * from "./patterns/data-sync-alarms";
export * from "./patterns/data-sync-dashboard";
export * from "./patterns/data-sync";
export * from "./patterns/file-ingestion";
export * from "./patterns/functions-platform";
export * from "./patterns/network";
export * from "./patterns/stream-clients";
// resources
export * from "./resources/api-client-plan";
export * from "./resources/bastion";
export * from "./resources/bucket-lifecycle";
export * from "./resources/bucket";
export * from "./resources/connector-targets";
export * from "./resources/container-function";
export * from "./resources/custom-metrics";
export * from "./resources/dynamic-group";
export * from "./resources/encryption-key";
export * from "./resources/function-application";
export * from "./resources/function-image";
export * from "./resources/function-schedule";
export * from "./resources/log-group";
export * from "./resources/management-dashboard";
export * from "./resources/messages-api";
export * from "./resources/metric-catalog";
export * from "./resources/metric";
export * from "./resources/notification-topic";
export * from "./resources/object-events-rule";
export * from "./resources/policies";
export * from "./resources/policy-statement";
export * from "./resources/range-check";
export * from "./resources/secret";
export * from "./resources/service-connector";
export * from "./resources/service-log";
export * from "./resources/stable-id";
export * from "./resources/stream-pool";
export * from "./resources/stream";
export * from "./resources/terraform-version";
export * from "./resources/vault";
// aspects
export * from "./aspects/freeform-tags-aspect";
export * from "./aspects/security-rules-aspect";
export * from "./aspects/security-rules/all-rules";
export * from "./aspects/security-rules/apigateway-rules";
export * from "./aspects/security-rules/bucket-rules";
export * from "./aspects/security-rules/compartment-rules";
export * from "./aspects/security-rules/functions-rules";
export * from "./aspects/security-rules/iam-rules";
export * from "./aspects/security-rules/kms-rules";
export * from "./aspects/security-rules/network-rules";
export * from "./aspects/security-rules/rule";
export * from "./aspects/security-rules/streaming-rules";
export * from "./aspects/security-rules/suppressions";

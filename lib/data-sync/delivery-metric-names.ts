// A module of its own, without imports: constructs build alarms and dashboards from these names, and must not load the
// Monitoring client that publishing the metrics needs (see delivery-metrics.ts).
/**
 * The data-sync custom metrics (namespace METRICS_NAMESPACE, every one with dimensions `deployment` and `function`):
 *
 * | Metric                                 | Unit    | More dimensions | What                                              |
 * | -------------------------------------- | ------- | --------------- | ------------------------------------------------- |
 * | `MessagesDelivered`                    | count   | `target`        | target answered 2xx                               |
 * | `MessagesFailedRecoverable`            | count   | `target`        | recorded on the recoverable stream (to retry)     |
 * | `MessagesFailedUnrecoverable`          | count   | `target`        | recorded on the unrecoverable stream (dead letter) |
 * | `DeliveryLatency`                      | ms      | `target`        | one datapoint per call to the target              |
 * | `RecoverableBacklogMessages`           | count   | -               | retry: messages it left on the recoverable stream |
 * | `RecoverableBacklogOldestAgeSeconds`   | seconds | -               | retry: time the oldest message it read had spent on the recoverable stream |
 *
 * `target` is the target's name (dataSync.targets), `none` for a message whose value could not be read.
 */
export const DELIVERY_METRICS = {
  delivered: "MessagesDelivered",
  failedRecoverable: "MessagesFailedRecoverable",
  failedUnrecoverable: "MessagesFailedUnrecoverable",
  latency: "DeliveryLatency",
  backlogMessages: "RecoverableBacklogMessages",
  backlogOldestAgeSeconds: "RecoverableBacklogOldestAgeSeconds",
} as const;

import { Call } from "../fn-handler";
import { MetricsBatch, MetricsTarget, publishMetrics } from "../metrics";
import { DeliveryConfig } from "./config";
import { DeliveryOutcome } from "./delivery";
import { DELIVERY_METRICS } from "./delivery-metric-names";

export { DELIVERY_METRICS } from "./delivery-metric-names";

export type DataSyncFunction = "process" | "retry";

/** The metrics target from the function's configuration; undefined (no metrics) without a namespace. */
export function metricsTarget(call: Call<DeliveryConfig>): MetricsTarget | undefined {
  const { METRICS_NAMESPACE, METRICS_COMPARTMENT_ID, METRICS_DEPLOYMENT, MONITORING_ENDPOINT } = call.config;
  if (!METRICS_NAMESPACE) return undefined;
  if (!METRICS_COMPARTMENT_ID) {
    call.log.error("metrics not published: METRICS_NAMESPACE is set without METRICS_COMPARTMENT_ID");
    return undefined;
  }
  return {
    namespace: METRICS_NAMESPACE,
    compartmentId: METRICS_COMPARTMENT_ID,
    deployment: METRICS_DEPLOYMENT,
    endpoint: MONITORING_ENDPOINT,
  };
}

/** Counts one message's end: delivered, or recorded on the error stream it was routed to. Deferred and filtered count nothing. */
export function countOutcome(
  batch: MetricsBatch,
  fn: DataSyncFunction,
  outcome: DeliveryOutcome,
  routedTo: "recoverable" | "unrecoverable" | undefined,
): void {
  const dimensions = { function: fn, target: outcome.target ?? "none" };
  if (outcome.callMs !== undefined) batch.value(DELIVERY_METRICS.latency, dimensions, outcome.callMs);
  if (outcome.verdict === "delivered") batch.count(DELIVERY_METRICS.delivered, dimensions);
  else if (outcome.verdict === "deferred" || outcome.verdict === "filtered") return;
  else if (routedTo === "unrecoverable") batch.count(DELIVERY_METRICS.failedUnrecoverable, dimensions);
  else batch.count(DELIVERY_METRICS.failedRecoverable, dimensions);
}

/** Posts the invocation's metrics, best-effort (never throws; lib/metrics.ts). */
export async function publishDeliveryMetrics(call: Call<DeliveryConfig>, batch: MetricsBatch): Promise<void> {
  const result = await publishMetrics(call.clients, metricsTarget(call), batch, call.log);
  if (result.failed > 0) call.log.warn("some metrics were not published", result);
}

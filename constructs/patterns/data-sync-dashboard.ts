import { DELIVERY_METRICS } from "../../lib/data-sync/delivery-metric-names";
import { ContainerFunction } from "../resources/container-function";
import { CustomMetrics } from "../resources/custom-metrics";
import { DashboardRow } from "../resources/management-dashboard";
import { MessagesApi } from "../resources/messages-api";
import { MetricOptions, MetricStatistic } from "../resources/metric";
import { ServiceConnector } from "../resources/service-connector";
import { IStream } from "../resources/stream";

export interface DataSyncDashboardInput {
  readonly api: MessagesApi;
  readonly streams: { readonly data: IStream; readonly recoverable: IStream; readonly unrecoverable: IStream };
  /** Every function of the stack, by name: each gets a chart of its errors. */
  readonly functions: Readonly<Record<string, ContainerFunction>>;
  /** Functions that bring data in besides the API, e.g. `claim-check` for bucket uploads: their invocations. */
  readonly ingestFunctions: Readonly<Record<string, ContainerFunction>>;
  readonly metrics: CustomMetrics;
  /** `deployment` dimension value of the custom metrics. */
  readonly deployment: string;
  readonly processConnector: ServiceConnector;
  readonly archiveConnector: ServiceConnector;
  /** The connector that copies the data stream for audit, when there is one. */
  readonly auditConnector?: ServiceConnector;
}

/** Five-minute points: a week fits the chart's data points, a burst still shows. */
const CHART: MetricOptions = { interval: "5m" };

/**
 * The data sync's one view, a row per stage, each chart from the metric method of the construct that owns it:
 * ingest (API requests and answers, uploads), streams (puts per stream, reads of the data stream), delivery
 * (delivered, failed and latency per target), error streams (backlog and its oldest age) and connectors (their
 * DataFreshness lag), then each function's errors.
 */
export function dataSyncDashboardRows(input: DataSyncDashboardInput): DashboardRow[] {
  const { api, streams, metrics } = input;
  const perTarget = { seriesBy: "target" };
  // Delivery metrics of process and retry together (a series per function and target); the backlog is retry's.
  const custom = (name: string, statistic: MetricStatistic = "sum") =>
    metrics.metric(name, { deployment: input.deployment }, { ...CHART, statistic });
  const retry = (name: string) =>
    metrics.metric(name, { deployment: input.deployment, function: "retry" }, { ...CHART, statistic: "max" });
  return [
    {
      title: "ingest",
      tiles: [
        { title: "API requests", metric: api.metricRequests(CHART) },
        { title: "API 4xx", metric: api.metricResponses("4xx", CHART) },
        { title: "API 5xx", metric: api.metricResponses("5xx", CHART) },
        ...Object.entries(input.ingestFunctions).map(([name, fn]) => ({
          title: `${name} invocations`,
          metric: fn.metricInvocations(CHART),
        })),
      ],
    },
    {
      title: "streams",
      tiles: [
        { title: "data stream puts", metric: streams.data.metricPuts(CHART) },
        { title: "data stream reads", metric: streams.data.metricGets(CHART) },
        { title: "recoverable stream puts", metric: streams.recoverable.metricPuts(CHART) },
        { title: "unrecoverable stream puts", metric: streams.unrecoverable.metricPuts(CHART) },
      ],
    },
    {
      title: "delivery",
      tiles: [
        { title: "delivered", metric: custom(DELIVERY_METRICS.delivered), ...perTarget },
        { title: "failed, to retry", metric: custom(DELIVERY_METRICS.failedRecoverable), ...perTarget },
        { title: "failed, dead letters", metric: custom(DELIVERY_METRICS.failedUnrecoverable), ...perTarget },
        { title: "latency (ms)", metric: custom(DELIVERY_METRICS.latency, "mean"), ...perTarget },
      ],
    },
    {
      title: "error streams",
      tiles: [
        { title: "recoverable backlog (messages)", metric: retry(DELIVERY_METRICS.backlogMessages) },
        { title: "recoverable backlog oldest age (s)", metric: retry(DELIVERY_METRICS.backlogOldestAgeSeconds) },
      ],
    },
    {
      title: "connectors",
      tiles: [
        { title: "data-to-process lag (DataFreshness)", metric: input.processConnector.metricDataFreshness(CHART) },
        { title: "dead-letter archive lag (DataFreshness)", metric: input.archiveConnector.metricDataFreshness(CHART) },
        ...(input.auditConnector
          ? [{ title: "audit copy lag (DataFreshness)", metric: input.auditConnector.metricDataFreshness(CHART) }]
          : []),
      ],
    },
    {
      title: "functions",
      tiles: Object.entries(input.functions).map(([name, fn]) => ({
        title: `${name} errors`,
        metric: fn.metricErrors(CHART),
      })),
    },
  ];
}

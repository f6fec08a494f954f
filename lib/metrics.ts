import { models } from "oci-monitoring";
import { ClientContext } from "./clients/client-context";
import { monitoringClient } from "./clients/monitoring";
import { Deadline } from "./deadline";
import { describeFailure } from "./failure";
import { Logger } from "./log";

/** Where a function's custom metrics go; absent means the function publishes none. */
export interface MetricsTarget {
  readonly namespace: string;
  readonly compartmentId: string;
  /** Set on every metric as the `deployment` dimension: which stack published it. */
  readonly deployment: string;
  readonly endpoint?: string;
}

/** "Unique metric streams*. Maximum: 50" per PostMetricData request (Monitoring API, PostMetricData limits). */
export const MAX_STREAMS_PER_POST = 50;
/** Our own bound on datapoints per stream per call: OCI documents none, and latencies are kept per call. */
export const MAX_DATAPOINTS_PER_STREAM = 100;
/** Publishing never holds a call for longer than this, nor past what its deadline leaves. */
export const PUBLISH_TIMEOUT_MS = 1_500;

type Dimensions = Record<string, string>;

/**
 * Metrics of one invocation, collected in memory and posted once at its end: counters summed per metric stream,
 * values (latencies) kept as datapoints, equal values merged into one datapoint with a count.
 */
export class MetricsBatch {
  private readonly streams = new Map<string, { name: string; dimensions: Dimensions; values: Map<number, number> }>();
  private readonly counters = new Map<string, number>();

  /** Adds `n` to a counter; a counter of 0 is still posted, so a quiet minute reads 0, not "no data". */
  count(name: string, dimensions: Dimensions, n = 1): void {
    const key = this.stream(name, dimensions);
    this.counters.set(key, (this.counters.get(key) ?? 0) + n);
  }

  /** Records one observation, e.g. a delivery's latency in milliseconds. */
  value(name: string, dimensions: Dimensions, value: number): void {
    const values = this.streams.get(this.stream(name, dimensions))!.values;
    if (values.size >= MAX_DATAPOINTS_PER_STREAM && !values.has(value)) return;
    values.set(value, (values.get(value) ?? 0) + 1);
  }

  get size(): number {
    return this.streams.size;
  }

  /** The metric data to post, in requests of at most MAX_STREAMS_PER_POST streams. */
  requests(target: MetricsTarget, now: Date): models.MetricDataDetails[][] {
    const data: models.MetricDataDetails[] = [...this.streams.entries()].map(([key, s]) => ({
      namespace: target.namespace,
      compartmentId: target.compartmentId,
      name: s.name,
      dimensions: { deployment: target.deployment, ...s.dimensions },
      datapoints: this.counters.has(key)
        ? [{ timestamp: now, value: this.counters.get(key)! }]
        : [...s.values.entries()].map(([value, count]) => ({ timestamp: now, value, count })),
    }));
    const chunks: models.MetricDataDetails[][] = [];
    for (let i = 0; i < data.length; i += MAX_STREAMS_PER_POST) chunks.push(data.slice(i, i + MAX_STREAMS_PER_POST));
    return chunks;
  }

  private stream(name: string, dimensions: Dimensions): string {
    const key = JSON.stringify([name, Object.entries(dimensions).sort()]);
    if (!this.streams.has(key)) this.streams.set(key, { name, dimensions, values: new Map() });
    return key;
  }
}

/**
 * Posts the batch, best-effort: bounded in time (PUBLISH_TIMEOUT_MS and the call's deadline), one retry, and never
 * throws. A metric that is lost is logged, a delivery never fails for it. PostMetricData itself does not retry by
 * default ("This operation does not retry by default", oci-monitoring 2.139.1 client), and partial acceptance is
 * reported in `failedMetricsCount` (NON_ATOMIC, the default batchAtomicity).
 */
export async function publishMetrics(
  ctx: ClientContext,
  target: MetricsTarget | undefined,
  batch: MetricsBatch,
  log: Logger,
): Promise<{ posted: number; failed: number }> {
  if (!target || batch.size === 0) return { posted: 0, failed: 0 };
  const stopAt = Math.min(ctx.deadline.stopAt, Date.now() + PUBLISH_TIMEOUT_MS);
  if (stopAt - Date.now() < 100) {
    log.warn("metrics not published: no time left", { streams: batch.size });
    return { posted: 0, failed: batch.size };
  }
  const deadline = new Deadline(stopAt);
  const client = monitoringClient(
    { ...ctx, deadline, retry: { maxAttempts: 2, baseDelayMs: 50, maxDelayMs: 200 } },
    target.endpoint,
  );
  let posted = 0;
  let failed = 0;
  try {
    for (const metricData of batch.requests(target, new Date())) {
      try {
        const response = await client.postMetricData({ postMetricDataDetails: { metricData } });
        const refused = response.postMetricDataResponseDetails.failedMetricsCount;
        posted += metricData.length - refused;
        failed += refused;
        if (refused > 0) {
          log.warn("metrics refused", {
            refused,
            reasons: response.postMetricDataResponseDetails.failedMetrics?.slice(0, 3).map((f) => f.message),
          });
        }
      } catch (err) {
        failed += metricData.length;
        log.warn("metrics not published", { streams: metricData.length, ...describeFailure(err) });
      }
    }
  } finally {
    client.close();
  }
  return { posted, failed };
}

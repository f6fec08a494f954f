import { matchPath, OciApiError, Reply, Route, StandInRequest, StandInServer } from "./standin-server";

/**
 * OCI Monitoring's PostMetricData (`POST /20180401/metrics` on the telemetry-ingestion endpoint):
 * https://docs.oracle.com/iaas/api/#/en/monitoring/20180401/MetricData/PostMetricData. The rules below are the API's
 * and the SDK models' (oci-monitoring 2.139.1 `MetricDataDetails`, `Datapoint`, `PostMetricDataDetails`):
 * - "Limits information for PostMetricData: Dimensions per metric group*. Maximum: 20. Minimum: 1. Unique metric
 *   streams*. Maximum: 50. Transactions Per Second (TPS) per-tenancy limit for this operation: 50."
 * - namespace: "starts with an alphabetical character and includes only alphanumeric characters and underscores.
 *   Custom metrics can't use the following reserved prefixes: oci_ and oracle_".
 * - name: "starts with an alphabetical character and includes only alphanumeric characters, dots, underscores,
 *   hyphens, and dollar signs".
 * - dimensions: keys printable ASCII without spaces, at most 256 characters; values at most 512; empty not allowed.
 * - datapoint timestamp: "less than two hours in the past and less than 10 minutes in the future"; count > 0.
 * - batchAtomicity NON_ATOMIC (default): "at least one metric object in the request must be valid"; invalid ones are
 *   listed in `failedMetrics`. ATOMIC: any invalid one fails the whole request.
 * Not documented, so not modelled: a maximum number of datapoints or bytes per request.
 */

export const MAX_METRIC_STREAMS_PER_REQUEST = 50;
export const MAX_DIMENSIONS = 20;
export const POSTS_PER_SECOND = 50;

const NAMESPACE = /^[A-Za-z][A-Za-z0-9_]*$/;
const RESERVED_NAMESPACE = /^(oci_|oracle_)/;
const METRIC_NAME = /^[A-Za-z][A-Za-z0-9._$-]*$/;
const DIMENSION_KEY = /^[\x21-\x7e]{1,256}$/;

export interface PostedDatapoint {
  readonly timestamp: Date;
  readonly value: number;
  readonly count: number;
}

export interface PostedMetric {
  readonly namespace: string;
  readonly compartmentId: string;
  readonly name: string;
  readonly dimensions: Record<string, string>;
  readonly datapoints: PostedDatapoint[];
  readonly principal: string;
}

export class MonitoringStandIn extends StandInServer {
  /** Every metric stream accepted, in order. */
  readonly metrics: PostedMetric[] = [];
  /** The per-tenancy TPS limit; a simulation that compresses hours into seconds lifts it. */
  postsPerSecond = POSTS_PER_SECOND;
  private posts: number[] = [];

  override reset(): void {
    super.reset();
    this.metrics.length = 0;
    this.posts = [];
  }

  /** The accepted datapoints of one metric name, optionally only those whose dimensions include `dimensions`. */
  datapoints(name: string, dimensions: Record<string, string> = {}): PostedDatapoint[] {
    return this.metrics
      .filter((m) => m.name === name && Object.entries(dimensions).every(([k, v]) => m.dimensions[k] === v))
      .flatMap((m) => m.datapoints);
  }

  /** Sum of value x count over the datapoints of a name (a counter's total). */
  total(name: string, dimensions: Record<string, string> = {}): number {
    return this.datapoints(name, dimensions).reduce((sum, d) => sum + d.value * d.count, 0);
  }

  protected route(method: string, url: URL): Route | undefined {
    const params = method === "POST" ? matchPath("/20180401/metrics", url.pathname) : undefined;
    return params && { operation: "PostMetricData", params, handle: (r) => this.post(r) };
  }

  private post(request: StandInRequest): Reply {
    const now = Date.now();
    this.posts = this.posts.filter((t) => now - t < 1000);
    if (this.posts.length >= this.postsPerSecond) {
      throw new OciApiError(429, "TooManyRequests", `More than ${this.postsPerSecond} PostMetricData calls per second`);
    }
    this.posts.push(now);
    let details: { metricData?: unknown; batchAtomicity?: unknown };
    try {
      details = JSON.parse(request.body.toString()) as typeof details;
    } catch {
      throw new OciApiError(400, "InvalidParameter", "The request body must be JSON PostMetricDataDetails");
    }
    if (!Array.isArray(details.metricData) || details.metricData.length === 0) {
      throw new OciApiError(400, "InvalidParameter", "metricData is required and must not be empty");
    }
    const streams = new Set(details.metricData.map((m) => streamKey(m)));
    if (streams.size > MAX_METRIC_STREAMS_PER_REQUEST) {
      throw new OciApiError(
        400,
        "InvalidParameter",
        `${streams.size} unique metric streams; at most ${MAX_METRIC_STREAMS_PER_REQUEST} per request`,
      );
    }
    const results = details.metricData.map((m) => ({ metric: m, problem: problemOf(m, now) }));
    const failed = results.filter((r) => r.problem !== undefined);
    if (failed.length > 0 && (details.batchAtomicity === "ATOMIC" || failed.length === results.length)) {
      throw new OciApiError(400, "InvalidParameter", failed.map((f) => f.problem).join("; "));
    }
    for (const { metric, problem } of results) {
      if (problem !== undefined) continue;
      const m = metric as PostedMetric & { datapoints: { timestamp: string; value: number; count?: number }[] };
      this.metrics.push({
        namespace: m.namespace,
        compartmentId: m.compartmentId,
        name: m.name,
        dimensions: m.dimensions,
        datapoints: m.datapoints.map((d) => ({
          timestamp: new Date(d.timestamp),
          value: d.value,
          count: d.count ?? 1,
        })),
        principal: request.principal,
      });
    }
    return {
      body: {
        failedMetricsCount: failed.length,
        failedMetrics: failed.map((f) => ({ metricData: f.metric, message: f.problem })),
      },
    };
  }
}

function streamKey(metric: unknown): string {
  const m = metric as Partial<PostedMetric>;
  return JSON.stringify([m.namespace, m.compartmentId, m.name, Object.entries(m.dimensions ?? {}).sort()]);
}

/** Why one metric object is invalid, or undefined. */
function problemOf(metric: unknown, now: number): string | undefined {
  const m = metric as Record<string, unknown>;
  if (typeof m.namespace !== "string" || !NAMESPACE.test(m.namespace) || RESERVED_NAMESPACE.test(m.namespace)) {
    return `namespace ${JSON.stringify(m.namespace)} is invalid or reserved`;
  }
  if (typeof m.compartmentId !== "string" || !m.compartmentId.startsWith("ocid1.")) return "compartmentId is required";
  if (typeof m.name !== "string" || !METRIC_NAME.test(m.name)) return `name ${JSON.stringify(m.name)} is invalid`;
  const dimensions = m.dimensions as Record<string, unknown> | undefined;
  const entries = Object.entries(dimensions ?? {});
  if (entries.length < 1 || entries.length > MAX_DIMENSIONS) {
    return `${entries.length} dimensions; from 1 to ${MAX_DIMENSIONS} are allowed`;
  }
  for (const [key, value] of entries) {
    if (!DIMENSION_KEY.test(key)) return `dimension key ${JSON.stringify(key)} is invalid`;
    if (typeof value !== "string" || value.length === 0 || value.length > 512) {
      return `dimension ${key}: the value must be 1 to 512 characters`;
    }
  }
  if (!Array.isArray(m.datapoints) || m.datapoints.length === 0) return "datapoints are required";
  for (const d of m.datapoints as Record<string, unknown>[]) {
    const time = typeof d.timestamp === "string" ? Date.parse(d.timestamp) : NaN;
    if (Number.isNaN(time) || time < now - 2 * 3_600_000 || time > now + 10 * 60_000) {
      return `timestamp ${JSON.stringify(d.timestamp)} is not within 2 hours in the past and 10 minutes ahead`;
    }
    if (typeof d.value !== "number" || !Number.isFinite(d.value)) return "a datapoint value must be a number";
    if (d.count !== undefined && (typeof d.count !== "number" || d.count <= 0)) return "count must be above 0";
  }
  return undefined;
}

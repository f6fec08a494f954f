import { Token } from "cdktf";
import { checkMetric } from "./metric-catalog";

/**
 * MQL statistics this project uses (Monitoring Query Language reference, "Statistic":
 * https://docs.oracle.com/iaas/Content/Monitoring/Reference/mql.htm).
 */
export type MetricStatistic = "count" | "max" | "mean" | "min" | "rate" | "sum";

/** What a metric method's caller may change: how the data points are aggregated. */
export interface MetricOptions {
  /**
   * The aggregation applied to the data points of each interval.
   * @default - the owner's choice for the metric, usually "sum"
   */
  readonly statistic?: MetricStatistic;
  /**
   * The aggregation window, as MQL writes it: a number and `m`, `h` or `d` (`1m`, `5m`, `1h`).
   * @default - the owner's choice for the metric, usually "1m"
   */
  readonly interval?: string;
}

export interface MetricProps extends MetricOptions {
  /** The Monitoring namespace that holds the metric, e.g. `oci_streaming`. */
  readonly namespace: string;
  /** The metric's name as OCI documents it, e.g. `PutMessagesThroughput.Count`. */
  readonly metricName: string;
  /** The compartment of the resource that emits the metric: queries read metrics of one compartment. */
  readonly compartmentId: string;
  /** Dimension filters, in the order the query writes them, e.g. `{ resourceId: stream.streamId }`. */
  readonly dimensions: Readonly<Record<string, string>>;
  /**
   * The metric catalog entry the metric is checked against, for a namespace the config names (custom metrics).
   * @default - the namespace
   */
  readonly catalogNamespace?: string;
}

const INTERVAL = /^[1-9][0-9]*[mhd]$/;

/**
 * One OCI Monitoring metric of one resource, as its owner hands it out (`stream.metricPuts()`, `fn.metricErrors()`):
 * namespace, name, dimensions, statistic and interval, rendered as MQL. Checked against the metric catalog when it is
 * made, so that a metric or dimension OCI does not document fails synth instead of making an alarm that never fires.
 */
export class Metric {
  public readonly namespace: string;
  public readonly metricName: string;
  public readonly compartmentId: string;
  public readonly dimensions: Readonly<Record<string, string>>;
  public readonly statistic: MetricStatistic;
  public readonly interval: string;
  public readonly catalogNamespace: string;

  constructor(props: MetricProps) {
    this.namespace = props.namespace;
    this.metricName = props.metricName;
    this.compartmentId = props.compartmentId;
    this.dimensions = { ...props.dimensions };
    this.statistic = props.statistic ?? "sum";
    this.interval = props.interval ?? "1m";
    this.catalogNamespace = props.catalogNamespace ?? props.namespace;
    if (!Token.isUnresolved(this.interval) && !INTERVAL.test(this.interval)) {
      throw new Error(
        `Metric ${this.namespace}/${this.metricName}: interval must be a whole number of minutes, hours or days ` +
          `such as "1m", "5m" or "1h" (https://docs.oracle.com/iaas/Content/Monitoring/Reference/mql.htm). Received "${this.interval}"`,
      );
    }
    const problems = checkMetric(
      this.catalogNamespace,
      this.metricName,
      Object.entries(this.dimensions).map(([name, value]) => ({ name, value })),
    );
    if (problems.length > 0) {
      throw new Error(`Metric ${this.namespace}/${this.metricName}: ${problems.join("; ")}`);
    }
  }

  /** The same metric with another statistic or interval. */
  with(options: MetricOptions): Metric {
    return new Metric({
      ...this,
      statistic: options.statistic ?? this.statistic,
      interval: options.interval ?? this.interval,
    });
  }

  /**
   * The metric as an MQL query without a condition, e.g. `Name[1m]{resourceId = "<ocid>"}.sum()`; `statisticCall`
   * replaces the statistic with one that takes arguments, such as `absent(72h)`.
   */
  toMql(statisticCall = `${this.statistic}()`): string {
    const filters = Object.entries(this.dimensions).map(([name, value]) => `${name} = "${value}"`);
    const dimensions = filters.length > 0 ? `{${filters.join(", ")}}` : "";
    return `${this.metricName}[${this.interval}]${dimensions}.${statisticCall}`;
  }
}

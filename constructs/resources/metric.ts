import { Token } from "cdktf";
import { checkMetric } from "./metric-catalog";

/**
 * MQL statistics this project uses (Monitoring Query Language reference, "Statistic":
 * https://docs.oracle.com/iaas/Content/Monitoring/Reference/mql.htm). `absent` is a condition of its own: "The absent()
 * statistic ... returns 1 (true) when the metric is absent for the entire interval" (Creating an Absence Alarm,
 * https://docs.oracle.com/iaas/Content/Monitoring/Tasks/create-alarm-absence.htm), so an alarm on it has no threshold.
 */
export type MetricStatistic = "absent" | "count" | "max" | "mean" | "min" | "rate" | "sum";

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
  /**
   * With the `absent` statistic: how long Monitoring keeps reporting the metric absent after its last data point,
   * "from one minute (1m) to three days (3d or 72h)" (Customizing the Absence Detection Period, same page), e.g. `72h`.
   * @default - none written: Monitoring's own default
   */
  readonly absenceDetectionPeriod?: string;
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
   * The metric catalog's row the metric and its dimensions are checked against: custom metrics are posted in a
   * namespace the configuration names, and are checked against the project's own row whatever it is called.
   * @default - `namespace`
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
  public readonly absenceDetectionPeriod?: string;
  public readonly catalogNamespace: string;

  constructor(props: MetricProps) {
    this.namespace = props.namespace;
    this.metricName = props.metricName;
    this.compartmentId = props.compartmentId;
    this.dimensions = { ...props.dimensions };
    this.statistic = props.statistic ?? "sum";
    this.interval = props.interval ?? "1m";
    this.absenceDetectionPeriod = props.absenceDetectionPeriod;
    this.catalogNamespace = props.catalogNamespace ?? props.namespace;
    if (this.absenceDetectionPeriod !== undefined && this.statistic !== "absent") {
      throw new Error(
        `Metric ${this.namespace}/${this.metricName}: absenceDetectionPeriod applies to the absent statistic only, not ${this.statistic}`,
      );
    }
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
    const statistic = options.statistic ?? this.statistic;
    return new Metric({
      ...this,
      statistic,
      interval: options.interval ?? this.interval,
      // The period belongs to `absent`: another statistic drops it.
      absenceDetectionPeriod:
        statistic === "absent" ? (options.absenceDetectionPeriod ?? this.absenceDetectionPeriod) : undefined,
    });
  }

  /** The metric as an MQL query without a condition, e.g. `Name[1m]{resourceId = "<ocid>"}.sum()`. */
  toMql(): string {
    const filters = Object.entries(this.dimensions).map(([name, value]) => `${name} = "${value}"`);
    const dimensions = filters.length > 0 ? `{${filters.join(", ")}}` : "";
    return `${this.metricName}[${this.interval}]${dimensions}.${this.statistic}(${this.absenceDetectionPeriod ?? ""})`;
  }
}

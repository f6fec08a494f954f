import { Construct } from "constructs";
import { DEFAULT_METRICS_NAMESPACE } from "../../lib/data-sync/config";
import { DataSyncFunction, DELIVERY_METRICS } from "../../lib/data-sync/delivery-metrics";
import { Metric, MetricOptions } from "./metric";
import { Policies } from "./policies";
import { allow, Grantee, PolicyStatement } from "./policy-statement";

export interface CustomMetricsProps {
  /** The Monitoring namespace the functions post in (lib/data-sync/config.ts metricsNamespaceSchema). */
  readonly namespace: string;
  /** The compartment the metrics are posted in (each datapoint's `compartmentId`). */
  readonly compartmentId: string;
  /** The `deployment` dimension the functions put on every datapoint (their METRICS_DEPLOYMENT). */
  readonly deployment: string;
}

/**
 * A namespace of custom metrics that functions post with PostMetricData. Nothing is created in OCI (a namespace
 * exists once metrics are posted in it); the construct owns the grant to post and the metrics' identity for alarms
 * and the dashboard (lib/data-sync/delivery-metrics.ts documents each metric, its unit and its dimensions).
 */
export class CustomMetrics extends Construct {
  public readonly namespace: string;
  public readonly compartmentId: string;
  public readonly deployment: string;

  constructor(scope: Construct, id: string, props: CustomMetricsProps) {
    super(scope, id);
    this.namespace = props.namespace;
    this.compartmentId = props.compartmentId;
    this.deployment = props.deployment;
  }

  /**
   * Posting metrics in this namespace only. PostMetricData needs METRIC_WRITE, which `use metrics` holds, and
   * Monitoring supports `target.metrics.namespace` ("Details for Monitoring", IAM policy reference,
   * https://docs.oracle.com/iaas/Content/Identity/Reference/monitoringpolicyreference.htm; the documented form is
   * "Allow group <group-name> to use metrics in tenancy where target.metrics.namespace='<namespace-name>'",
   * https://docs.oracle.com/en-us/iaas/Content/bigdata/metrics-view-publish-custom-overview.htm).
   */
  grantPost(grantee: Grantee): PolicyStatement {
    return Policies.of(this).grant(
      allow(grantee, "use metrics", this.compartmentId, [`target.metrics.namespace = '${this.namespace}'`]),
    );
  }

  /** Messages the target answered 2xx, one series per function and target. */
  metricDelivered(options: MetricOptions = {}): Metric {
    return this.metric(DELIVERY_METRICS.delivered, undefined, options);
  }

  /** Messages recorded on the recoverable stream, to be retried. */
  metricFailedRecoverable(options: MetricOptions = {}): Metric {
    return this.metric(DELIVERY_METRICS.failedRecoverable, undefined, options);
  }

  /** Messages recorded on the unrecoverable stream: dead letters. */
  metricFailedUnrecoverable(options: MetricOptions = {}): Metric {
    return this.metric(DELIVERY_METRICS.failedUnrecoverable, undefined, options);
  }

  /** Milliseconds per call to a target, as a mean by default. */
  metricDeliveryLatency(options: MetricOptions = {}): Metric {
    return this.metric(DELIVERY_METRICS.latency, undefined, { ...options, statistic: options.statistic ?? "mean" });
  }

  /** Messages each retry run left on the recoverable stream, as a maximum by default. */
  metricBacklogMessages(options: MetricOptions = {}): Metric {
    return this.metric(DELIVERY_METRICS.backlogMessages, "retry", {
      ...options,
      statistic: options.statistic ?? "max",
    });
  }

  /** Seconds the oldest recoverable message had waited when a retry run read it, as a maximum by default. */
  metricBacklogOldestAgeSeconds(options: MetricOptions = {}): Metric {
    return this.metric(DELIVERY_METRICS.backlogOldestAgeSeconds, "retry", {
      ...options,
      statistic: options.statistic ?? "max",
    });
  }

  private metric(metricName: string, fn: DataSyncFunction | undefined, options: MetricOptions): Metric {
    return new Metric({
      namespace: this.namespace,
      // The namespace is configurable; its metrics and dimensions are the ones the catalog holds for the default.
      catalogNamespace: DEFAULT_METRICS_NAMESPACE,
      metricName,
      compartmentId: this.compartmentId,
      dimensions: { deployment: this.deployment, ...(fn ? { function: fn } : {}) },
      ...options,
    });
  }
}

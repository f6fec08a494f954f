import { Construct } from "constructs";
import { DEFAULT_METRICS_NAMESPACE } from "../../lib/data-sync/config";
import { Metric, MetricOptions } from "./metric";
import { Policies } from "./policies";
import { allow, Grantee, PolicyStatement } from "./policy-statement";

export interface CustomMetricsProps {
  /** The Monitoring namespace the functions post in (lib/data-sync/config.ts metricsNamespaceSchema). */
  readonly namespace: string;
  /** The compartment the metrics are posted in (each datapoint's `compartmentId`). */
  readonly compartmentId: string;
}

/**
 * A namespace of custom metrics that functions post with PostMetricData. Nothing is created in OCI (a namespace
 * exists once metrics are posted in it); the construct owns the grant to post and the metrics' identity for alarms.
 */
export class CustomMetrics extends Construct {
  public readonly namespace: string;
  public readonly compartmentId: string;

  constructor(scope: Construct, id: string, props: CustomMetricsProps) {
    super(scope, id);
    this.namespace = props.namespace;
    this.compartmentId = props.compartmentId;
  }

  /**
   * One metric of this namespace, as the functions post it (lib/data-sync/delivery-metrics.ts): checked against the
   * project's own row of the metric catalog, whatever the namespace is called.
   */
  metric(metricName: string, dimensions: Readonly<Record<string, string>>, options: MetricOptions = {}): Metric {
    return new Metric({
      namespace: this.namespace,
      catalogNamespace: DEFAULT_METRICS_NAMESPACE,
      metricName,
      compartmentId: this.compartmentId,
      dimensions,
      ...options,
    });
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
}

import { Token } from "cdktf";

/**
 * The OCI Monitoring metrics that alarms of this project may query: per namespace, the metric names and the
 * dimensions OCI documents for it, each with the page it comes from. An alarm whose query names a metric or a
 * dimension that is not here would never fire (OCI accepts the query and finds no data), so every `Metric` is checked
 * against this table when it is made (a wrong metric fails synth), and every alarm of every synthesized stack again
 * (`__tests__/alarm-metrics.test.ts`). Add a row only with its source.
 */

import { DEFAULT_METRICS_NAMESPACE } from "../../lib/data-sync/config";
import { DELIVERY_METRICS } from "../../lib/data-sync/delivery-metric-names";

export interface MetricDimension {
  /** The dimension's name as MQL writes it, e.g. `resourceId`. */
  readonly name: string;
  /** The Terraform resource type whose OCID the dimension holds, when it holds one. */
  readonly resourceType?: string;
  /** The values OCI documents, when it lists them. */
  readonly values?: readonly string[];
}

export interface MetricNamespace {
  /** The documentation page of the namespace's metrics and dimensions. */
  readonly source: string;
  readonly metrics: readonly string[];
  readonly dimensions: readonly MetricDimension[];
}

export const METRIC_CATALOG: Readonly<Record<string, MetricNamespace>> = {
  oci_streaming: {
    source: "https://docs.oracle.com/en-us/iaas/Content/Streaming/Reference/metric-ref.htm",
    metrics: [
      "PutMessagesLatency.Time",
      "PutMessagesThroughput.Bytes",
      "PutMessagesThroughput.Count",
      "PutMessagesThrottling.Count",
      "PutMessagesSuccess.Count",
      "PutMessagesFault.Count",
      "PutMessagesRecords.Count",
      "GetMessagesThroughput.Count",
    ],
    dimensions: [{ name: "region" }, { name: "resourceId", resourceType: "oci_streaming_stream" }],
  },
  oci_faas: {
    source: "https://docs.oracle.com/en-us/iaas/Content/Functions/Reference/functionsmetrics.htm",
    metrics: ["FunctionInvocationCount", "FunctionExecutionDuration", "FunctionResponseCount"],
    dimensions: [
      { name: "applicationId", resourceType: "oci_functions_application" },
      { name: "applicationShape" },
      { name: "compartmentId" },
      { name: "invokeType", values: ["Sync", "Detached"] },
      { name: "resourceDisplayName" },
      { name: "resourceId", resourceType: "oci_functions_function" },
      { name: "resourceName" },
      { name: "responseType", values: ["Success", "Error", "Throttled"] },
    ],
  },
  oci_service_connector_hub: {
    // The connector metrics carry connectorId, not resourceId (Connector Hub Metrics Reference, "Dimensions").
    source: "https://docs.oracle.com/en-us/iaas/Content/connector-hub/metrics-reference.htm",
    metrics: ["ErrorsAtSource", "ErrorsAtTask", "ErrorsAtTarget", "DataFreshness"],
    dimensions: [
      { name: "connectorId", resourceType: "oci_sch_service_connector" },
      { name: "connectorName" },
      { name: "errorCode" },
      { name: "errorType" },
    ],
  },
  // This project's own metrics, posted by process and retry (dataSync.metrics.namespace; its default here).
  [DEFAULT_METRICS_NAMESPACE]: {
    source:
      "lib/data-sync/delivery-metrics.ts (PostMetricData, https://docs.oracle.com/iaas/Content/Monitoring/Tasks/publishingcustommetrics.htm)",
    metrics: Object.values(DELIVERY_METRICS),
    dimensions: [{ name: "deployment" }, { name: "function", values: ["process", "retry"] }, { name: "target" }],
  },
  oci_apigateway: {
    source: "https://docs.oracle.com/en-us/iaas/Content/APIGateway/Reference/apigatewaymetrics.htm",
    metrics: ["HttpRequests", "HttpResponses", "BackendHttpResponses", "Latency", "IntegrationLatency"],
    dimensions: [
      { name: "resourceId", resourceType: "oci_apigateway_gateway" },
      { name: "deploymentId", resourceType: "oci_apigateway_deployment" },
      { name: "route" },
      { name: "httpMethodType" },
      { name: "httpStatusCode" },
      { name: "httpStatusCategory" },
    ],
  },
};

/** What an alarm query reads: `Metric[interval]{dimension = "value", ...}.statistic() ...`. */
export interface AlarmQuery {
  readonly metric: string;
  readonly interval: string;
  readonly dimensions: readonly { readonly name: string; readonly operator: string; readonly value: string }[];
  readonly statistic: string;
}

const QUERY = /^\s*([A-Za-z][A-Za-z0-9_.]*)\[([0-9]+[mhd])\](?:\{(.*)\})?\.([a-z]+)\(/s;
const DIMENSION = /^\s*([A-Za-z][A-Za-z0-9_]*)\s*(=|!=)\s*"([^"]*)"\s*$/;

/** Parses the metric, interval, dimension filters and statistic of an MQL alarm query, or says what it cannot read. */
export function parseAlarmQuery(query: string): { ok: true; query: AlarmQuery } | { ok: false; problem: string } {
  const match = QUERY.exec(query);
  if (!match) return { ok: false, problem: `cannot read metric[interval]{dimensions}.statistic() in "${query}"` };
  const [, metric, interval, filter, statistic] = match;
  const dimensions = [];
  // Values are double-quoted OCIDs, Terraform references or words: none holds a comma or a quote.
  for (const part of filter === undefined || filter.trim() === "" ? [] : filter.split(",")) {
    const dimension = DIMENSION.exec(part);
    if (!dimension) return { ok: false, problem: `cannot read the dimension filter "${part.trim()}" in "${query}"` };
    dimensions.push({ name: dimension[1], operator: dimension[2], value: dimension[3] });
  }
  return { ok: true, query: { metric, interval, dimensions, statistic } };
}

/**
 * Whether a value is Terraform's reference to the `id` of a resource of `type`, `${type.name.id}`: another attribute
 * of the same resource (a stream's `stream_pool_id`) holds some other OCID.
 */
function isIdReference(type: string, value: string): boolean {
  const parts = value.split(".");
  return parts.length === 3 && parts[0] === `\${${type}` && parts[2] === "id}";
}

/**
 * Every way a metric departs from what OCI documents for its namespace; empty when none. A dimension value that is a
 * token (an OCID known only at apply) passes the value checks: the synthesized query is checked again with the
 * reference in place (`checkAlarmQuery`).
 */
export function checkMetric(
  namespace: string,
  metric: string,
  dimensions: readonly { readonly name: string; readonly value: string }[],
): string[] {
  const catalog = METRIC_CATALOG[namespace];
  if (!catalog) {
    return [`namespace "${namespace}" is not in the metric catalog (known: ${Object.keys(METRIC_CATALOG).join(", ")})`];
  }
  const problems: string[] = [];
  if (!catalog.metrics.includes(metric)) {
    problems.push(
      `metric "${metric}" is not a documented ${namespace} metric (${catalog.metrics.join(", ")}; ${catalog.source})`,
    );
  }
  for (const { name, value } of dimensions) {
    const dimension = catalog.dimensions.find((d) => d.name === name);
    if (!dimension) {
      problems.push(
        `dimension "${name}" is not a documented ${namespace} dimension (${catalog.dimensions.map((d) => d.name).join(", ")}; ${catalog.source})`,
      );
      continue;
    }
    if (Token.isUnresolved(value)) continue;
    if (dimension.values && !dimension.values.includes(value)) {
      problems.push(`dimension ${name} = "${value}" is not one of ${dimension.values.join(", ")} (${catalog.source})`);
    }
    if (dimension.resourceType && !isIdReference(dimension.resourceType, value) && !value.startsWith("ocid1.")) {
      problems.push(
        `dimension ${name} = "${value}" must hold the OCID of a ${dimension.resourceType} (${catalog.source})`,
      );
    }
  }
  return problems;
}

/** Every way an alarm's query departs from what OCI documents for its namespace; empty when none. */
export function checkAlarmQuery(namespace: string, query: string): string[] {
  const parsed = parseAlarmQuery(query);
  if (!parsed.ok) {
    return METRIC_CATALOG[namespace] ? [parsed.problem] : checkMetric(namespace, "", []);
  }
  return checkMetric(namespace, parsed.query.metric, parsed.query.dimensions);
}

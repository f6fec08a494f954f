import { AlarmsConfig } from "../../config/schema";
import { DELIVERY_METRICS } from "../../lib/data-sync/delivery-metrics";
import { ContainerFunction } from "../resources/container-function";
import { CustomMetrics } from "../resources/custom-metrics";
import { ServiceConnector } from "../resources/service-connector";
import { AlarmDefinition } from "./alarms";

/**
 * Every operations alarm of the data sync, in one place. Each query is built by `mql` from a metric, its owner's
 * dimension and a trigger rule, never written by hand, and every one is checked against the documented metric and
 * dimension table (constructs/resources/metric-catalog.ts, __tests__/alarm-metrics.test.ts).
 *
 * To port onto metric methods on the constructs (`fn.metricErrors()`, `connector.metricFreshness()`): each helper
 * below (`functionResponses`, `connectorMetric`, `apiResponses`, `customMetric`) is one such method's body.
 */

/** One MQL query: `Metric[interval]{dimension = "value", ...}.statistic() <rule>`; `statistic` may carry its arguments. */
export function mql(
  metric: string,
  interval: string,
  dimensions: Record<string, string>,
  statistic: string,
  rule = "",
): string {
  const filter = Object.entries(dimensions)
    .map(([name, value]) => `${name} = "${value}"`)
    .join(", ");
  const call = statistic.includes("(") ? statistic : `${statistic}()`;
  return `${metric}[${interval}]${filter ? `{${filter}}` : ""}.${call}${rule ? ` ${rule}` : ""}`;
}

export interface DataSyncAlarmsInput {
  readonly settings: AlarmsConfig;
  /** Every function of the stack, by name: each gets its errors and throttles alarms. */
  readonly functions: Readonly<Record<string, ContainerFunction>>;
  readonly functionsCompartmentId: string;
  readonly processConnector: ServiceConnector;
  readonly archiveConnector: ServiceConnector;
  readonly connectorCompartmentId: string;
  readonly gatewayId: string;
  readonly gatewayCompartmentId: string;
  readonly metrics: CustomMetrics;
  /** `deployment` dimension value of the custom metrics. */
  readonly deployment: string;
  readonly recoverableRetentionInHours: number;
  /** Minutes between scheduled retry runs; undefined when no schedule runs it. */
  readonly retryIntervalInMinutes?: number;
  /** The target names (dataSync.targets): each gets its own failure alarms, on the `target` dimension. */
  readonly targets: readonly string[];
}

/** Functions report errors and throttles as FunctionResponseCount by responseType (Functions Metrics reference). */
function functionResponses(fn: ContainerFunction, responseType: "Error" | "Throttled", threshold: number): string {
  return mql("FunctionResponseCount", "5m", { resourceId: fn.functionId, responseType }, "sum", `> ${threshold}`);
}

/** Connector Hub metrics carry connectorId, not resourceId (Connector Hub Metrics Reference, "Dimensions"). */
function connectorMetric(connector: ServiceConnector, metric: string, statistic: string, rule: string): string {
  return mql(metric, "5m", { connectorId: connector.connectorId }, statistic, rule);
}

function apiResponses(gatewayId: string, category: "4xx" | "5xx", threshold: number): string {
  return mql("HttpResponses", "5m", { resourceId: gatewayId, httpStatusCategory: category }, "sum", `> ${threshold}`);
}

export function dataSyncAlarms(input: DataSyncAlarmsInput): AlarmDefinition[] {
  const { settings: s, metrics } = input;
  const alarms: AlarmDefinition[] = [];
  const custom = (name: string, query: string, severity: AlarmDefinition["severity"], body: string) =>
    alarms.push({
      name,
      namespace: metrics.namespace,
      metricCompartmentId: metrics.compartmentId,
      query,
      severity,
      body,
    });
  const retryDims = { deployment: input.deployment, function: "retry" };

  if (s.recoverableBacklogAge.enabled) {
    const retention = input.recoverableRetentionInHours;
    const afterHours = retention * s.recoverableBacklogAge.retentionShare;
    const hoursLeft = Math.round((retention - afterHours) * 10) / 10;
    custom(
      "recoverable-backlog-age",
      mql(DELIVERY_METRICS.backlogOldestAgeSeconds, "5m", retryDims, "max", `> ${Math.round(afterHours * 3600)}`),
      "CRITICAL",
      `The oldest message on the recoverable stream has waited more than ${afterHours} h of the stream's ` +
        `${retention} h retention: about ${hoursLeft} hours are left before OCI deletes it. Fix the target, then ` +
        "replay with POST /v1/retry (operator token) or npm run ops -- status to see the backlog.",
    );
  }
  if (s.retryNotRunning.enabled && input.retryIntervalInMinutes !== undefined) {
    // Each scheduled run posts its backlog, 0 included. "The absent() statistic ... returns 1 (true) when the metric
    // is absent for the entire interval", and keeps doing so for the absence detection period, "from one minute (1m)
    // to three days (3d or 72h)" (Creating an Absence Alarm; Customizing the Absence Detection Period,
    // https://docs.oracle.com/iaas/Content/Monitoring/Tasks/create-alarm-absence.htm): a window of three intervals
    // (MQL intervals stop at 60m, so a pending duration makes up the rest, itself at most PT1H), detected for 72 h.
    const silentMinutes = 3 * input.retryIntervalInMinutes;
    const window = Math.min(60, silentMinutes);
    const pending = Math.min(60, Math.max(1, silentMinutes - window));
    alarms.push({
      name: "retry-not-running",
      namespace: metrics.namespace,
      metricCompartmentId: metrics.compartmentId,
      query: mql(DELIVERY_METRICS.backlogMessages, `${window}m`, retryDims, "absent(72h)"),
      severity: "ERROR",
      body:
        `The scheduled retry published nothing for about ${window + pending} minutes: recoverable messages are not ` +
        "being retried and expire at the end of the stream's retention. Read the retry function's log and the " +
        "schedule's work requests.",
      pendingDuration: `PT${pending}M`,
    });
  }

  if (s.targetFailures.enabled) {
    for (const target of input.targets) {
      const dims = { deployment: input.deployment, target };
      custom(
        `target-${target}-failures`,
        mql(DELIVERY_METRICS.failedRecoverable, "5m", dims, "sum", `> ${s.targetFailures.threshold}`),
        "WARNING",
        `Deliveries to target ${target} failed and wait on the recoverable stream (their error records name the ` +
          "target and the client). Check the target, its credential and its status mapping; the retry replays them.",
      );
      custom(
        `target-${target}-dead-letters`,
        mql(DELIVERY_METRICS.failedUnrecoverable, "5m", dims, "sum", "> 0"),
        "ERROR",
        `Messages for target ${target} were dead-lettered: npm run ops -- replay lists the dead letters, each ` +
          "with its target, client and error.",
      );
    }
  }

  const connectors: [string, ServiceConnector][] = [
    ["connector", input.processConnector],
    ["archive-connector", input.archiveConnector],
  ];
  for (const [name, connector] of connectors) {
    const push = (suffix: string, query: string, body: string, pendingDuration?: string) =>
      alarms.push({
        name: `${name}-${suffix}`,
        namespace: "oci_service_connector_hub",
        metricCompartmentId: input.connectorCompartmentId,
        query,
        severity: "ERROR",
        body,
        pendingDuration,
      });
    if (s.connectorErrors.enabled) {
      push(
        "target-errors",
        connectorMetric(connector, "ErrorsAtTarget", "sum", "> 0"),
        `The ${name} could not write to its target. Read its run log.`,
      );
      push(
        "source-errors",
        connectorMetric(connector, "ErrorsAtSource", "sum", "> 0"),
        `The ${name} could not read its stream. Read its run log.`,
      );
    }
    if (s.connectorFreshness.enabled) {
      // DataFreshness is the age of the latest data the connector moved, in milliseconds (secondary source: a
      // landing-zone alarm "DataFreshness[1h]...mean() > 43200000", "12 hours in milliseconds"; Oracle's metric
      // table was not retrievable). Oracle recommends a trigger delay of 30 minutes or more for data-freshness
      // failures (Connector Hub troubleshooting), hence the pending duration.
      push(
        "freshness",
        connectorMetric(connector, "DataFreshness", "max", `> ${s.connectorFreshness.thresholdMinutes * 60_000}`),
        `The ${name} is more than ${s.connectorFreshness.thresholdMinutes} minutes behind its stream.`,
        "PT30M",
      );
    }
  }

  for (const [name, fn] of Object.entries(input.functions)) {
    const push = (suffix: string, query: string, body: string) =>
      alarms.push({
        name: `${name}-${suffix}`,
        namespace: "oci_faas",
        metricCompartmentId: input.functionsCompartmentId,
        query,
        severity: "ERROR",
        body,
      });
    if (s.functionErrors.enabled) {
      push(
        "errors",
        functionResponses(fn, "Error", s.functionErrors.threshold),
        `The ${name} function answered with errors. Read its invocation log.`,
      );
    }
    if (s.functionThrottles.enabled) {
      push(
        "throttles",
        functionResponses(fn, "Throttled", s.functionThrottles.threshold),
        `Invocations of the ${name} function were throttled (429): raise its concurrency or the tenancy's limit.`,
      );
    }
  }

  const api = (name: string, category: "4xx" | "5xx", threshold: number, severity: AlarmDefinition["severity"]) =>
    alarms.push({
      name,
      namespace: "oci_apigateway",
      metricCompartmentId: input.gatewayCompartmentId,
      query: apiResponses(input.gatewayId, category, threshold),
      severity,
      body:
        category === "5xx"
          ? "The API answered 5xx. Read the API execution log and the function logs."
          : `The API answered more than ${threshold} 4xx in 5 minutes: a client sends bad requests or bad tokens.`,
    });
  if (s.api5xx.enabled) api("api-5xx", "5xx", s.api5xx.threshold, "ERROR");
  if (s.api4xx.enabled) api("api-4xx", "4xx", s.api4xx.threshold, "WARNING");
  return alarms;
}

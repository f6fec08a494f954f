import { AlarmsConfig } from "../../config/schema";
import { ContainerFunction } from "../resources/container-function";
import { CustomMetrics } from "../resources/custom-metrics";
import { MessagesApi } from "../resources/messages-api";
import { ServiceConnector } from "../resources/service-connector";
import { AlarmDefinition, MetricAlarmDefinition } from "./alarms";

/**
 * Every operations alarm of the data sync, in one place. Each is built from the metric method of the construct that
 * owns the metric (`fn.metricErrors()`, `connector.metricDataFreshness()`, `api.metricResponses("4xx")`,
 * `metrics.metricBacklogOldestAgeSeconds()`), never from MQL written here, and every metric is checked against the
 * documented metric and dimension table when it is made (constructs/resources/metric-catalog.ts) and again on every
 * synthesized stack (__tests__/alarm-metrics.test.ts).
 */

export interface DataSyncAlarmsInput {
  readonly settings: AlarmsConfig;
  /** Every function of the stack, by name: each gets its errors and throttles alarms. */
  readonly functions: Readonly<Record<string, ContainerFunction>>;
  readonly processConnector: ServiceConnector;
  readonly archiveConnector: ServiceConnector;
  /** The connector that copies the data stream for audit, when there is one. */
  readonly auditConnector?: ServiceConnector;
  readonly api: MessagesApi;
  readonly metrics: CustomMetrics;
  readonly recoverableRetentionInHours: number;
  /** Minutes between scheduled retry runs; undefined when no schedule runs it. */
  readonly retryIntervalInMinutes?: number;
}

/** Alarms count over five minutes: a burst is one notification, not five. */
const WINDOW = { interval: "5m" } as const;

export function dataSyncAlarms(input: DataSyncAlarmsInput): AlarmDefinition[] {
  const { settings: s, metrics } = input;
  const alarms: AlarmDefinition[] = [];

  if (s.recoverableBacklogAge.enabled) {
    const retention = input.recoverableRetentionInHours;
    const afterHours = retention * s.recoverableBacklogAge.retentionShare;
    const hoursLeft = Math.round((retention - afterHours) * 10) / 10;
    alarms.push({
      name: "recoverable-backlog-age",
      metric: metrics.metricBacklogOldestAgeSeconds(WINDOW),
      threshold: Math.round(afterHours * 3600),
      severity: "CRITICAL",
      body:
        `The oldest message on the recoverable stream has waited more than ${afterHours} h of the stream's ` +
        `${retention} h retention: about ${hoursLeft} hours are left before OCI deletes it. Fix the target, then ` +
        "replay with POST /v1/retry (operator token) or npm run ops -- status to see the backlog.",
    });
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
    const backlog = metrics.metricBacklogMessages({ interval: `${window}m` });
    alarms.push({
      name: "retry-not-running",
      namespace: backlog.namespace,
      metricCompartmentId: backlog.compartmentId,
      query: backlog.toMql("absent(72h)"),
      severity: "ERROR",
      body:
        `The scheduled retry published nothing for about ${window + pending} minutes: recoverable messages are not ` +
        "being retried and expire at the end of the stream's retention. Read the retry function's log and the " +
        "schedule's work requests.",
      pendingDuration: `PT${pending}M`,
    });
  }

  const connectors: [string, ServiceConnector | undefined][] = [
    ["connector", input.processConnector],
    ["archive-connector", input.archiveConnector],
    ["audit-connector", input.auditConnector],
  ];
  for (const [name, connector] of connectors) {
    if (!connector) continue;
    const error = (suffix: string, definition: Omit<MetricAlarmDefinition, "name" | "severity">) =>
      alarms.push({ name: `${name}-${suffix}`, severity: "ERROR", ...definition });
    if (s.connectorErrors.enabled) {
      error("target-errors", {
        metric: connector.metricErrorsAtTarget(WINDOW),
        body: `The ${name} could not write to its target. Read its run log.`,
      });
      error("source-errors", {
        metric: connector.metricErrorsAtSource(WINDOW),
        body: `The ${name} could not read its stream. Read its run log.`,
      });
    }
    if (s.connectorFreshness.enabled) {
      // DataFreshness is the age of the latest data the connector moved, in milliseconds (secondary source: a
      // landing-zone alarm "DataFreshness[1h]...mean() > 43200000", "12 hours in milliseconds"; Oracle's metric
      // table was not retrievable). Oracle recommends a trigger delay of 30 minutes or more for data-freshness
      // failures (Connector Hub troubleshooting), hence the pending duration.
      error("freshness", {
        metric: connector.metricDataFreshness(WINDOW),
        threshold: s.connectorFreshness.thresholdMinutes * 60_000,
        body: `The ${name} is more than ${s.connectorFreshness.thresholdMinutes} minutes behind its stream.`,
        pendingDuration: "PT30M",
      });
    }
  }

  for (const [name, fn] of Object.entries(input.functions)) {
    if (s.functionErrors.enabled) {
      alarms.push({
        name: `${name}-errors`,
        metric: fn.metricErrors(WINDOW),
        threshold: s.functionErrors.threshold,
        severity: "ERROR",
        body: `The ${name} function answered with errors. Read its invocation log.`,
      });
    }
    if (s.functionThrottles.enabled) {
      alarms.push({
        name: `${name}-throttles`,
        metric: fn.metricThrottles(WINDOW),
        threshold: s.functionThrottles.threshold,
        severity: "ERROR",
        body: `Invocations of the ${name} function were throttled (429): raise its concurrency or the tenancy's limit.`,
      });
    }
  }

  if (s.api5xx.enabled) {
    alarms.push({
      name: "api-5xx",
      metric: input.api.metricResponses("5xx", WINDOW),
      threshold: s.api5xx.threshold,
      severity: "ERROR",
      body: "The API answered 5xx. Read the API execution log and the function logs.",
    });
  }
  if (s.api4xx.enabled) {
    alarms.push({
      name: "api-4xx",
      metric: input.api.metricResponses("4xx", WINDOW),
      threshold: s.api4xx.threshold,
      severity: "WARNING",
      body: `The API answered more than ${s.api4xx.threshold} 4xx in 5 minutes: a client sends bad requests or bad tokens.`,
    });
  }
  return alarms;
}

import { AlarmsConfig } from "../../config/schema";
import { DELIVERY_METRICS } from "../../lib/data-sync/delivery-metric-names";
import { IFunction } from "../resources/container-function";
import { CustomMetrics } from "../resources/custom-metrics";
import { MessagesApi } from "../resources/messages-api";
import { ServiceConnector } from "../resources/service-connector";
import { requireResolved } from "../resources/range-check";
import { AlarmDefinition } from "./alarms";

/**
 * Every operations alarm of the data sync, in one place. Each watches a metric object from the method of the construct
 * that owns the metric (`fn.metricErrors()`, `connector.metricDataFreshness()`, `api.metricResponses()`,
 * `metrics.metric()`), never a query written here; every metric is checked against the documented metric and
 * dimension table when it is made (constructs/resources/metric-catalog.ts), and every synthesized alarm again
 * (__tests__/alarm-metrics.test.ts).
 */

/** Every alarm here aggregates over five minutes. */
const INTERVAL = "5m";

export interface DataSyncAlarmsInput {
  /** The `dataSync.alarms` settings: which alarms exist and their thresholds. */
  readonly settings: AlarmsConfig;
  /** Every function of the stack, by name: each gets its errors and throttles alarms. */
  readonly functions: Readonly<Record<string, IFunction>>;
  /** The connector from the data stream to the process function. */
  readonly processConnector: ServiceConnector;
  /** The connector from the unrecoverable stream to the archive bucket. */
  readonly archiveConnector: ServiceConnector;
  /** The connector that copies the data stream to the audit bucket, when `auditArchive` is on. */
  readonly auditConnector?: ServiceConnector;
  /** The messages API, whose 4xx and 5xx responses are watched. */
  readonly api: MessagesApi;
  /** The custom metrics process and retry post. */
  readonly metrics: CustomMetrics;
  /** `deployment` dimension value of the custom metrics. */
  readonly deployment: string;
  /** The recoverable stream's retention: the backlog alarm fires at a share of it. */
  readonly recoverableRetentionInHours: number;
  /** Minutes between scheduled retry runs; undefined when no schedule runs it. */
  readonly retryIntervalInMinutes?: number;
  /** The target names (dataSync.targets): each gets its own failure alarms, on the `target` dimension. */
  readonly targets: readonly string[];
}

export function dataSyncAlarms(input: DataSyncAlarmsInput): AlarmDefinition[] {
  const { settings: s, metrics } = input;
  const alarms: AlarmDefinition[] = [];
  const retryDimensions = { deployment: input.deployment, function: "retry" };

  if (s.recoverableBacklogAge.enabled) {
    const retention = input.recoverableRetentionInHours;
    // The threshold and the body are computed from it.
    requireResolved("DataSync alarms", "the recoverable stream's retentionInHours", retention);
    const afterHours = retention * s.recoverableBacklogAge.retentionShare;
    const hoursLeft = Math.round((retention - afterHours) * 10) / 10;
    alarms.push({
      name: "recoverable-backlog-age",
      metric: metrics.metric(DELIVERY_METRICS.backlogOldestAgeSeconds, retryDimensions, {
        statistic: "max",
        interval: INTERVAL,
      }),
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
    alarms.push({
      name: "retry-not-running",
      metric: metrics.metric(DELIVERY_METRICS.backlogMessages, retryDimensions, {
        statistic: "absent",
        interval: `${window}m`,
        absenceDetectionPeriod: "72h",
      }),
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
      const dimensions = { deployment: input.deployment, target };
      alarms.push({
        name: `target-${target}-failures`,
        metric: metrics.metric(DELIVERY_METRICS.failedRecoverable, dimensions, {
          statistic: "sum",
          interval: INTERVAL,
        }),
        threshold: s.targetFailures.threshold,
        severity: "WARNING",
        body:
          `Deliveries to target ${target} failed and wait on the recoverable stream (their error records name the ` +
          "target and the client). Check the target, its credential and its status mapping; the retry replays them.",
      });
      alarms.push({
        name: `target-${target}-dead-letters`,
        metric: metrics.metric(DELIVERY_METRICS.failedUnrecoverable, dimensions, {
          statistic: "sum",
          interval: INTERVAL,
        }),
        threshold: 0,
        severity: "ERROR",
        body:
          `Messages for target ${target} were dead-lettered: npm run ops -- replay lists the dead letters, each ` +
          "with its target, client and error.",
      });
    }
  }

  const connectors: [string, ServiceConnector | undefined][] = [
    ["connector", input.processConnector],
    ["archive-connector", input.archiveConnector],
    ["audit-connector", input.auditConnector],
  ];
  for (const [name, connector] of connectors) {
    if (!connector) continue;
    if (s.connectorErrors.enabled) {
      alarms.push({
        name: `${name}-target-errors`,
        metric: connector.metricErrorsAtTarget({ interval: INTERVAL }),
        severity: "ERROR",
        body: `The ${name} could not write to its target. Read its run log.`,
      });
      alarms.push({
        name: `${name}-source-errors`,
        metric: connector.metricErrorsAtSource({ interval: INTERVAL }),
        severity: "ERROR",
        body: `The ${name} could not read its stream. Read its run log.`,
      });
    }
    if (s.connectorFreshness.enabled) {
      // DataFreshness is the age of the latest data the connector moved, in milliseconds (secondary source: a
      // landing-zone alarm "DataFreshness[1h]...mean() > 43200000", "12 hours in milliseconds"; Oracle's metric
      // table was not retrievable). Oracle recommends a trigger delay of 30 minutes or more for data-freshness
      // failures (Connector Hub troubleshooting), hence the pending duration.
      alarms.push({
        name: `${name}-freshness`,
        metric: connector.metricDataFreshness({ interval: INTERVAL }),
        threshold: s.connectorFreshness.thresholdMinutes * 60_000,
        severity: "ERROR",
        body: `The ${name} is more than ${s.connectorFreshness.thresholdMinutes} minutes behind its stream.`,
        pendingDuration: "PT30M",
      });
    }
  }

  for (const [name, fn] of Object.entries(input.functions)) {
    if (s.functionErrors.enabled) {
      alarms.push({
        name: `${name}-errors`,
        metric: fn.metricErrors({ interval: INTERVAL }),
        threshold: s.functionErrors.threshold,
        severity: "ERROR",
        body: `The ${name} function answered with errors. Read its invocation log.`,
      });
    }
    if (s.functionThrottles.enabled) {
      alarms.push({
        name: `${name}-throttles`,
        metric: fn.metricThrottles({ interval: INTERVAL }),
        threshold: s.functionThrottles.threshold,
        severity: "ERROR",
        body: `Invocations of the ${name} function were throttled (429): raise its concurrency or the tenancy's limit.`,
      });
    }
  }

  const api = (category: "4xx" | "5xx", threshold: number, severity: AlarmDefinition["severity"], body: string) =>
    alarms.push({
      name: `api-${category}`,
      metric: input.api.metricResponses(category, { interval: INTERVAL }),
      threshold,
      severity,
      body,
    });
  if (s.api5xx.enabled) {
    api("5xx", s.api5xx.threshold, "ERROR", "The API answered 5xx. Read the API execution log and the function logs.");
  }
  if (s.api4xx.enabled) {
    const { threshold } = s.api4xx;
    api(
      "4xx",
      threshold,
      "WARNING",
      `The API answered more than ${threshold} 4xx in 5 minutes: a client sends bad requests or bad tokens.`,
    );
  }
  return alarms;
}

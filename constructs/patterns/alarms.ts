import { Token } from "cdktf";
import { Construct } from "constructs";
import { MonitoringAlarm } from "../../.gen/providers/oci/monitoring-alarm";
import { Metric } from "../resources/metric";

/** MQL's comparison operators for an alarm condition (Monitoring Query Language reference, "Predicate"). */
export type AlarmComparison = ">" | ">=" | "<" | "<=" | "==" | "!=";

interface AlarmBase {
  /** Construct id and display-name suffix. */
  readonly name: string;
  /** How urgent the notification is, as OCI Monitoring grades alarms. */
  readonly severity: "CRITICAL" | "ERROR" | "WARNING" | "INFO";
  /** What an operator should do: sent with the notification. */
  readonly body: string;
  /**
   * How long the condition must hold before the alarm fires (ISO 8601, PT1M to PT1H: CreateAlarmDetails.pendingDuration).
   * @default "PT1M"
   */
  readonly pendingDuration?: string;
}

/** An alarm on a metric object from the method of the construct that owns it, e.g. `fn.metricErrors()`. */
export interface MetricAlarmDefinition extends AlarmBase {
  /** What the alarm watches; its namespace, compartment and MQL come from it. */
  readonly metric: Metric;
  /**
   * The alarm fires when the metric compares to this value as `comparison` says.
   * @default 0
   */
  readonly threshold?: number;
  /**
   * How the metric is compared with the threshold.
   * @default ">"
   */
  readonly comparison?: AlarmComparison;
}

/**
 * An alarm on an MQL query written by the caller, for what metric objects do not express; its query is still checked
 * against the catalog at test time. The project's own alarms all use metric objects.
 */
export interface QueryAlarmDefinition extends AlarmBase {
  /** Monitoring namespace, e.g. `oci_streaming`. */
  readonly namespace: string;
  /** The compartment whose metrics the query reads. */
  readonly metricCompartmentId: string;
  /** MQL, e.g. `PutMessagesThroughput.Count[1m]{resourceId = "<ocid>"}.sum() > 0`. */
  readonly query: string;
}

export type AlarmDefinition = MetricAlarmDefinition | QueryAlarmDefinition;

export interface AlarmsProps {
  /** Compartment of the alarms, where they are listed and managed. */
  readonly compartmentId: string;
  /** Prefix of every alarm's display name. */
  readonly namePrefix: string;
  /** Topic that receives every alarm's notifications. */
  readonly topicId: string;
  /** The alarms to create, each with its metric query, severity and body. */
  readonly alarms: AlarmDefinition[];
}

/** The MQL alarm query of a definition: its metric's query and the condition. */
export function alarmQuery(alarm: AlarmDefinition): string {
  if (!("metric" in alarm)) return alarm.query;
  if (alarm.metric.statistic === "absent") {
    // absent() is the condition itself (1 while the metric is absent): a threshold would be a second condition.
    if (alarm.threshold !== undefined || alarm.comparison !== undefined) {
      throw new Error(`Alarm ${alarm.name}: an alarm on absent() takes no threshold or comparison`);
    }
    return alarm.metric.toMql();
  }
  const threshold = alarm.threshold ?? 0;
  if (!Token.isUnresolved(threshold) && !Number.isFinite(threshold)) {
    throw new Error(`Alarm ${alarm.name}: threshold must be a finite number. Received ${threshold}`);
  }
  return `${alarm.metric.toMql()} ${alarm.comparison ?? ">"} ${threshold}`;
}

/** Monitoring alarms that notify one topic when they fire and when they clear. */
export class Alarms extends Construct {
  public readonly alarms: MonitoringAlarm[];

  constructor(scope: Construct, id: string, props: AlarmsProps) {
    super(scope, id);
    this.alarms = props.alarms.map(
      (alarm) =>
        new MonitoringAlarm(this, alarm.name, {
          compartmentId: props.compartmentId,
          displayName: `${props.namePrefix}-${alarm.name}`,
          namespace: "metric" in alarm ? alarm.metric.namespace : alarm.namespace,
          metricCompartmentId: "metric" in alarm ? alarm.metric.compartmentId : alarm.metricCompartmentId,
          query: alarmQuery(alarm),
          severity: alarm.severity,
          body: alarm.body,
          destinations: [props.topicId],
          isEnabled: true,
          pendingDuration: alarm.pendingDuration ?? "PT1M",
          messageFormat: "ONS_OPTIMIZED",
          // Repeat while the alarm stays firing, so that it is not forgotten.
          repeatNotificationDuration: "PT4H",
        }),
    );
  }
}

import { Construct } from "constructs";
import { MonitoringAlarm } from "../../.gen/providers/oci/monitoring-alarm";

export interface AlarmDefinition {
  /** Construct id and display-name suffix. */
  readonly name: string;
  /** Monitoring namespace, e.g. `oci_streaming`. */
  readonly namespace: string;
  /** The compartment whose metrics the query reads. */
  readonly metricCompartmentId: string;
  /** MQL, e.g. `PutMessagesThroughput.Count[1m]{resourceId = "<ocid>"}.sum() > 0`. */
  readonly query: string;
  readonly severity: "CRITICAL" | "ERROR" | "WARNING" | "INFO";
  /** What an operator should do: sent with the notification. */
  readonly body: string;
  /**
   * How long the condition must hold before the alarm fires (ISO 8601, PT1M to PT1H: CreateAlarmDetails.pendingDuration).
   * @default "PT1M"
   */
  readonly pendingDuration?: string;
}

export interface AlarmsProps {
  readonly compartmentId: string;
  readonly namePrefix: string;
  /** Topic that receives every alarm's notifications. */
  readonly topicId: string;
  readonly alarms: AlarmDefinition[];
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
          namespace: alarm.namespace,
          metricCompartmentId: alarm.metricCompartmentId,
          query: alarm.query,
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

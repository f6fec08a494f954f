import { Construct } from "constructs";
import { LoggingLog } from "../../.gen/providers/oci/logging-log";
import { LOG_RETENTION_DAYS_CHOICES } from "../../lib/logging-limits";
import { checkOneOf } from "./range-check";

export interface ServiceLogProps {
  /** Log group the log belongs to. */
  readonly logGroupId: string;
  /** Name of the log, unique in its group. */
  readonly displayName: string;
  /** Compartment of the logged resource. */
  readonly compartmentId: string;
  /** The OCI service that writes the log, e.g. `functions`, `objectstorage`, `flowlogs`, `och`. */
  readonly service: string;
  /** The service's log category, e.g. `invoke`, `write`, `all`, `runlog`. */
  readonly category: string;
  /** The logged resource: an OCID, or a bucket name for Object Storage. */
  readonly resource: string;
  /**
   * Days the log is kept: 30, 60, 90, 120, 150 or 180.
   * @default - OCI's default (30 days)
   */
  readonly retentionInDays?: number;
}

/** An enabled OCI service log (flow logs, invocations, rule executions, bucket writes, API and connector runs). */
export class ServiceLog extends Construct {
  public readonly log: LoggingLog;

  constructor(scope: Construct, id: string, props: ServiceLogProps) {
    super(scope, id);
    checkOneOf(`ServiceLog ${props.displayName}`, "retentionInDays", props.retentionInDays, LOG_RETENTION_DAYS_CHOICES);
    this.log = new LoggingLog(this, "Log", {
      logGroupId: props.logGroupId,
      displayName: props.displayName,
      logType: "SERVICE",
      isEnabled: true,
      retentionDuration: props.retentionInDays,
      configuration: {
        compartmentId: props.compartmentId,
        source: {
          sourceType: "OCISERVICE",
          service: props.service,
          category: props.category,
          resource: props.resource,
        },
      },
    });
  }
}

import { Construct } from "constructs";
import { LoggingLogGroup, LoggingLogGroupConfig } from "../../.gen/providers/oci/logging-log-group";

/** A log group as other constructs take it: where their service logs go. */
export interface ILogGroup {
  /** OCID of the log group. */
  readonly logGroupId: string;
}

/**
 * A Logging log group. It is the provider resource itself, not a wrapper, so that it keeps the Terraform address of
 * the log group the stack created before it existed (a wrapper would add a path segment, and Terraform would destroy
 * the group and every log in it).
 */
export class LogGroup extends LoggingLogGroup implements ILogGroup {
  /** A log group made elsewhere, by its OCID. */
  static fromLogGroupId(logGroupId: string): ILogGroup {
    return { logGroupId };
  }

  public readonly logGroupId: string;

  constructor(scope: Construct, id: string, config: LoggingLogGroupConfig) {
    super(scope, id, config);
    this.logGroupId = this.id;
  }
}

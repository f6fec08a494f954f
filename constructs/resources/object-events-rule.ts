import { Construct } from "constructs";
import { EventsRule } from "../../.gen/providers/oci/events-rule";
import { ServiceLog } from "./service-log";

export const OBJECT_CREATED = "com.oraclecloud.objectstorage.createobject";
export const OBJECT_UPDATED = "com.oraclecloud.objectstorage.updateobject";

export interface ObjectEventsRuleProps {
  /** Compartment of the bucket: rules see the events of their own compartment. */
  readonly compartmentId: string;
  /** Name of the rule, unique in its compartment. */
  readonly displayName: string;
  /** The bucket whose object events the rule matches; no other bucket's. */
  readonly bucketName: string;
  /** The function that receives each event. */
  readonly functionId: string;
  /**
   * Deliver object-update events too, not only object-create.
   * @default false
   */
  readonly includeUpdates?: boolean;
  /** Log group of the rule's execution log. */
  readonly logGroupId: string;
}

/** An Events rule that hands object events of exactly one bucket to a function, with its execution logged. */
export class ObjectEventsRule extends Construct {
  public readonly rule: EventsRule;
  /** The event types the rule matches. */
  public readonly eventTypes: string[];

  constructor(scope: Construct, id: string, props: ObjectEventsRuleProps) {
    super(scope, id);
    this.eventTypes = props.includeUpdates ? [OBJECT_CREATED, OBJECT_UPDATED] : [OBJECT_CREATED];
    this.rule = new EventsRule(this, "Rule", {
      compartmentId: props.compartmentId,
      displayName: props.displayName,
      description: `Object events of bucket ${props.bucketName} to the claim-check function`,
      isEnabled: true,
      condition: JSON.stringify({
        eventType: this.eventTypes,
        data: { additionalDetails: { bucketName: [props.bucketName] } },
      }),
      actions: { action: [{ actionType: "FAAS", functionId: props.functionId, isEnabled: true }] },
    });
    new ServiceLog(this, "ExecutionLog", {
      logGroupId: props.logGroupId,
      displayName: `${props.displayName}-execution`,
      compartmentId: props.compartmentId,
      service: "cloudevents",
      category: "ruleexecutionlog",
      resource: this.rule.id,
    });
  }
}

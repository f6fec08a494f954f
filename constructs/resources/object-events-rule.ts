import { Construct } from "constructs";
import { EventsRule } from "../../.gen/providers/oci/events-rule";
import { IBucket } from "./bucket";
import { IFunction } from "./container-function";
import { ILogGroup } from "./log-group";
import { Policies } from "./policies";
import { serviceGrantee } from "./policy-statement";
import { ServiceLog } from "./service-log";

export const OBJECT_CREATED = "com.oraclecloud.objectstorage.createobject";
export const OBJECT_UPDATED = "com.oraclecloud.objectstorage.updateobject";

export interface ObjectEventsRuleProps {
  /** Display name of the rule, and prefix of its execution log's name. */
  readonly displayName: string;
  /** The bucket whose object events the rule matches; the rule lives in its compartment (rules see their own). */
  readonly bucket: IBucket;
  /** The function that receives each event; the Events service is granted to invoke it. */
  readonly function: IFunction;
  /**
   * Deliver object-update events too, not only object-create.
   * @default false
   */
  readonly includeUpdates?: boolean;
  /** Log group of the rule's execution log. */
  readonly logGroup: ILogGroup;
}

/**
 * An Events rule that hands object events of exactly one bucket to a function, with its execution logged. It binds
 * both ends: the rule names the bucket and the function by reference, grants Events (`service cloudEvents`) the
 * invocation (`allow service cloudEvents to use functions-family`, "Allow the Events Service to Deliver Events to
 * Action Resources", https://docs.oracle.com/iaas/Content/Events/Concepts/eventspolicy.htm) and waits for the policy
 * that holds that grant.
 */
export class ObjectEventsRule extends Construct {
  public readonly rule: EventsRule;
  /** The event types the rule matches. */
  public readonly eventTypes: string[];

  constructor(scope: Construct, id: string, props: ObjectEventsRuleProps) {
    super(scope, id);
    const { bucket } = props;
    // Object Storage emits events only for a bucket with object_events_enabled
    // (https://docs.oracle.com/iaas/Content/Object/Tasks/managingbuckets_topic-To_enable_or_disable_emitting_events_for_object_state_changes.htm).
    if (!bucket.objectEventsEnabled) {
      throw new Error(
        `ObjectEventsRule ${this.node.path}: the bucket does not emit object events (objectEventsEnabled is false), ` +
          "so the rule would never fire; enable object events on the bucket",
      );
    }
    this.eventTypes = props.includeUpdates ? [OBJECT_CREATED, OBJECT_UPDATED] : [OBJECT_CREATED];
    const grants = props.function.grantInvoke(serviceGrantee("cloudEvents"));
    this.rule = new EventsRule(this, "Rule", {
      compartmentId: bucket.compartmentId,
      displayName: props.displayName,
      description: `Object events of bucket ${bucket.bucketName} to the claim-check function`,
      isEnabled: true,
      condition: JSON.stringify({
        eventType: this.eventTypes,
        data: { additionalDetails: { bucketName: [bucket.bucketName] } },
      }),
      actions: { action: [{ actionType: "FAAS", functionId: props.function.functionId, isEnabled: true }] },
      // An enabled rule delivers from the moment it exists; until Events may invoke the function, deliveries fail.
      dependsOn: Policies.of(this).holding(grants),
    });
    new ServiceLog(this, "ExecutionLog", {
      logGroup: props.logGroup,
      displayName: `${props.displayName}-execution`,
      compartmentId: bucket.compartmentId,
      service: "cloudevents",
      category: "ruleexecutionlog",
      resource: this.rule.id,
    });
  }
}

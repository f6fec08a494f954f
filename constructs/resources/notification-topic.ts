import { Construct } from "constructs";
import { OnsNotificationTopic } from "../../.gen/providers/oci/ons-notification-topic";
import { OnsSubscription } from "../../.gen/providers/oci/ons-subscription";
import { Policies } from "./policies";
import { idFromKey, requireUnique } from "./stable-id";
import { allow, Grantee, PolicyStatement } from "./policy-statement";

export interface NotificationTopicProps {
  /** Compartment of the topic, and of the statements that grant publishing to it. */
  readonly compartmentId: string;
  /** Unique in the tenancy. */
  readonly name: string;
  /** What the topic carries, shown in the console. */
  readonly description: string;
  /** Each address receives a confirmation email and must accept it before notifications arrive. */
  readonly emails: string[];
}

/** A topic as other constructs take it: where alarms notify, and a publish grant. */
export interface INotificationTopic {
  /** OCID of the topic. */
  readonly topicId: string;
  /** Publishing messages to the topic; the statement is added to the stack's policies. */
  grantPublish(grantee: Grantee): PolicyStatement;
}

/**
 * Publishing messages. Notifications supports only the general policy variables ("Details for Notifications",
 * Supported Variables, https://docs.oracle.com/iaas/Content/Identity/Reference/notificationpolicyreference.htm), so
 * the statement is narrowed to the publish permission (`use ons-topics` holds ONS_TOPIC_PUBLISH and
 * ONS_TOPIC_SUBSCRIBE, same page) in the topic's compartment, not to one topic.
 */
function grantPublishIn(scope: Construct, compartmentId: string, grantee: Grantee): PolicyStatement {
  return Policies.of(scope).grant(
    allow(grantee, "use ons-topics", compartmentId, ["request.permission = 'ONS_TOPIC_PUBLISH'"]),
  );
}

/** A topic that exists already: only referenced, never managed. */
class ExistingTopic extends Construct implements INotificationTopic {
  constructor(
    scope: Construct,
    id: string,
    public readonly topicId: string,
    private readonly compartmentId: string,
  ) {
    super(scope, id);
  }

  grantPublish(grantee: Grantee): PolicyStatement {
    return grantPublishIn(this, this.compartmentId, grantee);
  }
}

/** A Notifications topic with email subscriptions: where alarms and failure summaries go. */
export class NotificationTopic extends Construct implements INotificationTopic {
  /** A topic that exists already, by its OCID and compartment: publish grants on it work as on a new one. */
  static fromTopicId(scope: Construct, id: string, topicId: string, compartmentId: string): INotificationTopic {
    return new ExistingTopic(scope, id, topicId, compartmentId);
  }

  public readonly topic: OnsNotificationTopic;
  public readonly topicId: string;
  private readonly compartmentId: string;

  constructor(scope: Construct, id: string, props: NotificationTopicProps) {
    super(scope, id);
    this.compartmentId = props.compartmentId;
    this.topic = new OnsNotificationTopic(this, "Topic", {
      compartmentId: props.compartmentId,
      name: props.name,
      description: props.description,
    });
    this.topicId = this.topic.topicId;
    // Keyed by address, so reordering the list re-creates no subscription (and asks no one to confirm again).
    requireUnique(`emails of topic ${props.name}`, props.emails);
    for (const email of props.emails) {
      new OnsSubscription(this, idFromKey("Email", email), {
        compartmentId: props.compartmentId,
        topicId: this.topicId,
        protocol: "EMAIL",
        endpoint: email,
      });
    }
  }

  /** Publishing messages to this topic (see grantPublishIn for the scope). */
  grantPublish(grantee: Grantee): PolicyStatement {
    return grantPublishIn(this, this.compartmentId, grantee);
  }
}

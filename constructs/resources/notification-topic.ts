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

/** A Notifications topic with email subscriptions: where alarms and failure summaries go. */
export class NotificationTopic extends Construct {
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

  /**
   * Publishing messages. Notifications supports only general policy variables, so the statement is
   * narrowed to the publish permission in the topic's compartment, not to one topic.
   */
  grantPublish(grantee: Grantee): PolicyStatement {
    return Policies.of(this).grant(
      allow(grantee, "use ons-topics", this.compartmentId, ["request.permission = 'ONS_TOPIC_PUBLISH'"]),
    );
  }
}

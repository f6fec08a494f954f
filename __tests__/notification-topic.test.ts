import "cdktf/lib/testing/adapters/jest";
import { Testing } from "cdktf";
import { Construct } from "constructs";
import { OnsNotificationTopic } from "../.gen/providers/oci/ons-notification-topic";
import { OnsSubscription } from "../.gen/providers/oci/ons-subscription";
import { NotificationTopic } from "../constructs/resources/notification-topic";
import { addPolicies, COMPARTMENT, statementsOf } from "./support/bare-stack";

function topic(scope: Construct, emails: string[]): NotificationTopic {
  addPolicies(scope);
  return new NotificationTopic(scope, "Topic", {
    compartmentId: COMPARTMENT,
    name: "t-operations",
    description: "test",
    emails,
  });
}

/** Each subscription's Terraform name, by the address it sends to. */
function subscriptionNames(synthesized: string): Record<string, string> {
  const subscriptions = JSON.parse(synthesized).resource?.oci_ons_subscription ?? {};
  return Object.fromEntries(Object.entries<any>(subscriptions).map(([name, s]) => [s.endpoint, name]));
}

describe("NotificationTopic", () => {
  test("subscribes each address by e-mail to the topic, by reference", () => {
    // GIVEN a bare stack WHEN a topic with two addresses is created
    const synthesized = Testing.synthScope((scope) => topic(scope, ["a@example.com", "b@example.com"]));
    // THEN
    expect(synthesized).toHaveResourceWithProperties(OnsNotificationTopic, { name: "t-operations" });
    const [topicName] = Object.keys(JSON.parse(synthesized).resource.oci_ons_notification_topic);
    expect(synthesized).toHaveResourceWithProperties(OnsSubscription, {
      compartment_id: COMPARTMENT,
      topic_id: `\${oci_ons_notification_topic.${topicName}.topic_id}`,
      protocol: "EMAIL",
      endpoint: "b@example.com",
    });
    expect(Object.keys(subscriptionNames(synthesized))).toEqual(["a@example.com", "b@example.com"]);
  });

  test("keys each subscription by its address: reordering or adding one keeps every other address", () => {
    const before = subscriptionNames(Testing.synthScope((scope) => topic(scope, ["a@example.com", "b@example.com"])));
    const after = subscriptionNames(
      Testing.synthScope((scope) => topic(scope, ["c@example.com", "b@example.com", "a@example.com"])),
    );
    expect(after["a@example.com"]).toBe(before["a@example.com"]);
    expect(after["b@example.com"]).toBe(before["b@example.com"]);
  });

  test("refuses an address listed twice, naming it", () => {
    expect(() => Testing.synthScope((scope) => topic(scope, ["a@example.com", "a@example.com"]))).toThrow(
      'emails of topic t-operations: "a@example.com" is listed twice; list each value once',
    );
  });

  test("grantPublish allows publishing in the topic's compartment only, and is returned", () => {
    let returned = "";
    const synthesized = Testing.synthScope((scope) => {
      returned = topic(scope, []).grantPublish({ policySubject: "dynamic-group fns", policyConditions: [] }).text;
    });
    const expected = `Allow dynamic-group fns to use ons-topics in compartment id ${COMPARTMENT} where request.permission = 'ONS_TOPIC_PUBLISH'`;
    expect(returned).toBe(expected);
    expect(statementsOf(synthesized)).toEqual([expected]);
  });
});

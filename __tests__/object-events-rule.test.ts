import "cdktf/lib/testing/adapters/jest";
import { Testing } from "cdktf";
import { Construct } from "constructs";
import { EventsRule } from "../.gen/providers/oci/events-rule";
import { OBJECT_CREATED, OBJECT_UPDATED, ObjectEventsRule } from "../constructs/resources/object-events-rule";
import {
  addressOf,
  addBucket,
  addFunction,
  addPolicies,
  COMPARTMENT,
  idOf,
  LOG_GROUP,
  statementsOf,
} from "./support/bare-stack";

function rule(scope: Construct, options: { includeUpdates?: boolean; objectEventsEnabled?: boolean } = {}) {
  addPolicies(scope);
  return new ObjectEventsRule(scope, "Rule", {
    displayName: "object-events",
    bucket: addBucket(scope, "Bucket", options.objectEventsEnabled ?? true),
    function: addFunction(scope),
    includeUpdates: options.includeUpdates,
    logGroup: LOG_GROUP,
  });
}

describe("ObjectEventsRule", () => {
  test("matches object creation in its one bucket, by reference, and hands it to its function", () => {
    // GIVEN a bare stack WHEN a rule binds a bucket to a function
    const synthesized = Testing.synthScope((scope) => rule(scope));

    // THEN the condition names the bucket and the action the function, both by reference
    expect(synthesized).toHaveResourceWithProperties(EventsRule, {
      compartment_id: COMPARTMENT,
      is_enabled: true,
      condition: JSON.stringify({
        eventType: [OBJECT_CREATED],
        data: { additionalDetails: { bucketName: [idOf(synthesized, "oci_objectstorage_bucket", "name")] } },
      }),
      actions: {
        action: [{ action_type: "FAAS", function_id: idOf(synthesized, "oci_functions_function"), is_enabled: true }],
      },
    });
    // AND it waits for the policy that lets Events invoke the function
    const [events] = Object.values<any>(JSON.parse(synthesized).resource.oci_events_rule);
    expect(events.depends_on).toEqual([addressOf(synthesized, "oci_identity_policy")]);
    // AND Events may invoke the function
    expect(statementsOf(synthesized)).toEqual(
      expect.arrayContaining([
        `Allow service cloudEvents to use fn-function in compartment id ${COMPARTMENT}`,
        `Allow service cloudEvents to use fn-invocation in compartment id ${COMPARTMENT}`,
      ]),
    );
  });

  test("matches updates too when asked", () => {
    const synthesized = Testing.synthScope((scope) => rule(scope, { includeUpdates: true }));
    const [events] = Object.values<any>(JSON.parse(synthesized).resource.oci_events_rule);
    expect(JSON.parse(events.condition).eventType).toEqual([OBJECT_CREATED, OBJECT_UPDATED]);
  });

  test("refuses a bucket that emits no object events: the rule would never fire", () => {
    expect(() => Testing.synthScope((scope) => rule(scope, { objectEventsEnabled: false }))).toThrow(
      /ObjectEventsRule stack\/Rule: the bucket does not emit object events \(objectEventsEnabled is false\)/,
    );
  });
});

import { randomUUID } from "crypto";
import { ObjectWrite } from "./object-storage";

/**
 * The Events service for Object Storage events: each rule's condition is evaluated against the event an object write
 * produces, and every enabled action of a matching enabled rule is delivered (here: FAAS actions, a function call).
 *
 * Condition semantics, from the Events API (`CreateRuleDetails.condition`,
 * https://docs.oracle.com/en-us/iaas/tools/typescript/latest/interfaces/_events_lib_model_create_rule_details_.createruledetails.html,
 * and "Matching Events with Filters", https://docs.oracle.com/iaas/Content/Events/Concepts/filterevents.htm):
 * "Fields not mentioned in the condition are ignored. You can create a valid filter that matches all events with two
 * curly brackets: {}"; "the event must contain all the field names listed in the condition. Field names must appear in
 * the condition with the same nesting structure used in the event"; "Wildcard matching is supported with the asterisk
 * (*) character". That a list of values matches when any one does is NOT FOUND verbatim in the docs (it is how rules
 * in public code and the console's "attribute values" use lists), nor whether `*` crosses `/`: here it matches any
 * characters, `/` included.
 *
 * The envelope (CloudEvents 0.1) follows the Events reference
 * (https://docs.oracle.com/iaas/Content/Events/Reference/eventenvelopereference.htm) and Object Storage's example
 * event (https://docs.oracle.com/iaas/Content/Events/Reference/eventsproducers.htm#ObjectStorage). Whether an overwrite
 * emits `createobject` or `updateobject` is not spelled out there; here an overwrite emits `createobject` too (a new
 * object version is created), so overwriting a file sends it through the rule again.
 */

export interface EventRule {
  /** The rule's address, for logs. */
  readonly name: string;
  /** The rule's JSON condition text (`{}` matches everything). */
  readonly condition: string;
  readonly isEnabled: boolean;
  readonly compartmentId: string;
  readonly actions: readonly EventAction[];
}

export interface EventAction {
  readonly actionType: string;
  readonly isEnabled: boolean;
  /** Delivers the event (a FAAS action: invokes the function with the event as its body). */
  readonly deliver: (event: Record<string, unknown>) => Promise<void>;
}

export interface Delivery {
  readonly rule: string;
  readonly eventId: string;
  readonly eventType: string;
  readonly resourceName: string;
  readonly outcome: "delivered" | "failed" | "no-match";
  readonly error?: string;
}

export class EventsEmulator {
  /** Every event evaluated, per rule, with what came of it. */
  readonly deliveries: Delivery[] = [];
  private readonly inFlight = new Set<Promise<void>>();
  private readonly parsed: { rule: EventRule; condition: unknown }[];

  constructor(rules: readonly EventRule[]) {
    this.parsed = rules.map((rule) => {
      try {
        return { rule, condition: JSON.parse(rule.condition) };
      } catch (err) {
        throw new Error(`oci_events_rule ${rule.name}: condition is not JSON (${(err as Error).message})`);
      }
    });
  }

  /** Evaluates every rule against the event of one object write; matching rules' actions run in the background. */
  objectWritten(write: ObjectWrite, compartmentId: string): void {
    const event = objectEvent(write, compartmentId);
    for (const { rule, condition } of this.parsed) {
      const base = {
        rule: rule.name,
        eventId: String(event.eventID),
        eventType: String(event.eventType),
        resourceName: write.name,
      };
      if (!rule.isEnabled || !appliesTo(rule, compartmentId) || !conditionMatches(condition, event)) {
        this.deliveries.push({ ...base, outcome: "no-match" });
        continue;
      }
      for (const action of rule.actions.filter((a) => a.isEnabled)) {
        const run = action
          .deliver(event)
          .then(() => void this.deliveries.push({ ...base, outcome: "delivered" }))
          .catch((err: Error) => void this.deliveries.push({ ...base, outcome: "failed", error: err.message }))
          .finally(() => this.inFlight.delete(run));
        this.inFlight.add(run);
      }
    }
  }

  /** Resolves when every action started so far has finished. */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all([...this.inFlight]);
  }
}

/**
 * "Rules apply to events in the compartment in which you create them and any child compartments" (Events API,
 * CreateRuleDetails.condition). The compartment tree is not in a stack, so here a rule sees its own compartment's
 * events, or every event when it is in the tenancy (the root).
 */
function appliesTo(rule: EventRule, compartmentId: string): boolean {
  return rule.compartmentId === compartmentId || rule.compartmentId.startsWith("ocid1.tenancy.");
}

/** The Object Storage event of one write, as the Events service delivers it. */
export function objectEvent(write: ObjectWrite, compartmentId: string): Record<string, unknown> {
  const resourceId = `/n/${write.namespace}/b/${write.bucket}/o/${write.name}`;
  return {
    cloudEventsVersion: "0.1",
    eventID: randomUUID(),
    eventType: "com.oraclecloud.objectstorage.createobject",
    eventTypeVersion: "2.0",
    source: "ObjectStorage",
    eventTime: new Date().toISOString(),
    contentType: "application/json",
    extensions: { compartmentId },
    data: {
      compartmentId,
      compartmentName: "local",
      resourceName: write.name,
      resourceId,
      availabilityDomain: "all",
      additionalDetails: {
        bucketName: write.bucket,
        bucketId: `ocid1.bucket.oc1.iad.local${write.bucket}`,
        namespace: write.namespace,
        eTag: write.etag,
        archivalState: "Available",
      },
    },
  };
}

/**
 * Whether a rule condition matches an event: objects match field by field (every field named must be present, at the
 * same nesting), a list matches if any element does, a string matches with `*` as a wildcard.
 */
export function conditionMatches(condition: unknown, event: unknown): boolean {
  if (Array.isArray(condition)) return condition.some((option) => conditionMatches(option, event));
  if (condition !== null && typeof condition === "object") {
    if (event === null || typeof event !== "object" || Array.isArray(event)) return false;
    return Object.entries(condition).every(
      ([field, expected]) =>
        Object.prototype.hasOwnProperty.call(event, field) &&
        conditionMatches(expected, (event as Record<string, unknown>)[field]),
    );
  }
  if (typeof condition === "string") {
    if (typeof event !== "string") return false;
    const pattern = condition
      .split("*")
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
      .join(".*");
    return new RegExp(`^${pattern}$`, "s").test(event);
  }
  return condition === event;
}

import { conditionMatches, EventRule, EventsEmulator, objectEvent } from "../stand-ins/events";

/** The Events emulator (stand-ins/events.ts): condition matching against an Object Storage event, and rules' actions. */

const event = objectEvent(
  { namespace: "ns", bucket: "ingest", name: "invoices/2026/a b.csv", etag: "e1", overwrote: false },
  "c1",
);

test.each([
  ["{} matches every event", {}, true],
  ["an equal field", { eventType: "com.oraclecloud.objectstorage.createobject" }, true],
  ["another value", { eventType: "com.oraclecloud.objectstorage.deleteobject" }, false],
  ["a list matches if any element does", { eventType: ["x", "com.oraclecloud.objectstorage.createobject"] }, true],
  ["nested fields, as nested in the event", { data: { additionalDetails: { bucketName: ["ingest"] } } }, true],
  ["the same field at another nesting", { bucketName: "ingest" }, false],
  ["a field the event lacks", { data: { additionalDetails: { color: "blue" } } }, false],
  [
    "every field must match",
    { eventType: "com.oraclecloud.objectstorage.createobject", data: { resourceName: "x" } },
    false,
  ],
  ["* as a wildcard", { data: { resourceName: "invoices/*.csv" } }, true],
  ["* in the middle", { eventType: "com.oraclecloud.*.createobject" }, true],
  ["regex characters are literal", { data: { resourceName: "invoices/2026/a b.cs." } }, false],
])("%s", (_, condition, matches) => {
  expect(conditionMatches(condition, event)).toBe(matches);
});

test("only an enabled rule in the event's compartment whose condition matches runs its enabled actions", async () => {
  const delivered: string[] = [];
  const rule = (name: string, bucket: string, extra: Partial<EventRule> = {}): EventRule => ({
    name,
    condition: JSON.stringify({
      eventType: "com.oraclecloud.objectstorage.createobject",
      data: { additionalDetails: { bucketName: [bucket] } },
    }),
    isEnabled: true,
    compartmentId: "c1",
    actions: [
      { actionType: "FAAS", isEnabled: true, deliver: async () => void delivered.push(name) },
      { actionType: "FAAS", isEnabled: false, deliver: async () => void delivered.push(`${name} (disabled action)`) },
    ],
    ...extra,
  });
  const events = new EventsEmulator([
    rule("ingest", "ingest"),
    rule("other bucket", "archive"),
    rule("disabled", "ingest", { isEnabled: false }),
    rule("other compartment", "ingest", { compartmentId: "c2" }),
    rule("tenancy", "ingest", { compartmentId: "ocid1.tenancy.oc1..root" }),
  ]);
  events.objectWritten({ namespace: "ns", bucket: "ingest", name: "a.json", etag: "e1", overwrote: false }, "c1");
  await events.idle();
  expect(delivered.sort()).toEqual(["ingest", "tenancy"]);
  expect(events.deliveries.filter((d) => d.outcome === "no-match").map((d) => d.rule)).toEqual([
    "other bucket",
    "disabled",
    "other compartment",
  ]);
});

import { conditionMatches, objectEvent } from "../stand-ins/events";

/** The Events emulator's condition matching (stand-ins/events.ts), against an Object Storage event. */

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

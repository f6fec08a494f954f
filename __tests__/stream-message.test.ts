import { idempotencyKey } from "../lib/data-sync/delivery";
import { streamMessageSchema } from "../lib/data-sync/stream-message";

const message = {
  stream: "data",
  partition: "0",
  key: null,
  value: Buffer.from('{"a":1}').toString("base64"),
};

describe("stream message as a connector batch carries it", () => {
  test("an epoch-milliseconds timestamp and a numeric-string offset read as the API model's date-time and number", () => {
    const asApi = streamMessageSchema.parse({ ...message, offset: 42, timestamp: "2026-12-07T10:00:00.123Z" });
    const asArchived = streamMessageSchema.parse({
      ...message,
      offset: "42",
      timestamp: Date.parse("2026-12-07T10:00:00.123Z"),
    });
    expect(asArchived).toEqual(asApi);
    expect(asArchived.offset).toBe(42);
    expect(asArchived.timestamp).toBe("2026-12-07T10:00:00.123Z");
    // One message keeps one idempotency key whichever form carried it, so a target deduplicates a replay.
    expect(idempotencyKey(asArchived)).toBe(idempotencyKey(asApi));
  });

  test.each([
    ["offset", -1],
    ["offset", 1.5],
    ["offset", "4x"],
    ["timestamp", "yesterday"],
    ["timestamp", -5],
    ["timestamp", true],
  ])("%s %p is refused, naming the field", (field, value) => {
    const parsed = streamMessageSchema.safeParse({ ...message, offset: 1, timestamp: 0, [field]: value });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((issue) => issue.path.join("."))).toEqual([field]);
  });
});

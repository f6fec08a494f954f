import { randomUUID } from "crypto";
import { createServer } from "http";
import { AddressInfo } from "net";
import {
  buildReference,
  objectUrl,
  partitionKey,
  referenceMessage,
  shouldInline,
} from "../functions/claim-check/reference";
import { messageBytes, STREAMING_LIMITS } from "../lib/batching";
import { MAX_INLINE_BYTES } from "../lib/object-reference-limits";
import { MAX_JSON_DEPTH } from "../lib/json";
import { FnProcess } from "../stand-ins/fn-harness";
import { functionBundle } from "./support/function-bundles";
import { ObjectStorageStandIn } from "../stand-ins/object-storage";
import { OciApiError, Route } from "../stand-ins/standin-server";
import { resourcePrincipalEnv, resourcePrincipalIdentity } from "../stand-ins/signing";
import { StreamingStandIn } from "../stand-ins/streaming";
import { ConfigOverrides, functionConfig } from "../functions/contracts";

const NAMESPACE = "tenancyns";
const BUCKET = "ingest";
const CREATE = "com.oraclecloud.objectstorage.createobject";

let eventCounter = 0;

const PRINTABLE_ASCII = Array.from({ length: 95 }, (_, i) => String.fromCharCode(0x20 + i)).join("");

/** An Object Storage event as the Events service delivers it (CloudEvents 0.1 envelope). */
function objectEvent(name: string, overrides: { bucket?: string; eventType?: string } = {}) {
  const bucket = overrides.bucket ?? BUCKET;
  return {
    eventType: overrides.eventType ?? CREATE,
    cloudEventsVersion: "0.1",
    eventTypeVersion: "2.0",
    source: "ObjectStorage",
    eventTime: "2026-11-23T10:15:30Z",
    contentType: "application/json",
    data: {
      compartmentId: "ocid1.compartment.oc1..standincompartment",
      compartmentName: "ingest",
      resourceName: name,
      resourceId: `/n/${NAMESPACE}/b/${bucket}/o/${name}`,
      availabilityDomain: "all",
      additionalDetails: {
        bucketName: bucket,
        bucketId: "ocid1.bucket.oc1.iad.example",
        namespace: NAMESPACE,
        eTag: "0cf8e0bd-5b57-4a5b-8ec9-5f1a0a3b3f1c",
        archivalState: "Available",
      },
    },
    eventID: `event-${++eventCounter}`,
    extensions: { compartmentId: "ocid1.compartment.oc1..standincompartment" },
  };
}

interface Setup {
  readonly streaming: StreamingStandIn;
  readonly objects: ObjectStorageStandIn;
  readonly streamId: string;
  readonly fn: FnProcess;
}

async function startClaimCheck(
  config: ConfigOverrides<"claim-check"> = {},
  options: { partitions?: number; objects?: ObjectStorageStandIn } = {},
): Promise<Setup> {
  const streaming = await new StreamingStandIn().start();
  const objects = await (options.objects ?? new ObjectStorageStandIn()).start();
  const streamId = streaming.createStream({ partitions: options.partitions ?? 1 });
  const fn = await FnProcess.start({
    bundle: functionBundle("claim-check"),
    env: resourcePrincipalEnv(),
    config: functionConfig("claim-check", {
      STREAM_ID: streamId,
      STREAM_MESSAGES_ENDPOINT: streaming.endpoint,
      OBJECT_STORAGE_ENDPOINT: objects.endpoint,
      BUCKET_NAME: BUCKET,
      ...config,
    }),
  });
  return { streaming, objects, streamId, fn };
}

async function stopAll(setup: Setup): Promise<void> {
  await setup.fn.stop();
  await setup.streaming.close();
  await setup.objects.close();
}

function published(setup: Setup): Record<string, any>[] {
  return setup.streaming.messages(setup.streamId).map((m) => JSON.parse(m.value.toString("utf8")));
}

describe("claim-check, through the built bundle, the FDK and the OCI stand-ins", () => {
  let setup: Setup;

  beforeAll(async () => {
    setup = await startClaimCheck();
  });

  afterAll(() => stopAll(setup));

  test.each([
    ["a plain name", "report.csv", "report.csv"],
    [
      "spaces, unicode and slashes",
      "in/2026 Q4/naïve 東京.json",
      "in%2F2026%20Q4%2Fna%C3%AFve%20%E6%9D%B1%E4%BA%AC.json",
    ],
    // The SDK alone signed ' as %27 but sent it raw: OCI answered the HEAD 401 and the call failed (502).
    ["an apostrophe", "John's report.pdf", "John%27s%20report.pdf"],
    [
      "every printable ASCII character",
      PRINTABLE_ASCII,
      "%20%21%22%23%24%25%26%27%28%29%2A%2B%2C-.%2F0123456789%3A%3B%3C%3D%3E%3F%40ABCDEFGHIJKLMNOPQRSTUVWXYZ%5B%5C%5D%5E_%60abcdefghijklmnopqrstuvwxyz%7B%7C%7D~",
    ],
    ["astral and invisible Unicode", "😀\u200b\ufeff.txt", "%F0%9F%98%80%E2%80%8B%EF%BB%BF.txt"],
  ])("publishes one reference for %s", async (_, name, encodedName) => {
    // GIVEN
    const stored = setup.objects.putObject(NAMESPACE, BUCKET, name, '{"a":1}', "application/json");
    const before = setup.streaming.messages(setup.streamId).length;
    const event = objectEvent(name);

    // WHEN
    const response = await setup.fn.call(JSON.stringify(event));

    // THEN
    expect(response.status).toBe(200);
    expect(response.httpStatus).toBe(200);
    const messages = setup.streaming.messages(setup.streamId).slice(before);
    expect(messages).toHaveLength(1);
    expect(JSON.parse(messages[0].value.toString("utf8"))).toEqual({
      kind: "object-reference",
      namespace: NAMESPACE,
      bucket: BUCKET,
      name,
      url: `https://objectstorage.us-ashburn-1.oraclecloud.com/n/${NAMESPACE}/b/${BUCKET}/o/${encodedName}`,
      etag: stored.etag,
      size: 7,
      contentType: "application/json",
      eventType: CREATE,
      eventId: event.eventID,
      eventTime: "2026-11-23T10:15:30Z",
    });
    expect(messages[0].key!.toString()).toMatch(/^[0-9a-f]{32}$/);
    expect(response.json()).toEqual({
      eventId: event.eventID,
      key: messages[0].key!.toString(),
      inlined: false,
      partition: "0",
      offset: messages[0].offset,
    });
  });

  test("signs with the function's resource principal", async () => {
    setup.objects.putObject(NAMESPACE, BUCKET, "signed.txt", "x");
    await setup.fn.call(JSON.stringify(objectEvent("signed.txt")));

    const functionId = resourcePrincipalIdentity().functionId;
    expect(setup.objects.requests.at(-1)).toMatchObject({ operation: "HeadObject", principal: functionId });
    expect(setup.streaming.requests.at(-1)).toMatchObject({ operation: "PutMessages", principal: functionId });
  });

  test("an update event is published too", async () => {
    setup.objects.putObject(NAMESPACE, BUCKET, "updated.txt", "v2");
    const event = objectEvent("updated.txt", { eventType: "com.oraclecloud.objectstorage.updateobject" });

    expect((await setup.fn.call(JSON.stringify(event))).httpStatus).toBe(200);
    expect(published(setup).at(-1)).toMatchObject({ eventType: event.eventType, name: "updated.txt" });
  });

  test.each<[string, () => string, string, RegExp]>([
    ["a body that is not JSON", () => "<xml/>", "invalid_json", /body is not valid JSON/],
    [
      "another event type",
      () => JSON.stringify(objectEvent("gone.txt", { eventType: "com.oraclecloud.objectstorage.deleteobject" })),
      "invalid_event",
      /eventType: Invalid option: expected one of .*createobject.*updateobject.* \(got ".*deleteobject"\)/,
    ],
    [
      "an event from another bucket",
      () => JSON.stringify(objectEvent("x.txt", { bucket: "elsewhere" })),
      "foreign_bucket",
      /bucketName: this function only handles bucket "ingest" \(got "elsewhere"\)/,
    ],
    [
      "an event without the object name",
      () => {
        const event: any = objectEvent("x.txt");
        delete event.data.resourceName;
        return JSON.stringify(event);
      },
      "invalid_event",
      /data\.resourceName: Invalid input: expected string, received undefined/,
    ],
    ["a JSON value that is no event", () => "[1,2]", "invalid_event", /expected object/],
    ...[MAX_JSON_DEPTH + 1, 10_000, 1_000_000].map((levels): [string, () => string, string, RegExp] => [
      `a body nested ${levels} levels`,
      () => "[".repeat(levels) + "]".repeat(levels),
      "json_too_deep",
      new RegExp(`body is nested deeper than ${MAX_JSON_DEPTH} levels of arrays and objects`),
    ]),
    [
      "an object name with a line feed, which OCI does not allow",
      () => JSON.stringify(objectEvent("a\nb")),
      "invalid_event",
      /data\.resourceName: must not contain line feed, carriage return or NULL/,
    ],
    [
      "an object name with a lone surrogate, which has no UTF-8",
      () => JSON.stringify(objectEvent("a\ud800b")),
      "invalid_event",
      /data\.resourceName: must be well-formed Unicode/,
    ],
    [
      "an object name over 1024 bytes of UTF-8",
      () => JSON.stringify(objectEvent("東".repeat(342))),
      "invalid_event",
      /data\.resourceName: must be at most 1024 bytes of UTF-8/,
    ],
  ])("refuses %s with 400 and a reason, logs it, publishes nothing", async (_, body, error, reason) => {
    const before = setup.streaming.messages(setup.streamId).length;
    const callId = `refuse-${error}-${eventCounter++}`;

    const response = await setup.fn.call(body(), { callId });

    expect(response.status).toBe(200);
    expect(response.httpStatus).toBe(400);
    expect(response.json()).toEqual({ error, reason: expect.stringMatching(reason) });
    expect(setup.streaming.messages(setup.streamId)).toHaveLength(before);
    // The Events service ignores the status: the log is where a refusal shows.
    expect(await setup.fn.logLine((l) => l.callId === callId && l.msg === "call rejected")).toMatchObject({
      level: "warn",
      error,
      reason: expect.stringMatching(reason),
    });
  });

  test("an event nested exactly to the JSON depth limit is handled as any other", async () => {
    setup.objects.putObject(NAMESPACE, BUCKET, "deep-event.txt", "x");
    const deep = "[".repeat(MAX_JSON_DEPTH - 1) + "]".repeat(MAX_JSON_DEPTH - 1);
    const body = JSON.stringify({ ...objectEvent("deep-event.txt"), deep: "DEEP" }).replace('"DEEP"', deep);

    const response = await setup.fn.call(body);

    expect(response.httpStatus).toBe(200);
    expect(published(setup).at(-1)).toMatchObject({ name: "deep-event.txt" });
  });

  test("an object deleted before the HEAD is a logged 404, with nothing published", async () => {
    setup.objects.createBucket(NAMESPACE, BUCKET);
    const event = objectEvent("deleted-already.txt");
    const before = setup.streaming.messages(setup.streamId).length;

    const response = await setup.fn.call(JSON.stringify(event));

    expect(response.httpStatus).toBe(404);
    expect(response.json()).toEqual({
      error: "object_not_found",
      reason:
        `object "deleted-already.txt" is not in bucket "${BUCKET}" (namespace "${NAMESPACE}"): ` +
        "deleted since the event, or the function is not allowed to read the bucket",
    });
    expect(setup.streaming.messages(setup.streamId)).toHaveLength(before);
    expect(await setup.fn.logLine((l) => l.eventId === event.eventID)).toMatchObject({
      level: "warn",
      msg: "call rejected",
      error: "object_not_found",
    });
  });

  test("a HEAD throttled (429) without a body is retried by status code, and the reference published", async () => {
    setup.objects.putObject(NAMESPACE, BUCKET, "head-throttled.txt", "x");
    setup.objects.failNext(2, 429, { operation: "HeadObject", noBody: true });
    const before = setup.objects.requestCount("HeadObject");

    const response = await setup.fn.call(JSON.stringify(objectEvent("head-throttled.txt")));

    expect(response.httpStatus).toBe(200);
    expect(setup.objects.requestCount("HeadObject") - before).toBe(3);
    expect(published(setup).at(-1)).toMatchObject({ name: "head-throttled.txt" });
  });

  test("stream throttling (429) is retried within the deadline and the message lands once", async () => {
    setup.objects.putObject(NAMESPACE, BUCKET, "throttled.txt", "x");
    setup.streaming.failNext(2, 429, { operation: "PutMessages" });
    const puts = setup.streaming.requestCount("PutMessages");

    const response = await setup.fn.call(JSON.stringify(objectEvent("throttled.txt")), { timeoutMs: 10_000 });

    expect(response.httpStatus).toBe(200);
    expect(setup.streaming.requestCount("PutMessages") - puts).toBe(3);
    expect(published(setup).filter((m) => m.name === "throttled.txt")).toHaveLength(1);
  });

  test("entries the stream fails inside a 200 answer are retried until they land", async () => {
    setup.objects.putObject(NAMESPACE, BUCKET, "entry-failure.txt", "x");
    setup.streaming.failEntries({ match: ({ value }) => value.toString().includes("entry-failure.txt"), times: 2 });
    const puts = setup.streaming.requestCount("PutMessages");

    const response = await setup.fn.call(JSON.stringify(objectEvent("entry-failure.txt")), { timeoutMs: 10_000 });

    expect(response.httpStatus).toBe(200);
    expect(setup.streaming.requestCount("PutMessages") - puts).toBe(3);
    expect(published(setup).filter((m) => m.name === "entry-failure.txt")).toHaveLength(1);
  });

  test("a stream that stays down fails the call loudly: non-2xx and an error line with the event id", async () => {
    setup.objects.putObject(NAMESPACE, BUCKET, "unlucky.txt", "x");
    setup.streaming.failNext(100, 503, { operation: "PutMessages" });
    const event = objectEvent("unlucky.txt");
    try {
      const response = await setup.fn.call(JSON.stringify(event), { timeoutMs: 5_000 });

      expect(response.status).toBe(502);
      expect(published(setup).filter((m) => m.name === "unlucky.txt")).toHaveLength(0);
      expect(await setup.fn.logLine((l) => l.eventId === event.eventID)).toMatchObject({
        level: "error",
        msg: "call failed",
        statusCode: 503,
      });
    } finally {
      setup.streaming.clearFaults();
    }
  });

  test("the same object always gets the same key; different objects spread over partitions", async () => {
    expect(partitionKey(NAMESPACE, BUCKET, "a")).toBe(partitionKey(NAMESPACE, BUCKET, "a"));
    expect(partitionKey(NAMESPACE, BUCKET, "a")).not.toBe(partitionKey(NAMESPACE, BUCKET, "b"));
  });
});

describe("claim-check partitioning", () => {
  test("distinct objects land on several partitions, one object's events on one partition in order", async () => {
    const setup = await startClaimCheck({}, { partitions: 4 });
    try {
      for (let i = 0; i < 24; i++) {
        setup.objects.putObject(NAMESPACE, BUCKET, `file-${i}.txt`, "x");
        expect((await setup.fn.call(JSON.stringify(objectEvent(`file-${i}.txt`)))).httpStatus).toBe(200);
      }
      setup.objects.putObject(NAMESPACE, BUCKET, "file-0.txt", "second version");
      const update = objectEvent("file-0.txt", { eventType: "com.oraclecloud.objectstorage.updateobject" });
      await setup.fn.call(JSON.stringify(update));

      const messages = setup.streaming.messages(setup.streamId);
      const partitions = new Set(messages.map((m) => m.partition));
      expect(partitions.size).toBeGreaterThan(1);
      const first = messages.filter((m) => JSON.parse(m.value.toString()).name === "file-0.txt");
      expect(first).toHaveLength(2);
      expect(first[0].partition).toBe(first[1].partition);
      expect(first[0].offset).toBeLessThan(first[1].offset);
    } finally {
      await stopAll(setup);
    }
  });
});

describe("claim-check inline content", () => {
  test("inlines objects up to INLINE_MAX_BYTES as base64, references larger ones only", async () => {
    const setup = await startClaimCheck({ INLINE_MAX_BYTES: "16" });
    try {
      setup.objects.putObject(NAMESPACE, BUCKET, "small.bin", Buffer.from([0, 1, 2, 255]));
      setup.objects.putObject(NAMESPACE, BUCKET, "exact.txt", "0123456789abcdef");
      setup.objects.putObject(NAMESPACE, BUCKET, "large.txt", "0123456789abcdefX");

      for (const name of ["small.bin", "exact.txt", "large.txt"]) {
        expect((await setup.fn.call(JSON.stringify(objectEvent(name)))).httpStatus).toBe(200);
      }

      const [small, exact, large] = published(setup);
      expect(small).toMatchObject({ name: "small.bin", size: 4, content: "AAEC/w==", contentEncoding: "base64" });
      expect(Buffer.from(exact.content, "base64").toString()).toBe("0123456789abcdef");
      expect(large).toMatchObject({ name: "large.txt", size: 17 });
      expect(large).not.toHaveProperty("content");
      expect(setup.objects.requestCount("GetObject")).toBe(2);
    } finally {
      await stopAll(setup);
    }
  });

  test("an object replaced between the HEAD and the read is a logged 409, with nothing published", async () => {
    const setup = await startClaimCheck({ INLINE_MAX_BYTES: "16" }, { objects: new ReplacedAfterHead() });
    try {
      const first = setup.objects.putObject(NAMESPACE, BUCKET, "racy.txt", "v1");
      const event = objectEvent("racy.txt");

      const response = await setup.fn.call(JSON.stringify(event));

      expect(response.httpStatus).toBe(409);
      expect(response.json()).toEqual({ error: "object_changed", reason: expect.stringContaining(first.etag) });
      expect(published(setup)).toHaveLength(0);
      expect(await setup.fn.logLine((l) => l.eventId === event.eventID)).toMatchObject({
        level: "warn",
        error: "object_changed",
      });
    } finally {
      await stopAll(setup);
    }
  });

  test("an INLINE_MAX_BYTES that cannot fit a 1 MiB message is refused at start, naming the limit", async () => {
    const setup = await startClaimCheck({ INLINE_MAX_BYTES: String(1024 * 1024) });
    try {
      const response = await setup.fn.call(JSON.stringify(objectEvent("any.txt")));

      expect(response.status).toBe(502);
      const start = await setup.fn.logLine((l) => l.msg === "function cannot start");
      expect(start.message).toContain(`INLINE_MAX_BYTES: must be at most ${MAX_INLINE_BYTES}`);
      expect(start.message).toContain("(got 1048576)");
      expect(setup.streaming.requestCount()).toBe(0);
    } finally {
      await stopAll(setup);
    }
  });

  test("the largest allowed inline content fits one message beside a worst-case reference", () => {
    // Names up to 1024 bytes: control characters are escaped 6x in JSON, 3-byte characters URL-encode 3x.
    const worstNames = ["\u0001".repeat(1024), "東".repeat(341)];
    for (const name of worstNames) {
      const location = {
        regionId: "us-ashburn-1",
        secondLevelDomain: "oraclecloud.com",
        namespace: "n".repeat(64),
        bucket: "b".repeat(256),
        name,
      };
      const event = {
        eventType: CREATE,
        eventID: "e".repeat(64),
        eventTime: "2026-11-23T10:15:30.123456789+00:00",
        data: { resourceName: name, additionalDetails: { bucketName: location.bucket, namespace: location.namespace } },
      } as const;
      const metadata = { etag: "t".repeat(128), size: MAX_INLINE_BYTES, contentType: "c".repeat(1024) };
      const reference = buildReference(event, location, metadata, Buffer.alloc(MAX_INLINE_BYTES));
      const key = partitionKey(location.namespace, location.bucket, name);
      expect(messageBytes({ key, value: JSON.stringify(reference) })).toBeLessThanOrEqual(
        STREAMING_LIMITS.maxMessageBytes,
      );
    }
  });

  test("content that cannot fit beside an extreme reference is left out, the reference kept", () => {
    const location = {
      regionId: "us-ashburn-1",
      secondLevelDomain: "oraclecloud.com",
      namespace: NAMESPACE,
      bucket: BUCKET,
      name: "x",
    };
    const event = objectEvent("x") as any;
    const hugeType = { etag: "t", size: MAX_INLINE_BYTES, contentType: "c".repeat(64 * 1024) };

    const { message, reference } = referenceMessage(event, location, hugeType, Buffer.alloc(MAX_INLINE_BYTES));

    expect(reference).not.toHaveProperty("content");
    expect(JSON.parse(message.value.toString())).toEqual(reference);
    expect(messageBytes(message)).toBeLessThanOrEqual(STREAMING_LIMITS.maxMessageBytes);
    // With an ordinary content type the same content fits.
    const ordinary = referenceMessage(
      event,
      location,
      { ...hugeType, contentType: "text/plain" },
      Buffer.alloc(MAX_INLINE_BYTES),
    );
    expect(ordinary.reference.content).toHaveLength((MAX_INLINE_BYTES / 3) * 4);
  });

  test("inlining is off at 0 and bounded by the limit", () => {
    expect(shouldInline(0, 0)).toBe(false);
    expect(shouldInline(10, 10)).toBe(true);
    expect(shouldInline(11, 10)).toBe(false);
  });
});

describe("object URL", () => {
  test.each([
    ["report.csv", "report.csv"],
    ["a b+c", "a%20b%2Bc"],
    ["dir/sub/file.txt", "dir%2Fsub%2Ffile.txt"],
    ["ü€😀", "%C3%BC%E2%82%AC%F0%9F%98%80"],
    ["100%?#", "100%25%3F%23"],
  ])("encodes %p as %p", (name, encoded) => {
    const location = {
      regionId: "eu-frankfurt-1",
      secondLevelDomain: "oraclecloud.com",
      namespace: "ns",
      bucket: "bk",
      name,
    };
    expect(objectUrl(location)).toBe(`https://objectstorage.eu-frankfurt-1.oraclecloud.com/n/ns/b/bk/o/${encoded}`);
  });
});

describe("claim-check deadlines and unreachable streams", () => {
  test("a stream slower than the deadline fails the call before the deadline", async () => {
    const setup = await startClaimCheck();
    try {
      setup.objects.putObject(NAMESPACE, BUCKET, "slow.txt", "x");
      setup.streaming.latencyMs = 3_000; // beyond the 1.5 s deadline; short, as the stand-in keeps its timer after close
      const event = objectEvent("slow.txt");
      const sent = Date.now();

      const response = await setup.fn.call(JSON.stringify(event), { timeoutMs: 1_500 });

      expect(response.status).toBe(502);
      // Answered before Fn-Deadline, and not long before it: the budget was used, then cut.
      expect(response.answeredAt).toBeLessThan(response.deadline);
      expect(response.answeredAt - sent).toBeGreaterThan(1_000);
      expect(await setup.fn.logLine((l) => l.eventId === event.eventID)).toMatchObject({
        level: "error",
        msg: "call failed",
      });
    } finally {
      await stopAll(setup);
    }
  });

  test("a refused connection is retried, then fails loudly within the deadline", async () => {
    const closedPort = await unusedPort();
    const setup = await startClaimCheck({ STREAM_MESSAGES_ENDPOINT: `http://127.0.0.1:${closedPort}` });
    try {
      setup.objects.putObject(NAMESPACE, BUCKET, "nowhere.txt", "x");
      const event = objectEvent("nowhere.txt");

      const response = await setup.fn.call(JSON.stringify(event), { timeoutMs: 3_000 });

      expect(response.status).toBe(502);
      expect(response.answeredAt).toBeLessThan(response.deadline);
      expect(await setup.fn.logLine((l) => l.eventId === event.eventID)).toMatchObject({
        level: "error",
        msg: "call failed",
      });
    } finally {
      await stopAll(setup);
    }
  });
});

/**
 * Object Storage where every HEAD is followed by a new upload of the same object, and GET honours If-Match
 * (412 when the ETag no longer matches), as the service does.
 */
class ReplacedAfterHead extends ObjectStorageStandIn {
  private readonly etags = new Map<string, string>();

  putObject(...args: Parameters<ObjectStorageStandIn["putObject"]>): ReturnType<ObjectStorageStandIn["putObject"]> {
    const stored = super.putObject(...args);
    this.etags.set(args.slice(0, 3).join("/"), stored.etag);
    return stored;
  }

  protected route(method: string, url: URL): Route | undefined {
    const route = super.route(method, url);
    if (!route) return undefined;
    return {
      ...route,
      handle: async (request) => {
        const { namespace, bucket, object } = request.params;
        const ifMatch = request.headers["if-match"];
        if (
          route.operation === "GetObject" &&
          ifMatch &&
          ifMatch !== this.etags.get(`${namespace}/${bucket}/${object}`)
        ) {
          throw new OciApiError(412, "IfMatchFailed", "The If-Match header does not match the object's ETag");
        }
        const reply = await route.handle(request);
        if (route.operation === "HeadObject") this.putObject(namespace, bucket, object, randomUUID());
        return reply;
      },
    };
  }
}

/** A port nothing listens on: bound once by the OS, then released. */
async function unusedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

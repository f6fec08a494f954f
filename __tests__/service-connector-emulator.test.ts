import { gunzipSync } from "zlib";
import { FnResponse } from "../stand-ins/fn-harness";
import { ObjectStorageStandIn } from "../stand-ins/object-storage";
import { ConnectorDefinition, ConnectorEmulator, InvokeFunction } from "../stand-ins/service-connector";
import { StreamingStandIn } from "../stand-ins/streaming";

/**
 * The Connector Hub emulator (stand-ins/service-connector.ts) on its own: a connector block as Terraform JSON, the
 * Streaming and Object Storage stand-ins in process (no HTTP), and a function invoker at the edge. Times run at
 * TIME_SCALE of the settings; the whole stack's connectors run in __tests__/system/.
 */

const TIME_SCALE = 0.01;
const CONNECTOR_ID = "ocid1.serviceconnector.oc1.iad.test";

let streaming: StreamingStandIn;
let objectStorage: ObjectStorageStandIn;
let streamId: string;
let running: ConnectorEmulator[];

beforeEach(() => {
  streaming = new StreamingStandIn();
  objectStorage = new ObjectStorageStandIn();
  streamId = streaming.createStream({ partitions: 2 });
  running = [];
});

afterEach(async () => {
  await Promise.all(running.map((c) => c.stop()));
});

function reply(status: number): FnResponse {
  return { status, httpStatus: status, headers: {}, body: "", deadline: 0, answeredAt: 0, json: () => ({}) as never };
}

function connector(target: Record<string, unknown>, invoke: InvokeFunction, cursor = "TRIM_HORIZON") {
  const definition: ConnectorDefinition = {
    name: "test-connector",
    id: CONNECTOR_ID,
    streamName: "test-stream",
    source: { kind: "streaming", stream_id: streamId, cursor: { kind: cursor } },
    target,
  };
  const emulator = new ConnectorEmulator(definition, { streaming, objectStorage, invoke, timeScale: TIME_SCALE });
  running.push(emulator);
  return emulator;
}

/** A function that records each batch it is given and succeeds. */
function recordingInto(bodies: string[]): InvokeFunction {
  return async (_, body) => {
    bodies.push(body);
    return reply(200);
  };
}

/** The values of each batch a function received, in order. */
function batchesOf(bodies: string[]): string[][] {
  return bodies.map((body) =>
    JSON.parse(body).map((m: { value: string }) => Buffer.from(m.value, "base64").toString()),
  );
}

async function until(what: string, probe: () => boolean): Promise<void> {
  const giveUp = Date.now() + 5_000;
  while (!probe()) {
    if (Date.now() > giveUp) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

test("a functions target gets batches of at most batch_size_in_num from one partition, in offset order", async () => {
  const bodies: string[] = [];
  const c = connector(
    { kind: "functions", function_id: "fn", batch_size_in_num: 3, batch_time_in_sec: 60 },
    recordingInto(bodies),
  ).start();
  streaming.append(
    streamId,
    Array.from({ length: 7 }, (_, i) => ({ key: "k", value: `m${i}` })),
  );
  // 7 messages of one key: two full batches at once; the last one waits for the rollover time (60 s x 0.01).
  await until("every message delivered", () => c.caughtUp());
  expect(batchesOf(bodies)).toEqual([["m0", "m1", "m2"], ["m3", "m4", "m5"], ["m6"]]);
  const first = JSON.parse(bodies[0])[0];
  expect(first).toMatchObject({ stream: streamId, key: Buffer.from("k").toString("base64"), offset: 0 });
  expect(typeof first.partition).toBe("string");
});

test("batch_size_in_kbs bounds a batch by bytes; both size settings at once are refused", async () => {
  const bodies: string[] = [];
  const c = connector(
    { kind: "functions", function_id: "fn", batch_size_in_kbs: 2, batch_time_in_sec: 60 },
    recordingInto(bodies),
  ).start();
  streaming.append(
    streamId,
    Array.from({ length: 3 }, (_, i) => ({ key: "k", value: `${i}`.repeat(900) })),
  );
  await until("every message delivered", () => c.caughtUp());
  expect(batchesOf(bodies).map((b) => b.length)).toEqual([2, 1]);
  expect(() =>
    connector({ kind: "functions", function_id: "fn", batch_size_in_num: 1, batch_size_in_kbs: 1 }, async () =>
      reply(200),
    ),
  ).toThrow(/only one of batch_size_in_num and batch_size_in_kbs/);
});

test("a failing function gets the same whole batch again until it succeeds; the partition waits meanwhile", async () => {
  const bodies: string[] = [];
  let failures = 2;
  const c = connector(
    { kind: "functions", function_id: "fn", batch_size_in_num: 2, batch_time_in_sec: 60 },
    async (_, body) => {
      bodies.push(body);
      return reply(failures-- > 0 ? 502 : 200);
    },
  ).start();
  streaming.append(streamId, [
    { key: "k", value: "a" },
    { key: "k", value: "b" },
    { key: "k", value: "c" },
    { key: "k", value: "d" },
  ]);
  await until("every message delivered", () => c.caughtUp());
  expect(batchesOf(bodies)).toEqual([
    ["a", "b"],
    ["a", "b"],
    ["a", "b"],
    ["c", "d"],
  ]);
  expect(c.stats).toMatchObject({ attempts: 4, errorsAtTarget: 2, delivered: 4 });
});

test("a LATEST cursor skips what the stream held before the connector started", async () => {
  const bodies: string[] = [];
  streaming.append(streamId, [{ key: "k", value: "old" }]);
  const c = connector(
    { kind: "functions", function_id: "fn", batch_size_in_num: 1 },
    recordingInto(bodies),
    "LATEST",
  ).start();
  streaming.append(streamId, [{ key: "k", value: "new" }]);
  await until("the new message delivered", () => c.caughtUp());
  expect(batchesOf(bodies)).toEqual([["new"]]);
});

test("an objectStorage target writes one gzip JSON Lines object per partition and rollover, named as OCI names them", async () => {
  objectStorage.createBucket("ns", "archive");
  const c = connector(
    {
      kind: "objectStorage",
      namespace: "ns",
      bucket: "archive",
      object_name_prefix: "dead",
      batch_rollover_size_in_mbs: 1,
      batch_rollover_time_in_ms: 1_000,
    },
    async () => reply(200),
  ).start();
  streaming.append(streamId, [
    { key: "a", value: "one" },
    { key: "a", value: "two" },
    { key: null, value: "three" },
  ]);
  await until("every message archived", () => c.caughtUp());
  const objects = [...objectStorage.objects("ns", "archive")];
  const lines = objects.flatMap(([name, o]) =>
    gunzipSync(o.body)
      .toString()
      .trim()
      .split("\n")
      .map((line) => ({ name, ...JSON.parse(line) })),
  );
  expect(lines.map((l) => Buffer.from(l.value, "base64").toString()).sort()).toEqual(["one", "three", "two"]);
  for (const line of lines) {
    expect(line.name).toMatch(
      new RegExp(`^dead/${CONNECTOR_ID}/${line.partition}/\\d{8}T\\d{6}Z_\\d{8}T\\d{6}Z\\.\\d+\\.data\\.gz$`),
    );
    expect(line).toMatchObject({ stream: "test-stream", partition: expect.any(String), offset: expect.any(Number) });
    expect(typeof line.timestamp).toBe("number");
  }
  // One object per partition that held messages.
  expect(new Set(objects.map(([name]) => name.split("/")[2])).size).toBe(objects.length);
});

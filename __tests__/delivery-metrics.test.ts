import { MetricsBatch, MAX_STREAMS_PER_POST } from "../lib/metrics";
import { DataSyncEnv, TARGET_NAME } from "../stand-ins/data-sync-env";
import { FnProcess } from "../stand-ins/fn-harness";

describe("MetricsBatch", () => {
  const target = { namespace: "event_streaming", compartmentId: "ocid1.compartment.oc1..c", deployment: "evs-test" };

  test("sums counters per stream, merges equal values with a count, and adds the deployment dimension", () => {
    const batch = new MetricsBatch();
    batch.count("MessagesDelivered", { function: "process", target: "a" });
    batch.count("MessagesDelivered", { target: "a", function: "process" }, 2);
    for (const ms of [12, 12, 40]) batch.value("DeliveryLatency", { function: "process", target: "a" }, ms);
    const now = new Date("2026-01-01T00:00:00Z");
    const [[delivered, latency]] = batch.requests(target, now);
    expect(delivered).toEqual({
      namespace: "event_streaming",
      compartmentId: "ocid1.compartment.oc1..c",
      name: "MessagesDelivered",
      dimensions: { deployment: "evs-test", function: "process", target: "a" },
      datapoints: [{ timestamp: now, value: 3 }],
    });
    expect(latency.datapoints).toEqual([
      { timestamp: now, value: 12, count: 2 },
      { timestamp: now, value: 40, count: 1 },
    ]);
  });

  test("splits into requests of at most 50 metric streams (PostMetricData's limit)", () => {
    const batch = new MetricsBatch();
    for (let i = 0; i < 120; i++) batch.count("MessagesDelivered", { function: "process", target: `t${i}` });
    expect(batch.requests(target, new Date()).map((r) => r.length)).toEqual([MAX_STREAMS_PER_POST, 50, 20]);
  });
});

describe("delivery metrics, through the built bundles, the real SDK and the Monitoring stand-in", () => {
  let env: DataSyncEnv;
  let process: FnProcess;
  let retry: FnProcess;
  const gateway = { method: "POST", url: "/v1/retry" };

  beforeAll(async () => {
    env = await DataSyncEnv.start();
    [process, retry] = await Promise.all([env.start("process"), env.start("retry")]);
  });
  beforeEach(() => env.reset([process, retry]));
  afterAll(() => env.close());

  const host = () => TARGET_NAME;

  test("process posts delivered, failed recoverable and unrecoverable per target, and each call's latency", async () => {
    // GIVEN a batch of which one is delivered, one fails recoverably, one permanently, one is invalid
    env.target.behave = (r) => ({ status: r.path.endsWith("/ok") ? 200 : r.path.endsWith("/busy") ? 503 : 404 });
    const batch = env.connectorBatch([
      env.targetCall("ok"),
      env.targetCall("busy"),
      env.targetCall("gone"),
      "not json",
    ]);

    // WHEN
    const response = await process.call(JSON.stringify(batch));

    // THEN the answer is unchanged, and Monitoring got the counts, signed by the function's resource principal
    expect(response.json()).toMatchObject({ delivered: 1, recoverable: 1, unrecoverable: 2 });
    const dims = { deployment: "evs-test", function: "process", target: host() };
    expect(env.monitoring.total("MessagesDelivered", dims)).toBe(1);
    expect(env.monitoring.total("MessagesFailedRecoverable", dims)).toBe(1);
    expect(env.monitoring.total("MessagesFailedUnrecoverable", dims)).toBe(1);
    expect(env.monitoring.total("MessagesFailedUnrecoverable", { target: "none" })).toBe(1);
    expect(env.monitoring.datapoints("DeliveryLatency", dims).reduce((n, d) => n + d.count, 0)).toBe(3);
    expect(env.monitoring.metrics.every((m) => m.namespace === "event_streaming")).toBe(true);
    expect(env.monitoring.metrics.every((m) => m.compartmentId === env.metricsCompartmentId)).toBe(true);
    expect(env.monitoring.requests.filter((r) => r.operation === "PostMetricData").map((r) => r.status)).toEqual([200]);
  });

  test("retry posts its backlog: messages left on the recoverable stream and the age of the oldest read", async () => {
    // GIVEN two recoverable failures
    env.target.behave = () => ({ status: 503 });
    await process.call(JSON.stringify(env.connectorBatch([env.targetCall("a"), env.targetCall("b")])));

    // WHEN retry runs while the target is still down
    await retry.call(JSON.stringify({ count: 10 }), { gateway });

    // THEN the backlog is both messages, and their age on the stream is known
    const dims = { deployment: "evs-test", function: "retry" };
    expect(env.monitoring.total("RecoverableBacklogMessages", dims)).toBe(2);
    const [age] = env.monitoring.datapoints("RecoverableBacklogOldestAgeSeconds", dims);
    expect(age.value).toBeGreaterThanOrEqual(0);
    expect(age.value).toBeLessThan(60);
    expect(env.monitoring.total("MessagesFailedRecoverable", { function: "retry" })).toBe(2);
  });

  test.each<[string, () => void]>([
    ["answers 500", () => env.monitoring.failNext(10, 500, { operation: "PostMetricData" })],
    ["drops the connection", () => env.monitoring.dropNext(10, { operation: "PostMetricData" })],
    ["is slower than the metrics' time bound", () => env.monitoring.delayNext(10, 10_000)],
  ])("when Monitoring %s, deliveries still succeed and the loss is logged", async (_, fault) => {
    // GIVEN Monitoring failing
    env.target.behave = () => ({ status: 200 });
    fault();

    // WHEN
    const response = await process.call(JSON.stringify(env.connectorBatch([env.targetCall("m1")])), {
      timeoutMs: 20_000,
    });

    // THEN the message is delivered, the call answers well within its deadline, and the loss is in the log
    expect(response.status).toBe(200);
    expect(response.json()).toMatchObject({ delivered: 1 });
    expect(response.answeredAt).toBeLessThan(response.deadline - 15_000);
    expect(process.logLines()).toContainEqual(expect.objectContaining({ msg: "metrics not published" }));
  });
});

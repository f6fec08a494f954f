import { DataSyncEnv, itemId } from "../stand-ins/data-sync-env";
import { Behaviour } from "../stand-ins/target-server";
import { buildAll } from "../scripts/build-functions";
import { prng } from "../stand-ins/prng";

/**
 * `npm run bench:data-sync-faults`: the data-sync pipeline under seeded random faults, at the target and on every OCI
 * call, for BENCH_FAULT_ROUNDS rounds (default 1000). Each round processes a few new messages (re-invoking process on a
 * failed invocation, as the Service Connector does) and retries a few from the recoverable stream; then everything is
 * drained. It reports how often each message reached the target, how many of those were 2xx duplicates, and how many
 * error records each message left, so that changes to idempotency and recording can be compared run against run.
 * The 30-round version of this run, with assertions, is `__tests__/data-sync-faults.test.ts` in `npm test`.
 */

const SEED = Number(process.env.BENCH_FAULT_SEED ?? 20261201);
const ROUNDS = Number(process.env.BENCH_FAULT_ROUNDS ?? 1000);
const MAX_ATTEMPTS = 4;
/** The Service Connector retries a failed invocation; the count is ours (the connector's is not bounded by docs). */
const CONNECTOR_REINVOCATIONS = 10;

const ANSWERS: [number, Behaviour][] = [
  [55, { status: 200 }],
  [15, { status: 503 }],
  [10, { status: 429 }],
  [8, { reset: true }],
  [7, { status: 500 }],
  [5, { status: 400 }],
];

function pick<T>(random: () => number, weighted: [number, T][]): T {
  const total = weighted.reduce((sum, [weight]) => sum + weight, 0);
  let at = random() * total;
  for (const [weight, value] of weighted) {
    at -= weight;
    if (at < 0) return value;
  }
  return weighted[0][1];
}

function stats(values: number[]): { max: number; mean: string } {
  const max = values.reduce((m, v) => Math.max(m, v), 0);
  return { max, mean: (values.reduce((s, v) => s + v, 0) / Math.max(1, values.length)).toFixed(3) };
}

async function main(): Promise<void> {
  await buildAll();
  const env = await DataSyncEnv.start();
  const random = prng(SEED);
  // Its own sequence: deliveries run concurrently, so the target's draws interleave with the driver's by timing.
  const targetRandom = prng(SEED + 1);
  env.target.behave = () => pick(targetRandom, ANSWERS);
  const processFn = await env.start("process");
  const retry = await env.start("retry", { MAX_ATTEMPTS: String(MAX_ATTEMPTS) });
  const ids: string[] = [];
  const calls = { process: 0, processFailed: 0, retry: 0, retryNot200: 0 };

  /** Faults on the OCI calls of one round: bursts long enough to beat the SDK's and putAll's own retries. */
  const injectFaults = () => {
    if (random() < 0.04) env.streaming.failNext(4 + Math.floor(random() * 3), 503, { operation: "PutMessages" });
    if (random() < 0.04) {
      let left = 1 + Math.floor(random() * 3);
      env.streaming.failEntries({ match: () => left-- > 0 || random() < 0.1, times: 6 });
    }
    if (random() < 0.03) env.streaming.failNext(6, 500, { operation: "ConsumerCommit" });
    if (random() < 0.03) env.streaming.failNext(1 + Math.floor(random() * 6), 503, { operation: "GetMessages" });
    if (random() < 0.02) env.streaming.failNext(6, 503, { operation: "CreateGroupCursor" });
    if (random() < 0.03) env.streaming.dropNext(1, { operation: "PutMessages" });
    if (random() < 0.2) env.notifications.failNext(1, 429, { operation: "PublishMessage" });
    if (random() < 0.02) env.secrets.failNext(1, 503, { operation: "GetSecretBundle" });
  };

  const retryOnce = async (count: number) => {
    calls.retry += 1;
    const response = await retry.call(JSON.stringify({ count }), {
      gateway: { method: "POST", url: "/v1/retry" },
      timeoutMs: 15_000,
    });
    if (response.httpStatus !== 200) calls.retryNot200 += 1;
    return response.httpStatus === 200 ? (response.json() as { read: number }) : undefined;
  };

  const started = performance.now();
  try {
    for (let round = 0; round < ROUNDS; round++) {
      injectFaults();
      const fresh = Array.from({ length: 1 + Math.floor(random() * 4) }, (_, i) => `m${round}-${i}`);
      ids.push(...fresh);
      // A third of the messages carry one of a few keys, so key order (held-behind messages) is exercised too.
      const batch = fresh.flatMap((id) =>
        env.connectorBatch([env.targetCall(id)], random() < 0.33 ? `key-${Math.floor(random() * 3)}` : undefined),
      );
      for (let invocation = 0; invocation < CONNECTOR_REINVOCATIONS; invocation++) {
        calls.process += 1;
        const response = await processFn.call(JSON.stringify(batch));
        if (response.status === 200) break;
        calls.processFailed += 1;
      }
      await retryOnce(1 + Math.floor(random() * 6));
    }
    // Drain without OCI faults; the target keeps failing at random.
    env.streaming.clearFaults();
    env.notifications.clearFaults();
    env.secrets.clearFaults();
    for (let pass = 0; pass < 50; pass++) {
      const summary = await retryOnce(1000);
      if (summary && summary.read === 0) break;
    }
  } finally {
    const seconds = (performance.now() - started) / 1000;
    report(env, ids, calls, seconds);
    await env.close();
  }
}

function report(env: DataSyncEnv, ids: string[], calls: Record<string, number>, seconds: number): void {
  const deliveries = new Map<string, number>(ids.map((id) => [id, 0]));
  const successes = new Map<string, number>(ids.map((id) => [id, 0]));
  for (const request of env.target.requests) {
    const id = itemId(request.path);
    deliveries.set(id, (deliveries.get(id) ?? 0) + 1);
    if (typeof request.answer === "number" && request.answer >= 200 && request.answer < 300) {
      successes.set(id, (successes.get(id) ?? 0) + 1);
    }
  }
  const records = new Map<string, number>(ids.map((id) => [id, 0]));
  const perAttempt = new Map<string, number>();
  const slotRecords = new Map<string, unknown[]>();
  let deferrals = 0;
  const dead = new Set<string>();
  for (const [streamId, name] of [
    [env.recoverableStreamId, "recoverable"],
    [env.unrecoverableStreamId, "unrecoverable"],
  ]) {
    for (const record of env.records(streamId)) {
      const id = JSON.parse(Buffer.from(record.original.value, "base64").toString()).payload.id as string;
      records.set(id, (records.get(id) ?? 0) + 1);
      // A message recorded as failed twice at one attempt means one failure was recorded twice. Records of messages
      // not attempted (held behind their key, no time, no credential) repeat by design, once per replay.
      if (record.error.startsWith("not attempted")) {
        deferrals += 1;
      } else {
        const slot = `${id}/${record.attempt}`;
        perAttempt.set(slot, (perAttempt.get(slot) ?? 0) + 1);
        slotRecords.set(slot, [...(slotRecords.get(slot) ?? []), { ...record, original: undefined }]);
      }
      if (name === "unrecoverable") dead.add(id);
    }
  }
  const delivered = ids.filter((id) => (successes.get(id) ?? 0) > 0);
  const lost = ids.filter((id) => (successes.get(id) ?? 0) === 0 && !dead.has(id));
  const both = delivered.filter((id) => dead.has(id));
  const extra2xx = [...successes.values()].reduce((sum, n) => sum + Math.max(0, n - 1), 0);
  const rows: [string, string][] = [
    ["seed, rounds, messages", `${SEED}, ${ROUNDS}, ${ids.length}`],
    [
      "function calls (process, of which failed; retry, of which not 200)",
      `${calls.process}, ${calls.processFailed}; ${calls.retry}, ${calls.retryNot200}`,
    ],
    ["delivered / dead-lettered / lost", `${delivered.length} / ${dead.size} / ${lost.length}`],
    ["delivered and also dead-lettered", String(both.length)],
    ["target calls per message: max, mean", Object.values(stats([...deliveries.values()])).join(", ")],
    [
      "2xx per delivered message: max, mean",
      Object.values(stats(delivered.map((id) => successes.get(id) ?? 0))).join(", "),
    ],
    [
      "messages with a 2xx duplicate; extra 2xx in all",
      `${[...successes.values()].filter((n) => n > 1).length}; ${extra2xx}`,
    ],
    ["error records per message: max, mean", Object.values(stats([...records.values()])).join(", ")],
    [
      "failure records per message and attempt: max; messages recorded twice at one attempt",
      `${stats([...perAttempt.values()]).max}; ${[...perAttempt.values()].filter((n) => n > 1).length}`,
    ],
    ["records of messages not attempted (deferred)", String(deferrals)],
    ["seconds", seconds.toFixed(0)],
  ];
  console.log(`Node ${process.version}; data sync under random faults (target and OCI), MAX_ATTEMPTS ${MAX_ATTEMPTS}`);
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log(`| ${"measure".padEnd(width)} | value |`);
  console.log(`| ${"-".repeat(width)} | ----- |`);
  for (const [label, value] of rows) console.log(`| ${label.padEnd(width)} | ${value} |`);
  if (lost.length > 0) console.log(`LOST: ${lost.slice(0, 20).join(", ")}`);
  const repeated = [...perAttempt.entries()].filter(([, n]) => n > 1).slice(0, 3);
  for (const [slot] of repeated) console.log(`recorded more than once: ${slot}`, JSON.stringify(slotRecords.get(slot)));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});

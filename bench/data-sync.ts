import { DataSyncEnv } from "../stand-ins/data-sync-env";
import { buildAll } from "../scripts/build-functions";

/**
 * `npm run bench:data-sync`: process-function throughput for one Service Connector batch against a target with a
 * fixed latency, one call at a time versus MAX_CONCURRENCY calls in flight, and with keyed messages (a key's messages
 * are delivered one after another, so a batch runs at most as wide as it has distinct keys). Everything runs locally
 * (the built bundle under the Fn harness, the Streaming/Secrets/Notifications stand-ins, an HTTPS target on
 * 127.0.0.1).
 */

const BATCH = Number(process.env.BENCH_BATCH ?? 200);
const TARGET_LATENCY_MS = Number(process.env.BENCH_TARGET_LATENCY_MS ?? 20);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

/** MAX_CONCURRENCY and how many distinct keys the batch's messages have (0: none has a key). */
const SCENARIOS: { concurrency: number; keys: number }[] = [
  { concurrency: 1, keys: 0 },
  { concurrency: 8, keys: 0 },
  { concurrency: 8, keys: 64 },
  { concurrency: 8, keys: 4 },
  { concurrency: 8, keys: 1 },
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function main(): Promise<void> {
  await buildAll();
  const env = await DataSyncEnv.start();
  env.target.behave = () => ({ status: 200, delayMs: TARGET_LATENCY_MS });
  let batchNumber = 0;
  /** Messages spread round-robin over `keys` keys, appended to the stream key by key as a producer would. */
  const batch = (size: number, keys: number) => {
    const ids = Array.from({ length: size }, (_, i) => `b${batchNumber++}-${i}`);
    if (keys === 0) return JSON.stringify(env.connectorBatch(ids.map((id) => env.targetCall(id))));
    const messages = ids.flatMap((id, i) => env.connectorBatch([env.targetCall(id)], `key-${i % keys}`));
    return JSON.stringify(messages);
  };
  try {
    const rows: string[][] = [];
    for (const { concurrency, keys } of SCENARIOS) {
      const fn = await env.start("process", { MAX_CONCURRENCY: String(concurrency) });
      // Warm: the credential is cached and TLS connections to the target are open.
      await fn.call(batch(concurrency, 0));
      env.target.maxInFlight = 0;
      const times: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const body = batch(BATCH, keys);
        const started = performance.now();
        const response = await fn.call(body, { timeoutMs: 120_000 });
        const ms = performance.now() - started;
        if (response.json().delivered !== BATCH) throw new Error(`run failed: ${response.body}`);
        times.push(ms);
      }
      const ms = median(times);
      rows.push([
        String(concurrency),
        keys === 0 ? "none" : String(keys),
        ms.toFixed(0),
        (BATCH / (ms / 1000)).toFixed(0),
        String(env.target.maxInFlight),
      ]);
      await fn.stop();
    }
    console.log(
      `Node ${process.version}; process function, batches of ${BATCH} messages, target latency ${TARGET_LATENCY_MS} ms, ` +
        `median of ${RUNS} runs`,
    );
    const headers = ["MAX_CONCURRENCY", "distinct keys", "batch ms", "msgs/s", "max calls in flight"];
    const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells: string[]) => "| " + cells.map((c, i) => c.padEnd(widths[i])).join(" | ") + " |";
    console.log(line(headers));
    console.log("| " + widths.map((w) => "-".repeat(w)).join(" | ") + " |");
    for (const row of rows) console.log(line(row));
  } finally {
    await env.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

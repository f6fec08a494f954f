import { DataSyncEnv } from "../__tests__/support/data-sync-env";
import { buildAll } from "../scripts/build-functions";

/**
 * `npm run bench:data-sync`: process-function throughput for one Service Connector batch against a target with a
 * fixed latency, one call at a time versus MAX_CONCURRENCY calls in flight. Everything runs locally (the built bundle
 * under the Fn harness, the Streaming/Secrets/Notifications stand-ins, an HTTPS target on 127.0.0.1).
 */

const BATCH = Number(process.env.BENCH_BATCH ?? 200);
const TARGET_LATENCY_MS = Number(process.env.BENCH_TARGET_LATENCY_MS ?? 20);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CONCURRENCIES = (process.env.BENCH_CONCURRENCIES ?? "1,8").split(",").map(Number);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function main(): Promise<void> {
  await buildAll();
  const env = await DataSyncEnv.start();
  env.target.behave = () => ({ status: 200, delayMs: TARGET_LATENCY_MS });
  let batchNumber = 0;
  const batch = (size: number) =>
    JSON.stringify(
      env.connectorBatch(Array.from({ length: size }, (_, i) => env.targetCall(`b${batchNumber++}-${i}`))),
    );
  try {
    const rows: string[][] = [];
    for (const concurrency of CONCURRENCIES) {
      const fn = await env.start("process", { MAX_CONCURRENCY: String(concurrency) });
      // Warm: the credential is cached and TLS connections to the target are open.
      await fn.call(batch(concurrency));
      const times: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const body = batch(BATCH);
        const started = performance.now();
        const response = await fn.call(body, { timeoutMs: 120_000 });
        const ms = performance.now() - started;
        if (response.json().delivered !== BATCH) throw new Error(`run failed: ${response.body}`);
        times.push(ms);
      }
      const ms = median(times);
      rows.push([String(concurrency), ms.toFixed(0), (BATCH / (ms / 1000)).toFixed(0), String(env.target.maxInFlight)]);
      env.target.maxInFlight = 0;
      await fn.stop();
    }
    console.log(
      `Node ${process.version}; process function, batches of ${BATCH} messages, target latency ${TARGET_LATENCY_MS} ms, ` +
        `median of ${RUNS} runs`,
    );
    const headers = ["MAX_CONCURRENCY", "batch ms", "msgs/s", "max calls in flight"];
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

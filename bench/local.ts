import { spawn } from "child_process";
import * as fs from "fs";
import { request } from "http";
import * as os from "os";
import * as path from "path";
import { bundleFinder, synthFile, synthProblem } from "../local/main";
import { LocalSystem } from "../local/system";

/**
 * `npm run bench:local`: the whole local system (`npm run local`) of the synthesized example stack.
 *
 * 1. Start time to ready: `npm run local`'s process, spawned, until it prints that it is up (and the runtime's own
 *    start time it reports), then Ctrl-C (SIGINT) until it has exited.
 * 2. POST -> target latency of one message, median and p99 over LATENCY_MESSAGES, sent at LATENCY_RATE a second in
 *    LATENCY_REQUESTS_PER_SECOND requests (the example's producer client `shop` has a usage plan of 20 requests a
 *    second, for all its addresses together): with the synthesized connector batching (batch_time_in_sec, batch_size_in_num), and with
 *    its times at FAST_SCALE of that, which leaves the runtime's own overhead.
 * 3. Sustained messages a second through the whole path (API, populate, stream, connector, process, target): batches
 *    of 100 messages per POST, from several client addresses (the gateway's rate limit is per client IP), until
 *    THROUGHPUT_MESSAGES have reached the target.
 */

const LATENCY_MESSAGES = Number(process.env.BENCH_LATENCY_MESSAGES ?? 1000);
const LATENCY_RATE = Number(process.env.BENCH_LATENCY_RATE ?? 50);
const THROUGHPUT_MESSAGES = Number(process.env.BENCH_THROUGHPUT_MESSAGES ?? 10_000);
const LATENCY_REQUESTS_PER_SECOND = 10;
const FAST_SCALE = 0.02;
/** The example stack's `crm` target: an API key header, and a filter that keeps `kind = 'customer'`. */
function message(key: string, id: string): Record<string, unknown> {
  return { key, value: { target: "crm", method: "POST", path: `/items/${id}`, payload: { id, kind: "customer" } } };
}
const ROOT = path.join(__dirname, "..");

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

function post(url: string, body: unknown, token: string, client: string): Promise<number> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: "POST",
        localAddress: client,
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      },
    );
    req.on("error", reject);
    req.end(JSON.stringify(body));
  });
}

async function startTime(): Promise<void> {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ["-r", "@swc-node/register", "local/main.ts", "example", "--port", "0", "--no-synth"],
    { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] },
  );
  let output = "";
  await new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(" is up ")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`npm run local exited ${code}:\n${output}`)));
  });
  const ready = performance.now() - started;
  const reported = /is up \(([\d.]+) s\)/.exec(output)?.[1];
  const stopping = performance.now();
  child.kill("SIGINT");
  await new Promise((resolve) => child.once("exit", resolve));
  console.log(
    `start to ready: ${(ready / 1000).toFixed(2)} s from spawn (runtime's own start: ${reported} s); ` +
      `Ctrl-C to exited: ${((performance.now() - stopping) / 1000).toFixed(2)} s`,
  );
}

async function withSystem<T>(timeScale: number, run: (system: LocalSystem, token: string) => Promise<T>): Promise<T> {
  const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-local-"));
  const json = JSON.parse(fs.readFileSync(synthFile("example"), "utf8"));
  const system = await LocalSystem.start({
    json,
    environment: "example",
    bundleFor: bundleFinder(),
    stateDir,
    timeScale,
  });
  try {
    return await run(system, system.secretValue(system.apis[0].authorizerSecrets[0])!);
  } finally {
    await system.stop();
    fs.rmSync(stateDir, { recursive: true, force: true });
  }
}

/** When the target received each id (the last path segment), the first time. */
function arrivals(system: LocalSystem, prefix: string): Map<string, number> {
  const seen = new Map<string, number>();
  for (const r of system.target!.requests) {
    const id = r.path.split("/").pop()!;
    if (id.startsWith(prefix) && !seen.has(id)) seen.set(id, r.receivedAt);
  }
  return seen;
}

async function waitForArrivals(system: LocalSystem, prefix: string, count: number, timeoutMs: number): Promise<void> {
  const giveUp = Date.now() + timeoutMs;
  while (arrivals(system, prefix).size < count) {
    if (Date.now() > giveUp) throw new Error(`only ${arrivals(system, prefix).size} of ${count} arrived`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function latency(timeScale: number, label: string): Promise<void> {
  await withSystem(timeScale, async (system, token) => {
    const url = `${system.apis[0].url}/messages`;
    const sentAt = new Map<string, number>();
    const perRequest = Math.max(1, Math.round(LATENCY_RATE / LATENCY_REQUESTS_PER_SECOND));
    const started = Date.now();
    for (let i = 0, r = 0; i < LATENCY_MESSAGES; i += perRequest, r++) {
      const wait = started + r * (1000 / LATENCY_REQUESTS_PER_SECOND) - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const ids = Array.from({ length: Math.min(perRequest, LATENCY_MESSAGES - i) }, (_, n) => `lat-${i + n}`);
      for (const id of ids) sentAt.set(id, Date.now());
      const messages = ids.map((id, n) => message(`k-${(i + n) % 16}`, id));
      // Two addresses: under the 10 requests a second per client IP of the example stack.
      void post(url, { messages }, token, `127.0.0.${100 + (r % 2)}`).then((status) => {
        if (status !== 200) console.error(`POST ${ids[0]}..: ${status}`);
      });
    }
    await waitForArrivals(system, "lat-", LATENCY_MESSAGES, 60_000);
    const times = [...arrivals(system, "lat-")].map(([id, at]) => at - sentAt.get(id)!);
    console.log(
      `POST -> target, ${LATENCY_MESSAGES} messages at ${LATENCY_RATE}/s, ${label}: ` +
        `median ${quantile(times, 0.5)} ms, p99 ${quantile(times, 0.99)} ms, max ${Math.max(...times)} ms`,
    );
  });
}

async function throughput(): Promise<void> {
  await withSystem(1, async (system, token) => {
    const url = `${system.apis[0].url}/messages`;
    const batches = Math.ceil(THROUGHPUT_MESSAGES / 100);
    const started = Date.now();
    let next = 0;
    // Four posters, each from its own addresses, 100 messages a request.
    await Promise.all(
      [0, 1, 2, 3].map(async (poster) => {
        for (let b = next++; b < batches; b = next++) {
          const messages = Array.from({ length: 100 }, (_, i) =>
            message(`k-${(b * 100 + i) % 64}`, `tp-${b * 100 + i}`),
          );
          for (;;) {
            const status = await post(url, { messages }, token, `127.0.1.${poster * 50 + (b % 50)}`);
            if (status === 200) break;
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
        }
      }),
    );
    const accepted = Date.now() - started;
    await waitForArrivals(system, "tp-", batches * 100, 300_000);
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `sustained: ${batches * 100} messages through the whole path in ${seconds.toFixed(1)} s = ` +
        `${Math.round((batches * 100) / seconds)} messages/s (the API accepted them all in ${(accepted / 1000).toFixed(1)} s)`,
    );
  });
}

async function main(): Promise<void> {
  const problem = synthProblem("example");
  if (problem) throw new Error(`${problem}: run npm run synth first`);
  await startTime();
  await latency(1, "synthesized batching (batch_time_in_sec 5, batch_size_in_num 100)");
  await latency(FAST_SCALE, `connector times x${FAST_SCALE}`);
  await throughput();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

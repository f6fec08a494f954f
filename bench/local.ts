import { spawn } from "child_process";
import * as fs from "fs";
import { request } from "http";
import * as os from "os";
import * as path from "path";
import { bundleFinder, synthFile, synthProblem } from "../local/main";
import { LocalSystem } from "../local/system";
import { parentPids, processCpuMs } from "../stand-ins/fn-harness";
import { childrenCpuMs, printTable, timeCommand } from "./measure";

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
 * 4. What the system tests (__tests__/system) add to `npm test`: jest on them alone, and the sum of their suites' own
 *    run times (what they add to a full run, before jest's two workers overlap them).
 *
 * Each phase prints its wall time and the CPU time (user + system) of every process it ran (this one, the runtime,
 * the function containers): on a shared machine the wall time depends on the neighbours, the CPU time much less.
 * BENCH_LOCAL_PHASES=start,latency,throughput,tests (the default: all) picks phases.
 */

const LATENCY_MESSAGES = Number(process.env.BENCH_LATENCY_MESSAGES ?? 1000);
const LATENCY_RATE = Number(process.env.BENCH_LATENCY_RATE ?? 50);
const THROUGHPUT_MESSAGES = Number(process.env.BENCH_THROUGHPUT_MESSAGES ?? 10_000);
const PHASES = (process.env.BENCH_LOCAL_PHASES ?? "start,latency,throughput,tests").split(",");
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

/** A process and every process below it, from /proc. */
function processTree(pid: number): number[] {
  const parents = parentPids();
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) {
    for (const [child, parent] of parents) if (parent === tree[i]) tree.push(child);
  }
  return tree;
}

/** One row of the summary: what, wall seconds, CPU seconds, the result. */
const summary: string[][] = [];

function record(phase: string, wallMs: number, cpuMs: number | undefined, result: string): void {
  summary.push([phase, (wallMs / 1000).toFixed(1), cpuMs === undefined ? "-" : (cpuMs / 1000).toFixed(1), result]);
  console.log(
    `${phase}: ${result} (wall ${(wallMs / 1000).toFixed(1)} s, CPU ${cpuMs === undefined ? "-" : (cpuMs / 1000).toFixed(1)} s)`,
  );
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
  // The runtime and its function containers, each up to now (containers that ended are in their parent's count).
  const tree = processTree(child.pid!);
  const readyCpu = tree.reduce((sum, pid) => sum + (processCpuMs(pid) ?? 0), 0);
  const reported = /is up \(([\d.]+) s\)/.exec(output)?.[1];
  const stopping = performance.now();
  child.kill("SIGINT");
  await new Promise((resolve) => child.once("exit", resolve));
  record(
    "npm run local: spawn to ready",
    ready,
    readyCpu,
    `${(ready / 1000).toFixed(2)} s (runtime's own start: ${reported} s; ${tree.length - 1} containers); ` +
      `Ctrl-C to exited: ${((performance.now() - stopping) / 1000).toFixed(2)} s`,
  );
}

/** Runs `work`, then reports its wall time and the CPU time of this process and the children it reaped meanwhile. */
async function measured<T>(phase: string, work: () => Promise<{ value: T; result: string }>): Promise<T> {
  const cpu = process.cpuUsage();
  const children = childrenCpuMs();
  const started = performance.now();
  const { value, result } = await work();
  const own = process.cpuUsage(cpu);
  const reaped = children === undefined ? undefined : (childrenCpuMs() ?? children) - children;
  record(
    phase,
    performance.now() - started,
    reaped === undefined ? undefined : (own.user + own.system) / 1000 + reaped,
    result,
  );
  return value;
}

async function withSystem<T>(
  timeScale: number,
  run: (system: LocalSystem, token: string, json: StackJson) => Promise<T>,
): Promise<T> {
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
    return await run(system, system.secretValue(system.apis[0].authorizerSecrets[0])!, json);
  } finally {
    await system.stop();
    fs.rmSync(stateDir, { recursive: true, force: true });
  }
}

/** What the bench reads of the synthesized stack itself. */
interface StackJson {
  readonly resource: { readonly oci_functions_function: Record<string, { readonly display_name: string }> };
}

/**
 * CPU seconds of each function's live containers so far, and of this process (gateway, stand-ins, connectors, the
 * bench's own clients) since `since`.
 */
function cpuByProcess(system: LocalSystem, json: StackJson, since: NodeJS.CpuUsage): string {
  const parts = Object.values(json.resource.oci_functions_function).map(({ display_name: name }) => {
    const containers = system.functions.containers(system.functionId(name));
    const ms = containers.reduce((sum, c) => sum + (c.cpuMs() ?? 0), 0);
    return `${name} ${(ms / 1000).toFixed(1)}`;
  });
  const own = process.cpuUsage(since);
  return `CPU s by process: ${parts.join(", ")}, runtime ${((own.user + own.system) / 1e6).toFixed(1)}`;
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
  return measured(`latency, ${label}`, () =>
    withSystem(timeScale, async (system, token) => {
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
      return {
        value: undefined,
        result:
          `POST -> target, ${LATENCY_MESSAGES} messages at ${LATENCY_RATE}/s: ` +
          `median ${quantile(times, 0.5)} ms, p99 ${quantile(times, 0.99)} ms, max ${Math.max(...times)} ms`,
      };
    }),
  );
}

async function throughput(): Promise<void> {
  await measured("sustained throughput", () =>
    withSystem(1, async (system, token, json) => {
      const cpuAtStart = process.cpuUsage();
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
      return {
        value: undefined,
        result:
          `${batches * 100} messages through the whole path in ${seconds.toFixed(1)} s = ` +
          `${Math.round((batches * 100) / seconds)} messages/s (the API accepted them all in ${(accepted / 1000).toFixed(1)} s); ` +
          cpuByProcess(system, json, cpuAtStart),
      };
    }),
  );
}

/** jest on __tests__/system alone, and the sum of the suites' own run times from its JSON report. */
function systemTests(): void {
  const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "bench-local-jest-")), "report.json");
  const sample = timeCommand(
    process.execPath,
    [path.join(ROOT, "node_modules", "jest", "bin", "jest.js"), "__tests__/system", "--json", `--outputFile=${report}`],
    { cwd: ROOT },
  );
  const results: { testResults: { name: string; startTime: number; endTime: number }[] } = JSON.parse(
    fs.readFileSync(report, "utf8"),
  );
  fs.rmSync(path.dirname(report), { recursive: true, force: true });
  const suites = results.testResults.map(
    (r) => `${path.basename(r.name)} ${((r.endTime - r.startTime) / 1000).toFixed(1)} s`,
  );
  const sum = results.testResults.reduce((total, r) => total + r.endTime - r.startTime, 0);
  record(
    "system tests (jest __tests__/system)",
    sample.wallMs,
    sample.cpuMs,
    `suites ${(sum / 1000).toFixed(1)} s in all (${suites.join(", ")})`,
  );
}

async function main(): Promise<void> {
  const problem = synthProblem("example");
  if (problem) {
    console.error(`bench:local: ${problem}: run npm run synth first`);
    process.exit(2);
  }
  if (PHASES.includes("start")) await startTime();
  if (PHASES.includes("latency")) {
    await latency(1, "synthesized batching (batch_time_in_sec 5, batch_size_in_num 100)");
    await latency(FAST_SCALE, `connector times x${FAST_SCALE}`);
  }
  if (PHASES.includes("throughput")) await throughput();
  if (PHASES.includes("tests")) systemTests();
  console.log(
    `\n${os.cpus().length} CPUs, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`,
  );
  printTable(["phase", "wall s", "CPU s", "result"], summary);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

import * as os from "os";
import * as path from "path";
import { StreamMessage, putAll } from "../lib/batching";
import { streamClient } from "../lib/clients/stream";
import { Deadline } from "../lib/deadline";
import { authenticationProvider } from "../lib/oci-auth";
import { platformConfigSchema } from "../lib/platform-config";
import { buildAll, BuiltFunction } from "../scripts/build-functions";
import { API_TOKEN, DataSyncEnv } from "../stand-ins/data-sync-env";
import { CallOptions, FnProcess } from "../stand-ins/fn-harness";
import { ObjectStorageStandIn } from "../stand-ins/object-storage";
import { resourcePrincipalEnv } from "../stand-ins/signing";
import { StreamingStandIn } from "../stand-ins/streaming";
import { functionConfig } from "../functions/contracts";
import { median } from "./measure";
import { FunctionsResults, saveResults } from "./results";

/**
 * `npm run bench`: for each function, bundle size, process start to ready socket, first and warm invocation
 * latency, and publishing throughput against the local streaming stand-in (one message per call through the
 * function, and batched through the shared putAll). Local numbers: they compare builds, they do not predict OCI.
 *
 * A function loads its handler once its socket is up (lib/fn-handler.ts), so the first call carries what the start
 * no longer does: the cold call (process start to the first answer, and its CPU) is the number a caller waits for.
 */

/** Enough starts for a median that a busy machine does not swing by tens of ms. */
const STARTS = Number(process.env.BENCH_STARTS ?? 15);
const WARM_CALLS = Number(process.env.BENCH_WARM_CALLS ?? 50);
const THROUGHPUT_CALLS = Number(process.env.BENCH_THROUGHPUT_CALLS ?? 200);
const BATCHED_MESSAGES = Number(process.env.BENCH_BATCHED_MESSAGES ?? 5_000);
const MESSAGE_BYTES = 1_024;

interface Services {
  readonly streaming: StreamingStandIn;
  readonly objects: ObjectStorageStandIn;
  readonly streamId: string;
  /** The data-sync functions' stand-ins (their own streams, secrets and topic), for the configuration they start with. */
  readonly dataSync: DataSyncEnv;
}

/** How to call a function in the bench: its configuration, a valid request body, and how it is invoked. */
interface Scenario {
  config(services: Services): Record<string, string>;
  /** More environment. @default - the resource principal's only */
  env?(services: Services): Record<string, string>;
  /** @default - no calls: only its start is measured */
  body?(services: Services, i: number): string;
  /** @default - a plain invocation, as Events or a connector makes it */
  readonly options?: CallOptions;
  /** Whether each call publishes a message, so that calls per second are messages per second. @default false */
  readonly publishes?: boolean;
}

const SCENARIOS: Record<string, Scenario> = {
  // A valid configuration for every function: an invalid one skips building credentials, so its start would be short.
  authorizer: {
    config: (s) => functionConfig("authorizer", s.dataSync.config("authorizer")),
    body: () => JSON.stringify({ type: "TOKEN", token: `Bearer ${API_TOKEN}` }),
  },
  // Throughput of process and retry is bench:data-sync's; here, one message delivered to the target per call, and an
  // operator's replay of the (empty) recoverable stream.
  process: {
    config: (s) => functionConfig("process", s.dataSync.config("process")),
    env: (s) => ({ NODE_EXTRA_CA_CERTS: s.dataSync.target.caFile }),
    body: (s, i) => JSON.stringify(s.dataSync.connectorBatch([s.dataSync.targetCall(`bench-${i}`)])),
  },
  retry: {
    config: (s) => functionConfig("retry", s.dataSync.config("retry")),
    env: (s) => ({ NODE_EXTRA_CA_CERTS: s.dataSync.target.caFile }),
    body: () => JSON.stringify({ count: 1 }),
    options: { gateway: { method: "POST", url: "/v1/retry" } },
  },
  "claim-check": {
    publishes: true,
    config: (s) =>
      functionConfig("claim-check", {
        STREAM_ID: s.streamId,
        STREAM_MESSAGES_ENDPOINT: s.streaming.endpoint,
        OBJECT_STORAGE_ENDPOINT: s.objects.endpoint,
        BUCKET_NAME: "bench",
      }),
    body: (s, i) => {
      const name = `in/object-${i}.json`;
      s.objects.putObject("benchns", "bench", name, "x".repeat(MESSAGE_BYTES), "application/json");
      return JSON.stringify({
        eventType: "com.oraclecloud.objectstorage.createobject",
        eventID: `bench-${i}`,
        eventTime: new Date().toISOString(),
        data: { resourceName: name, additionalDetails: { bucketName: "bench", namespace: "benchns" } },
      });
    },
  },
  // One message per API call, as a client that does not batch would send it.
  populate: {
    publishes: true,
    config: (s) =>
      functionConfig("populate", {
        STREAM_ID: s.streamId,
        STREAM_MESSAGES_ENDPOINT: s.streaming.endpoint,
        TARGET_NAMES: "erp",
      }),
    body: (_s, i) =>
      JSON.stringify({
        key: `customer-${i % 64}`,
        value: {
          target: "erp",
          method: "POST",
          path: "/orders",
          payload: { id: i, pad: "x".repeat(MESSAGE_BYTES) },
        },
      }),
    options: { gateway: { method: "POST", url: "/v1/messages", headers: { "Content-Type": "application/json" } } },
  },
};

interface Row {
  name: string;
  bundleKb: string;
  startMs: string;
  startCpuMs: string;
  firstCallMs: string;
  coldCallMs: string;
  coldCallCpuMs: string;
  warmCallMs: string;
  perCallMsgsPerS: string;
  batchedMsgsPerS: string;
}

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const result = await fn();
  return [performance.now() - start, result];
}

async function expectOk(response: { status: number; httpStatus?: number; body: string }): Promise<void> {
  if (response.status !== 200 || (response.httpStatus ?? 200) >= 300) {
    throw new Error(`bench call failed: ${response.status}/${response.httpStatus} ${response.body}`);
  }
}

type FunctionResult = FunctionsResults["functions"][number];

async function benchFunction(
  built: BuiltFunction,
  services: Services,
  baseEnv: Record<string, string>,
): Promise<[Row, FunctionResult]> {
  const scenario = SCENARIOS[built.name];
  if (!scenario) throw new Error(`no bench scenario for function ${built.name}: add one to SCENARIOS`);
  const config = scenario.config(services);
  const env = { ...baseEnv, ...scenario.env?.(services) };
  const body = scenario.body;
  const starts: number[] = [];
  const startCpu: number[] = [];
  const firstCalls: number[] = [];
  const coldCalls: number[] = [];
  const coldCallCpu: number[] = [];
  let counter = 0;
  for (let i = 0; i < STARTS; i++) {
    const fn = await FnProcess.start({ bundle: built.bundle, env, config });
    starts.push(fn.startupMs);
    const cpu = fn.cpuMs();
    if (cpu !== undefined) startCpu.push(cpu);
    if (body) {
      const [ms, response] = await timed(() => fn.call(body(services, counter++), scenario.options));
      await expectOk(response);
      firstCalls.push(ms);
      coldCalls.push(fn.startupMs + ms);
      const cpuAfter = fn.cpuMs();
      if (cpuAfter !== undefined) coldCallCpu.push(cpuAfter);
    }
    await fn.stop();
  }
  const row: Row = {
    name: built.name,
    bundleKb: (built.bytes / 1024).toFixed(0),
    startMs: median(starts).toFixed(1),
    startCpuMs: startCpu.length ? median(startCpu).toFixed(0) : "-",
    firstCallMs: "-",
    coldCallMs: "-",
    coldCallCpuMs: "-",
    warmCallMs: "-",
    perCallMsgsPerS: "-",
    batchedMsgsPerS: "-",
  };
  const result: FunctionResult = {
    name: built.name,
    bundleBytes: built.bytes,
    startMs: median(starts),
    startCpuMs: startCpu.length ? median(startCpu) : undefined,
    firstCallMs: firstCalls.length ? median(firstCalls) : undefined,
    coldCallMs: coldCalls.length ? median(coldCalls) : undefined,
    coldCallCpuMs: coldCallCpu.length ? median(coldCallCpu) : undefined,
  };
  if (!body) return [row, result];

  const fn = await FnProcess.start({ bundle: built.bundle, env, config });
  try {
    for (let i = 0; i < 5; i++) await expectOk(await fn.call(body(services, counter++), scenario.options));
    const warm: number[] = [];
    for (let i = 0; i < WARM_CALLS; i++) {
      const [ms, response] = await timed(() => fn.call(body(services, counter++), scenario.options));
      await expectOk(response);
      warm.push(ms);
    }
    row.firstCallMs = median(firstCalls).toFixed(1);
    row.coldCallMs = median(coldCalls).toFixed(1);
    row.coldCallCpuMs = coldCallCpu.length ? median(coldCallCpu).toFixed(0) : "-";
    row.warmCallMs = median(warm).toFixed(1);
    if (!scenario.publishes) return [row, result];
    // Fn sends a container one call at a time, so calls are sequential here too.
    const bodies = Array.from({ length: THROUGHPUT_CALLS }, () => body(services, counter++));
    const [totalMs] = await timed(async () => {
      for (const request of bodies) await expectOk(await fn.call(request, scenario.options));
    });
    row.perCallMsgsPerS = (THROUGHPUT_CALLS / (totalMs / 1000)).toFixed(0);
  } finally {
    await fn.stop();
  }
  row.batchedMsgsPerS = (await batchedThroughput(services, env)).toFixed(0);
  return [row, result];
}

/** The shared publishing path (stream client + putAll) in this process, signing as the function would. */
async function batchedThroughput(services: Services, env: Record<string, string>): Promise<number> {
  Object.assign(process.env, env);
  const config = platformConfigSchema.parse({});
  const deadline = new Deadline(Date.now() + 120_000);
  const client = streamClient({ auth: authenticationProvider(config), config, deadline }, services.streaming.endpoint);
  const messages: StreamMessage[] = Array.from({ length: BATCHED_MESSAGES }, (_, i) => ({
    key: `key-${i % 64}`,
    value: Buffer.alloc(MESSAGE_BYTES, i % 256),
  }));
  const [ms, result] = await timed(() => putAll(client, services.streamId, messages, { deadline: deadline.stopAt }));
  if (result.failures > 0) throw new Error(`${result.failures} batched messages failed`);
  return BATCHED_MESSAGES / (ms / 1000);
}

function printTable(rows: Row[]): void {
  const headers: [keyof Row, string][] = [
    ["name", "function"],
    ["bundleKb", "bundle KiB"],
    ["startMs", "start→socket ms (median)"],
    ["startCpuMs", "its CPU ms (median)"],
    ["firstCallMs", "first call ms (median)"],
    ["coldCallMs", "start→first answer ms (median)"],
    ["coldCallCpuMs", "its CPU ms (median)"],
    ["warmCallMs", "warm call ms (median)"],
    ["perCallMsgsPerS", "msgs/s, 1 per call"],
    ["batchedMsgsPerS", "msgs/s, batched putAll"],
  ];
  const widths = headers.map(([key, title]) => Math.max(title.length, ...rows.map((r) => r[key].length)));
  const line = (cells: string[]) => "| " + cells.map((c, i) => c.padEnd(widths[i])).join(" | ") + " |";
  console.log(line(headers.map(([, title]) => title)));
  console.log("| " + widths.map((w) => "-".repeat(w)).join(" | ") + " |");
  for (const row of rows) console.log(line(headers.map(([key]) => row[key])));
}

async function main(): Promise<void> {
  const built = await buildAll();
  const env = resourcePrincipalEnv();
  const streaming = await new StreamingStandIn({ getMessagesPerSecond: Infinity }).start();
  const objects = await new ObjectStorageStandIn().start();
  const dataSync = await DataSyncEnv.start();
  const services = { streaming, objects, streamId: streaming.createStream({ partitions: 4 }), dataSync };
  try {
    const rows: Row[] = [];
    const results: FunctionResult[] = [];
    for (const fn of built) {
      const [row, result] = await benchFunction(fn, services, env);
      rows.push(row);
      results.push(result);
    }
    console.log(
      `Node ${process.version}; load average ${os.loadavg()[0].toFixed(2)} at the end; ${STARTS} starts, ${WARM_CALLS} warm calls, ${THROUGHPUT_CALLS} calls and ` +
        `${BATCHED_MESSAGES} batched messages of ${MESSAGE_BYTES} B per function; bundles in ${path.relative(process.cwd(), path.dirname(path.dirname(built[0].bundle)))}`,
    );
    printTable(rows);
    saveResults("functions", { functions: results }, os.loadavg()[0]);
  } finally {
    await streaming.close();
    await objects.close();
    await dataSync.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

import * as fs from "fs";
import { Agent } from "undici";
import * as vm from "vm";
import { Deadline } from "../lib/deadline";
import { Logger } from "../lib/log";
import { authenticationProvider } from "../lib/oci-auth";
import { parseConfiguration } from "../lib/validation";
import { ConfigOverrides, functionConfig } from "../functions/contracts";
import { retryConfigSchema } from "../functions/retry/config";
import { retryWith } from "../functions/retry/retry";
import { DataSyncEnv, itemId } from "./data-sync-env";
import { resourcePrincipalEnv } from "./signing";

/** Where undici, and so Node's fetch, keeps its global dispatcher (undici lib/global.js). */
const DISPATCHER = Symbol.for("undici.globalDispatcher.1");

/** A target outage, replayed on a simulated clock by the scheduled retry function. */
export interface OutageScenario {
  /** Messages that fail at the start of the outage; every third of the first nine shares one of three keys. */
  readonly messages: number;
  readonly outageHours: number;
  /** Simulated time after the target is back. */
  readonly afterHours: number;
  /** Minutes between scheduled retry runs. */
  readonly scheduleMinutes: number;
  /** Retry configuration over the test defaults, e.g. back-off and MAX_ATTEMPTS, keyed by the retry function's contract. */
  readonly retryConfig: ConfigOverrides<"retry">;
}

export interface OutageResult {
  readonly runs: number;
  /** Every call the target received, the first deliveries by process included. */
  readonly targetCalls: number;
  /** Calls answered 503, i.e. made while the target was down. */
  readonly callsWhileDown: number;
  /** Distinct messages the target answered 200. */
  readonly delivered: number;
  /** Calls answered 200 for a message already answered 200. */
  readonly duplicates: number;
  readonly deadLettered: number;
  /** Each key's ids in the order the target accepted them. */
  readonly keyOrder: Record<string, string[]>;
}

/**
 * The process function (built bundle) fails every message at the outage's start; then the retry function's handler
 * runs in this process, as Resource Scheduler would run it every `scheduleMinutes`, on a clock that jumps ahead by
 * that much each run, with the real SDK against the stand-ins. Only the clock the handler is given is simulated:
 * the SDK's request signing, the deadline and the stand-ins keep real time, so a 6-hour outage takes seconds.
 */
export async function simulateOutage(env: DataSyncEnv, scenario: OutageScenario): Promise<OutageResult> {
  const start = Date.now();
  let now = start;
  const outageEnds = start + scenario.outageHours * 3_600_000;
  env.target.behave = () => ({ status: now < outageEnds ? 503 : 200 });

  const process = await env.start("process");
  const ids = Array.from({ length: scenario.messages }, (_, i) => `m${i}`);
  for (const [i, id] of ids.entries()) {
    const key = i < 9 ? `key-${i % 3}` : undefined;
    await process.call(JSON.stringify(env.connectorBatch([env.targetCall(id)], key)));
  }

  const config = parseConfiguration(
    retryConfigSchema,
    functionConfig("retry", { ...env.config("retry"), SCHEDULED_RETRY_COUNT: 1000, ...scenario.retryConfig }),
  );
  const savedEnv = { ...globalThis.process.env };
  Object.assign(globalThis.process.env, resourcePrincipalEnv());
  // The bundles trust the target through NODE_EXTRA_CA_CERTS, which Node reads at start only; here, fetch's global
  // dispatcher (on the main realm's global, where Node's fetch looks, not a jest sandbox's) trusts it. It is left in
  // place: run the simulation in a process of its own (bench/retry-outage.ts), as putting back another process's
  // default dispatcher is not reliable.
  const realm = vm.runInThisContext("globalThis") as Record<symbol, unknown>;
  realm[DISPATCHER] = new Agent({ connect: { ca: [fs.readFileSync(env.target.caFile)] } });
  // Back-off is what is simulated, not the pace of GetMessages (retry-function.test.ts runs that at OCI's limit): the
  // handler does not wait between its reads (at 20 ms, 1.3 s of real time over the two scenarios on a loaded machine,
  // more on a quiet one, where a run takes less time than the pace).
  env.streaming.getMessagesPerSecond = Infinity;
  // Likewise each run's metrics: OCI would see one run's posts every few minutes, here they come every few ms, and
  // the SDK's retries of the stand-in's 429s only cost time (oci-standins.test.ts checks the limit).
  env.monitoring.postsPerSecond = Infinity;
  const handler = retryWith({ now: () => now, sleep: async () => undefined });
  const log = new Logger({ fn: "retry", simulated: true }, () => undefined);
  let runs = 0;
  try {
    const auth = authenticationProvider(config);
    const endAt = outageEnds + scenario.afterHours * 3_600_000;
    for (now = start + scenario.scheduleMinutes * 60_000; now <= endAt; now += scenario.scheduleMinutes * 60_000) {
      const deadline = new Deadline(Date.now() + 30_000);
      const reply = await handler({
        callId: `run-${runs}`,
        body: Buffer.alloc(0),
        config,
        deadline,
        log,
        clients: { auth, config, deadline },
      });
      if (reply.status !== 200) throw new Error(`run ${runs} answered ${reply.status}: ${JSON.stringify(reply.body)}`);
      runs += 1;
    }
  } finally {
    globalThis.process.env = savedEnv;
  }

  const accepted = env.target.requests.filter((r) => r.answer === 200).map((r) => itemId(r.path));
  const keyOrder: Record<string, string[]> = {};
  for (const id of accepted) {
    const index = Number(id.slice(1));
    if (index < 9) (keyOrder[`key-${index % 3}`] ??= []).push(id);
  }
  return {
    runs,
    targetCalls: env.target.requests.length,
    callsWhileDown: env.target.requests.filter((r) => r.answer === 503).length,
    delivered: new Set(accepted).size,
    duplicates: accepted.length - new Set(accepted).size,
    deadLettered: env.records(env.unrecoverableStreamId).length,
    keyOrder,
  };
}

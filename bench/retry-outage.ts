import { DataSyncEnv } from "../stand-ins/data-sync-env";
import { OutageResult, simulateOutage } from "../stand-ins/retry-outage";
import { ConfigOverrides } from "../functions/contracts";

/**
 * The calls a target down for 6 hours receives from 20 failed messages, with the scheduled retry every 5 minutes,
 * with the default back-off and without (base 0), on a simulated clock (stand-ins/retry-outage.ts). `--json` prints
 * the results as one JSON object (__tests__/retry-backoff.test.ts runs it so, in a process of its own, as the
 * simulation sets this process's fetch dispatcher).
 */
export const OUTAGE = { messages: 20, outageHours: 6, afterHours: 1.5, scheduleMinutes: 5 };

/** Each scenario's retry configuration, keyed by the retry function's contract (a misspelt key fails to compile). */
const SCENARIOS: Record<string, { readonly label: string; readonly retryConfig: ConfigOverrides<"retry"> }> = {
  backoff: { label: "back-off 60 s x2, cap 1 h, jitter 0.2", retryConfig: { MAX_ATTEMPTS: 20 } },
  none: { label: "no back-off", retryConfig: { RETRY_BACKOFF_BASE_SECONDS: 0, MAX_ATTEMPTS: 100 } },
};

async function main(): Promise<void> {
  const json = process.argv.includes("--json");
  const results: Record<string, OutageResult> = {};
  for (const [name, { label, retryConfig }] of Object.entries(SCENARIOS)) {
    const env = await DataSyncEnv.start();
    try {
      const result = await simulateOutage(env, {
        ...OUTAGE,
        retryConfig: { RETRY_BACKOFF_BASE_SECONDS: 60, ...retryConfig },
      });
      results[name] = result;
      if (!json) {
        console.log(
          `${label}: ${result.runs} runs, ${result.targetCalls} target calls (${result.callsWhileDown} while down, ` +
            `${(result.callsWhileDown / OUTAGE.messages).toFixed(1)} per message), ${result.delivered}/${OUTAGE.messages} delivered, ` +
            `${result.duplicates} duplicates, ${result.deadLettered} dead letters`,
        );
      }
    } finally {
      await env.close();
    }
  }
  if (json) console.log(JSON.stringify(results));
}

if (require.main === module) void main();

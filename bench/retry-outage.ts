import { DataSyncEnv } from "../stand-ins/data-sync-env";
import { simulateOutage } from "../stand-ins/retry-outage";

/**
 * The calls a target down for 6 hours receives from 20 failed messages, with the scheduled retry every 5 minutes,
 * with the default back-off and without (base 0), on a simulated clock (stand-ins/retry-outage.ts).
 */
async function main(): Promise<void> {
  const scenario = { messages: 20, outageHours: 6, afterHours: 1.5, scheduleMinutes: 5 };
  for (const [label, retryConfig] of [
    ["back-off 60 s x2, cap 1 h, jitter 0.2", { MAX_ATTEMPTS: "20" }],
    ["no back-off", { RETRY_BACKOFF_BASE_SECONDS: "0", MAX_ATTEMPTS: "100" }],
  ] as const) {
    const env = await DataSyncEnv.start();
    try {
      const result = await simulateOutage(env, {
        ...scenario,
        retryConfig: { RETRY_BACKOFF_BASE_SECONDS: "60", ...retryConfig },
      });
      console.log(
        `${label}: ${result.runs} runs, ${result.targetCalls} target calls (${result.callsWhileDown} while down, ` +
          `${(result.callsWhileDown / scenario.messages).toFixed(1)} per message), ${result.delivered}/${scenario.messages} delivered, ` +
          `${result.duplicates} duplicates, ${result.deadLettered} dead letters`,
      );
    } finally {
      await env.close();
    }
  }
}

void main();

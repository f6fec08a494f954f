import { ErrorRecord, ErrorStream } from "./error-record";
import { FailedOutcome } from "./delivery";

/** Where a message read from the data stream goes after its first processing. */
export function processRouting(outcome: FailedOutcome): ErrorStream {
  return outcome.verdict === "unrecoverable" ? "unrecoverable" : "recoverable";
}

/**
 * Where a message the retry function re-delivered goes when it fails again: unrecoverable when it came from there
 * (never back into a stream it did not come from, never a loop), when the failure is permanent, or when this was its
 * last allowed attempt; otherwise back to recoverable.
 */
export function retryRouting(
  outcome: Exclude<FailedOutcome, { verdict: "deferred" }>,
  source: ErrorStream,
  attempt: number,
  maxAttempts: number,
): ErrorStream {
  if (source === "unrecoverable" || outcome.verdict === "unrecoverable" || attempt >= maxAttempts) {
    return "unrecoverable";
  }
  return "recoverable";
}

/** The error record for a failed message. */
export function failureRecord(
  original: unknown,
  outcome: FailedOutcome,
  stream: ErrorStream,
  attempt: number,
  now: Date = new Date(),
): ErrorRecord {
  return {
    kind: "data-sync-failure",
    ...(outcome.target !== undefined ? { target: outcome.target } : {}),
    ...(outcome.client !== undefined ? { client: outcome.client } : {}),
    original,
    stream,
    attempt,
    ...("status" in outcome && outcome.status !== undefined ? { status: outcome.status } : {}),
    error: outcome.error,
    failedAt: now.toISOString(),
  };
}

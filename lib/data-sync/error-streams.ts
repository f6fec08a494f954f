import { putAll } from "../batching";
import { Call } from "../fn-handler";
import { streamClient } from "../clients/stream";
import { DeliveryConfig } from "./config";
import { ErrorRecord, errorMessage, ErrorStream } from "./error-record";

/** Attempts per error-stream write (per entry), within the deadline. */
const RECORD_ATTEMPTS = 4;

/**
 * Thrown when a failure could not be written to its error stream: the caller must not acknowledge the message.
 * `written` holds the records that did reach their stream, so that a repeat of the work need not write them again.
 */
export class RecordingError extends Error {
  constructor(
    readonly failed: number,
    readonly total: number,
    readonly firstError: string,
    readonly written: ReadonlySet<ErrorRecord>,
  ) {
    super(`${failed} of ${total} failures could not be recorded on the error streams: ${firstError}`);
    this.name = "RecordingError";
  }
}

/** Writes each record to its error stream (recoverable or unrecoverable); throws RecordingError if any is not written. */
export async function recordFailures(call: Call<DeliveryConfig>, records: readonly ErrorRecord[]): Promise<void> {
  if (records.length === 0) return;
  const client = streamClient(call.clients, call.config.STREAM_MESSAGES_ENDPOINT);
  try {
    let failed = 0;
    let firstError = "";
    const written = new Set<ErrorRecord>();
    for (const stream of ["recoverable", "unrecoverable"] as ErrorStream[]) {
      const batch = records.filter((r) => r.stream === stream);
      if (batch.length === 0) continue;
      const streamId =
        stream === "recoverable" ? call.config.RECOVERABLE_STREAM_ID : call.config.UNRECOVERABLE_STREAM_ID;
      const result = await putAll(client, streamId, batch.map(errorMessage), {
        maxAttempts: RECORD_ATTEMPTS,
        deadline: call.deadline.stopAt,
      });
      for (const [i, outcome] of result.outcomes.entries()) {
        if (outcome.ok) {
          written.add(batch[i]);
          continue;
        }
        failed += 1;
        firstError ||= `${stream} stream: ${outcome.error} ${outcome.errorMessage}`.trim();
      }
    }
    if (failed > 0) throw new RecordingError(failed, records.length, firstError, written);
  } finally {
    client.close();
  }
}

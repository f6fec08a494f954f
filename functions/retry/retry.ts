import { randomUUID } from "crypto";
import { models, StreamClient } from "oci-streaming";
import { describeFailure } from "../shared/failure";
import { Call, Reply } from "../shared/fn-handler";
import { parseJsonBody, validateInput } from "../shared/validation";
import { consumerClient } from "../data-sync/consumer-client";
import { deliverAll, DeliveryOutcome, RECORDING_RESERVE_MS } from "../data-sync/delivery";
import { ErrorRecord, ErrorStream, parseErrorRecord } from "../data-sync/error-record";
import { RecordingError, recordFailures } from "../data-sync/error-streams";
import { failureNotice, publishNotice } from "../data-sync/failure-notice";
import { failureRecord, retryRouting } from "../data-sync/failure-routing";
import { StreamMessage } from "../data-sync/stream-message";
import { RetryConfig } from "./config";
import { RetryRequest, retryRequestSchema } from "./retry-request";

/**
 * This container's consumer instance. Fn runs one call at a time per container, so successive calls share it and
 * resume the group's partitions at once, while concurrent containers get partitions of their own (a per-call name
 * would leave the previous call's reservation standing for the group's timeout, hiding its partitions).
 */
const INSTANCE_NAME = `retry-${randomUUID()}`;

/** OCI allows 5 GetMessages per second per consumer instance. */
const MIN_GET_INTERVAL_MS = 200;

/** When this container's instance last called GetMessages: the limit spans calls, as the instance does. */
let lastGetAt = 0;

/** A batch is started only if at least this much time is left: its deliveries, recording and commit. */
const MIN_BATCH_TIME_MS = RECORDING_RESERVE_MS + 1_000;

/** What one GetMessages returned, and the cursor that commits exactly those messages. */
interface ReadBatch {
  readonly messages: models.Message[];
  readonly commitCursor: string;
}

export interface RetryCounts {
  delivered: number;
  failedAgain: number;
  deadLettered: number;
  /** Not attempted for lack of time: put back on the stream they came from, attempt count unchanged. */
  deferred: number;
}

/**
 * `POST /v1/retry`: reads exactly `count` messages (fewer if the stream has fewer) from an error stream with the
 * stream's consumer group, delivers each again, routes the ones that fail again, and commits each batch once all its
 * messages are finished. Everything is read before anything is written, so a message re-routed into the stream being
 * drained is never read again in the same call; a call that dies leaves its uncommitted messages for the next.
 */
export async function retry(call: Call<RetryConfig>): Promise<Reply> {
  const request = validateInput(retryRequestSchema, parseJsonBody(call.body), "invalid_retry_request");
  const source: ErrorStream = request.stream;
  const streamId = source === "recoverable" ? call.config.RECOVERABLE_STREAM_ID : call.config.UNRECOVERABLE_STREAM_ID;
  call.log.add({ source, count: request.count });

  const client = consumerClient(call.clients, call.config.STREAM_MESSAGES_ENDPOINT);
  try {
    const batches = await readExactly(client, streamId, source, request);
    const read = batches.reduce((n, b) => n + b.messages.length, 0);
    const counts: RetryCounts = { delivered: 0, failedAgain: 0, deadLettered: 0, deferred: 0 };
    const lastOffsets: Record<string, number> = {};
    const failures: ErrorRecord[] = [];
    let processed = 0;
    let stoppedBy: string | undefined;

    for (const batch of batches) {
      if (call.deadline.remainingMs() < MIN_BATCH_TIME_MS) {
        stoppedBy = "deadline";
        break;
      }
      const routed = await redeliver(call, source, batch.messages);
      try {
        await recordFailures(call, routed.records);
      } catch (err) {
        if (!(err instanceof RecordingError)) throw err;
        call.log.error("batch not committed: failures could not be recorded", { reason: err.message });
        stoppedBy = "error_stream_unavailable";
        break;
      }
      addCounts(counts, routed.counts);
      failures.push(...routed.records.filter((r) => !routed.deferred.has(r)));
      try {
        await client.consumerCommit({ streamId, cursor: batch.commitCursor });
      } catch (err) {
        // Delivered and re-routed, but the next call will read these again: duplicates, never losses.
        call.log.error("batch finished but not committed", describeFailure(err));
        stoppedBy = "commit_failed";
        break;
      }
      for (const m of batch.messages) lastOffsets[m.partition] = Math.max(lastOffsets[m.partition] ?? -1, m.offset);
      processed += batch.messages.length;
    }

    const summary = { stream: source, requested: request.count, read, processed, ...counts, lastOffsets };
    call.log.info("retry finished", { ...summary, stoppedBy });
    if (counts.failedAgain + counts.deadLettered > 0) {
      await publishNotice(call, failureNotice("retry", call.callId, { ...counts, read }, failures));
    }
    if (stoppedBy === "error_stream_unavailable" || stoppedBy === "commit_failed") {
      const reason =
        stoppedBy === "commit_failed"
          ? "the last batch was finished but its offsets could not be committed; the next call repeats it"
          : `failures could not be recorded; ${read - processed} messages were left uncommitted for the next call`;
      return { status: 503, body: { error: stoppedBy, reason, ...summary } };
    }
    return { status: 200, body: summary };
  } finally {
    client.close();
  }
}

/** Reads until `count` messages or an empty answer, never asking for more than are still wanted. */
async function readExactly(
  client: StreamClient,
  streamId: string,
  source: ErrorStream,
  request: RetryRequest,
): Promise<ReadBatch[]> {
  const created = await client.createGroupCursor({
    streamId,
    createGroupCursorDetails: {
      groupName: `retry-${source}`,
      instanceName: INSTANCE_NAME,
      type: (request.from?.type ?? "TRIM_HORIZON") as models.CreateGroupCursorDetails.Type,
      ...(request.from?.time ? { time: new Date(request.from.time) } : {}),
      // Committed only once a batch is finished, so a call that dies midway loses nothing.
      commitOnGet: false,
    },
  });
  let cursor = created.cursor.value;
  const batches: ReadBatch[] = [];
  let wanted = request.count;
  while (wanted > 0) {
    const wait = lastGetAt + MIN_GET_INTERVAL_MS - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    lastGetAt = Date.now();
    const response = await client.getMessages({ streamId, cursor, limit: wanted });
    if (response.items.length === 0) break;
    cursor = response.opcNextCursor;
    batches.push({ messages: response.items, commitCursor: cursor });
    wanted -= response.items.length;
  }
  return batches;
}

interface Routed {
  readonly records: ErrorRecord[];
  readonly deferred: Set<ErrorRecord>;
  readonly counts: RetryCounts;
}

/** Delivers one batch again and decides where each failure goes. */
async function redeliver(call: Call<RetryConfig>, source: ErrorStream, messages: models.Message[]): Promise<Routed> {
  const parsed = messages.map((m) => parseErrorRecord(Buffer.from(m.value, "base64")));
  const deliverable = parsed.flatMap((p) => (p.ok ? [p.record] : []));
  const outcomes = await deliverAll(
    call,
    deliverable.map((r) => r.original),
  );
  const counts: RetryCounts = { delivered: 0, failedAgain: 0, deadLettered: 0, deferred: 0 };
  const records: ErrorRecord[] = [];
  const deferred = new Set<ErrorRecord>();
  let next = 0;
  parsed.forEach((p, i) => {
    if (!p.ok) {
      // Not a record this pipeline wrote: kept whole as the original of a dead letter.
      records.push(
        failureRecord(asStreamMessage(messages[i]), { verdict: "unrecoverable", error: p.problem }, "unrecoverable", 1),
      );
      counts.deadLettered += 1;
      return;
    }
    const outcome: DeliveryOutcome = outcomes[next++];
    if (outcome.verdict === "delivered") {
      counts.delivered += 1;
    } else if (outcome.verdict === "deferred") {
      const record = failureRecord(p.record.original, outcome, source, p.record.attempt);
      records.push(record);
      deferred.add(record);
      counts.deferred += 1;
    } else {
      const attempt = p.record.attempt + 1;
      const stream = retryRouting(outcome, source, attempt, call.config.MAX_ATTEMPTS);
      records.push(failureRecord(p.record.original, outcome, stream, attempt));
      if (stream === "recoverable") counts.failedAgain += 1;
      else counts.deadLettered += 1;
    }
  });
  return { records, deferred, counts };
}

function asStreamMessage(message: models.Message): StreamMessage {
  return {
    stream: message.stream,
    partition: message.partition,
    key: message.key ?? null,
    value: message.value,
    offset: message.offset,
    timestamp: new Date(message.timestamp).toISOString(),
  };
}

function addCounts(total: RetryCounts, more: RetryCounts): void {
  total.delivered += more.delivered;
  total.failedAgain += more.failedAgain;
  total.deadLettered += more.deadLettered;
  total.deferred += more.deferred;
}

import { randomUUID } from "crypto";
import { models, StreamClient } from "oci-streaming";
import { describeFailure } from "../../lib/failure";
import { Call, Reply } from "../../lib/fn-handler";
import { parseJsonBody, validateInput } from "../../lib/validation";
import { consumerClient } from "../../lib/data-sync/consumer-client";
import { deliverAll, DeliveryOutcome, RECORDING_RESERVE_MS } from "../../lib/data-sync/delivery";
import { ErrorRecord, ErrorStream, parseErrorRecord } from "../../lib/data-sync/error-record";
import { RecordingError, recordFailures } from "../../lib/data-sync/error-streams";
import { failureNotice, reportFailures } from "../../lib/data-sync/failure-notice";
import { failureRecord, retryRouting } from "../../lib/data-sync/failure-routing";
import { HandledLedger } from "../../lib/data-sync/handled-ledger";
import { Logger } from "../../lib/log";
import { StreamMessage } from "../../lib/data-sync/stream-message";
import { RetryConfig } from "./config";
import { retryRequestSchema } from "./retry-request";

/**
 * This container's consumer instance. Fn runs one call at a time per container, so successive calls share it and
 * resume the group's partitions at once, while concurrent containers get partitions of their own (a per-call name
 * would leave the previous call's reservation standing for the group's timeout, hiding its partitions).
 */
const INSTANCE_NAME = `retry-${randomUUID()}`;

/** When this container's instance last called GetMessages: the limit spans calls, as the instance does. */
let lastGetAt = 0;

/**
 * This container's finished error-stream messages (by stream OCID, partition, offset, append time): a batch whose commit failed
 * comes back to this instance, which still holds its partitions, and what was finished is not done twice.
 */
const ledger = new HandledLedger();

/** A batch is started only if at least this much time is left: its deliveries, recording and commit. */
const MIN_BATCH_TIME_MS = RECORDING_RESERVE_MS + 1_000;

/** What one GetMessages returned, and the cursor that commits exactly those messages. */
interface ReadBatch {
  readonly messages: models.Message[];
  readonly commitCursor: string;
}

export interface RetryCounts {
  delivered: number;
  /** Acknowledged without a call: their target's filter did not keep them (it may have changed since). */
  filtered: number;
  failedAgain: number;
  deadLettered: number;
  /** Not attempted for lack of time: put back on the stream they came from, attempt count unchanged. */
  deferred: number;
  /** Read again after an earlier call of this container finished them (its commit failed): skipped, not redone. */
  alreadyHandled: number;
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
  let stopHeartbeat = () => {};
  try {
    const created = await client.createGroupCursor({
      streamId,
      createGroupCursorDetails: {
        groupName: `retry-${source}`,
        instanceName: INSTANCE_NAME,
        type: (request.from?.type ?? "TRIM_HORIZON") as models.CreateGroupCursorDetails.Type,
        ...(request.from?.time ? { time: new Date(request.from.time) } : {}),
        // Committed only once a batch is finished, so a call that dies midway loses nothing.
        commitOnGet: false,
        // Set, not left to the service's default, because the heartbeat's interval is derived from it.
        timeoutInMs: call.config.CONSUMER_TIMEOUT_MS,
      },
    });
    stopHeartbeat = keepReservation(client, streamId, created.cursor.value, call.config.CONSUMER_TIMEOUT_MS, call.log);
    const batches = await readExactly(
      client,
      streamId,
      created.cursor.value,
      request.count,
      call.config.GET_MESSAGES_INTERVAL_MS,
    );
    const read = batches.reduce((n, b) => n + b.messages.length, 0);
    const counts: RetryCounts = {
      delivered: 0,
      filtered: 0,
      failedAgain: 0,
      deadLettered: 0,
      deferred: 0,
      alreadyHandled: 0,
    };
    const lastOffsets: Record<string, number> = {};
    const failures: ErrorRecord[] = [];
    let processed = 0;
    let stoppedBy: string | undefined;

    for (const batch of batches) {
      if (call.deadline.remainingMs() < MIN_BATCH_TIME_MS) {
        stoppedBy = "deadline";
        break;
      }
      const routed = await redeliver(call, source, streamId, batch.messages);
      try {
        await recordFailures(call, routed.records);
        routed.remember(() => true);
      } catch (err) {
        if (!(err instanceof RecordingError)) throw err;
        routed.remember((record) => err.written.has(record));
        // Those delivered stay delivered (the ledger keeps this container from sending them again): count them now.
        counts.delivered += routed.counts.delivered;
        call.log.error("batch not committed: failures could not be recorded", { reason: err.message });
        stoppedBy = "error_stream_unavailable";
        break;
      }
      addCounts(counts, routed.counts);
      failures.push(...routed.records.filter((r) => !routed.deferred.has(r)));
      try {
        await client.consumerCommit({ streamId, cursor: batch.commitCursor });
      } catch (err) {
        // Delivered and re-routed, but the next call reads these again: this container skips them (ledger); another
        // would repeat them, with the same idempotency keys: duplicates, never losses.
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
      await reportFailures(call, failureNotice("retry", call.callId, { ...counts, read }, failures));
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
    stopHeartbeat();
    client.close();
  }
}

/**
 * Heartbeats the group cursor every third of the consumer timeout until stopped. A call may hold its partitions for
 * the function's whole timeout (120 s in prod) while it delivers, and an instance that is inactive for the timeout
 * loses its reservations ("The amount of a consumer instance inactivity time, before partition reservations are
 * released", CreateGroupCursorDetails.timeoutInMs, oci-streaming SDK model): another instance would then read and
 * deliver the same messages. ConsumerHeartbeat "allows long-running processes to extend the timeout on partitions
 * reserved by a consumer instance"; each heartbeat uses the cursor the previous one returned ("Sending a Heartbeat",
 * https://docs.oracle.com/en-us/iaas/Content/Streaming/Tasks/send-heartbeat-consumer-group.htm).
 */
function keepReservation(
  client: StreamClient,
  streamId: string,
  cursor: string,
  timeoutMs: number,
  log: Logger,
): () => void {
  let current = cursor;
  let sending = false;
  const timer = setInterval(
    () => {
      if (sending) return;
      sending = true;
      client
        .consumerHeartbeat({ streamId, cursor: current })
        .then((response) => (current = response.cursor.value))
        .catch((err: unknown) => log.warn("consumer heartbeat failed", describeFailure(err)))
        .finally(() => (sending = false));
    },
    Math.floor(timeoutMs / 3),
  );
  return () => clearInterval(timer);
}

/** Reads until `count` messages or an empty answer, never asking for more than are still wanted. */
async function readExactly(
  client: StreamClient,
  streamId: string,
  groupCursor: string,
  count: number,
  intervalMs: number,
): Promise<ReadBatch[]> {
  let cursor = groupCursor;
  const batches: ReadBatch[] = [];
  let wanted = count;
  while (wanted > 0) {
    const wait = lastGetAt + intervalMs - Date.now();
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
  /** Puts what was delivered, and the messages whose record `written` says was written, into the ledger. */
  readonly remember: (written: (record: ErrorRecord) => boolean) => void;
}

/** Delivers one batch again and decides where each failure goes. */
async function redeliver(
  call: Call<RetryConfig>,
  source: ErrorStream,
  streamId: string,
  messages: models.Message[],
): Promise<Routed> {
  const counts: RetryCounts = {
    delivered: 0,
    filtered: 0,
    failedAgain: 0,
    deadLettered: 0,
    deferred: 0,
    alreadyHandled: 0,
  };
  const records: ErrorRecord[] = [];
  const deferred = new Set<ErrorRecord>();
  const handled: { id: string; record?: ErrorRecord }[] = [];
  // By stream OCID and append time: a recreated stream has a new OCID, and its offsets start again.
  const ids = messages.map((m) => `${streamId}/${m.partition}/${m.offset}/${new Date(m.timestamp).getTime()}`);
  const todo = messages.flatMap((m, i) => {
    if (ledger.get(ids[i])) {
      counts.alreadyHandled += 1;
      return [];
    }
    return [{ message: m, id: ids[i], parsed: parseErrorRecord(Buffer.from(m.value, "base64")) }];
  });
  const deliverable = todo.flatMap((t) => (t.parsed.ok && !t.parsed.record.valueOmitted ? [t.parsed.record] : []));
  const outcomes = await deliverAll(
    call,
    deliverable.map((r) => r.original),
  );
  let next = 0;
  for (const { message, id, parsed: p } of todo) {
    const record = ((): ErrorRecord | undefined => {
      if (!p.ok) {
        // Not a record this pipeline wrote: kept whole as the original of a dead letter.
        counts.deadLettered += 1;
        return failureRecord(
          asStreamMessage(message),
          { verdict: "unrecoverable", error: p.problem },
          "unrecoverable",
          1,
        );
      }
      const { original, attempt, valueOmitted, target, client } = p.record;
      if (valueOmitted) {
        // The value was never carried, so there is nothing to send: said exactly, where the original still is.
        counts.deadLettered += 1;
        const error =
          `not attempted: the original value (${valueOmitted.bytes} bytes) did not fit in an error record and was ` +
          `left out; it stays on stream ${original.stream}, partition ${original.partition}, offset ` +
          `${original.offset} until that stream's retention ends`;
        return {
          ...failureRecord(original, { verdict: "unrecoverable", error, target, client }, "unrecoverable", attempt),
          valueOmitted,
        };
      }
      const outcome: DeliveryOutcome = outcomes[next++];
      if (outcome.verdict === "delivered" || outcome.verdict === "filtered") {
        counts[outcome.verdict] += 1;
        return undefined;
      }
      if (outcome.verdict === "deferred") {
        const kept = failureRecord(original, outcome, source, attempt);
        deferred.add(kept);
        counts.deferred += 1;
        return kept;
      }
      const stream = retryRouting(outcome, source, attempt + 1, call.config.MAX_ATTEMPTS);
      if (stream === "recoverable") counts.failedAgain += 1;
      else counts.deadLettered += 1;
      return failureRecord(original, outcome, stream, attempt + 1);
    })();
    if (record) records.push(record);
    handled.push({ id, record });
  }
  const remember = (written: (record: ErrorRecord) => boolean) => {
    for (const { id, record } of handled) {
      if (!record) ledger.set(id, "delivered");
      else if (written(record)) ledger.set(id, "recorded");
    }
  };
  return { records, deferred, counts, remember };
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
  total.filtered += more.filtered;
  total.failedAgain += more.failedAgain;
  total.deadLettered += more.deadLettered;
  total.deferred += more.deferred;
  total.alreadyHandled += more.alreadyHandled;
}

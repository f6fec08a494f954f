import { randomUUID } from "crypto";
import { models, StreamClient } from "oci-streaming";
import { describeFailure } from "../../lib/failure";
import { Call, Reply } from "../../lib/fn-handler";
import { parseJsonBody, validateInput } from "../../lib/validation";
import { consumerClient } from "../../lib/data-sync/consumer-client";
import { BackoffPolicy, dueAtMs } from "../../lib/data-sync/backoff";
import {
  deliverAll,
  DeliveryOutcome,
  idempotencyKey,
  RECORDING_RESERVE_MS,
  tallyBy,
} from "../../lib/data-sync/delivery";
import { ErrorRecord, ErrorStream, parseErrorRecord } from "../../lib/data-sync/error-record";
import { RecordingError, recordFailures } from "../../lib/data-sync/error-streams";
import { failureNotice, reportFailures } from "../../lib/data-sync/failure-notice";
import { failureRecord, retryRouting } from "../../lib/data-sync/failure-routing";
import { HandledLedger } from "../../lib/data-sync/handled-ledger";
import { countOutcome, DELIVERY_METRICS, publishDeliveryMetrics } from "../../lib/data-sync/delivery-metrics";
import { MetricsBatch } from "../../lib/metrics";
import { Logger } from "../../lib/log";
import { sleep } from "../../lib/retry";
import { StreamMessage } from "../../lib/data-sync/stream-message";
import { RetryConfig } from "./config";
import { CLIENT_HEADER, clientHeaderValue } from "../../lib/data-sync/targets";
import { FunctionError } from "../../lib/errors";
import { RetryRequest, retryRequestSchema } from "./retry-request";

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
  /**
   * Not due yet (their back-off has not passed), or held behind an earlier message of their key that is not: put
   * back unchanged (same attempt, failedAt and error), not counted as failures, no call to the target.
   */
  notDue: number;
}

/** What the retry function takes from outside, so tests can run it on a simulated clock. */
export interface RetryDependencies {
  /** Epoch milliseconds. */
  readonly now: () => number;
  /**
   * Waits out GET_MESSAGES_INTERVAL_MS between GetMessages calls. A simulation of many scheduled runs that is not
   * about that pace may skip the wait. @default - a timer
   */
  readonly sleep?: (ms: number) => Promise<void>;
}

const emptyCounts = (): RetryCounts => ({
  delivered: 0,
  filtered: 0,
  failedAgain: 0,
  deadLettered: 0,
  deferred: 0,
  alreadyHandled: 0,
  notDue: 0,
});

/**
 * `POST /v1/retry`: reads exactly `count` messages (fewer if the stream has fewer) from an error stream with the
 * stream's consumer group, delivers each again, routes the ones that fail again, and commits each batch once all its
 * messages are finished. Everything is read before anything is written, so a message re-routed into the stream being
 * drained is never read again in the same call; a call that dies leaves its uncommitted messages for the next.
 */
export function retryWith(deps: RetryDependencies): (call: Call<RetryConfig>) => Promise<Reply> {
  return (call) => retryRun(call, deps);
}

export const retry = retryWith({ now: Date.now });

/**
 * The request of this call. An invocation that did not come through API Gateway with an empty body (or `{}`) is a
 * scheduled run: Resource Scheduler invokes the function with no input of ours (its request body is not documented;
 * we set none), so the run takes SCHEDULED_RETRY_COUNT messages of the recoverable stream, honouring the back-off.
 */
function readRequest(call: Call<RetryConfig>): RetryRequest & { scheduled: boolean } {
  const text = call.body.toString("utf8").trim();
  if (!call.gateway && (text === "" || text === "{}")) {
    return { stream: "recoverable", count: call.config.SCHEDULED_RETRY_COUNT, ignoreBackoff: false, scheduled: true };
  }
  return { ...validateInput(retryRequestSchema, parseJsonBody(call.body), "invalid_retry_request"), scheduled: false };
}

/** Back-off applies to the recoverable stream only; dead letters are replayed only when an operator asks. */
function backoffPolicy(config: RetryConfig, request: RetryRequest): BackoffPolicy | undefined {
  if (request.stream !== "recoverable" || request.ignoreBackoff) return undefined;
  return {
    baseSeconds: config.RETRY_BACKOFF_BASE_SECONDS,
    multiplier: config.RETRY_BACKOFF_MULTIPLIER,
    maxSeconds: config.RETRY_BACKOFF_MAX_SECONDS,
    jitterRatio: config.RETRY_BACKOFF_JITTER_RATIO,
  };
}

/**
 * With JWT authentication, the operator who called, by the claim value the gateway sets in CLIENT_HEADER from the token
 * (overwriting the caller's): one the config does not make an operator is refused, whatever scope its token has.
 */
function checkOperator(call: Call<RetryConfig>): void {
  const operators = call.config.OPERATOR_CLIENT_CLAIMS;
  if (!operators || !call.gateway) return;
  const value = clientHeaderValue(call.gateway);
  const name = value === undefined ? undefined : operators.get(value);
  if (name === undefined) {
    throw new FunctionError(
      403,
      "not_operator",
      `${CLIENT_HEADER} ${value === undefined ? "is missing" : `"${value}" is no operator's JWT claim value`} ` +
        "(dataSync.clients with operator: true)",
    );
  }
  call.log.add({ client: name });
}

async function retryRun(call: Call<RetryConfig>, deps: RetryDependencies): Promise<Reply> {
  checkOperator(call);
  const request = readRequest(call);
  const policy = backoffPolicy(call.config, request);
  const source: ErrorStream = request.stream;
  const streamId = source === "recoverable" ? call.config.RECOVERABLE_STREAM_ID : call.config.UNRECOVERABLE_STREAM_ID;
  call.log.add({ source, count: request.count, scheduled: request.scheduled });

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
      deps.sleep ?? sleep,
    );
    const read = batches.reduce((n, b) => n + b.messages.length, 0);
    const counts = emptyCounts();
    const metrics = new MetricsBatch();
    let backlog = 0;
    let nextDueAt = Infinity;
    const lastOffsets: Record<string, number> = {};
    const failures: ErrorRecord[] = [];
    const outcomes: DeliveryOutcome[] = [];
    let processed = 0;
    let stoppedBy: string | undefined;

    for (const batch of batches) {
      if (call.deadline.remainingMs() < MIN_BATCH_TIME_MS) {
        stoppedBy = "deadline";
        break;
      }
      const routed = await redeliver(call, source, streamId, batch.messages, policy, deps.now(), metrics);
      nextDueAt = Math.min(nextDueAt, routed.nextDueAt);
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
      outcomes.push(...routed.outcomes);
      backlog += routed.records.filter((r) => r.stream === "recoverable").length;
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

    if (source === "recoverable") {
      // Left on the recoverable stream: what this run put back, and what it did not get to (a lower bound when it
      // read `count` and more was waiting).
      const dims = { function: "retry" };
      metrics.count(DELIVERY_METRICS.backlogMessages, dims, backlog + (read - processed));
      // How long the oldest message read had been on the stream: reads are in stream order, so this is how close
      // the backlog is to the stream's retention, after which OCI deletes it. 0 when the stream was empty.
      const appended = batches.flatMap((b) => b.messages.map((m) => new Date(m.timestamp).getTime()));
      const oldestAgeSeconds = appended.length > 0 ? Math.max(0, (deps.now() - Math.min(...appended)) / 1000) : 0;
      metrics.value(DELIVERY_METRICS.backlogOldestAgeSeconds, dims, Math.round(oldestAgeSeconds));
    }
    await publishDeliveryMetrics(call, metrics);
    const summary = {
      stream: source,
      requested: request.count,
      read,
      processed,
      ...counts,
      lastOffsets,
      // The earliest due time among the messages put back as not due: when a run next has work.
      ...(Number.isFinite(nextDueAt) ? { nextDueAt: new Date(nextDueAt).toISOString() } : {}),
    };
    call.log.info("retry finished", {
      ...summary,
      stoppedBy,
      byTarget: tallyBy(outcomes, "target"),
      byClient: tallyBy(outcomes, "client"),
    });
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
  pause: (ms: number) => Promise<void>,
): Promise<ReadBatch[]> {
  let cursor = groupCursor;
  const batches: ReadBatch[] = [];
  let wanted = count;
  while (wanted > 0) {
    const wait = lastGetAt + intervalMs - Date.now();
    if (wait > 0) await pause(wait);
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
  /** The earliest due time (epoch ms) of the messages put back as not due; Infinity when there are none. */
  readonly nextDueAt: number;
  /** The delivery outcome of each message sent to its target again. */
  readonly outcomes: readonly DeliveryOutcome[];
  /** Puts what was delivered, and the messages whose record `written` says was written, into the ledger. */
  readonly remember: (written: (record: ErrorRecord) => boolean) => void;
}

/**
 * Delivers one batch again and decides where each failure goes. With a back-off policy, a message whose back-off has
 * not passed is put back as it is, and so is every later message of its key in the batch, so a key's messages still
 * reach the target in stream order.
 */
async function redeliver(
  call: Call<RetryConfig>,
  source: ErrorStream,
  streamId: string,
  messages: models.Message[],
  policy: BackoffPolicy | undefined,
  nowMs: number,
  metrics: MetricsBatch,
): Promise<Routed> {
  const counts = emptyCounts();
  const records: ErrorRecord[] = [];
  const deferred = new Set<ErrorRecord>();
  let nextDueAt = Infinity;
  const outcomeOf = new Map<models.Message, DeliveryOutcome>();
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
  const waiting = notYetDue(todo, policy, nowMs);
  const deliverable = todo.flatMap((t) =>
    t.parsed.ok && !t.parsed.record.valueOmitted && !waiting.has(t.message) ? [t.parsed.record] : [],
  );
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
          new Date(nowMs),
        );
      }
      const { original, attempt, valueOmitted, target, client } = p.record;
      const dueAt = waiting.get(message);
      if (dueAt !== undefined) {
        const kept: ErrorRecord = {
          kind: "data-sync-failure",
          ...(target !== undefined ? { target } : {}),
          ...(client !== undefined ? { client } : {}),
          original,
          stream: source,
          attempt,
          ...(p.record.status !== undefined ? { status: p.record.status } : {}),
          error: p.record.error ?? "failed",
          failedAt: p.record.failedAt ?? new Date(nowMs).toISOString(),
        };
        deferred.add(kept);
        counts.notDue += 1;
        nextDueAt = Math.min(nextDueAt, dueAt);
        return kept;
      }
      if (valueOmitted) {
        // The value was never carried, so there is nothing to send: said exactly, where the original still is.
        counts.deadLettered += 1;
        const error =
          `not attempted: the original value (${valueOmitted.bytes} bytes) did not fit in an error record and was ` +
          `left out; it stays on stream ${original.stream}, partition ${original.partition}, offset ` +
          `${original.offset} until that stream's retention ends`;
        return {
          ...failureRecord(
            original,
            { verdict: "unrecoverable", error, target, client },
            "unrecoverable",
            attempt,
            new Date(nowMs),
          ),
          valueOmitted,
        };
      }
      const outcome: DeliveryOutcome = outcomes[next++];
      outcomeOf.set(message, outcome);
      if (outcome.verdict === "delivered" || outcome.verdict === "filtered") {
        counts[outcome.verdict] += 1;
        return undefined;
      }
      if (outcome.verdict === "deferred") {
        // Never tried, so its back-off keeps running from its last real failure.
        const kept = failureRecord(original, outcome, source, attempt, lastFailure(p.record.failedAt, nowMs));
        deferred.add(kept);
        counts.deferred += 1;
        return kept;
      }
      const stream = retryRouting(outcome, source, attempt + 1, call.config.MAX_ATTEMPTS);
      if (stream === "recoverable") counts.failedAgain += 1;
      else counts.deadLettered += 1;
      return failureRecord(original, outcome, stream, attempt + 1, new Date(nowMs));
    })();
    if (record) records.push(record);
    handled.push({ id, record });
    if (outcomeOf.has(message)) countOutcome(metrics, "retry", outcomeOf.get(message)!, record?.stream);
  }
  const remember = (written: (record: ErrorRecord) => boolean) => {
    for (const { id, record } of handled) {
      if (!record) ledger.set(id, "delivered");
      else if (written(record)) ledger.set(id, "recorded");
    }
  };
  return { records, deferred, counts, nextDueAt, remember, outcomes: [...outcomeOf.values()] };
}

/**
 * The messages of the batch that are not to be delivered in this run, with the time each is due (a held message is
 * due when the one holding it is): those whose back-off has not passed, and those behind one of them with the same
 * key. Keyless messages hold nothing back.
 */
function notYetDue(
  todo: readonly { message: models.Message; parsed: ReturnType<typeof parseErrorRecord> }[],
  policy: BackoffPolicy | undefined,
  nowMs: number,
): Map<models.Message, number> {
  const waiting = new Map<models.Message, number>();
  if (!policy) return waiting;
  const heldKeys = new Map<string, number>();
  for (const { message, parsed } of todo) {
    if (!parsed.ok || parsed.record.valueOmitted) continue;
    const { original, attempt, failedAt } = parsed.record;
    const dueAt = dueAtMs(policy, { attempt, failedAt, id: idempotencyKey(original) });
    const heldUntil = original.key === null ? undefined : heldKeys.get(original.key);
    if (heldUntil === undefined && dueAt <= nowMs) continue;
    const until = heldUntil ?? dueAt;
    waiting.set(message, until);
    if (original.key !== null) heldKeys.set(original.key, until);
  }
  return waiting;
}

function lastFailure(failedAt: string | undefined, nowMs: number): Date {
  const time = failedAt === undefined ? NaN : Date.parse(failedAt);
  return new Date(Number.isNaN(time) ? nowMs : time);
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
  total.notDue += more.notDue;
}

import { Call, Reply } from "../../lib/fn-handler";
import { parseJsonBody, validateInput } from "../../lib/validation";
import { DeliveryConfig } from "../../lib/data-sync/config";
import { deliverAll, idempotencyKey, tallyBy } from "../../lib/data-sync/delivery";
import { ErrorRecord } from "../../lib/data-sync/error-record";
import { RecordingError, recordFailures } from "../../lib/data-sync/error-streams";
import { failureNotice, reportFailures } from "../../lib/data-sync/failure-notice";
import { failureRecord, processRouting } from "../../lib/data-sync/failure-routing";
import { HandledLedger } from "../../lib/data-sync/handled-ledger";
import { countOutcome, publishDeliveryMetrics } from "../../lib/data-sync/delivery-metrics";
import { MetricsBatch } from "../../lib/metrics";
import { connectorBatchSchema, streamMessageSchema } from "../../lib/data-sync/stream-message";

export interface ProcessSummary {
  readonly received: number;
  readonly delivered: number;
  readonly recoverable: number;
  readonly unrecoverable: number;
  /** Acknowledged without a call: their target's filter did not keep them. */
  readonly filtered: number;
  /** Of the recoverable ones, those never attempted: no time was left, or an earlier message of their key failed. */
  readonly deferred: number;
  /** Finished by an earlier invocation of this container (delivered or recorded): skipped, not done twice. */
  readonly alreadyHandled: number;
}

/** This container's finished messages, by data-stream position: the connector re-invokes a batch whole. */
const ledger = new HandledLedger();

/**
 * A Service Connector batch in, each message delivered to its target or recorded on an error stream with its attempt
 * count (1, or 0 if the target was never called). The invocation fails (so the connector retries the whole batch)
 * only if a failure could not be recorded: then nothing is lost, and what this container already finished is skipped
 * when the batch comes back.
 */
export async function processBatch(call: Call<DeliveryConfig>): Promise<Reply> {
  // A body that is not the connector's array holds no messages to record: it is refused (400) and logged.
  const received = validateInput(connectorBatchSchema, parseJsonBody(call.body), "invalid_batch");
  const ids = received.map((m) => {
    const parsed = streamMessageSchema.safeParse(m);
    return parsed.success ? idempotencyKey(parsed.data) : undefined;
  });
  const todo = received.flatMap((_, i) => (ids[i] !== undefined && ledger.get(ids[i]) ? [] : [i]));
  const messages = todo.map((i) => received[i]);
  const outcomes = await deliverAll(call, messages);

  const failures: ErrorRecord[] = [];
  const recordOf = new Map<number, ErrorRecord>();
  outcomes.forEach((outcome, i) => {
    if (outcome.verdict === "delivered" || outcome.verdict === "filtered") return;
    const record = failureRecord(messages[i], outcome, processRouting(outcome), outcome.verdict === "deferred" ? 0 : 1);
    failures.push(record);
    recordOf.set(i, record);
  });
  const remember = (written: (record: ErrorRecord) => boolean) =>
    outcomes.forEach((outcome, i) => {
      const id = ids[todo[i]];
      if (id === undefined) return;
      if (outcome.verdict === "delivered" || outcome.verdict === "filtered") ledger.set(id, "delivered");
      else if (written(recordOf.get(i)!)) ledger.set(id, "recorded");
    });
  try {
    await recordFailures(call, failures);
  } catch (err) {
    if (err instanceof RecordingError) remember((record) => err.written.has(record));
    throw err;
  }
  remember(() => true);

  const attempted = failures.filter((f) => f.attempt > 0);
  const deferred = failures.filter((f) => f.attempt === 0);
  const summary: ProcessSummary = {
    received: received.length,
    delivered: outcomes.filter((o) => o.verdict === "delivered").length,
    recoverable: failures.filter((f) => f.stream === "recoverable").length,
    unrecoverable: failures.filter((f) => f.stream === "unrecoverable").length,
    filtered: outcomes.filter((o) => o.verdict === "filtered").length,
    deferred: deferred.length,
    alreadyHandled: received.length - todo.length,
  };
  call.log.info("batch processed", {
    ...summary,
    byTarget: tallyBy(outcomes, "target"),
    byClient: tallyBy(outcomes, "client"),
  });
  const metrics = new MetricsBatch();
  outcomes.forEach((outcome, i) => countOutcome(metrics, "process", outcome, recordOf.get(i)?.stream));
  if (failures.length > 0) {
    await reportFailures(call, failureNotice("process", call.callId, { ...summary }, attempted, deferred));
  }
  await publishDeliveryMetrics(call, metrics);
  return { status: 200, body: summary };
}

import { Call, Reply } from "../shared/fn-handler";
import { parseJsonBody, validateInput } from "../shared/validation";
import { DeliveryConfig } from "../data-sync/config";
import { deliverAll } from "../data-sync/delivery";
import { recordFailures } from "../data-sync/error-streams";
import { failureNotice, publishNotice } from "../data-sync/failure-notice";
import { failureRecord, processRouting } from "../data-sync/failure-routing";
import { connectorBatchSchema } from "../data-sync/stream-message";

export interface ProcessSummary {
  readonly received: number;
  readonly delivered: number;
  readonly recoverable: number;
  readonly unrecoverable: number;
  /** Of the recoverable ones, those never attempted: no time was left, or an earlier message of their key failed. */
  readonly deferred: number;
}

/**
 * A Service Connector batch in, each message delivered to its target or recorded on an error stream with its first
 * attempt. The invocation fails (so the connector retries the whole batch) only if a failure could not be recorded:
 * then nothing is lost, at the price of delivering the batch's successes again.
 */
export async function processBatch(call: Call<DeliveryConfig>): Promise<Reply> {
  // A body that is not the connector's array holds no messages to record: it is refused (400) and logged.
  const messages = validateInput(connectorBatchSchema, parseJsonBody(call.body), "invalid_batch");
  const outcomes = await deliverAll(call, messages);

  const failures = outcomes.flatMap((outcome, i) =>
    outcome.verdict === "delivered" ? [] : [failureRecord(messages[i], outcome, processRouting(outcome), 1)],
  );
  await recordFailures(call, failures);

  // Failures follow the outcomes in order, skipping deliveries: split off the ones never attempted.
  const undelivered = outcomes.filter((o) => o.verdict !== "delivered");
  const attempted = failures.filter((_, i) => undelivered[i].verdict !== "deferred");
  const deferred = failures.filter((_, i) => undelivered[i].verdict === "deferred");
  const summary: ProcessSummary = {
    received: messages.length,
    delivered: outcomes.length - failures.length,
    recoverable: failures.filter((f) => f.stream === "recoverable").length,
    unrecoverable: failures.filter((f) => f.stream === "unrecoverable").length,
    deferred: deferred.length,
  };
  call.log.info("batch processed", { ...summary });
  if (failures.length > 0) {
    await publishNotice(call, failureNotice("process", call.callId, { ...summary }, attempted, deferred));
  }
  return { status: 200, body: summary };
}

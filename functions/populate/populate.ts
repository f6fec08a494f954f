import { PutOutcome, putAll } from "../../lib/batching";
import { streamClient } from "../../lib/clients/stream";
import { Call, Reply } from "../../lib/fn-handler";
import { parseJsonBody } from "../../lib/validation";
import { PopulateConfig } from "./config";
import { checkMessagesRequest } from "./messages-request";

/** Attempts per message (a whole-request throttle or fault, or a failed entry), within the deadline. */
const PUT_ATTEMPTS = 4;

/** Per-entry and request errors that mean "slow down" rather than "broken". */
const THROTTLED = new Set(["429", "TooManyRequests"]);

/**
 * `POST /v1/messages`: validates every message, then puts them on the data stream in as few PutMessages requests
 * as the limits allow. Answers each message's partition and offset; if some were not accepted, 429 (throttled) or
 * 503, listing which were stored and which to send again.
 */
export async function populate(call: Call<PopulateConfig>): Promise<Reply> {
  const checked = checkMessagesRequest(parseJsonBody(call.body), call.config.ALLOWED_TARGET_HOSTS);
  if (!checked.ok) {
    const error = checked.status === 413 ? "message_too_large" : "invalid_messages";
    const reason = checked.problems.map((p) => p.reason).join("; ");
    call.log.warn("messages refused", { status: checked.status, error, problems: checked.problems.length });
    return { status: checked.status, body: { error, reason, problems: checked.problems } };
  }

  const client = streamClient(call.clients, call.config.STREAM_MESSAGES_ENDPOINT);
  try {
    const { outcomes, failures } = await putAll(client, call.config.STREAM_ID, checked.messages, {
      maxAttempts: PUT_ATTEMPTS,
      deadline: call.deadline.stopAt,
    });
    const messages = outcomes.map((outcome, index) => describeOutcome(outcome, index));
    if (failures === 0) return { status: 200, body: { messages } };

    const throttled = outcomes.some((o) => !o.ok && (THROTTLED.has(o.error) || o.status === 429));
    const status = throttled ? 429 : 503;
    call.log.error("messages not accepted by the stream", {
      status,
      failures,
      total: outcomes.length,
      firstError: messages.find((m) => "error" in m),
    });
    return {
      status,
      headers: throttled ? { "Retry-After": "1" } : {},
      body: {
        error: throttled ? "stream_throttled" : "stream_unavailable",
        reason: `${failures} of ${outcomes.length} messages were not accepted; send those again (the others are stored)`,
        messages,
      },
    };
  } finally {
    client.close();
  }
}

function describeOutcome(outcome: PutOutcome, index: number): Record<string, unknown> {
  return outcome.ok
    ? { index, partition: outcome.partition, offset: outcome.offset }
    : { index, error: outcome.error, errorMessage: outcome.errorMessage };
}

import { PutOutcome, putAll } from "../../lib/batching";
import { streamClient } from "../../lib/clients/stream";
import { Call, Reply } from "../../lib/fn-handler";
import { parseJsonBody } from "../../lib/validation";
import { PopulateConfig } from "./config";
import { checkMessagesRequest } from "./messages-request";
import { FunctionError } from "../../lib/errors";
import { CLIENT_HEADER, clientHeaderValue } from "../../lib/data-sync/targets";

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
  const sender = clientOf(call);
  if (sender) call.log.add({ client: sender.name });
  const checked = checkMessagesRequest(
    parseJsonBody(call.body),
    call.config.TARGET_NAMES,
    sender?.name,
    sender?.targets,
  );
  if (!checked.ok) {
    const error =
      checked.status === 413 ? "message_too_large" : checked.status === 403 ? "target_not_allowed" : "invalid_messages";
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

/**
 * The API client that sent the request, by the header the gateway sets from the authorizer or the JWT's client claim
 * (never the caller's own: the route overwrites it). With CLIENT_CLAIMS the header holds a claim value, mapped to the
 * client's name. Without CLIENTS there are no named clients. A request without a known client is refused: the gateway
 * should never let one through (it requires the claim, with the configured values), so this is a misconfiguration.
 */
function clientOf(call: Call<PopulateConfig>): { name: string; targets: readonly string[] } | undefined {
  const clients = call.config.CLIENTS;
  if (!clients) return undefined;
  const value = clientHeaderValue(call.gateway);
  const claims = call.config.CLIENT_CLAIMS;
  const name = value !== undefined && claims ? claims.get(value) : value;
  const targets = name === undefined ? undefined : clients.get(name);
  if (name === undefined || !targets) {
    const what = claims ? "no API client's JWT claim value" : "no known API client";
    throw new FunctionError(
      403,
      "unknown_client",
      value === undefined
        ? `the request carries no ${CLIENT_HEADER}`
        : `${CLIENT_HEADER} "${value}" is ${what} (dataSync.clients)`,
    );
  }
  return { name, targets };
}

function describeOutcome(outcome: PutOutcome, index: number): Record<string, unknown> {
  return outcome.ok
    ? { index, partition: outcome.partition, offset: outcome.offset }
    : { index, error: outcome.error, errorMessage: outcome.errorMessage };
}

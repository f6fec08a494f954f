import * as z from "zod/mini";
import { STREAMING_LIMITS } from "../../lib/batching";
import { describeIssue } from "../../lib/validation";
import { MAX_DELIVERABLE_MESSAGE_BYTES } from "../../lib/data-sync/error-record";
import { checkTargetRequest } from "../../lib/data-sync/target-request";

/** One message of `POST /v1/messages`: an optional partition key and the target call it describes. */
const envelopeSchema = z.strictObject({
  key: z.optional(z.string().check(z.minLength(1))),
  value: z.unknown(),
});

/** A message ready for the stream: its key and its value's JSON text. */
export interface OutgoingMessage {
  readonly key: string | null;
  readonly value: string;
}

export interface Problem {
  readonly index: number;
  readonly reason: string;
}

export type CheckedRequest =
  | { readonly ok: true; readonly messages: OutgoingMessage[] }
  /**
   * 400: a message is malformed; 403: one names a target its client may not send to; 413: all are well-formed and
   * allowed but one is too large. Every problem is listed.
   */
  | { readonly ok: false; readonly status: 400 | 403 | 413; readonly problems: Problem[] };

/**
 * Validates the body: `{"messages": [...]}` or a single message. Each message is checked whole, so a caller gets
 * every problem at once, each naming its index; sizes follow the stream's limits (key at most 256 bytes), with the
 * message limit lowered so a failed message still fits, whole, into an error-stream record.
 */
export function checkMessagesRequest(
  body: unknown,
  targetNames: readonly string[],
  client?: string,
  allowedTargets: readonly string[] = targetNames,
): CheckedRequest {
  const isBatch = typeof body === "object" && body !== null && !Array.isArray(body) && "messages" in body;
  const items: unknown = isBatch ? (body as { messages: unknown }).messages : [body];
  if (!Array.isArray(items) || items.length === 0) {
    return {
      ok: false,
      status: 400,
      problems: [{ index: -1, reason: "messages: must be a non-empty array of {key?, value}" }],
    };
  }

  const invalid: Problem[] = [];
  const forbidden: Problem[] = [];
  const tooLarge: Problem[] = [];
  const messages: OutgoingMessage[] = [];
  items.forEach((item, index) => {
    const prefix = isBatch ? `messages[${index}]` : "(message)";
    const envelope = envelopeSchema.safeParse(item, { reportInput: true });
    if (!envelope.success) {
      const reasons = envelope.error.issues.map((issue) => describeIssue({ ...issue, path: [prefix, ...issue.path] }));
      invalid.push({ index, reason: reasons.join("; ") });
      return;
    }
    const target = checkTargetRequest(envelope.data.value, targetNames, `${prefix}.value`);
    if (!target.ok) {
      invalid.push({ index, reason: target.problems.join("; ") });
      return;
    }
    if (target.request.client !== undefined) {
      invalid.push({ index, reason: `${prefix}.value.client: is set by the API from your credential; leave it out` });
      return;
    }
    if (!allowedTargets.includes(target.request.target)) {
      forbidden.push({
        index,
        reason:
          `${prefix}.value.target: client ${client ?? "(anonymous)"} may not send to "${target.request.target}" ` +
          `(allowed: ${allowedTargets.join(", ") || "none"})`,
      });
      return;
    }
    // The sender travels in the message, so every delivery, failure and dead letter says who sent it.
    const value = client === undefined ? envelope.data.value : { ...(envelope.data.value as object), client };
    const message = { key: envelope.data.key ?? null, value: JSON.stringify(value) };
    const sizeProblem = oversize(message);
    if (sizeProblem) tooLarge.push({ index, reason: `${prefix}: ${sizeProblem}` });
    messages.push(message);
  });

  if (invalid.length > 0) return { ok: false, status: 400, problems: [...invalid, ...forbidden, ...tooLarge] };
  if (forbidden.length > 0) return { ok: false, status: 403, problems: forbidden };
  if (tooLarge.length > 0) return { ok: false, status: 413, problems: tooLarge };
  return { ok: true, messages };
}

/** Why a message is too large for the stream, or undefined. */
export function oversize(message: OutgoingMessage): string | undefined {
  const keyBytes = message.key === null ? 0 : Buffer.byteLength(message.key);
  if (keyBytes > STREAMING_LIMITS.maxKeyBytes) {
    return `key is ${keyBytes} bytes; the limit is ${STREAMING_LIMITS.maxKeyBytes}`;
  }
  const bytes = keyBytes + Buffer.byteLength(message.value);
  if (bytes > MAX_DELIVERABLE_MESSAGE_BYTES) {
    return (
      `key and value are ${bytes} bytes; the limit is ${MAX_DELIVERABLE_MESSAGE_BYTES} ` +
      `(the stream's 1 MiB, less room to record the message whole if its delivery fails)`
    );
  }
  return undefined;
}

import type { StreamClient } from "oci-streaming";
import { backoffDelayMs, isOciError, isRetryable, mayRetry, RetryPolicy, sleep } from "./retry";

/**
 * Fitting messages into OCI Streaming's PutMessages limits, and sending them so that nothing is lost:
 * entries that fail are retried within a bound and then reported, never dropped.
 */

/** OCI Streaming limits: sizes count keys and values after base64 decoding. */
export const STREAMING_LIMITS = {
  maxMessageBytes: 1024 * 1024,
  maxRequestBytes: 1024 * 1024,
  maxKeyBytes: 256,
} as const;

export interface StreamMessage {
  /** Messages with equal keys go to one partition, in order; no key spreads messages over partitions. */
  readonly key?: Buffer | string | null;
  readonly value: Buffer | string;
}

/** A message that can never be sent, found before anything is sent. */
export interface Oversize {
  readonly index: number;
  readonly reason: string;
}

export class MessageTooLargeError extends Error {
  constructor(readonly problems: readonly Oversize[]) {
    super(problems.map((p) => `message ${p.index + 1}: ${p.reason}`).join("; "));
    this.name = "MessageTooLargeError";
  }
}

export function byteLength(data: Buffer | string | null | undefined): number {
  if (data === null || data === undefined) return 0;
  return typeof data === "string" ? Buffer.byteLength(data, "utf8") : data.length;
}

/** What a message counts against the per-message and per-request limits. */
export function messageBytes(message: StreamMessage): number {
  return byteLength(message.key) + byteLength(message.value);
}

/** Every message that breaks a limit on its own, with the reason; empty when all can be sent. */
export function findOversized(messages: readonly StreamMessage[]): Oversize[] {
  const problems: Oversize[] = [];
  messages.forEach((message, index) => {
    const keyBytes = byteLength(message.key);
    const size = messageBytes(message);
    if (keyBytes > STREAMING_LIMITS.maxKeyBytes) {
      problems.push({ index, reason: `key is ${keyBytes} bytes; the limit is ${STREAMING_LIMITS.maxKeyBytes} bytes` });
    } else if (size > STREAMING_LIMITS.maxMessageBytes) {
      problems.push({
        index,
        reason: `key and value are ${size} bytes; the limit is ${STREAMING_LIMITS.maxMessageBytes} bytes per message`,
      });
    }
  });
  return problems;
}

/**
 * Splits messages, in order, into consecutive batches that each fit one PutMessages request.
 * Throws MessageTooLargeError if any message can never fit.
 */
export function splitIntoBatches<T extends StreamMessage>(
  messages: readonly T[],
  maxRequestBytes: number = STREAMING_LIMITS.maxRequestBytes,
): T[][] {
  const problems = findOversized(messages);
  if (problems.length > 0) throw new MessageTooLargeError(problems);
  const batches: T[][] = [];
  let current: T[] = [];
  let currentBytes = 0;
  for (const message of messages) {
    const size = messageBytes(message);
    if (current.length > 0 && currentBytes + size > maxRequestBytes) {
      batches.push(current);
      current = [];
      currentBytes = 0;
    }
    current.push(message);
    currentBytes += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** The PutMessages wire form of a message. */
export function toPutEntry(message: StreamMessage): { key?: string; value: string } {
  const value = Buffer.from(message.value).toString("base64");
  return message.key === null || message.key === undefined
    ? { value }
    : { key: Buffer.from(message.key).toString("base64"), value };
}

export type PutOutcome =
  | {
      readonly ok: true;
      readonly partition: string;
      readonly offset: number;
      readonly timestamp?: Date;
      readonly attempts: number;
    }
  | {
      readonly ok: false;
      /** The per-entry `error` (e.g. "429"), or the service code when the whole request failed. */
      readonly error: string;
      readonly errorMessage: string;
      /** The HTTP status when the whole request failed. */
      readonly status?: number;
      readonly attempts: number;
    };

export interface PutAllResult {
  /** One outcome per input message, in input order. */
  readonly outcomes: PutOutcome[];
  readonly failures: number;
}

export type PutAllOptions = RetryPolicy;

/**
 * Sends every message, in order, in request-sized batches. Entries that fail (per entry, or the whole
 * request with 429, 5xx or a connection error) are retried on their own, with back-off, until
 * `maxAttempts` or `deadline`; a non-retryable request error (404, 401, 400) stops sending. Either way
 * every message gets an outcome. Throws MessageTooLargeError, before sending anything, if a message can
 * never be sent.
 *
 * Order: requests go one after another, so equal keys land in input order, with one exception OCI's per-entry
 * results allow: an entry that failed and is retried lands after the later entries of its key that succeeded in the
 * same request.
 */
export async function putAll(
  client: Pick<StreamClient, "putMessages">,
  streamId: string,
  messages: readonly StreamMessage[],
  options: PutAllOptions = {},
): Promise<PutAllResult> {
  const indexed = messages.map((message, index) => ({ ...message, index }));
  const outcomes: PutOutcome[] = new Array(messages.length);
  for (const batch of splitIntoBatches(indexed)) {
    const stopped = await putBatch(client, streamId, batch, outcomes, options);
    if (stopped) {
      // A non-retryable request error will not go away: the rest get the same outcome, unsent.
      indexed.filter((m) => !outcomes[m.index]).forEach((m) => (outcomes[m.index] = { ...stopped, attempts: 0 }));
      break;
    }
  }
  return { outcomes, failures: outcomes.filter((o) => !o.ok).length };
}

type Failure = Extract<PutOutcome, { ok: false }>;

/** Sends one batch until every entry has an outcome; returns the failure if a non-retryable error stopped it. */
async function putBatch(
  client: Pick<StreamClient, "putMessages">,
  streamId: string,
  batch: (StreamMessage & { index: number })[],
  outcomes: PutOutcome[],
  options: PutAllOptions,
): Promise<Failure | undefined> {
  let pending = batch;
  for (let attempt = 1; pending.length > 0; attempt++) {
    const failed: { message: StreamMessage & { index: number }; failure: Failure }[] = [];
    try {
      const response = await client.putMessages({
        streamId,
        putMessagesDetails: { messages: pending.map(toPutEntry) },
      });
      response.putMessagesResult.entries.forEach((entry, i) => {
        const message = pending[i];
        if (entry.error) {
          const failure = {
            ok: false as const,
            error: entry.error,
            errorMessage: entry.errorMessage ?? "",
            attempts: attempt,
          };
          failed.push({ message, failure });
        } else {
          outcomes[message.index] = {
            ok: true,
            partition: entry.partition ?? "",
            offset: entry.offset ?? -1,
            timestamp: entry.timestamp,
            attempts: attempt,
          };
        }
      });
    } catch (error) {
      const failure = requestFailure(error, attempt);
      if (!isRetryable(error)) {
        pending.forEach((m) => (outcomes[m.index] = failure));
        return failure;
      }
      pending.forEach((message) => failed.push({ message, failure }));
    }
    const delay = backoffDelayMs(attempt, options);
    if (failed.length > 0 && !mayRetry(attempt, delay, options)) {
      failed.forEach(({ message, failure }) => (outcomes[message.index] = failure));
      return undefined;
    }
    pending = failed.map((f) => f.message);
    if (pending.length > 0) await (options.sleep ?? sleep)(delay);
  }
  return undefined;
}

function requestFailure(error: unknown, attempts: number): Failure {
  if (isOciError(error)) {
    return {
      ok: false,
      error: error.serviceCode ?? String(error.statusCode),
      errorMessage: error.message,
      status: error.statusCode,
      attempts,
    };
  }
  const message = (error as { message?: unknown } | undefined)?.message;
  return { ok: false, error: "ConnectionError", errorMessage: String(message ?? error), attempts };
}

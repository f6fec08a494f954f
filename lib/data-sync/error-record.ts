import * as z from "zod/mini";
import { STREAMING_LIMITS } from "../batching";
import { parseJson } from "../json";
import { streamMessageSchema, StreamMessage } from "./stream-message";

/** Where a failed message is recorded. */
export type ErrorStream = "recoverable" | "unrecoverable";

/**
 * The value of an error-stream message: the original data-stream message whole (so the retry function can deliver
 * it again and nothing is lost), why it failed, and how often it has been tried.
 */
export interface ErrorRecord {
  readonly kind: "data-sync-failure";
  /** The target the original names, when its value could be read. */
  readonly target?: string;
  /** The API client that sent the original (dataSync.clients), when known. */
  readonly client?: string;
  /** The message as read from the data stream. Not a valid stream message when the input itself was malformed. */
  readonly original: StreamMessage | unknown;
  /** Set when the original value did not fit in one error message; the data stream still has it at its offset. */
  readonly valueOmitted?: { readonly bytes: number };
  readonly stream: ErrorStream;
  /**
   * Delivery attempts so far: 1 after a first processing that called the target, 0 when the message was never tried
   * (no credential yet, no time left, held behind its key). Only a call to the target counts.
   */
  readonly attempt: number;
  /** The target's HTTP status, when it answered. */
  readonly status?: number;
  readonly error: string;
  /** ISO time of this failure. */
  readonly failedAt: string;
}

export const errorRecordSchema = z.object({
  kind: z.literal("data-sync-failure"),
  target: z.optional(z.string()),
  client: z.optional(z.string()),
  original: streamMessageSchema,
  valueOmitted: z.optional(z.object({ bytes: z.number() })),
  attempt: z.number().check(z.int(), z.minimum(0)),
  // Kept as they are when a message that is not yet due goes back unchanged (lib/data-sync/backoff.ts).
  status: z.optional(z.number()),
  error: z.optional(z.string()),
  failedAt: z.optional(z.string()),
});

/**
 * Room kept in an error message beside the original value for the record's other fields (error text, status,
 * times, stream names, offsets). Populate's value limit leaves this much, so its messages always fit whole.
 */
export const ERROR_RECORD_RESERVE_BYTES = 16 * 1024;

/** The largest message populate accepts: its value, base64 in an error record, still fits in one stream message. */
export const MAX_DELIVERABLE_MESSAGE_BYTES =
  Math.floor((STREAMING_LIMITS.maxMessageBytes - ERROR_RECORD_RESERVE_BYTES) / 4) * 3;

/** The error message for a record: keyed like the original, so one key's failures stay in order on one partition. */
export function errorMessage(record: ErrorRecord): { key: Buffer | null; value: string } {
  const parsed = streamMessageSchema.safeParse(record.original);
  const key = parsed.success && parsed.data.key !== null ? Buffer.from(parsed.data.key, "base64") : null;
  const value = JSON.stringify(record);
  if ((key?.length ?? 0) + Buffer.byteLength(value) <= STREAMING_LIMITS.maxMessageBytes || !parsed.success) {
    return { key, value };
  }
  const bytes = Buffer.from(parsed.data.value, "base64").length;
  return {
    key,
    value: JSON.stringify({ ...record, original: { ...parsed.data, value: "" }, valueOmitted: { bytes } }),
  };
}

/** Parses an error-stream message value back into the record the retry function works on. */
export function parseErrorRecord(
  value: Buffer,
): { ok: true; record: z.output<typeof errorRecordSchema> } | { ok: false; problem: string } {
  const parsed = parseJson(value.toString("utf8"));
  if (!parsed.ok) {
    return {
      ok: false,
      problem: `not an error record: ${parsed.problem === "invalid" ? "not JSON: " : ""}${parsed.reason}`,
    };
  }
  const result = errorRecordSchema.safeParse(parsed.value);
  if (!result.success) {
    return { ok: false, problem: `not an error record: ${result.error.issues.map((i) => i.message).join("; ")}` };
  }
  return { ok: true, record: result.data };
}

/**
 * Where the dead-letter connector archives the unrecoverable stream: objects named `deadletters/...` in the archive
 * bucket (DataSync writes it, `npm run ops -- replay --from archive` reads it).
 */
export const DEAD_LETTER_ARCHIVE_PREFIX = "deadletters";

import * as z from "zod/mini";
import { STREAMING_LIMITS } from "./batching";

/** Limits of the claim-check reference message, shared by the function and the config schema. */

/** Bytes of a partition key: 32 hex characters. */
export const KEY_BYTES = 32;

/**
 * Room kept for the reference itself beside inline content. Its variable parts are the object name (up to 1024
 * bytes, twice: JSON-escaped at most 6x and URL-encoded at most 3x), the content type, etag and ids.
 */
export const REFERENCE_RESERVE_BYTES = 16 * 1024;

/** The largest INLINE_MAX_BYTES that always fits: inline content is base64, 4 bytes for every 3. */
export const MAX_INLINE_BYTES =
  Math.floor((STREAMING_LIMITS.maxMessageBytes - KEY_BYTES - REFERENCE_RESERVE_BYTES) / 4) * 3;

/** Objects up to this size travel inside the message as well (config ingestion.inlineMaxBytes, INLINE_MAX_BYTES). */
export const inlineMaxBytesSchema = z
  .number()
  .check(
    z.int(),
    z.minimum(0, "must be 0 (off) or a positive number of bytes"),
    z.maximum(
      MAX_INLINE_BYTES,
      `must be at most ${MAX_INLINE_BYTES}, so that base64 content and the reference fit in one 1 MiB message`,
    ),
  );
/** References only. */
export const DEFAULT_INLINE_MAX_BYTES = 0;

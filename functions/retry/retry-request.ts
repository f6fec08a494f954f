import * as z from "zod/mini";

import { MAX_RETRY_COUNT } from "../../lib/data-sync/backoff";

/** `POST /v1/retry`: how many messages to take from which error stream. */
export const retryRequestSchema = z.strictObject({
  stream: z._default(z.enum(["recoverable", "unrecoverable"]), "recoverable"),
  count: z
    .number()
    .check(
      z.int("must be a whole number"),
      z.minimum(1, `must be from 1 to ${MAX_RETRY_COUNT}`),
      z.maximum(MAX_RETRY_COUNT, `must be from 1 to ${MAX_RETRY_COUNT}`),
    ),
  /**
   * Deliver every message read now, even those whose back-off has not passed: for an operator who has just fixed
   * the target. A scheduled run always honours the back-off.
   */
  ignoreBackoff: z._default(z.boolean(), false),
  /** Where a new consumer group starts; an existing group resumes from its committed offsets. */
  from: z.optional(
    z
      .strictObject({
        type: z.enum(["TRIM_HORIZON", "AT_TIME"]),
        time: z.optional(z.iso.datetime({ offset: true })),
      })
      .check(
        z.refine((from) => from.type !== "AT_TIME" || from.time !== undefined, {
          message: "AT_TIME needs a time (RFC 3339, e.g. 2026-01-01T00:00:00Z)",
          path: ["time"],
        }),
      ),
  ),
});

export type RetryRequest = z.output<typeof retryRequestSchema>;

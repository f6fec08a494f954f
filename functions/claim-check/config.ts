import * as z from "zod/mini";
import { platformConfigSchema, streamConfigSchema } from "../../lib/platform-config";
import { MAX_INLINE_BYTES } from "../../lib/object-reference-limits";

export const claimCheckConfigSchema = z.extend(platformConfigSchema, {
  ...streamConfigSchema.shape,
  /** Events from any other bucket are refused. */
  BUCKET_NAME: z.string().check(z.minLength(1)),
  /** Objects up to this size travel inside the message as well; 0 (the default) sends references only. */
  INLINE_MAX_BYTES: z._default(
    z.coerce
      .number()
      .check(
        z.int(),
        z.minimum(0, "must be 0 (off) or a positive number of bytes"),
        z.maximum(
          MAX_INLINE_BYTES,
          `must be at most ${MAX_INLINE_BYTES}, so that base64 content and the reference fit in one 1 MiB message`,
        ),
      ),
    0,
  ),
});

export type ClaimCheckConfig = z.output<typeof claimCheckConfigSchema>;

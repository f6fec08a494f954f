import * as z from "zod/mini";
import { fromEnvironment, platformConfigSchema, streamConfigSchema } from "../../lib/platform-config";
import { DEFAULT_INLINE_MAX_BYTES, inlineMaxBytesSchema } from "../../lib/object-reference-limits";

export const claimCheckConfigSchema = z.extend(platformConfigSchema, {
  ...streamConfigSchema.shape,
  /** Events from any other bucket are refused. */
  BUCKET_NAME: z.string().check(z.minLength(1)),
  /** Objects up to this size travel inside the message as well; 0 (the default) sends references only. */
  INLINE_MAX_BYTES: z._default(fromEnvironment(inlineMaxBytesSchema), DEFAULT_INLINE_MAX_BYTES),
});

export type ClaimCheckConfig = z.output<typeof claimCheckConfigSchema>;

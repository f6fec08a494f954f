import * as z from "zod/mini";
import { deliveryConfigSchema } from "../data-sync/config";

export const retryConfigSchema = z.extend(deliveryConfigSchema, {
  /** Deliveries of a message, the first included, before it is dead-lettered to the unrecoverable stream. */
  MAX_ATTEMPTS: z.coerce
    .number()
    .check(z.int(), z.minimum(1, "must be from 1 to 100"), z.maximum(100, "must be from 1 to 100")),
});

export type RetryConfig = z.output<typeof retryConfigSchema>;

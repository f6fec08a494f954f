import * as z from "zod/mini";
import { deliveryConfigSchema, maxAttemptsFromEnvironment } from "../../lib/data-sync/config";

export const retryConfigSchema = z.extend(deliveryConfigSchema, {
  /** Deliveries of a message, the first included, before it is dead-lettered to the unrecoverable stream. */
  MAX_ATTEMPTS: maxAttemptsFromEnvironment,
  /**
   * The consumer group instance's inactivity timeout (CreateGroupCursorDetails.timeoutInMs), after which its
   * partitions are released; the function heartbeats every third of it. OCI documents no range for it.
   */
  CONSUMER_TIMEOUT_MS: z._default(
    z.coerce
      .number()
      .check(z.int(), z.minimum(300, "must be from 300 to 300000"), z.maximum(300_000, "must be from 300 to 300000")),
    30_000,
  ),
  /**
   * Least time between this container's GetMessages calls. OCI allows 5 GET requests per second per partition per
   * consumer group ("Limits on Streaming Resources",
   * https://docs.oracle.com/iaas/Content/Streaming/Concepts/streamingoverview_topic-Limits_on_Streaming_Resources.htm),
   * hence at least 200; 220 leaves a margin, as calls paced at exactly 200 ms can arrive closer together (a stand-in
   * counting a sliding second saw six within 999 ms). The infrastructure does not set it; a lower value is only for a
   * stand-in enforcing a matching limit.
   */
  GET_MESSAGES_INTERVAL_MS: z._default(
    z.coerce
      .number()
      .check(z.int(), z.minimum(10, "must be from 10 to 60000"), z.maximum(60_000, "must be from 10 to 60000")),
    220,
  ),
});

export type RetryConfig = z.output<typeof retryConfigSchema>;

import * as z from "zod/mini";
import { deliveryConfigSchema, maxAttemptsFromEnvironment } from "../../lib/data-sync/config";
import { fromEnvironment } from "../../lib/platform-config";
import { clientClaimsConfigSchema } from "../../lib/data-sync/targets";
import {
  backoffBaseSecondsSchema,
  backoffJitterRatioSchema,
  backoffMaxSecondsSchema,
  backoffMultiplierSchema,
  DEFAULT_BACKOFF,
  DEFAULT_SCHEDULED_RETRY_COUNT,
  scheduledRetryCountSchema,
} from "../../lib/data-sync/backoff";

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
  /**
   * Back-off by attempt (lib/data-sync/backoff.ts): a recoverable message is due again only once
   * `failedAt + min(MAX, BASE * MULTIPLIER^(attempt - 1)) * (1 - JITTER * u)` has passed, u in [0, 1) fixed per
   * message and attempt. BASE 0 turns back-off off. Defaults: 60 s, x2, at most 1 h, up to 20 % earlier.
   */
  RETRY_BACKOFF_BASE_SECONDS: z._default(fromEnvironment(backoffBaseSecondsSchema), DEFAULT_BACKOFF.baseSeconds),
  RETRY_BACKOFF_MULTIPLIER: z._default(fromEnvironment(backoffMultiplierSchema), DEFAULT_BACKOFF.multiplier),
  RETRY_BACKOFF_MAX_SECONDS: z._default(fromEnvironment(backoffMaxSecondsSchema), DEFAULT_BACKOFF.maxSeconds),
  RETRY_BACKOFF_JITTER_RATIO: z._default(fromEnvironment(backoffJitterRatioSchema), DEFAULT_BACKOFF.jitterRatio),
  /** Messages a scheduled run (an invocation with an empty body, not through the API) reads from the recoverable stream. */
  SCHEDULED_RETRY_COUNT: z._default(fromEnvironment(scheduledRetryCountSchema), DEFAULT_SCHEDULED_RETRY_COUNT),
  /**
   * JWT authentication: the operators (dataSync.clients with `operator: true`) by claim value, as JSON. When set, a
   * request through the gateway must carry one of them in CLIENT_HEADER: the token's `operator` scope alone is the
   * issuer's word, this is the config's.
   */
  OPERATOR_CLIENT_CLAIMS: z.optional(clientClaimsConfigSchema),
});

export type RetryConfig = z.output<typeof retryConfigSchema>;

import {
  DelayStrategy,
  MaxAttemptsTerminationStrategy,
  OciError,
  RetryConfiguration,
  TerminationStrategy,
} from "oci-common";
// Not re-exported by the package index.
import { DefaultRetryCondition } from "oci-common/lib/retrier";
import { WaitContext } from "oci-common/lib/waiter";
import { Deadline } from "./deadline";
import { RETRYABLE_STATUSES } from "./retry";

export interface RetryOptions {
  /** Attempts per SDK request, the first included. */
  readonly maxAttempts: number;
  /** Upper bound of the first back-off; it doubles per retry up to `maxDelayMs`. */
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

/**
 * A function has seconds, not the SDK's default eight attempts with back-off up to 30 s. This bounds the SDK's
 * own retries (HEAD, GET, secrets, ...); PutMessages is retried per entry by batching.ts `putAll` instead.
 */
export const DEFAULT_RETRY: RetryOptions = { maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 2_000 };

/**
 * SDK back-off bounded by attempts and by the call's deadline: a retry is only started if even its longest possible
 * back-off ends before the deadline. Delays use full jitter (uniform in [0, cap]) so throttled callers spread out.
 */
class DeadlineBoundedRetry implements TerminationStrategy, DelayStrategy {
  private readonly attempts: MaxAttemptsTerminationStrategy;

  constructor(
    private readonly deadline: Deadline,
    private readonly options: RetryOptions,
  ) {
    this.attempts = new MaxAttemptsTerminationStrategy(options.maxAttempts);
  }

  shouldTerminate(context: WaitContext): boolean {
    return this.attempts.shouldTerminate(context) || Date.now() + this.capMs(context) >= this.deadline.stopAt;
  }

  /** Seconds, as the SDK expects. */
  delay(context: WaitContext): number {
    return (Math.random() * this.capMs(context)) / 1000;
  }

  private capMs(context: WaitContext): number {
    return Math.min(this.options.baseDelayMs * 2 ** context.attemptCount, this.options.maxDelayMs);
  }
}

/**
 * Retries throttling (429), 5xx and connection failures, never past the deadline, never after it has aborted. By status
 * code: the SDK's own rule retries a 429 only when its body says `TooManyRequests`, and a HEAD answer has no body (its
 * code is then "None"), so a throttled HeadObject was never retried. The SDK's rule is kept for what it adds (409
 * `IncorrectState`, and client-side failures without a status).
 */
export function deadlineRetryConfiguration(
  deadline: Deadline,
  options: RetryOptions = DEFAULT_RETRY,
): RetryConfiguration {
  const strategy = new DeadlineBoundedRetry(deadline, options);
  return {
    terminationStrategy: strategy,
    delayStrategy: strategy,
    retryCondition: (error: OciError) =>
      !deadline.expired &&
      (RETRYABLE_STATUSES.includes(error.statusCode) || DefaultRetryCondition.shouldBeRetried(error)),
  };
}

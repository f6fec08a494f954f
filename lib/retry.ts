/**
 * Bounded retries with exponential back-off for OCI calls. The SDK's own retries (up to 8 attempts,
 * back-off capped at 30 s) do not fit a function's deadline or an interactive CLI, so callers switch
 * them off and use this instead.
 */

export interface RetryPolicy {
  /** Attempts in total, the first included. @default 3 */
  readonly maxAttempts?: number;
  /** Epoch milliseconds after which no further attempt starts. @default - none */
  readonly deadline?: number;
  /** Wait before the second attempt; doubles per attempt. @default 100 */
  readonly initialDelayMs?: number;
  /** Longest wait between attempts. @default 2000 */
  readonly maxDelayMs?: number;
  /** Replaceable for tests. @default - setTimeout */
  readonly sleep?: (ms: number) => Promise<void>;
}

export const DEFAULT_MAX_ATTEMPTS = 3;

/** An OCI SDK error (duck-typed: `instanceof OciError` fails across two copies of oci-common). */
export interface OciErrorLike {
  readonly statusCode: number;
  readonly serviceCode?: string;
  readonly message: string;
  readonly opcRequestId?: string;
}

export function isOciError(error: unknown): error is OciErrorLike {
  return typeof error === "object" && error !== null && typeof (error as OciErrorLike).statusCode === "number";
}

/**
 * HTTP statuses worth another attempt, whatever the body says: throttling and the server faults that OCI's API errors
 * page lists as retryable (https://docs.oracle.com/iaas/Content/API/References/apierrors.htm). -1 is the SDK's own
 * status for a failure before any answer.
 */
export const RETRYABLE_STATUSES: readonly number[] = [429, 500, 502, 503, 504, -1];

/** Throttling, server faults and connection failures are worth another attempt; the rest are not. */
export function isRetryable(error: unknown): boolean {
  if (isOciError(error)) return RETRYABLE_STATUSES.includes(error.statusCode);
  return isConnectionError(error);
}

/**
 * The SDK reports refused, reset or dropped connections (and other failures before any response) as a
 * plain object `{code, message, requestEndpoint}` without a status code.
 */
export function isConnectionError(error: unknown): boolean {
  return typeof error === "object" && error !== null && "requestEndpoint" in error && !isOciError(error);
}

/** Milliseconds to wait after failed attempt number `attempt` (1-based), with jitter of up to 10%. */
export function backoffDelayMs(attempt: number, policy: RetryPolicy = {}): number {
  const initial = policy.initialDelayMs ?? 100;
  const max = policy.maxDelayMs ?? 2000;
  const delay = Math.min(initial * 2 ** (attempt - 1), max);
  return Math.round(delay * (1 + Math.random() * 0.1));
}

/** Whether another attempt may start: attempts are left and, after waiting, the deadline is not passed. */
export function mayRetry(attempt: number, delayMs: number, policy: RetryPolicy): boolean {
  const maxAttempts = policy.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  return attempt < maxAttempts && (policy.deadline === undefined || Date.now() + delayMs < policy.deadline);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Runs `call` until it succeeds, fails with a non-retryable error, or the policy is used up; then throws the last error. */
export async function withRetries<T>(call: () => Promise<T>, policy: RetryPolicy = {}): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      const delay = backoffDelayMs(attempt, policy);
      if (!isRetryable(error) || !mayRetry(attempt, delay, policy)) throw error;
      await (policy.sleep ?? sleep)(delay);
    }
  }
}

/** Where a message goes after a delivery attempt. */
export type Verdict = "delivered" | "recoverable" | "unrecoverable";

/** Statuses that say "try again later": timeout, too early, throttled. Every 5xx is retried too. */
const RETRYABLE_STATUSES = new Set([408, 425, 429]);

/**
 * The verdict for a target's HTTP status: 2xx delivered; 408, 425, 429 and 5xx worth retrying; anything else (other
 * 4xx, and 1xx/3xx, as redirects are not followed) will fail the same way again.
 */
export function classifyStatus(status: number): Verdict {
  if (status >= 200 && status < 300) return "delivered";
  if (RETRYABLE_STATUSES.has(status) || (status >= 500 && status < 600)) return "recoverable";
  return "unrecoverable";
}

/** Fn's default function timeout, used when a call carries no `Fn-Deadline` (a local run). */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** Time kept back from the platform's deadline to log and write the response. */
export const RESPONSE_MARGIN_MS = 300;

/**
 * When a call's work must stop: the platform's `Fn-Deadline` minus a margin for the response. Every SDK request
 * of the call is aborted through `signal` at that moment, and no retry is started that could not finish before it.
 */
export class Deadline {
  /** Epoch milliseconds at which work stops. */
  readonly stopAt: number;
  /** Aborts at `stopAt`. */
  readonly signal: AbortSignal;

  constructor(stopAt: number, now: number = Date.now()) {
    this.stopAt = stopAt;
    this.signal = AbortSignal.timeout(Math.max(0, stopAt - now));
  }

  /** From the `Fn-Deadline` header (RFC 3339); absent or unreadable means the default timeout from now. */
  static fromHeader(header: string | null, now: number = Date.now()): Deadline {
    const platformDeadline = header ? Date.parse(header) : NaN;
    const end = Number.isNaN(platformDeadline) ? now + DEFAULT_TIMEOUT_MS : platformDeadline;
    return new Deadline(end - RESPONSE_MARGIN_MS, now);
  }

  remainingMs(now: number = Date.now()): number {
    return Math.max(0, this.stopAt - now);
  }

  get expired(): boolean {
    return Date.now() >= this.stopAt;
  }
}

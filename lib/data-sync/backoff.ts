import { createHash } from "crypto";
import * as z from "zod/mini";
import { wholeNumber } from "../platform-config";

/** A number from `min` to `max`, fractions allowed; the message names the range. */
function numberBetween(min: number, max: number) {
  const range = `must be from ${min} to ${max}`;
  return z.number().check(z.minimum(min, range), z.maximum(max, range));
}

// The ranges of the back-off, for the retry function (RETRY_BACKOFF_*) and the config (dataSync.retry.backoff).
export const backoffBaseSecondsSchema = wholeNumber(0, 86_400);
export const backoffMultiplierSchema = numberBetween(1, 10);
export const backoffMaxSecondsSchema = wholeNumber(1, 86_400);
export const backoffJitterRatioSchema = numberBetween(0, 1);

/** The most messages one retry call reads (POST /v1/retry `count`, a scheduled run's count): it must end in time. */
export const MAX_RETRY_COUNT = 1000;
export const scheduledRetryCountSchema = wholeNumber(1, MAX_RETRY_COUNT);
export const DEFAULT_SCHEDULED_RETRY_COUNT = 500;

/** Back-off between a message's deliveries, from the retry function's configuration. */
export interface BackoffPolicy {
  /** Wait after the first failed delivery; 0 turns back-off off (every message is due at once). */
  readonly baseSeconds: number;
  /** Factor by which the wait grows with each further attempt. */
  readonly multiplier: number;
  /** Longest wait, whatever the attempt. */
  readonly maxSeconds: number;
  /** Share of the wait, 0 to 1, taken off at random, so messages that failed together do not come due together. */
  readonly jitterRatio: number;
}

/** Where a message is in its back-off: the two fields of its error record that decide when it is due. */
export interface BackoffState {
  /** Calls to the target so far; 0 means never tried, due at once. */
  readonly attempt: number;
  /** When it last failed (ISO time); missing or unreadable means due at once, so nothing waits forever. */
  readonly failedAt?: string;
  /** Tells messages apart for the jitter: the same message always draws the same share for the same attempt. */
  readonly id: string;
}

/**
 * Seconds to wait after attempt `attempt` failed before the next one: `base * multiplier^(attempt - 1)`, capped at
 * `maxSeconds`, less a jitter share of it. The jitter is drawn from a hash of the message and the attempt, not from
 * a random number per run: a message's due time must not move between scheduled runs, or it would come due in one
 * run and not in the next.
 */
/** 60 s after a first failure, doubling, at most 1 h, up to 20 % earlier. */
export const DEFAULT_BACKOFF: BackoffPolicy = { baseSeconds: 60, multiplier: 2, maxSeconds: 3600, jitterRatio: 0.2 };

export function backoffSeconds(policy: BackoffPolicy, state: Pick<BackoffState, "attempt" | "id">): number {
  if (state.attempt <= 0 || policy.baseSeconds === 0) return 0;
  const exponential = policy.baseSeconds * Math.pow(policy.multiplier, state.attempt - 1);
  const capped = Math.min(policy.maxSeconds, exponential);
  return capped * (1 - policy.jitterRatio * unitHash(`${state.id}#${state.attempt}`));
}

/** When the message is due again (epoch ms): its last failure plus its back-off. */
export function dueAtMs(policy: BackoffPolicy, state: BackoffState): number {
  const failedAt = state.failedAt === undefined ? NaN : Date.parse(state.failedAt);
  if (Number.isNaN(failedAt)) return -Infinity;
  return failedAt + backoffSeconds(policy, state) * 1000;
}

export function isDue(policy: BackoffPolicy, state: BackoffState, nowMs: number): boolean {
  return dueAtMs(policy, state) <= nowMs;
}

/** A number in [0, 1) from the text, the same every time. */
function unitHash(text: string): number {
  return createHash("sha256").update(text).digest().readUInt32BE(0) / 2 ** 32;
}

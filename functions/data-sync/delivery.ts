import { Call } from "../shared/fn-handler";
import { mapWithConcurrency } from "../shared/concurrency";
import { SecretCache, SecretValue } from "../shared/secret-cache";
import { describeFailure } from "../shared/failure";
import { DeliveryConfig } from "./config";
import { Verdict } from "./classify";
import { streamMessageSchema } from "./stream-message";
import { callTarget } from "./target-call";
import { decodeTargetRequest, TargetRequest } from "./target-request";

/** The target credential is read once per warm function for this long, not once per call or message. */
export const CREDENTIAL_TTL_MS = 5 * 60 * 1000;

/** Time kept after the last target call for recording failures on the error streams and answering. */
export const RECORDING_RESERVE_MS = 2_000;

/** A call shorter than this is not worth starting: the message is deferred instead. */
export const MIN_CALL_MS = 100;

const credentials = new SecretCache(CREDENTIAL_TTL_MS);

/** What happened to one message. `deferred`: not attempted, as the invocation had no time left. */
export type DeliveryOutcome =
  | { readonly verdict: Extract<Verdict, "delivered">; readonly status: number }
  | { readonly verdict: Exclude<Verdict, "delivered">; readonly status?: number; readonly error: string }
  | { readonly verdict: "deferred"; readonly error: string };

type Prepared = { ok: true; request: TargetRequest } | { ok: false; outcome: DeliveryOutcome };

/**
 * Delivers each message (a stream message as the connector or GetMessages gives it) to its target, with at most
 * MAX_CONCURRENCY calls in flight and each call's timeout fitted to what is left of the deadline. Never throws:
 * every message gets an outcome, in input order.
 */
export async function deliverAll(call: Call<DeliveryConfig>, messages: readonly unknown[]): Promise<DeliveryOutcome[]> {
  const prepared = messages.map((m) => prepare(m, call.config.ALLOWED_TARGET_HOSTS));
  const credential = prepared.some((p) => p.ok) ? await readCredential(call) : undefined;
  return mapWithConcurrency(prepared, call.config.MAX_CONCURRENCY, async (p): Promise<DeliveryOutcome> => {
    if (!p.ok) return p.outcome;
    if (!credential?.configured) {
      return { verdict: "recoverable", error: `credential not configured: ${credential?.reason ?? "unknown"}` };
    }
    const timeoutMs = Math.min(call.config.TARGET_TIMEOUT_MS, call.deadline.remainingMs() - RECORDING_RESERVE_MS);
    if (timeoutMs < MIN_CALL_MS) {
      return { verdict: "deferred", error: "not attempted: the invocation's deadline was too near" };
    }
    const result = await callTarget(p.request, credential.value, timeoutMs);
    if (result.verdict === "delivered") return { verdict: "delivered", status: result.status ?? 200 };
    return { verdict: result.verdict, status: result.status, error: result.error ?? "failed" };
  });
}

/** Checks one message before any call: a malformed message or a refused target will never succeed. */
export function prepare(message: unknown, allowedHosts: readonly string[]): Prepared {
  const parsed = streamMessageSchema.safeParse(message);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".") || "(message)"}: ${i.message}`);
    return { ok: false, outcome: { verdict: "unrecoverable", error: `invalid message: ${problems.join("; ")}` } };
  }
  const decoded = decodeTargetRequest(Buffer.from(parsed.data.value, "base64"), allowedHosts);
  if (!decoded.ok) {
    return {
      ok: false,
      outcome: { verdict: "unrecoverable", error: `invalid message: ${decoded.problems.join("; ")}` },
    };
  }
  return { ok: true, request: decoded.request };
}

/** A failed read is reported per message (recoverable: the next retry reads the secret again), not thrown. */
async function readCredential(call: Call<DeliveryConfig>): Promise<SecretValue> {
  try {
    const credential = await credentials.read(call.clients, call.config.CREDENTIAL_SECRET_ID);
    if (!credential.configured) call.log.error("target credential not configured", { reason: credential.reason });
    return credential;
  } catch (err) {
    call.log.error("target credential unreadable", describeFailure(err));
    return { configured: false, reason: `reading the secret failed: ${String(describeFailure(err).message)}` };
  }
}

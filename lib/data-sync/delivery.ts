import { Call } from "../fn-handler";
import { mapWithConcurrency } from "../concurrency";
import { SecretCache, SecretValue } from "../secret-cache";
import { describeFailure } from "../failure";
import { DeliveryConfig } from "./config";
import { Verdict } from "./classify";
import { StreamMessage, streamMessageSchema } from "./stream-message";
import { callTarget, CallResult } from "./target-call";
import { decodeTargetRequest, TargetRequest } from "./target-request";

/**
 * The target credential is read once per warm function for this long, not once per call or message. A secret that
 * is not configured yet is not kept (secret-cache.ts), and a 401 or 403 from the target reads it again at once.
 */
export const CREDENTIAL_TTL_MS = 5 * 60 * 1000;

/** Time kept after the last target call for recording failures on the error streams and answering. */
export const RECORDING_RESERVE_MS = 2_000;

/** A call shorter than this is not worth starting: the message is deferred instead. */
export const MIN_CALL_MS = 100;

const credentials = new SecretCache(CREDENTIAL_TTL_MS);

/**
 * What happened to one message. `deferred`: not attempted, as the invocation had no time left or an earlier message
 * with the same key is waiting for a retry.
 */
export type DeliveryOutcome = (
  | { readonly verdict: Extract<Verdict, "delivered">; readonly status: number }
  | { readonly verdict: Exclude<Verdict, "delivered">; readonly status?: number; readonly error: string }
  | { readonly verdict: "deferred"; readonly error: string }
) &
  OutcomeFacts;

/** What the metrics need of an outcome (delivery-metrics.ts). */
export interface OutcomeFacts {
  /** The host the message targets, when its request was valid. */
  readonly targetHost?: string;
  /** How long the call to the target took, when one was made. */
  readonly durationMs?: number;
}

type Prepared = { ok: true; request: TargetRequest; message: StreamMessage } | { ok: false; outcome: DeliveryOutcome };

/**
 * The idempotency key of a message: its place on the data stream (stream, partition, offset) and the time it was
 * appended, which every error record keeps in its `original`, so every delivery of one message, first or replayed,
 * carries the same key. The append time tells apart a message at the same offset of a stream recreated under the
 * same name (offsets start again at 0), which a target would otherwise drop as a duplicate. URI-encoding keeps any
 * stream name a valid header value.
 */
export function idempotencyKey(message: Pick<StreamMessage, "stream" | "partition" | "offset" | "timestamp">): string {
  const appended = Date.parse(message.timestamp);
  return [
    message.stream,
    message.partition,
    String(message.offset),
    Number.isNaN(appended) ? message.timestamp : String(appended),
  ]
    .map(encodeURIComponent)
    .join("/");
}

/** The request with the idempotency header set by us: a message's own header of that name (any case) gives way. */
export function withIdempotencyKey(request: TargetRequest, header: string, key: string): TargetRequest {
  const headers = Object.fromEntries(
    Object.entries(request.headers ?? {}).filter(([name]) => name.toLowerCase() !== header.toLowerCase()),
  );
  return { ...request, headers: { ...headers, [header]: key } };
}

/**
 * Delivers each message (a stream message as the connector or GetMessages gives it) to its target, with at most
 * MAX_CONCURRENCY calls in flight and each call's timeout fitted to what is left of the deadline. Messages that share
 * a key are delivered one after another in the order given (stream order), and once one of them is left for a retry
 * the later ones are deferred behind it, so a key's updates never overtake each other at the target. Never throws:
 * every message gets an outcome, in input order.
 */
export async function deliverAll(call: Call<DeliveryConfig>, messages: readonly unknown[]): Promise<DeliveryOutcome[]> {
  const prepared = messages.map((m) => prepare(m, call.config.ALLOWED_TARGET_HOSTS));
  const credential = prepared.some((p) => p.ok) ? new CallCredential(call, await readCredential(call)) : undefined;
  const outcomes: DeliveryOutcome[] = new Array(prepared.length);
  await mapWithConcurrency(lanes(prepared), call.config.MAX_CONCURRENCY, async (lane) => {
    let waitingFor: StreamMessage | undefined;
    for (const index of lane) {
      const p = prepared[index];
      if (!p.ok) {
        outcomes[index] = p.outcome;
        continue;
      }
      const request = withIdempotencyKey(p.request, call.config.IDEMPOTENCY_KEY_HEADER, idempotencyKey(p.message));
      const outcome = waitingFor ? heldBehind(waitingFor) : await deliverOne(call, request, credential);
      outcomes[index] = { ...outcome, targetHost: new URL(request.url).host };
      if (!waitingFor && (outcome.verdict === "recoverable" || outcome.verdict === "deferred")) {
        waitingFor = p.message;
      }
    }
  });
  return outcomes;
}

/**
 * The indexes of the messages, grouped into lanes that are each worked through in order: one lane per key, and one
 * per message without a key (or that is not a valid message), as nothing orders those.
 */
export function lanes(prepared: readonly Prepared[]): number[][] {
  const byKey = new Map<string, number[]>();
  const result: number[][] = [];
  prepared.forEach((p, index) => {
    const key = p.ok ? p.message.key : null;
    if (key === null) {
      result.push([index]);
      return;
    }
    const lane = byKey.get(key);
    if (lane) {
      lane.push(index);
    } else {
      const created = [index];
      byKey.set(key, created);
      result.push(created);
    }
  });
  return result;
}

/** Not attempted: an earlier message with the same key will be retried, and this one must not overtake it. */
function heldBehind(earlier: StreamMessage): DeliveryOutcome {
  return {
    verdict: "deferred",
    error: `not attempted: held behind offset ${earlier.offset} (partition ${earlier.partition}), an earlier message with the same key that was not delivered`,
  };
}

/** Statuses after which the credential is read again: it may have been rotated since this container read it. */
const CREDENTIAL_REFUSED = new Set([401, 403]);

/**
 * The credential for one call (invocation): read from the cache once, and read again from the Vault at most once,
 * when the target refuses it with 401 or 403, so a rotated secret takes effect at once rather than after the cache's
 * TTL. Concurrent refusals share that one read.
 */
class CallCredential {
  private reread?: Promise<SecretValue>;

  constructor(
    private readonly call: Call<DeliveryConfig>,
    public current: SecretValue,
  ) {}

  /** The newer value if the Vault holds a different one than `used`; undefined when nothing changed. */
  async afterRefusal(used: string): Promise<SecretValue | undefined> {
    this.reread ??= (async () => {
      credentials.invalidate(this.call.config.CREDENTIAL_SECRET_ID);
      const fresh = await readCredential(this.call);
      this.call.log.info("target credential read again after a refusal", { configured: fresh.configured });
      if (fresh.configured) this.current = fresh;
      return fresh;
    })();
    const fresh = await this.reread;
    return fresh.configured && fresh.value !== used ? fresh : undefined;
  }
}

async function deliverOne(
  call: Call<DeliveryConfig>,
  request: TargetRequest,
  credential: CallCredential | undefined,
): Promise<DeliveryOutcome> {
  const secret = credential?.current;
  if (!secret?.configured) {
    // Never tried, so it keeps its attempt count: it is delivered once the secret is set.
    return { verdict: "deferred", error: `not attempted: credential not configured: ${secret?.reason ?? "unknown"}` };
  }
  const attempt = async (value: string): Promise<CallResult | undefined> => {
    const timeoutMs = Math.min(call.config.TARGET_TIMEOUT_MS, call.deadline.remainingMs() - RECORDING_RESERVE_MS);
    return timeoutMs < MIN_CALL_MS ? undefined : callTarget(request, value, timeoutMs);
  };
  let result = await attempt(secret.value);
  if (result?.status !== undefined && CREDENTIAL_REFUSED.has(result.status)) {
    const fresh = await credential!.afterRefusal(secret.value);
    if (fresh?.configured) result = (await attempt(fresh.value)) ?? result;
  }
  if (!result) return { verdict: "deferred", error: "not attempted: the invocation's deadline was too near" };
  const durationMs = result.durationMs;
  if (result.verdict === "delivered") return { verdict: "delivered", status: result.status ?? 200, durationMs };
  return { verdict: result.verdict, status: result.status, error: result.error ?? "failed", durationMs };
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
  return { ok: true, request: decoded.request, message: parsed.data };
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

import { Call } from "../fn-handler";
import { mapWithConcurrency } from "../concurrency";
import { SecretCache, SecretValue } from "../secret-cache";
import { describeFailure } from "../failure";
import { DeliveryConfig } from "./config";
import { Verdict } from "./classify";
import { evaluate, ExpressionInput } from "./expressions";
import { StreamMessage, streamMessageSchema } from "./stream-message";
import { authorization, forgetToken } from "./target-auth";
import { callTarget, CallResult } from "./target-call";
import { decodeTargetRequest, TargetRequest } from "./target-request";
import { Target, targetUrl } from "./targets";

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

/** Who sent a message and where it goes, once its value could be read: every outcome and error record says so. */
export interface Routing {
  readonly target?: string;
  readonly client?: string;
  /** How long the call to the target took, when one was made (for the DeliveryLatency metric). */
  readonly callMs?: number;
}

/**
 * What happened to one message. `deferred`: not attempted, as the invocation had no time left, its target is paused,
 * or an earlier message with the same key and target is waiting for a retry. `filtered`: its target's filter said no;
 * acknowledged, never sent.
 */
export type DeliveryOutcome = Routing &
  (
    | { readonly verdict: Extract<Verdict, "delivered">; readonly status: number }
    | { readonly verdict: "filtered" }
    | { readonly verdict: Exclude<Verdict, "delivered">; readonly status?: number; readonly error: string }
    | { readonly verdict: "deferred"; readonly error: string }
  );

/** An outcome that leaves a record on an error stream. */
export type FailedOutcome = Exclude<DeliveryOutcome, { verdict: "delivered" | "filtered" }>;

export type Prepared =
  | { ok: true; request: TargetRequest; message: StreamMessage; target: Target }
  | { ok: false; outcome: DeliveryOutcome };

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

/** Limits calls in flight to one target: each target has its own `concurrency`. */
class Gate {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active += 1;
    try {
      return await work();
    } finally {
      this.active -= 1;
      this.waiting.shift()?.();
    }
  }
}

/**
 * Delivers each message (a stream message as the connector or GetMessages gives it) to its target, with at most
 * MAX_CONCURRENCY calls in flight, at most each target's `concurrency` to that target, and each call's timeout fitted
 * to what is left of the deadline. Messages that share a key and a target are delivered one after another in the
 * order given (stream order), and once one of them is left for a retry the later ones are deferred behind it, so a
 * key's updates never overtake each other at a target. Never throws: every message gets an outcome, in input order.
 */
export async function deliverAll(call: Call<DeliveryConfig>, messages: readonly unknown[]): Promise<DeliveryOutcome[]> {
  const prepared = messages.map((m) => prepare(m, call.config.TARGETS));
  const credentials = new Map<string, CallCredential>();
  for (const p of prepared) {
    if (p.ok && p.target.enabled && !credentials.has(p.target.name)) {
      credentials.set(p.target.name, new CallCredential(call, p.target, await readCredential(call, p.target)));
    }
  }
  const gates = new Map([...call.config.TARGETS.values()].map((t) => [t.name, new Gate(t.concurrency)]));
  const outcomes: DeliveryOutcome[] = new Array(prepared.length);
  await mapWithConcurrency(lanes(prepared), call.config.MAX_CONCURRENCY, async (lane) => {
    let waitingFor: StreamMessage | undefined;
    for (const index of lane) {
      const p = prepared[index];
      if (!p.ok) {
        outcomes[index] = p.outcome;
        continue;
      }
      const routing: Routing = { target: p.target.name, ...(p.request.client ? { client: p.request.client } : {}) };
      let outcome: DeliveryOutcome;
      if (waitingFor) outcome = heldBehind(waitingFor);
      else if (!p.target.enabled) outcome = paused(p.target);
      else {
        const request = withIdempotencyKey(p.request, call.config.IDEMPOTENCY_KEY_HEADER, idempotencyKey(p.message));
        outcome = await deliverOne(call, p.target, p.message, request, credentials.get(p.target.name)!, gates);
      }
      outcomes[index] = { ...outcome, ...routing };
      if (!waitingFor && (outcome.verdict === "recoverable" || outcome.verdict === "deferred")) {
        waitingFor = p.message;
      }
    }
  });
  return outcomes;
}

/**
 * The indexes of the messages, grouped into lanes that are each worked through in order: one lane per target and key,
 * and one per message without a key (or that is not a valid message), as nothing orders those.
 */
export function lanes(prepared: readonly Prepared[]): number[][] {
  const byKey = new Map<string, number[]>();
  const result: number[][] = [];
  prepared.forEach((p, index) => {
    const key = p.ok && p.message.key !== null ? `${p.target.name}\u0000${p.message.key}` : null;
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

/** Not attempted, and not failed: the operator paused the target; a retry after it is enabled again delivers it. */
function paused(target: Target): DeliveryOutcome {
  return { verdict: "deferred", error: `not attempted: target ${target.name} is paused (enabled: false)` };
}

/** Statuses after which the credential is read again: it may have been rotated since this container read it. */
const CREDENTIAL_REFUSED = new Set([401, 403]);

/**
 * A target's credential for one call (invocation): read from the cache once, and read again from the Vault at most
 * once, when the target refuses it with 401 or 403, so a rotated secret takes effect at once rather than after the
 * cache's TTL. Concurrent refusals share that one read.
 */
class CallCredential {
  private reread?: Promise<SecretValue>;

  constructor(
    private readonly call: Call<DeliveryConfig>,
    private readonly target: Target,
    public current: SecretValue,
  ) {}

  /** The newer value if the Vault holds a different one than `used`; undefined when nothing changed. */
  async afterRefusal(used: string): Promise<SecretValue | undefined> {
    this.reread ??= (async () => {
      credentials.invalidate(this.target.secretId);
      const fresh = await readCredential(this.call, this.target);
      this.call.log.info("target credential read again after a refusal", {
        target: this.target.name,
        configured: fresh.configured,
      });
      if (fresh.configured) this.current = fresh;
      return fresh;
    })();
    const fresh = await this.reread;
    return fresh.configured && fresh.value !== used ? fresh : undefined;
  }
}

/** The message as filters and transforms see it. */
function expressionInput(message: StreamMessage, request: TargetRequest): ExpressionInput {
  return {
    key: message.key === null ? null : Buffer.from(message.key, "base64").toString("utf8"),
    ...(request.client ? { client: request.client } : {}),
    target: request.target,
    method: request.method,
    path: request.path,
    headers: request.headers ?? {},
    ...(request.payload !== undefined ? { payload: request.payload } : {}),
  };
}

/**
 * The target's filter and transform on one message: whether to send it, and the payload to send. An expression that
 * throws, or a filter that answers neither true nor false, makes the message unrecoverable: the same expression
 * will fail it the same way again.
 */
async function shape(
  target: Target,
  message: StreamMessage,
  request: TargetRequest,
): Promise<{ send: true; payload: unknown } | { send: false; outcome: DeliveryOutcome }> {
  const input = expressionInput(message, request);
  if (target.filter !== undefined) {
    let keep: unknown;
    try {
      keep = await evaluate(target.filter, input);
    } catch (err) {
      const error = `filter of target ${target.name} failed: ${(err as Error).message}`;
      return { send: false, outcome: { verdict: "unrecoverable", error } };
    }
    if (keep === false || keep === undefined) return { send: false, outcome: { verdict: "filtered" } };
    if (keep !== true) {
      const error = `filter of target ${target.name} answered ${JSON.stringify(keep)}, not true or false`;
      return { send: false, outcome: { verdict: "unrecoverable", error } };
    }
  }
  if (target.transform === undefined) return { send: true, payload: request.payload };
  try {
    const payload = await evaluate(target.transform, input);
    if (payload === undefined) {
      const error = `transform of target ${target.name} answered nothing (undefined): there is no payload to send`;
      return { send: false, outcome: { verdict: "unrecoverable", error } };
    }
    return { send: true, payload };
  } catch (err) {
    const error = `transform of target ${target.name} failed: ${(err as Error).message}`;
    return { send: false, outcome: { verdict: "unrecoverable", error } };
  }
}

/** Request headers with the credential's own: a message's header of the same name (any case) gives way. */
function withCredential(
  headers: Readonly<Record<string, string>>,
  credential: Readonly<Record<string, string>>,
): Record<string, string> {
  const names = Object.keys(credential).map((name) => name.toLowerCase());
  return {
    ...Object.fromEntries(Object.entries(headers).filter(([name]) => !names.includes(name.toLowerCase()))),
    ...credential,
  };
}

async function deliverOne(
  call: Call<DeliveryConfig>,
  target: Target,
  message: StreamMessage,
  request: TargetRequest,
  credential: CallCredential,
  gates: ReadonlyMap<string, Gate>,
): Promise<DeliveryOutcome> {
  const shaped = await shape(target, message, request);
  if (!shaped.send) return shaped.outcome;
  const secret = credential.current;
  if (!secret.configured) {
    // Never tried, so it keeps its attempt count: it is delivered once the secret is set.
    return {
      verdict: "deferred",
      error: `not attempted: credential of target ${target.name} not configured: ${secret.reason}`,
    };
  }
  const url = targetUrl(target.baseUrl, request.path).href;
  const timeout = () => Math.min(target.timeoutMs, call.deadline.remainingMs() - RECORDING_RESERVE_MS);
  const attempt = (value: string): Promise<CallResult | DeliveryOutcome | undefined> =>
    gates.get(target.name)!.run(async () => {
      if (timeout() < MIN_CALL_MS) return undefined;
      const auth = await authorization(target, value, timeout());
      if (!auth.ok)
        return auth.verdict === "deferred"
          ? { verdict: "deferred", error: auth.error }
          : { verdict: "recoverable", error: auth.error };
      if (timeout() < MIN_CALL_MS) return undefined;
      const headers = withCredential(request.headers ?? {}, auth.headers);
      return callTarget(
        { method: request.method, url, headers, payload: shaped.payload },
        timeout(),
        target.statusMapping,
      );
    });
  let result = await attempt(secret.value);
  if (result && "status" in result && result.status !== undefined && CREDENTIAL_REFUSED.has(result.status)) {
    forgetToken(target, secret.value);
    const fresh = await credential.afterRefusal(secret.value);
    // An OAuth2 token may have been revoked while its client credentials stand: a new token is worth one more call.
    const again = fresh?.configured ? fresh.value : target.auth.type === "oauth2" ? secret.value : undefined;
    if (again !== undefined) result = (await attempt(again)) ?? result;
  }
  if (!result) return { verdict: "deferred", error: "not attempted: the invocation's deadline was too near" };
  if (!("durationMs" in result)) return result;
  const callMs = result.durationMs;
  if (result.verdict === "delivered") return { verdict: "delivered", status: result.status ?? 200, callMs };
  return { verdict: result.verdict, status: result.status, error: result.error ?? "failed", callMs };
}

/** Checks one message before any call: a malformed message or an unknown target will never succeed. */
export function prepare(message: unknown, targets: ReadonlyMap<string, Target>): Prepared {
  const parsed = streamMessageSchema.safeParse(message);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".") || "(message)"}: ${i.message}`);
    return { ok: false, outcome: { verdict: "unrecoverable", error: `invalid message: ${problems.join("; ")}` } };
  }
  const decoded = decodeTargetRequest(Buffer.from(parsed.data.value, "base64"), [...targets.keys()]);
  if (!decoded.ok) {
    return {
      ok: false,
      outcome: { verdict: "unrecoverable", error: `invalid message: ${decoded.problems.join("; ")}` },
    };
  }
  return { ok: true, request: decoded.request, message: parsed.data, target: targets.get(decoded.request.target)! };
}

/** A failed read is reported per message (recoverable: the next retry reads the secret again), not thrown. */
async function readCredential(call: Call<DeliveryConfig>, target: Target): Promise<SecretValue> {
  try {
    const credential = await credentials.read(call.clients, target.secretId);
    if (!credential.configured) {
      call.log.error("target credential not configured", { target: target.name, reason: credential.reason });
    }
    return credential;
  } catch (err) {
    call.log.error("target credential unreadable", { target: target.name, ...describeFailure(err) });
    return { configured: false, reason: `reading the secret failed: ${String(describeFailure(err).message)}` };
  }
}

/**
 * Outcomes per target (or per API client that sent them) and verdict, for the log: `{"erp": {"delivered": 3}}`.
 * `(none)`: a message whose value could not be read, or one with no client (an API without named clients).
 */
export function tallyBy(
  outcomes: readonly DeliveryOutcome[],
  by: "target" | "client",
): Record<string, Record<string, number>> {
  const tally: Record<string, Record<string, number>> = {};
  for (const outcome of outcomes) {
    const byVerdict = (tally[outcome[by] ?? "(none)"] ??= {});
    byVerdict[outcome.verdict] = (byVerdict[outcome.verdict] ?? 0) + 1;
  }
  return tally;
}

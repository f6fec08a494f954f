import * as fdk from "@fnproject/fdk";
import * as z from "zod/mini";
import type { ClientContext } from "./clients/client-context";
import { Deadline } from "./deadline";
import { FunctionError } from "./errors";
import { describeFailure } from "./failure";
import { Logger } from "./log";
import type { OciAuth } from "./oci-auth";
import { PlatformConfig } from "./platform-config";
import type { RetryOptions } from "./sdk-retry";
import { parseConfiguration } from "./validation";

/** The client's request, when API Gateway invoked the function (`Fn-Intent: httprequest`). */
export interface GatewayRequest {
  readonly method: string;
  /** Path and query. */
  readonly url: string;
  readonly headers: fdk.Headers;
}

/** One invocation, as a handler sees it. */
export interface Call<C> {
  readonly callId: string;
  /** The raw body; handlers parse it (the FDK's own JSON mode turns invalid JSON into a string silently). */
  readonly body: Buffer;
  readonly config: C;
  readonly deadline: Deadline;
  /** Logs with the function name and call id on every line. */
  readonly log: Logger;
  /** For building SDK clients bound to this call's deadline. */
  readonly clients: ClientContext;
  readonly gateway?: GatewayRequest;
}

/** A handler's answer; `status` reaches API Gateway callers as the HTTP status. */
export interface Reply {
  readonly status: number;
  /** JSON-serialisable; omitted means an empty body. */
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

/** What a function does with one call; returning nothing answers 204. */
export type Handler<C> = (call: Call<C>) => Promise<Reply | undefined>;

export interface FunctionDefinition<S extends z.ZodMiniType<PlatformConfig>> {
  readonly name: string;
  /** Schema of the function's configuration, read once from the environment at start. */
  readonly config: S;
  /**
   * Loads the handler, as `() => import("./<name>").then((m) => m.<handler>)`: the handler's modules (the OCI SDK
   * above all) are evaluated once the FDK is listening, not before, so a cold start opens its socket sooner.
   */
  readonly handler: () => Promise<Handler<z.output<S>>>;
}

interface Ready<C> {
  readonly handle: Handler<C>;
  readonly config: C;
  readonly auth: OciAuth;
  readonly retry: RetryOptions;
}

/**
 * Runs a function under the Fn FDK and handles its traps in one place:
 * - a handler result of undefined/null kills the FDK's process, so something is always returned;
 * - `ctx.getConfig()` throws, so configuration comes from `ctx.config`'s source, the environment, validated once;
 * - the HTTP status for API Gateway goes out as `Fn-Http-Status` (`ctx.httpGateway.statusCode`);
 * - a FunctionError becomes that 4xx with `{error, reason}` and a warning in the log;
 * - anything else is logged with the call id and rethrown, which the FDK turns into a 502 (a failed invocation).
 *
 * Start-up is split at the socket. Before it: the configuration, checked at once so that a bad one is in the log as
 * the container starts. After it: the handler's modules and the credentials, which only calls need. The agent sends
 * calls through the socket the FDK creates, which must be up within 5 s of startup and then accept traffic ("Fn
 * container contract", https://github.com/fnproject/fn/blob/master/docs/developers/fn-format.md): the loading
 * overlaps the agent's sending of the first call instead of delaying the socket, and a call that comes in before it
 * is done waits for it.
 */
export function serveFunction<S extends z.ZodMiniType<PlatformConfig>>(definition: FunctionDefinition<S>): void {
  const log = new Logger({ fn: definition.name });
  const config = configure(definition, log);
  let ready: Promise<Ready<z.output<S>> | Error> | undefined;
  const prepared = () => (ready ??= prepare(definition, config, log));
  fdk.handle((body, ctx) => invoke(definition, prepared(), log, body, ctx), { inputMode: "buffer" });
  // The FDK's server is bound now and links its socket on the next tick, which runs before this.
  setImmediate(prepared);
}

/** Reads the configuration once; a failure is logged now and fails every call until fixed. */
function configure<S extends z.ZodMiniType<PlatformConfig>>(definition: FunctionDefinition<S>, log: Logger) {
  try {
    return parseConfiguration(definition.config, process.env);
  } catch (err) {
    log.error("function cannot start", describeFailure(err));
    return err as Error;
  }
}

/** Loads the handler and builds the credentials; never rejects: a failure is logged once and fails every call. */
async function prepare<S extends z.ZodMiniType<PlatformConfig>>(
  definition: FunctionDefinition<S>,
  config: z.output<S> | Error,
  log: Logger,
): Promise<Ready<z.output<S>> | Error> {
  if (config instanceof Error) return config;
  try {
    const [handle, { authenticationProvider }, { DEFAULT_RETRY }] = await Promise.all([
      definition.handler(),
      import("./oci-auth"),
      import("./sdk-retry"),
    ]);
    const maxDelayMs = config.SDK_RETRY_MAX_DELAY_MS ?? DEFAULT_RETRY.maxDelayMs;
    return { handle, config, auth: authenticationProvider(config), retry: { ...DEFAULT_RETRY, maxDelayMs } };
  } catch (err) {
    log.error("function cannot start", describeFailure(err));
    return err as Error;
  }
}

async function invoke<S extends z.ZodMiniType<PlatformConfig>>(
  definition: FunctionDefinition<S>,
  prepared: Promise<Ready<z.output<S>> | Error>,
  baseLog: Logger,
  body: Buffer,
  ctx: fdk.Context,
): Promise<unknown> {
  const started = Date.now();
  const callId = ctx.callID ?? "none";
  const log = baseLog.child({ callId });
  const deadline = Deadline.fromHeader(ctx.getHeader("Fn-Deadline"), started);
  try {
    const ready = await prepared;
    if (ready instanceof Error) throw ready;
    const reply = await ready.handle({
      callId,
      body,
      config: ready.config,
      deadline,
      log,
      clients: { auth: ready.auth, config: ready.config, deadline, retry: ready.retry },
      gateway: gatewayRequest(ctx),
    });
    const status = reply?.status ?? 204;
    log.info("call finished", { status, durationMs: Date.now() - started });
    return respond(ctx, status, reply?.body, reply?.headers);
  } catch (err) {
    if (err instanceof FunctionError) {
      log.warn("call rejected", {
        status: err.status,
        error: err.error,
        reason: err.reason,
        durationMs: Date.now() - started,
        ...err.details,
      });
      return respond(ctx, err.status, { error: err.error, reason: err.reason });
    }
    const failure = describeFailure(err);
    log.error("call failed", { ...failure, durationMs: Date.now() - started });
    // The FDK puts this message in its 502 body, which API Gateway may pass on: details stay in the log.
    throw new Error(`${definition.name} failed; see the function log for call ${callId}`);
  }
}

function gatewayRequest(ctx: fdk.Context): GatewayRequest | undefined {
  if (ctx.getHeader("Fn-Intent") !== "httprequest") return undefined;
  const http = ctx.httpGateway;
  return { method: http.method ?? "", url: http.requestURL ?? "", headers: http.headers };
}

function respond(ctx: fdk.Context, status: number, body: unknown, headers: Record<string, string> = {}): unknown {
  ctx.httpGateway.statusCode = status;
  for (const [key, value] of Object.entries(headers)) ctx.httpGateway.setResponseHeader(key, value);
  if (body === undefined || body === null) {
    ctx.responseContentType = "text/plain";
    return fdk.rawResult("");
  }
  return body;
}

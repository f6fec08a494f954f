import { randomBytes } from "crypto";
import { createServer, IncomingMessage, Server, ServerResponse } from "http";
import { AddressInfo } from "net";
import { verifySignedRequest } from "./signing";

/**
 * The HTTP plumbing every OCI stand-in shares: a server on 127.0.0.1, signature verification (signing.ts), OCI's
 * error body `{"code", "message"}` with the common codes per status
 * (https://docs.oracle.com/iaas/Content/API/References/apierrors.htm), `opc-request-id`, a request log and fault
 * injection. Subclasses only route operations.
 */

/** An OCI API error; the stand-in answers it as `{"code", "message"}` with the status. */
export class OciApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Error codes OCI uses for the statuses tests inject. */
const CODE_BY_STATUS: Record<number, string> = {
  400: "InvalidParameter",
  401: "NotAuthenticated",
  404: "NotAuthorizedOrNotFound",
  409: "Conflict",
  429: "TooManyRequests",
  500: "InternalServerError",
  503: "ServiceUnavailable",
};

export interface Reply {
  readonly status?: number;
  readonly headers?: Record<string, string | number>;
  /** Objects are sent as JSON; Buffers and strings as they are. */
  readonly body?: unknown;
}

/** A request once the route is known and the signature has been checked. */
export interface StandInRequest {
  readonly method: string;
  readonly url: URL;
  /** Path segments after decoding (`%2F` inside a segment stays inside it). */
  readonly params: Readonly<Record<string, string>>;
  readonly headers: IncomingMessage["headers"];
  readonly body: Buffer;
  /** The OCID of the signing user, or the function for resource principals. */
  readonly principal: string;
}

export interface Route {
  /** The OCI operation name, e.g. `PutMessages`; faults and the request log use it. */
  readonly operation: string;
  /** OCI lets clients sign this operation without its body (PutMessages, PutObject). */
  readonly bodyExempt?: boolean;
  readonly params: Record<string, string>;
  handle(request: StandInRequest): Reply | Promise<Reply>;
}

export interface RecordedRequest {
  readonly operation: string;
  readonly method: string;
  readonly path: string;
  readonly status: number;
  /** Empty when the signature did not verify. */
  readonly principal: string;
  readonly receivedAt: number;
}

/** `operation` limits a fault to one OCI operation; without it the fault hits any request. */
export interface FaultOptions {
  readonly operation?: string;
}

type Fault =
  | {
      kind: "status";
      operation?: string;
      remaining: number;
      status: number;
      code: string;
      message: string;
      noBody?: boolean;
    }
  | { kind: "drop"; operation?: string; remaining: number }
  | { kind: "delay"; operation?: string; remaining: number; delayMs: number };

export abstract class StandInServer {
  /** Every request received, in order, with the status it got (0 when the connection was dropped). */
  readonly requests: RecordedRequest[] = [];
  /** Added before every response. */
  latencyMs = 0;
  private readonly server: Server = createServer((req, res) => {
    // A client that goes away mid-request must not become an unhandled rejection in the test process.
    this.serve(req, res).catch(() => res.destroy());
  });
  private readonly faults: Fault[] = [];

  /** Base URL, e.g. `http://127.0.0.1:41234`; give it to an SDK client as `client.endpoint`. */
  get endpoint(): string {
    const address = this.server.address() as AddressInfo | null;
    if (!address) throw new Error("The stand-in is not started: await start() first");
    return `http://127.0.0.1:${address.port}`;
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(0, "127.0.0.1", () => resolve());
    });
    return this;
  }

  /** Stops listening and drops keep-alive connections, so jest has no open handles. */
  async close(): Promise<void> {
    if (!this.server.listening) return;
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await closed;
  }

  /**
   * The next `count` matching requests get `status` with OCI's error body (after signature checks); with `noBody`,
   * without any body, as a load balancer or a HEAD answer gives it.
   */
  failNext(
    count: number,
    status: number,
    options: FaultOptions & { code?: string; message?: string; noBody?: boolean } = {},
  ): void {
    const code = options.code ?? CODE_BY_STATUS[status] ?? "Error";
    const message = options.message ?? `Injected ${status} ${code}`;
    const { operation, noBody } = options;
    this.faults.push({ kind: "status", operation, remaining: count, status, code, message, noBody });
  }

  /** Forgets faults not yet used up, so one test's leftovers never reach the next. */
  clearFaults(): void {
    this.faults.length = 0;
  }

  /** Back to as started: no faults, no latency, an empty request log; subclasses also forget their resources. */
  reset(): void {
    this.clearFaults();
    this.latencyMs = 0;
    this.requests.length = 0;
  }

  /** The next `count` matching requests have their connection destroyed without a response. */
  dropNext(count: number, options: FaultOptions = {}): void {
    this.faults.push({ kind: "drop", operation: options.operation, remaining: count });
  }

  /** The next `count` matching requests are answered `delayMs` late. */
  delayNext(count: number, delayMs: number, options: FaultOptions = {}): void {
    this.faults.push({ kind: "delay", operation: options.operation, remaining: count, delayMs });
  }

  /** How many requests arrived, in total or for one operation. */
  requestCount(operation?: string): number {
    return this.requests.filter((r) => !operation || r.operation === operation).length;
  }

  /** Maps a method and path to an operation, or undefined for a path this service does not have. */
  protected abstract route(method: string, url: URL): Route | undefined;

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const receivedAt = Date.now();
    const body = await readBody(req);
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const route = this.route(req.method ?? "GET", url);
    const operation = route?.operation ?? "Unknown";
    const record = (status: number, principal: string) =>
      this.requests.push({ operation, method: req.method ?? "", path: url.pathname, status, principal, receivedAt });

    const delay = this.takeFault("delay", operation);
    const latency = this.latencyMs + (delay?.kind === "delay" ? delay.delayMs : 0);
    // Unreferenced: a delayed answer nobody waits for any more (its client gave up) keeps no test run alive.
    if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency).unref());
    if (this.takeFault("drop", operation)) {
      record(0, "");
      req.socket.destroy();
      return;
    }

    const verification = verifySignedRequest(
      { method: req.method ?? "", url: req.url ?? "/", headers: req.headers, body },
      { bodyExempt: route?.bodyExempt },
    );
    let reply: Reply;
    let principal = "";
    if (!verification.ok) {
      reply = errorReply(new OciApiError(401, "NotAuthenticated", verification.reason));
    } else if (!route) {
      principal = verification.principal;
      reply = errorReply(
        new OciApiError(404, "NotAuthorizedOrNotFound", `No ${req.method} operation at ${url.pathname}`),
      );
    } else {
      principal = verification.principal;
      const fault = this.takeFault("status", operation);
      reply =
        fault?.kind === "status"
          ? fault.noBody
            ? { status: fault.status }
            : errorReply(new OciApiError(fault.status, fault.code, fault.message))
          : await this.handle(route, {
              method: req.method ?? "",
              url,
              params: route.params,
              headers: req.headers,
              body,
              principal,
            });
    }
    record(reply.status ?? 200, principal);
    send(res, reply);
  }

  private async handle(route: Route, request: StandInRequest): Promise<Reply> {
    try {
      return await route.handle(request);
    } catch (error) {
      if (error instanceof OciApiError) return errorReply(error);
      return errorReply(new OciApiError(500, "InternalServerError", `Stand-in bug: ${String(error)}`));
    }
  }

  private takeFault(kind: Fault["kind"], operation: string): Fault | undefined {
    const fault = this.faults.find(
      (f) => f.kind === kind && f.remaining > 0 && (!f.operation || f.operation === operation),
    );
    if (fault) fault.remaining -= 1;
    return fault;
  }
}

function errorReply(error: OciApiError): Reply {
  return { status: error.status, body: { code: error.code, message: error.message } };
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function send(res: ServerResponse, reply: Reply): void {
  const headers: Record<string, string | number> = {
    "opc-request-id": randomBytes(16).toString("hex").toUpperCase(),
    ...reply.headers,
  };
  let payload: Buffer | undefined;
  if (Buffer.isBuffer(reply.body)) payload = reply.body;
  else if (typeof reply.body === "string") payload = Buffer.from(reply.body);
  else if (reply.body !== undefined) {
    payload = Buffer.from(JSON.stringify(reply.body));
    headers["content-type"] ??= "application/json";
  }
  if (payload && headers["content-length"] === undefined) headers["content-length"] = payload.length;
  res.writeHead(reply.status ?? 200, headers);
  res.end(payload);
}

/** Matches `/a/{x}/b/{y}` against a path; `{rest+}` takes the remainder. Values are URL-decoded. */
export function matchPath(pattern: string, pathname: string): Record<string, string> | undefined {
  const patternParts = pattern.split("/");
  const pathParts = pathname.split("/");
  const params: Record<string, string> = {};
  for (let i = 0; i < patternParts.length; i++) {
    const part = patternParts[i];
    const greedy = /^\{(\w+)\+\}$/.exec(part);
    if (greedy) {
      const rest = pathParts.slice(i).join("/");
      if (!rest) return undefined;
      params[greedy[1]] = decodeURIComponent(rest);
      return params;
    }
    const value = pathParts[i];
    if (value === undefined) return undefined;
    const name = /^\{(\w+)\}$/.exec(part);
    if (name) {
      if (!value) return undefined;
      params[name[1]] = decodeURIComponent(value);
    } else if (part !== value) return undefined;
  }
  return patternParts.length === pathParts.length ? params : undefined;
}

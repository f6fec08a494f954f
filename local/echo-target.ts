import { ReceivedRequest, TargetServer } from "../stand-ins/target-server";

/** What the built-in target answers: a status, after a latency; `count` answers, then back to 200. */
export interface TargetBehaviour {
  readonly status: number;
  readonly latencyMs?: number;
  /** How many requests get this answer. @default every request from now on */
  readonly count?: number;
}

/**
 * The built-in target REST API of `npm run local`: answers 200 to everything (echoing the request's method, path and
 * forwarded host) unless told to fail, so that the retry path can be seen. HTTPS on 127.0.0.1 with its own CA.
 *
 * It is also the OAuth2 authorization server of every target that needs one: a client credentials grant (a POST with
 * `grant_type=client_credentials`, the client authenticated by HTTP Basic, RFC 6749 sections 4.4 and 2.3.1) gets a
 * bearer token named after the client id (`local-token-<client id>`, RFC 6749 section 5.1), whatever the plan says,
 * so that a target's credential can be told from another's.
 */
export class EchoTarget {
  readonly server = new TargetServer();
  private readonly plan: { behaviour: TargetBehaviour; remaining: number }[] = [];
  /** Requests kept in `server.requests`; older ones are dropped, so a long run does not grow without end. */
  maxRecords = 100_000;

  constructor(private readonly log: (entry: Record<string, unknown>) => void = () => undefined) {
    this.server.behave = (request) => {
      const token = tokenGrant(request);
      if (token) return token;
      const step = this.plan[0];
      if (step) {
        step.remaining -= 1;
        if (step.remaining <= 0) this.plan.shift();
      }
      const behaviour = step?.behaviour ?? { status: 200 };
      this.log({
        at: new Date().toISOString(),
        method: request.method,
        path: request.path,
        host: request.headers["x-forwarded-host"],
        answer: behaviour.status,
        bytes: request.body.length,
      });
      if (this.server.requests.length > this.maxRecords) {
        this.server.requests.splice(0, this.server.requests.length - this.maxRecords);
      }
      return { status: behaviour.status, delayMs: behaviour.latencyMs };
    };
  }

  async start(): Promise<this> {
    await this.server.start();
    return this;
  }

  get origin(): string {
    return this.server.origin;
  }

  get caFile(): string {
    return this.server.caFile;
  }

  get requests(): ReceivedRequest[] {
    return this.server.requests;
  }

  /** From now on, answer `behaviour` (for `count` requests, or until told otherwise); replaces any earlier plan. */
  behave(behaviour: TargetBehaviour): void {
    this.plan.length = 0;
    if (behaviour.status === 200 && !behaviour.latencyMs) return;
    this.plan.push({ behaviour, remaining: behaviour.count ?? Infinity });
  }

  async close(): Promise<void> {
    await this.server.close();
  }
}

/** The answer to an OAuth2 client credentials grant, or undefined when the request is not one. */
function tokenGrant(request: { method: string; body: string; headers: Record<string, unknown> }) {
  if (request.method !== "POST") return undefined;
  if (new URLSearchParams(request.body).get("grant_type") !== "client_credentials") return undefined;
  const basic = /^Basic (.+)$/.exec(String(request.headers.authorization ?? ""));
  const clientId = basic ? decodeURIComponent(Buffer.from(basic[1], "base64").toString().split(":")[0]) : "";
  if (!clientId) return { status: 401, json: { error: "invalid_client" } };
  return { status: 200, json: { access_token: `local-token-${clientId}`, token_type: "Bearer", expires_in: 3600 } };
}

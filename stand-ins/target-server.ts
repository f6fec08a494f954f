import * as fs from "fs";
import { IncomingHttpHeaders } from "http";
import { ServerResponse } from "http";
import { createServer, Server } from "https";
import { AddressInfo } from "net";
import * as os from "os";
import * as path from "path";
import { generate } from "selfsigned";

/**
 * A target REST API for the data-sync functions: HTTPS on 127.0.0.1 with a self-signed certificate, which a
 * function trusts through NODE_EXTRA_CA_CERTS (the functions only call https:// targets). Each request's answer
 * comes from `behave`: a status, a status after a delay, or a reset connection.
 */

/** `bodyBytes`: answer with a body of that many bytes, streamed, instead of the small JSON one. */
/** `json`: answer with this JSON body (a token endpoint's answer, say) instead of the small default one. */
export type Behaviour = { status: number; delayMs?: number; bodyBytes?: number; json?: unknown } | { reset: true };

export interface ReceivedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  /** What the target did: the status it sent, or "reset". */
  readonly answer: number | "reset";
  /** When the whole request had arrived, and when the target answered it (after any delay). */
  readonly receivedAt: number;
  readonly answeredAt: number;
}

/** Streams `bytes` of text, honouring back-pressure, so the server never holds the body; stops if the client leaves. */
function streamBody(res: ServerResponse, status: number, bytes: number): void {
  const chunk = Buffer.alloc(64 * 1024, "x");
  res.writeHead(status, { "content-type": "text/plain", "content-length": bytes });
  let left = bytes;
  const pump = (): void => {
    while (left > 0 && !res.destroyed) {
      const part = left >= chunk.length ? chunk : chunk.subarray(0, left);
      left -= part.length;
      if (!res.write(part)) {
        res.once("drain", pump);
        return;
      }
    }
    if (!res.destroyed) res.end();
  };
  res.on("error", () => undefined);
  pump();
}

/**
 * One self-signed certificate per process, which every target may share: it keeps one NODE_EXTRA_CA_CERTS file
 * unambiguous when several targets run (OpenSSL finds an issuer by subject name, and every target presents this same
 * certificate). Its key is EC P-256: generating an RSA-2048 key cost a median 150 ms of CPU (60-240, measured over 8)
 * in every test file and process that starts a target, a P-256 one under 15 ms; ECDSA is also cheaper for the server in
 * each TLS handshake.
 */
let shared: ReturnType<typeof generate> | undefined;

function certificate(): ReturnType<typeof generate> {
  shared ??= generate([{ name: "commonName", value: "127.0.0.1" }], {
    keyType: "ec",
    curve: "P-256",
    algorithm: "sha256",
    extensions: [
      { name: "basicConstraints", cA: true },
      { name: "subjectAltName", altNames: [{ type: 7, ip: "127.0.0.1" }] },
    ],
  });
  return shared;
}

export class TargetServer {
  readonly requests: ReceivedRequest[] = [];
  /** Decides each answer; gets the request. @default 200 */
  behave: (request: { method: string; path: string; body: string; headers: IncomingHttpHeaders }) => Behaviour =
    () => ({
      status: 200,
    });
  /** Requests being answered right now, and the most at once. */
  inFlight = 0;
  maxInFlight = 0;
  private server?: Server;
  /** Delayed answers still pending; close() cancels them so no timer outlives the server. */
  private readonly timers = new Set<NodeJS.Timeout>();
  private caDir?: string;

  /** Path of the certificate to give a function as NODE_EXTRA_CA_CERTS. */
  caFile = "";

  async start(): Promise<this> {
    const pems = await certificate();
    this.caDir = fs.mkdtempSync(path.join(os.tmpdir(), "target-ca-"));
    this.caFile = path.join(this.caDir, "ca.pem");
    fs.writeFileSync(this.caFile, pems.cert);
    this.server = createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => {
        const request = { method: req.method ?? "", path: req.url ?? "/", body: Buffer.concat(chunks).toString() };
        const receivedAt = Date.now();
        const behaviour = this.behave({ ...request, headers: req.headers });
        const record = (answer: number | "reset") =>
          this.requests.push({ ...request, headers: req.headers, answer, receivedAt, answeredAt: Date.now() });
        this.inFlight += 1;
        this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
        const finish = () => {
          this.inFlight -= 1;
          if ("reset" in behaviour) {
            record("reset");
            req.socket.destroy();
            return;
          }
          record(behaviour.status);
          if (behaviour.bodyBytes !== undefined) {
            streamBody(res, behaviour.status, behaviour.bodyBytes);
            return;
          }
          res.writeHead(behaviour.status, { "content-type": "application/json" });
          res.end(JSON.stringify(behaviour.json ?? { answer: behaviour.status }));
        };
        const delay = "delayMs" in behaviour ? (behaviour.delayMs ?? 0) : 0;
        if (delay > 0) {
          const timer = setTimeout(() => {
            this.timers.delete(timer);
            finish();
          }, delay);
          this.timers.add(timer);
        } else finish();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", () => resolve()));
    return this;
  }

  /** e.g. `https://127.0.0.1:41234`. */
  get origin(): string {
    return `https://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  /**
   * Back to as started, for suites sharing one target across tests: drops answers still pending (their callers have
   * given up) and open connections, so no earlier test's request is recorded in the next.
   */
  reset(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.server?.closeAllConnections();
    this.requests.length = 0;
    this.behave = () => ({ status: 200 });
    this.inFlight = 0;
    this.maxInFlight = 0;
  }

  async close(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    if (this.server?.listening) {
      const closed = new Promise<void>((resolve) => this.server!.close(() => resolve()));
      this.server.closeAllConnections();
      await closed;
    }
    if (this.caDir) fs.rmSync(this.caDir, { recursive: true, force: true });
  }
}

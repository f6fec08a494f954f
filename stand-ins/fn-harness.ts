import { ChildProcess, spawn } from "child_process";
import * as fs from "fs";
import { IncomingHttpHeaders, request } from "http";
import * as os from "os";
import * as path from "path";
import { RUN_TAG_VARIABLE } from "./run-tag";

/**
 * Set (by jest's global setup) to a folder for the bundles' V8 code cache: function processes then compile through
 * code-cache-preload.js. Unset, as in the benchmarks and `npm run local`, a bundle starts exactly as on Fn.
 */
export const CODE_CACHE_DIR_VARIABLE = "FN_CODE_CACHE_DIR";
const CODE_CACHE_PRELOAD = path.join(__dirname, "code-cache-preload.js");

/**
 * Runs a built function bundle the way the Fn agent does (http-stream contract): env FN_FORMAT=http-stream and
 * FN_LISTENER=unix:<dir>/lsnr.sock, wait for the FDK's `lsnr.sock` symlink, then POST /call over the socket with
 * Fn-Call-Id, Fn-Deadline and, for API Gateway calls, Fn-Intent/Fn-Http-* headers; one call at a time per container,
 * config as environment variables ("Fn container contract",
 * https://github.com/fnproject/fn/blob/master/docs/developers/fn-format.md).
 */

export interface FnProcessOptions {
  /** Path of the built `func.js`. */
  readonly bundle: string;
  /** Function configuration; Fn passes it as environment variables. */
  readonly config?: Record<string, string>;
  /** More environment, e.g. the resource-principal variables. */
  readonly env?: Record<string, string>;
  /** How long to wait for the socket. @default 10000 */
  readonly startTimeoutMs?: number;
  /** Append the function's stdout and stderr to this file instead of keeping them in memory (long runs). */
  readonly logFile?: string;
  /** FN_APP_NAME and FN_FN_NAME. @default "test-app" and the bundle's folder name */
  readonly appName?: string;
  readonly functionName?: string;
}

export interface GatewayCall {
  readonly method: string;
  /** Path and query, as the client sent them. */
  readonly url: string;
  readonly headers?: Record<string, string>;
}

export interface CallOptions {
  /** @default a fresh id */
  readonly callId?: string;
  /** Time until Fn-Deadline. @default 30000 */
  readonly timeoutMs?: number;
  readonly gateway?: GatewayCall;
}

export interface FnResponse {
  /** Status of the FDK's answer to the agent: 200 even for a 4xx reply, 502 when the function failed. */
  readonly status: number;
  /** `Fn-Http-Status`: what an API Gateway caller would see. */
  readonly httpStatus: number | undefined;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  /** When Fn-Deadline was, and when the answer arrived (epoch ms). */
  readonly deadline: number;
  readonly answeredAt: number;
  json<T = any>(): T;
}

let callCounter = 0;

export class FnProcess {
  private stdoutText = "";
  private stderrText = "";
  private exited: Promise<number | null>;

  private constructor(
    private readonly child: ChildProcess,
    private readonly dir: string,
    private readonly socket: string,
    /** Milliseconds from spawn to the socket being ready. */
    readonly startupMs: number,
  ) {
    this.exited = new Promise((resolve) => child.once("exit", (code) => resolve(code)));
  }

  static async start(options: FnProcessOptions): Promise<FnProcess> {
    // A fresh directory per start: a stale lsnr.sock.tmp would make the FDK fail to listen.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fn-"));
    const socket = path.join(dir, "lsnr.sock");
    const started = performance.now();
    const child = spawn(process.execPath, [options.bundle], {
      cwd: dir,
      env: {
        PATH: process.env.PATH ?? "",
        HOME: dir,
        FN_FORMAT: "http-stream",
        FN_LISTENER: `unix:${socket}`,
        FN_APP_NAME: options.appName ?? "test-app",
        FN_FN_NAME: options.functionName ?? path.basename(path.dirname(options.bundle)),
        FN_MEMORY: "256",
        // So that global teardown can tell whether this process outlived the run.
        ...(process.env[RUN_TAG_VARIABLE] ? { [RUN_TAG_VARIABLE]: process.env[RUN_TAG_VARIABLE] } : {}),
        ...(process.env[CODE_CACHE_DIR_VARIABLE]
          ? {
              [CODE_CACHE_DIR_VARIABLE]: process.env[CODE_CACHE_DIR_VARIABLE],
              NODE_OPTIONS: `--require=${JSON.stringify(CODE_CACHE_PRELOAD)}`,
            }
          : {}),
        ...options.env,
        ...options.config,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const fn = new FnProcess(child, dir, socket, 0);
    if (options.logFile) {
      const log = fs.createWriteStream(options.logFile, { flags: "a" });
      child.stdout!.pipe(log, { end: false });
      child.stderr!.pipe(log, { end: false });
      void fn.exited.then(() => log.end());
      // Start-up failures are still reported with what the function printed.
      child.stderr!.on("data", (chunk: Buffer) => {
        if (fn.startupMs === 0) fn.stderrText += chunk.toString();
      });
    } else {
      child.stdout!.on("data", (chunk: Buffer) => (fn.stdoutText += chunk.toString()));
      child.stderr!.on("data", (chunk: Buffer) => (fn.stderrText += chunk.toString()));
    }
    try {
      await fn.waitForSocket(options.startTimeoutMs ?? 10_000);
    } catch (err) {
      await fn.stop();
      throw err;
    }
    (fn as { startupMs: number }).startupMs = performance.now() - started;
    return fn;
  }

  private async waitForSocket(timeoutMs: number): Promise<void> {
    const giveUp = Date.now() + timeoutMs;
    let exitCode: number | null | undefined;
    void this.exited.then((code) => (exitCode = code));
    while (!isSymlink(this.socket)) {
      if (exitCode !== undefined)
        throw new Error(`function exited (${exitCode}) before listening:\n${this.stderrText}`);
      if (Date.now() > giveUp) throw new Error(`no socket after ${timeoutMs} ms:\n${this.stderrText}`);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  }

  /** POSTs /call as the agent does and resolves with the FDK's answer. */
  call(body: string | Buffer, options: CallOptions = {}): Promise<FnResponse> {
    const deadline = Date.now() + (options.timeoutMs ?? 30_000);
    const headers: Record<string, string> = {
      "Fn-Call-Id": options.callId ?? `call-${process.pid}-${++callCounter}`,
      "Fn-Deadline": new Date(deadline).toISOString(),
      "Content-Type": "application/json",
    };
    if (options.gateway) {
      headers["Fn-Intent"] = "httprequest";
      headers["Fn-Http-Method"] = options.gateway.method;
      headers["Fn-Http-Request-Url"] = options.gateway.url;
      for (const [name, value] of Object.entries(options.gateway.headers ?? {})) headers[`Fn-Http-H-${name}`] = value;
    }
    return new Promise((resolve, reject) => {
      const req = request({ socketPath: this.socket, path: "/call", method: "POST", headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("error", reject);
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          const fnHttpStatus = res.headers["fn-http-status"];
          resolve({
            status: res.statusCode ?? 0,
            httpStatus: fnHttpStatus === undefined ? undefined : Number(fnHttpStatus),
            headers: res.headers,
            body: text,
            deadline,
            answeredAt: Date.now(),
            json: () => JSON.parse(text),
          });
        });
      });
      req.on("error", reject);
      req.end(body);
    });
  }

  /**
   * CPU time (user + system) the function process has used so far, in ms; from /proc (Linux), undefined elsewhere.
   * Benchmarks report it beside wall times, which other load on the machine inflates.
   */
  cpuMs(): number | undefined {
    return processCpuMs(this.child.pid);
  }

  get stdout(): string {
    return this.stdoutText;
  }

  get stderr(): string {
    return this.stderrText;
  }

  /** The function's structured log: every stdout/stderr line that is a JSON object. */
  logLines(): Record<string, any>[] {
    return (this.stdoutText + "\n" + this.stderrText)
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line));
  }

  /**
   * The first log line matching `predicate`, waiting for it: stdout/stderr are pipes apart from the call's socket,
   * so a line written before the answer can arrive after it.
   */
  async logLine(predicate: (line: Record<string, any>) => boolean, timeoutMs = 2_000): Promise<Record<string, any>> {
    const giveUp = Date.now() + timeoutMs;
    for (;;) {
      const line = this.logLines().find(predicate);
      if (line) return line;
      if (Date.now() > giveUp) throw new Error(`no matching log line in:\n${this.stdoutText}\n${this.stderrText}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  /** The function's process id, e.g. to read its peak memory from /proc. */
  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Whether the process is still running. */
  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Resolves with the exit code once the process has exited. */
  whenExited(): Promise<number | null> {
    return this.exited;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      this.child.kill("SIGTERM");
      await this.exited;
    }
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

function isSymlink(file: string): boolean {
  try {
    return fs.lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * CPU time of a live process, in ms: the sum over its threads of the nanoseconds each has run (first field of
 * /proc/<pid>/task/<tid>/schedstat, "time spent on the cpu", https://docs.kernel.org/scheduler/sched-stats.html).
 * Node's threads (V8's compiler and GC helpers, libuv's pool) live as long as the process, so none is missed. Where
 * schedstat is absent, utime + stime (fields 14 and 15 of /proc/<pid>/stat, in ticks of 10 ms, too coarse to tell
 * apart two builds whose starts differ by a few ms). Undefined off Linux.
 */
export function processCpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    let ns = 0;
    for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
      ns += Number(fs.readFileSync(`/proc/${pid}/task/${tid}/schedstat`, "utf8").split(" ")[0]);
    }
    return ns / 1e6;
  } catch {
    return ticksCpuMs(pid);
  }
}

/** Every live process's parent: pid to ppid (field 4 of /proc/<pid>/stat); empty off Linux. */
export function parentPids(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const entry of fs.existsSync("/proc") ? fs.readdirSync("/proc") : []) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // Gone meanwhile.
    }
  }
  return parents;
}

function ticksCpuMs(pid: number): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

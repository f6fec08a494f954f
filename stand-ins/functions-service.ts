import * as path from "path";
import { CallOptions, FnProcess, FnResponse } from "./fn-harness";

/**
 * OCI Functions on one machine: each deployed function runs as containers (here: processes under the Fn agent
 * contract, fn-harness.ts) started on demand, each serving one call at a time. OCI: "The initial function
 * invocation's execution infrastructure is retained for a period of time (referred to as the 'idle time'), for use by
 * subsequent invocations of the same function" (a hot start;
 * https://docs.oracle.com/iaas/Content/Functions/Tasks/functionsusingprovisionedconcurrency.htm); one call at a time
 * per container is the Fn agent's contract (the FDK serves one /call, fn-harness.ts).
 *
 * - A call past the function's `timeout_in_seconds` ends its container and answers 504. The status of a timed-out
 *   invocation is NOT FOUND verbatim in the stored docs; 504 is Fn's.
 * - A container that dies during a call answers 502 (the FDK's own answer for a failed function is 502 too), and is
 *   replaced on the next call: nothing of it survives.
 * - How many containers OCI runs at most per function is not a documented number; `maxContainers` bounds it here.
 */

export interface FunctionDefinition {
  /** The function's OCID, which callers (gateway, connectors, rules) invoke it by. */
  readonly id: string;
  /** Display name, for logs. */
  readonly name: string;
  /** The built bundle (`func.js`). */
  readonly bundle: string;
  /** The function's configuration (Fn passes it as environment variables). */
  readonly config: Record<string, string>;
  /** `timeout_in_seconds`. */
  readonly timeoutSeconds: number;
  /** `memory_in_mbs`, passed as FN_MEMORY. */
  readonly memoryInMbs?: number;
}

export interface FunctionsServiceOptions {
  /** Environment every container gets besides its config (resource principal, service endpoints). */
  readonly env: Record<string, string>;
  /** When set, each function's containers append their output to `<logDir>/<name>.log`. */
  readonly logDir?: string;
  /** @default 2 (a laptop runs every function of the stack at once) */
  readonly maxContainers?: number;
  /** Application name (FN_APP_NAME). @default "local" */
  readonly appName?: string;
}

export interface Invocation {
  readonly functionId: string;
  readonly name: string;
  readonly status: number;
  readonly durationMs: number;
  readonly error?: string;
}

interface Deployed {
  readonly definition: FunctionDefinition;
  readonly idle: FnProcess[];
  readonly busy: Set<FnProcess>;
  readonly waiting: ((container: FnProcess) => void)[];
  starting: number;
}

export class FunctionsService {
  /** The most recent invocations (at most `maxRecords`), oldest first. */
  readonly invocations: Invocation[] = [];
  maxRecords = 10_000;
  private readonly functions = new Map<string, Deployed>();
  private closed = false;

  constructor(private readonly options: FunctionsServiceOptions) {}

  /** Deploys a function and starts its first container, so a function that cannot start fails here, by name. */
  async deploy(definition: FunctionDefinition): Promise<void> {
    const deployed: Deployed = { definition, idle: [], busy: new Set(), waiting: [], starting: 0 };
    this.functions.set(definition.id, deployed);
    try {
      deployed.idle.push(await this.startContainer(deployed));
    } catch (err) {
      throw new Error(`function ${definition.name} did not start: ${(err as Error).message}`);
    }
  }

  /** The live containers of a function (e.g. to kill one in a test). */
  containers(functionId: string): FnProcess[] {
    const deployed = this.deployed(functionId);
    return [...deployed.idle, ...deployed.busy].filter((c) => c.alive);
  }

  /** The function's name, for logs and errors. */
  nameOf(functionId: string): string {
    return this.deployed(functionId).definition.name;
  }

  /** Invokes a function; never throws for the function's own failures (they come back as 502 or 504). */
  async invoke(
    functionId: string,
    body: string | Buffer,
    options: Omit<CallOptions, "timeoutMs"> = {},
  ): Promise<FnResponse> {
    const deployed = this.deployed(functionId);
    const started = Date.now();
    const container = await this.acquire(deployed);
    const timeoutMs = deployed.definition.timeoutSeconds * 1000;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), timeoutMs)));
    let response: FnResponse;
    try {
      const outcome = await Promise.race([container.call(body, { ...options, timeoutMs }), timedOut]);
      if (outcome === "timeout") {
        await container.stop();
        response = failure(504, `function ${deployed.definition.name} timed out after ${timeoutMs} ms`, started);
      } else response = outcome;
    } catch (err) {
      // The container went away mid-call (killed, crashed): the caller sees the invocation fail.
      response = failure(502, `function ${deployed.definition.name} failed: ${(err as Error).message}`, started);
    } finally {
      clearTimeout(timer);
      this.release(deployed, container);
    }
    this.invocations.push({
      functionId,
      name: deployed.definition.name,
      status: response.status,
      durationMs: Date.now() - started,
      ...(response.status >= 500 ? { error: response.body.slice(0, 300) } : {}),
    });
    if (this.invocations.length > this.maxRecords)
      this.invocations.splice(0, this.invocations.length - this.maxRecords);
    return response;
  }

  async close(): Promise<void> {
    this.closed = true;
    const all = [...this.functions.values()].flatMap((d) => [...d.idle, ...d.busy]);
    await Promise.all(all.map((c) => c.stop()));
  }

  private deployed(functionId: string): Deployed {
    const deployed = this.functions.get(functionId);
    if (!deployed) throw new Error(`no function ${functionId} is deployed`);
    return deployed;
  }

  private async acquire(deployed: Deployed): Promise<FnProcess> {
    for (;;) {
      const container = deployed.idle.pop();
      if (!container) break;
      if (container.alive) {
        deployed.busy.add(container);
        return container;
      }
      await container.stop();
    }
    const max = this.options.maxContainers ?? 2;
    if (deployed.busy.size + deployed.starting < max) {
      deployed.starting += 1;
      try {
        const container = await this.startContainer(deployed);
        deployed.busy.add(container);
        return container;
      } finally {
        deployed.starting -= 1;
      }
    }
    return new Promise((resolve) => deployed.waiting.push(resolve));
  }

  private release(deployed: Deployed, container: FnProcess): void {
    deployed.busy.delete(container);
    if (this.closed) return;
    const next = deployed.waiting.shift();
    if (!next) {
      if (container.alive) deployed.idle.push(container);
      return;
    }
    if (container.alive) {
      deployed.busy.add(container);
      next(container);
      return;
    }
    // A dead container is not handed on: the waiting call gets a fresh one.
    void container.stop();
    void this.acquire(deployed).then(next);
  }

  private startContainer(deployed: Deployed): Promise<FnProcess> {
    const { definition } = deployed;
    return FnProcess.start({
      bundle: definition.bundle,
      appName: this.options.appName ?? "local",
      functionName: definition.name,
      env: {
        ...this.options.env,
        ...(definition.memoryInMbs ? { FN_MEMORY: String(definition.memoryInMbs) } : {}),
      },
      config: definition.config,
      ...(this.options.logDir ? { logFile: path.join(this.options.logDir, `${definition.name}.log`) } : {}),
    });
  }
}

function failure(status: number, message: string, started: number): FnResponse {
  const body = JSON.stringify({ code: status === 504 ? "FunctionTimeout" : "FunctionInvokeFailed", message });
  return {
    status,
    httpStatus: undefined,
    headers: {},
    body,
    deadline: started,
    answeredAt: Date.now(),
    json: () => JSON.parse(body),
  };
}

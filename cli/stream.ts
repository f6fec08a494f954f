import { isConnectionError, isOciError, isRetryable, RetryPolicy } from "../lib/retry";
import { createStreamClient, resolveTarget, StreamConnection } from "./connection";
import { consume } from "./consume";
import { CliError, describeOciError, Target, UsageError } from "./errors";
import { parseOptions, USAGE } from "./options";
import { produce, readInput, throughTunnel } from "./produce";

/** `npm run stream -- <produce|consume> [options]`: a producer and consumer for the deployed streams. */

export interface CliIo {
  readonly stdin: NodeJS.ReadableStream;
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  /** Stops `consume --follow` cleanly. */
  readonly signal?: AbortSignal;
  /** Back-off between attempts (tests shorten it). @default 200 ms doubling, at most 5 s */
  readonly retry?: Omit<RetryPolicy, "maxAttempts">;
}

/** Runs one command and returns the exit code: 0 done, 1 failed, 2 bad arguments. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  // The SDK logs every failed call (console.warn) and config-file notes (console.info, on stdout);
  // the CLI reports failures itself, once, and keeps stdout for messages.
  const { warn, info } = console;
  console.warn = console.info = () => undefined;
  let target: Target | undefined;
  let connection: StreamConnection | undefined;
  let maxAttempts: number | undefined;
  try {
    const options = parseOptions(argv);
    if (options.command === "help") {
      io.stdout.write(`${USAGE}\n`);
      return 0;
    }
    maxAttempts = options.maxAttempts;
    const retry: RetryPolicy = { initialDelayMs: 200, maxDelayMs: 5000, ...io.retry, maxAttempts };
    const resolved = resolveTarget(options);
    target = resolved;
    // Read the input first, so an unreadable file or a malformed line fails before credentials are loaded.
    const messages = options.command === "produce" ? await readInput(options, io.stdin) : [];
    connection = createStreamClient(options, resolved.endpoint);
    const { client } = connection;
    try {
      if (options.command === "produce") {
        const format = options.json ? "json" : options.summary ? "summary" : "lines";
        const report = await produce(
          client,
          resolved,
          messages,
          { format, stdout: io.stdout, stderr: io.stderr, tunnelError: connection.lastTunnelError },
          retry,
        );
        return report.failed > 0 ? 1 : 0;
      }
      await consume(client, resolved.streamId, options, { stdout: io.stdout, signal: io.signal }, retry);
      return 0;
    } finally {
      await connection.close();
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`error: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    if (error instanceof CliError) {
      io.stderr.write(`error: ${error.message}\n`);
      return 1;
    }
    if (target && (isOciError(error) || isConnectionError(error))) {
      const cause = isConnectionError(error) ? connection?.lastTunnelError() : undefined;
      const described = describeOciError(error, target, isRetryable(error) ? maxAttempts : undefined);
      io.stderr.write(`error: ${described}${throughTunnel(cause)}\n`);
      return 1;
    }
    throw error;
  } finally {
    Object.assign(console, { warn, info });
  }
}

if (require.main === module) {
  const abort = new AbortController();
  process.once("SIGINT", () => abort.abort());
  main(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    signal: abort.signal,
  }).then((code) => (process.exitCode = code));
}

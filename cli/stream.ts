import { isConnectionError, isOciError, isRetryable, RetryPolicy } from "../lib/retry";
import { createStreamClient, resolveTarget, StreamConnection } from "./connection";
import { consume } from "./consume";
import { CliError, describeOciError, Target, UsageError } from "./errors";
import { Command, CommanderError } from "commander";
import { Options, streamCommands } from "./options";
import { CLI_VERSION, EXIT } from "./program";
import { produce, readInput, throughTunnel } from "./produce";

/**
 * `npm run stream -- <produce|consume> [options]`: a producer and consumer for the deployed streams, on commander
 * (cli/program.ts) like the ops CLI: per-command `--help`, `--version`, exit codes 0 done, 1 failed, 2 bad arguments.
 */

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
  let code: number = EXIT.ok;
  const program = new Command("stream")
    .description("Produce to and consume from the deployed streams")
    .version(CLI_VERSION, "-V, --version")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .showHelpAfterError();
  streamCommands(program, async (options, command) => {
    command.exitOverride();
    code = await runCommand(options, command, io);
  });
  try {
    await program.parseAsync(argv, { from: "user" });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    throw error;
  } finally {
    Object.assign(console, { warn, info });
  }
}

/** One command, with its own errors: bad combinations print the command's help and exit 2. */
async function runCommand(read: () => Options, command: Command, io: CliIo): Promise<number> {
  let target: Target | undefined;
  let connection: StreamConnection | undefined;
  let maxAttempts: number | undefined;
  try {
    const options = read();
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
        return report.failed > 0 ? EXIT.failed : EXIT.ok;
      }
      await consume(client, resolved.streamId, options, { stdout: io.stdout, signal: io.signal }, retry);
      return EXIT.ok;
    } finally {
      await connection.close();
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`error: ${error.message}\n\n${command.helpInformation()}`);
      return EXIT.usage;
    }
    if (error instanceof CliError) {
      io.stderr.write(`error: ${error.message}\n`);
      return EXIT.failed;
    }
    if (target && (isOciError(error) || isConnectionError(error))) {
      const cause = isConnectionError(error) ? connection?.lastTunnelError() : undefined;
      const described = describeOciError(error, target, isRetryable(error) ? maxAttempts : undefined);
      io.stderr.write(`error: ${described}${throughTunnel(cause)}\n`);
      return EXIT.failed;
    }
    throw error;
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

import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { isConnectionError, isOciError, RetryPolicy } from "../lib/retry";
import { createObjectStorageClient, createStreamClient } from "./connection";
import { CliError, describeOciError, UsageError } from "./errors";
import { CommonOptions } from "./options";
import { findArchivedDeadLetters, findDeadLetters, publishReplay, ReplayFilter } from "./ops-replay";
import { collectStatus, formatStatus } from "./ops-status";
import { readStackStreams } from "./ops-streams";
import { CLI_VERSION, EXIT, positiveInt } from "./program";

/**
 * `npm run ops -- <status|replay> --outputs outputs.json`: the operator's view of a deployed stack's streams, and the
 * way back for dead letters after a fix at the target. Exit codes: 0 done, 1 failed, 2 bad arguments.
 */

export interface OpsIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  /** Ends `status --watch`. */
  readonly signal?: AbortSignal;
  readonly retry?: Omit<RetryPolicy, "maxAttempts">;
  /** GetMessages pacing (OCI: 5 per second per partition); tests shorten it. @default 220 */
  readonly paceMs?: number;
}

interface Connection {
  outputs: string;
  stack?: string;
  configFile?: string;
  profile: string;
  connectTo?: string;
}

function connectionOptions(command: Command): Command {
  return command
    .requiredOption("--outputs <file>", "the stack outputs (npx cdktf output <env> --outputs-file <file>)")
    .option("--stack <name>", "the stack in the file, when it holds several")
    .option("--config-file <file>", "OCI config file (default ~/.oci/config)")
    .option("--profile <name>", "profile in the OCI config file", "DEFAULT")
    .option(
      "--connect-to <host:port>",
      "send connections to a bastion tunnel's local end; TLS keeps the endpoint's name",
    );
}

function isoTime(value: string): Date {
  const time = new Date(value);
  if (Number.isNaN(time.getTime())) throw new InvalidArgumentError(`not an ISO 8601 time: ${value}`);
  return time;
}

function regex(value: string): RegExp {
  try {
    return new RegExp(value, "i");
  } catch (error) {
    throw new InvalidArgumentError(`not a regular expression: ${(error as Error).message}`);
  }
}

function streamConnection(options: Connection) {
  const stack = readStackStreams(options.outputs, options.stack);
  const [host, port] = options.connectTo?.split(":") ?? [];
  const common = {
    configFile: options.configFile,
    profile: options.profile,
    ...(options.connectTo ? { connectTo: { host, port: Number(port) } } : {}),
  } as CommonOptions;
  return { stack, connection: createStreamClient(common, stack.endpoint) };
}

/** Dead letters from the archive bucket (output `archive_bucket_name`), in the namespace given or the tenancy's. */
async function fromArchive(
  options: Connection & { namespace?: string; objectStorageEndpoint?: string; scanLimit: number },
  bucket: string | undefined,
  filter: ReplayFilter,
) {
  if (!bucket) throw new CliError(`${options.outputs}: no output "archive_bucket_name" (redeploy to get it)`);
  const client = createObjectStorageClient(options, options.objectStorageEndpoint);
  try {
    const namespace = options.namespace ?? (await client.getNamespace({})).value;
    return await findArchivedDeadLetters(client, { namespace, bucket }, { filter, scanLimit: options.scanLimit });
  } catch (error) {
    // Said here, as the streams' errors name the messages endpoint and a stream.
    if (isOciError(error)) {
      throw new CliError(
        `Object Storage answered ${error.statusCode} ${error.serviceCode ?? ""} for bucket ${bucket}: ${error.message}`,
      );
    }
    if (isConnectionError(error)) throw new CliError(`cannot reach Object Storage: ${(error as Error).message}`);
    throw error;
  } finally {
    client.close();
  }
}

export async function main(argv: string[], io: OpsIo): Promise<number> {
  const { warn, info } = console;
  // The SDK logs failed calls and config-file notes itself; the CLI reports failures once, on stderr.
  console.warn = console.info = () => undefined;
  const paceMs = io.paceMs ?? 220;
  const retry: RetryPolicy = { initialDelayMs: 200, maxDelayMs: 5000, ...io.retry, maxAttempts: 5 };
  let failed = false;
  const program = new Command("ops")
    .description("Operate a deployed event-streaming stack: stream status, dead-letter replay")
    .version(CLI_VERSION, "-V, --version")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .showHelpAfterError();

  connectionOptions(
    program
      .command("status")
      .description(
        "each stream's offsets per partition, the retry groups' committed offsets and lag, " +
          "the error streams' depth and oldest age, and their last failures",
      ),
  )
    .option("--json", "print JSON instead of text")
    .option("--watch", "print again every --interval seconds until stopped (Ctrl-C)")
    .option("--interval <seconds>", "seconds between --watch prints", positiveInt, 10)
    .option("--scan-limit <n>", "messages read per partition at most", positiveInt, 10_000)
    .option("--last-failures <n>", "failures shown per error stream", positiveInt, 5)
    .action(
      async (
        options: Connection & {
          json?: boolean;
          watch?: boolean;
          interval: number;
          scanLimit: number;
          lastFailures: number;
        },
      ) => {
        const { stack, connection } = streamConnection(options);
        try {
          for (;;) {
            const status = await collectStatus(connection.client, stack, {
              scanLimit: options.scanLimit,
              lastFailures: options.lastFailures,
              paceMs,
            });
            const at = new Date();
            io.stdout.write(
              options.json
                ? `${JSON.stringify({ stack: stack.stack, at: at.toISOString(), streams: status })}\n`
                : `${formatStatus(stack.stack, status, at)}\n`,
            );
            if (!options.watch || io.signal?.aborted) return;
            await new Promise<void>((resolve) => {
              const timer = setTimeout(resolve, options.interval * 1000);
              io.signal?.addEventListener("abort", () => (clearTimeout(timer), resolve()), { once: true });
            });
            if (io.signal?.aborted) return;
          }
        } finally {
          await connection.close();
        }
      },
    );

  connectionOptions(
    program
      .command("replay")
      .description(
        "put dead letters from the unrecoverable stream, or from the archive bucket once the stream no longer holds " +
          "them, back onto the data stream, by time range, key or error; a dry run unless --execute",
      ),
  )
    .addOption(
      new Option("--from <source>", "where the dead letters are read").choices(["stream", "archive"]).default("stream"),
    )
    .option("--namespace <namespace>", "--from archive: the Object Storage namespace (default: GetNamespace)")
    .option(
      "--object-storage-endpoint <url>",
      "--from archive: the Object Storage endpoint (default: the profile's region)",
    )
    .option("--since <time>", "only failures at or after this ISO 8601 time", isoTime)
    .option("--until <time>", "only failures before this ISO 8601 time", isoTime)
    .option("--key <key>", "only messages with this key")
    .option("--error <regex>", "only failures whose error matches (case-insensitive)", regex)
    .option("--scan-limit <n>", "messages read per partition at most", positiveInt, 10_000)
    .option("--json", "print JSON instead of text")
    .addOption(new Option("--execute", "publish (without it, only list what would be published)").default(false))
    .action(
      async (
        options: Connection & {
          from: "stream" | "archive";
          namespace?: string;
          objectStorageEndpoint?: string;
          since?: Date;
          until?: Date;
          key?: string;
          error?: RegExp;
          scanLimit: number;
          json?: boolean;
          execute: boolean;
        },
      ) => {
        const { stack, connection } = streamConnection(options);
        try {
          const filter = { since: options.since, until: options.until, key: options.key, error: options.error };
          const found =
            options.from === "archive"
              ? await fromArchive(options, stack.archiveBucketName, filter)
              : await findDeadLetters(connection.client, stack, { filter, scanLimit: options.scanLimit, paceMs });
          const result = options.execute
            ? await publishReplay(connection.client, stack, found.candidates, retry)
            : undefined;
          if (result && result.failed > 0) failed = true;
          const list = found.candidates.map(({ value: _value, ...c }) => c);
          if (options.json) {
            io.stdout.write(
              `${JSON.stringify({ dryRun: !options.execute, candidates: list, skipped: found.skipped, ...result })}\n`,
            );
            return;
          }
          for (const c of list) io.stdout.write(`p${c.partition}@${c.offset} ${c.failedAt ?? "?"} ${c.error ?? ""}\n`);
          for (const s of found.skipped) io.stderr.write(`skipped p${s.partition}@${s.offset}: ${s.reason}\n`);
          io.stdout.write(
            result
              ? `published ${result.published} of ${list.length} onto the data stream${result.failed ? `, ${result.failed} failed` : ""}\n`
              : `dry run: ${list.length} dead letters would be published onto the data stream; add --execute to publish\n`,
          );
        } finally {
          await connection.close();
        }
      },
    );

  try {
    await program.parseAsync(argv, { from: "user" });
    return failed ? EXIT.failed : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end with exit code 0; everything else commander refuses is a usage error.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof UsageError) {
      io.stderr.write(`error: ${error.message}\n`);
      return EXIT.usage;
    }
    if (error instanceof CliError) {
      io.stderr.write(`error: ${error.message}\n`);
      return EXIT.failed;
    }
    if (isOciError(error) || isConnectionError(error)) {
      io.stderr.write(
        `error: ${describeOciError(error, { endpoint: "the stack's messages endpoint", streamId: "(stream)" })}\n`,
      );
      return EXIT.failed;
    }
    throw error;
  } finally {
    Object.assign(console, { warn, info });
  }
}

if (require.main === module) {
  const abort = new AbortController();
  process.once("SIGINT", () => abort.abort());
  main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, signal: abort.signal }).then(
    (code) => (process.exitCode = code),
  );
}

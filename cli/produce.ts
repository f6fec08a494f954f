import { readFileSync } from "fs";
import type { StreamClient } from "oci-streaming";
import { findOversized, putAll, PutOutcome, StreamMessage } from "../lib/batching";
import { RetryPolicy } from "../lib/retry";
import { CliError, describeStatus, Target } from "./errors";

/** A message to send, with where it came from for error messages ("line 3", "argument 2"). */
export interface SourcedMessage extends StreamMessage {
  readonly source: string;
}

export interface InputOptions {
  /** Key for every message. */
  readonly key?: string;
  /** Each line is KEY<TAB>VALUE. */
  readonly keyed: boolean;
}

/** Turns lines (or arguments) into messages; empty lines are skipped. */
export function parseMessages(lines: readonly string[], options: InputOptions, sourceName: string): SourcedMessage[] {
  const messages: SourcedMessage[] = [];
  lines.forEach((line, index) => {
    if (line === "") return;
    const source = `${sourceName} ${index + 1}`;
    if (!options.keyed) {
      messages.push({ key: options.key, value: line, source });
      return;
    }
    const tab = line.indexOf("\t");
    if (tab === -1) throw new CliError(`${source} has no TAB between key and value (--keyed expects KEY<TAB>VALUE)`);
    messages.push({ key: line.slice(0, tab), value: line.slice(tab + 1), source });
  });
  return messages;
}

/** Reads `--file`, or stdin for "-" or when no messages were given as arguments. */
export async function readInput(
  options: InputOptions & { messages: string[]; file?: string },
  stdin: NodeJS.ReadableStream,
): Promise<SourcedMessage[]> {
  if (options.messages.length > 0) return parseMessages(options.messages, options, "argument");
  let text: string;
  if (options.file && options.file !== "-") {
    try {
      text = readFileSync(options.file, "utf8");
    } catch (error) {
      throw new CliError(`cannot read ${options.file}: ${(error as Error).message}`);
    }
  } else {
    text = await readAll(stdin);
  }
  return parseMessages(text.split(/\r?\n/), options, "line");
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString("utf8");
}

export interface ProduceReport {
  readonly sent: number;
  readonly failed: number;
}

/**
 * Sends the messages (refusing them all, before sending, if one is too large) and writes one line per
 * message, one JSON object per message, or a summary. Failed messages are listed on `stderr`.
 */
export async function produce(
  client: Pick<StreamClient, "putMessages">,
  target: Target,
  messages: readonly SourcedMessage[],
  output: {
    format: "lines" | "json" | "summary";
    stdout: NodeJS.WritableStream;
    stderr: NodeJS.WritableStream;
    /** Why the --connect-to tunnel last failed, which the SDK's "fetch failed" does not say. */
    tunnelError?: () => Error | undefined;
  },
  retry: RetryPolicy,
): Promise<ProduceReport> {
  if (messages.length === 0) throw new CliError("nothing to send: no messages in the input");
  const oversized = findOversized(messages);
  if (oversized.length > 0) {
    const reasons = oversized.map((o) => `${messages[o.index].source}: ${o.reason}`);
    throw new CliError(`nothing was sent; too large: ${reasons.join("; ")}`);
  }

  const { outcomes, failures } = await putAll(client, target.streamId, messages, retry);

  const partitions = new Set<string>();
  outcomes.forEach((outcome, index) => {
    if (outcome.ok) {
      partitions.add(outcome.partition);
      if (output.format === "json") output.stdout.write(`${JSON.stringify(jsonLine(index, outcome))}\n`);
      if (output.format === "lines") {
        output.stdout.write(`${messages[index].source}: partition ${outcome.partition}, offset ${outcome.offset}\n`);
      }
    }
  });
  reportFailures(outcomes, messages, target, output.stderr, output.tunnelError?.());
  if (output.format === "summary") {
    const sent = outcomes.length - failures;
    output.stdout.write(
      `sent ${sent} of ${outcomes.length} messages to partitions ${[...partitions].sort().join(", ") || "(none)"}\n`,
    );
  }
  return { sent: outcomes.length - failures, failed: failures };
}

function jsonLine(index: number, outcome: Extract<PutOutcome, { ok: true }>) {
  const timestamp = outcome.timestamp ? new Date(outcome.timestamp).toISOString() : undefined;
  return { message: index + 1, partition: outcome.partition, offset: outcome.offset, timestamp };
}

/** A request-level error is reported once; per-entry errors once per message. */
function reportFailures(
  outcomes: readonly PutOutcome[],
  messages: readonly SourcedMessage[],
  target: Target,
  stderr: NodeJS.WritableStream,
  tunnelError: Error | undefined,
): void {
  const requestErrors = new Set<string>();
  outcomes.forEach((outcome, index) => {
    if (outcome.ok) return;
    if (outcome.status !== undefined || outcome.error === "ConnectionError") {
      const tries = outcome.attempts > 1 ? ` after ${outcome.attempts} attempts` : "";
      const reason =
        outcome.status !== undefined
          ? describeStatus(outcome.status, outcome.error, outcome.errorMessage, target, tries)
          : `cannot reach ${target.endpoint}${tries}: ${outcome.errorMessage}${throughTunnel(tunnelError)}`;
      requestErrors.add(reason);
      return;
    }
    stderr.write(
      `${messages[index].source} was not sent after ${outcome.attempts} attempts: ${outcome.error} ${outcome.errorMessage}\n`,
    );
  });
  requestErrors.forEach((reason) => stderr.write(`error: ${reason}\n`));
  const failed = outcomes.filter((o) => !o.ok).length;
  if (failed > 0) stderr.write(`${failed} of ${outcomes.length} messages were not sent\n`);
}

/** The tunnel's own reason for a connection failure, as the CLI appends it to "cannot reach". */
export function throughTunnel(error: Error | undefined): string {
  return error ? ` (through --connect-to: ${error.message})` : "";
}

import { Command } from "commander";
import { UsageError } from "./errors";

export const PARTITION_CURSOR_TYPES = ["TRIM_HORIZON", "AT_OFFSET", "AFTER_OFFSET", "AT_TIME", "LATEST"] as const;
export const GROUP_CURSOR_TYPES = ["TRIM_HORIZON", "AT_TIME", "LATEST"] as const;
export type CursorType = (typeof PARTITION_CURSOR_TYPES)[number];

export interface CommonOptions {
  readonly endpoint?: string;
  readonly streamId?: string;
  readonly outputsFile?: string;
  readonly stack?: string;
  readonly stream: string;
  readonly configFile?: string;
  readonly profile: string;
  readonly json: boolean;
  readonly maxAttempts: number;
  /** Where connections go instead of the endpoint's address: a tunnel to it. */
  readonly connectTo?: { readonly host: string; readonly port: number };
}

export interface ProduceOptions extends CommonOptions {
  readonly command: "produce";
  readonly messages: string[];
  readonly file?: string;
  readonly key?: string;
  readonly keyed: boolean;
  readonly summary: boolean;
}

export interface ConsumeOptions extends CommonOptions {
  readonly command: "consume";
  readonly type: CursorType;
  readonly partition: string;
  readonly offset?: number;
  readonly time?: Date;
  readonly group?: string;
  readonly instance?: string;
  readonly commitOnGet: boolean;
  readonly limit: number;
  readonly maxMessages?: number;
  readonly follow: boolean;
}

export type Options = ProduceOptions | ConsumeOptions;

/** Options every command takes: where the stream is, credentials, output and retries. */
function commonOptions(command: Command): Command {
  return command
    .option("--endpoint <url>", "the stream's messages endpoint (the stack output messages_endpoint)")
    .option("--stream-id <ocid>", "the stream")
    .option("--outputs <file>", "read both from `cdktf output --outputs-file FILE` instead")
    .option("--stack <name>", "the stack in FILE (needed when it holds several)")
    .option("--stream <name>", "which stream of the stack: data (default), recoverable, unrecoverable, file_references")
    .option(
      "--connect-to <host:port>",
      "open connections to HOST:PORT instead (a bastion port-forwarding session's local end, e.g. 127.0.0.1:8443); " +
        "TLS still checks the endpoint's own name",
    )
    .option("--max-attempts <n>", "attempts per call when throttled or failing (default 5)")
    .option("--json", "print one JSON object per message");
}

/**
 * The stream CLI's commands on commander: each with its own options and `--help`. Values stay strings here, so that
 * `optionsFrom` checks them and their combinations with the messages the tests and users know.
 */
export function streamCommands(
  program: Command,
  run: (options: () => Options, command: Command) => Promise<void>,
): void {
  // Credentials are the program's own options, so they may come before or after the command.
  program
    .option("--config-file <file>", "OCI config file (default ~/.oci/config)")
    .option("--profile <name>", "profile in it (default DEFAULT)")
    .configureHelp({ showGlobalOptions: true });
  commonOptions(
    program
      .command("produce")
      .description("send each MESSAGE, or each line of --file, or of stdin (empty lines are skipped)")
      .argument("[message...]", "messages to send"),
  )
    .option("--file <file>", 'read messages from FILE ("-" for stdin)')
    .option("--key <key>", "give every message this key (equal keys keep order in one partition)")
    .option("--keyed", "each line is KEY<TAB>VALUE")
    .option("--summary", "print a summary instead of each message's partition and offset")
    .action((messages: string[], _values: unknown, command: Command) =>
      run(() => optionsFrom("produce", command.optsWithGlobals(), messages), command),
    );
  commonOptions(
    program.command("consume").description("print messages, oldest first, until caught up (or forever with --follow)"),
  )
    .option("--partition <n>", "partition to read (default 0)")
    .option("--type <type>", "TRIM_HORIZON (default), AT_OFFSET, AFTER_OFFSET, AT_TIME or LATEST")
    .option("--offset <n>", "for AT_OFFSET and AFTER_OFFSET")
    .option("--time <iso-8601>", "for AT_TIME")
    .option(
      "--group <name>",
      "read as a consumer group instead (types TRIM_HORIZON, AT_TIME, LATEST; the type only applies when the group is new)",
    )
    .option("--instance <name>", "this consumer's instance name in the group (default host-pid)")
    .option("--commit-on-get", "let the service commit each batch on the next read (default: commit explicitly)")
    .option("--limit <n>", "messages per GetMessages call, 1..10000 (default 1000)")
    .option("--max-messages <n>", "stop after N messages")
    .option("--follow", "keep polling for new messages (at most 4 calls a second)")
    .action((_values: unknown, command: Command) =>
      run(() => optionsFrom("consume", command.optsWithGlobals(), []), command),
    );
}

/** commander's camelCase option values under their flag names, as the checks below name them. */
interface Values {
  readonly endpoint?: string;
  readonly "stream-id"?: string;
  readonly outputs?: string;
  readonly stack?: string;
  readonly stream?: string;
  readonly "config-file"?: string;
  readonly profile?: string;
  readonly json?: boolean;
  readonly "max-attempts"?: string;
  readonly "connect-to"?: string;
  readonly file?: string;
  readonly key?: string;
  readonly keyed?: boolean;
  readonly summary?: boolean;
  readonly partition?: string;
  readonly type?: string;
  readonly offset?: string;
  readonly time?: string;
  readonly group?: string;
  readonly instance?: string;
  readonly "commit-on-get"?: boolean;
  readonly limit?: string;
  readonly "max-messages"?: string;
  readonly follow?: boolean;
}

function byFlag(values: Record<string, unknown>): Values {
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`), value]),
  ) as Values;
}

/** Checks one command's option values and their combinations; a problem is a UsageError saying which. */
export function optionsFrom(command: "produce" | "consume", raw: Record<string, unknown>, rest: string[]): Options {
  const values = byFlag(raw);

  if (!values.outputs && !(values.endpoint && values["stream-id"])) {
    throw new UsageError("say where the stream is: --endpoint and --stream-id, or --outputs");
  }
  if (values.stream && !values.outputs)
    throw new UsageError("--stream picks a stream from --outputs; give --outputs too");
  const common: CommonOptions = {
    endpoint: values.endpoint,
    streamId: values["stream-id"],
    outputsFile: values.outputs,
    stack: values.stack,
    stream: values.stream ?? "data",
    configFile: values["config-file"],
    profile: values.profile ?? "DEFAULT",
    json: values.json ?? false,
    maxAttempts: integer("--max-attempts", values["max-attempts"], 1, 20) ?? 5,
    connectTo: hostAndPort("--connect-to", values["connect-to"]),
  };

  if (command === "produce") {
    if (values.key !== undefined && values.keyed) throw new UsageError("--key and --keyed cannot be combined");
    if (values.file !== undefined && rest.length > 0)
      throw new UsageError("give messages as arguments or --file, not both");
    if (values.summary && values.json) throw new UsageError("--summary and --json cannot be combined");
    return {
      ...common,
      command,
      messages: rest,
      file: values.file,
      key: values.key,
      keyed: values.keyed ?? false,
      summary: values.summary ?? false,
    };
  }

  if (rest.length > 0) throw new UsageError(`consume takes no arguments (got "${rest.join(" ")}")`);
  return { ...common, command, ...cursorOptions(values) };
}

function cursorOptions(values: Values): Omit<ConsumeOptions, keyof CommonOptions | "command"> {
  const group = values.group;
  const type = (values.type ?? "TRIM_HORIZON").toUpperCase();
  const allowed: readonly string[] = group ? GROUP_CURSOR_TYPES : PARTITION_CURSOR_TYPES;
  if (!allowed.includes(type)) {
    throw new UsageError(
      `--type must be one of ${allowed.join(", ")}${group ? " with --group" : ""} (got "${values.type}")`,
    );
  }
  if (group) {
    if (values.partition !== undefined)
      throw new UsageError("--partition cannot be used with --group: the group assigns partitions");
    if (group.trim() === "") throw new UsageError("--group must not be empty");
  } else {
    if (values.instance !== undefined) throw new UsageError("--instance needs --group");
    if (values["commit-on-get"]) throw new UsageError("--commit-on-get needs --group");
  }
  const needsOffset = type === "AT_OFFSET" || type === "AFTER_OFFSET";
  if (needsOffset && values.offset === undefined) throw new UsageError(`--type ${type} needs --offset`);
  if (!needsOffset && values.offset !== undefined)
    throw new UsageError(`--offset only applies to AT_OFFSET and AFTER_OFFSET`);
  if (type === "AT_TIME" && values.time === undefined) throw new UsageError("--type AT_TIME needs --time");
  if (type !== "AT_TIME" && values.time !== undefined) throw new UsageError("--time only applies to --type AT_TIME");
  let time: Date | undefined;
  if (values.time !== undefined) {
    time = new Date(values.time);
    if (Number.isNaN(time.getTime()))
      throw new UsageError(`--time must be an ISO-8601 date-time (got "${values.time}")`);
  }
  return {
    type: type as CursorType,
    partition: String(integer("--partition", values.partition, 0, Number.MAX_SAFE_INTEGER) ?? 0),
    offset: integer("--offset", values.offset, 0, Number.MAX_SAFE_INTEGER),
    time,
    group,
    instance: values.instance,
    commitOnGet: values["commit-on-get"] ?? false,
    limit: integer("--limit", values.limit, 1, 10000) ?? 1000,
    maxMessages: integer("--max-messages", values["max-messages"], 1, Number.MAX_SAFE_INTEGER),
    follow: values.follow ?? false,
  };
}

function hostAndPort(name: string, value: string | undefined): { host: string; port: number } | undefined {
  if (value === undefined) return undefined;
  const match = /^([A-Za-z0-9.-]+|\[[0-9A-Fa-f:]+\]):(\d+)$/.exec(value);
  const port = match ? Number(match[2]) : NaN;
  if (!match || port < 1 || port > 65535) {
    throw new UsageError(`${name} must be HOST:PORT such as 127.0.0.1:8443 (got "${value}")`);
  }
  return { host: match[1].replace(/^\[(.*)\]$/, "$1"), port };
}

function integer(name: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!/^\d+$/.test(value) || parsed < min || parsed > max) {
    const range =
      max === Number.MAX_SAFE_INTEGER ? `an integer of at least ${min}` : `an integer from ${min} to ${max}`;
    throw new UsageError(`${name} must be ${range} (got "${value}")`);
  }
  return parsed;
}

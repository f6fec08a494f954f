import { parseArgs } from "util";
import { UsageError } from "./errors";

export const USAGE = `Usage: npm run stream -- <produce|consume> [options]

Where to:
  --endpoint URL          the stream's messages endpoint (the stack output messages_endpoint)
  --stream-id OCID        the stream
  --outputs FILE          read both from \`cdktf output --outputs-file FILE\` instead
  --stack NAME            the stack in FILE (needed when it holds several)
  --stream NAME           which stream of the stack: data (default), recoverable, unrecoverable, file_references
  --connect-to HOST:PORT  open connections to HOST:PORT instead (a bastion port-forwarding session's
                          local end, e.g. 127.0.0.1:8443); TLS still checks the endpoint's own name
Credentials (an OCI API key):
  --config-file FILE      OCI config file (default ~/.oci/config)
  --profile NAME          profile in it (default DEFAULT)

produce [MESSAGE...]      send each MESSAGE, or each line of --file, or of stdin (empty lines are skipped)
  --file FILE             read messages from FILE ("-" for stdin)
  --key KEY               give every message this key (equal keys keep order in one partition)
  --keyed                 each line is KEY<TAB>VALUE
  --summary               print a summary instead of each message's partition and offset
  --json                  print one JSON object per message

consume                   print messages, oldest first, until caught up (or forever with --follow)
  --partition N           partition to read (default 0)
  --type TYPE             TRIM_HORIZON (default), AT_OFFSET, AFTER_OFFSET, AT_TIME or LATEST
  --offset N              for AT_OFFSET and AFTER_OFFSET
  --time ISO-8601         for AT_TIME
  --group NAME            read as a consumer group instead (types TRIM_HORIZON, AT_TIME, LATEST;
                          the type only applies when the group is new)
  --instance NAME         this consumer's instance name in the group (default host-pid)
  --commit-on-get         let the service commit each batch on the next read (default: commit
                          explicitly after printing each batch)
  --limit N               messages per GetMessages call, 1..10000 (default 1000)
  --max-messages N        stop after N messages
  --follow                keep polling for new messages (at most 4 calls a second)
  --json                  print one JSON object per message

  --max-attempts N        attempts per call when throttled or failing (default 5)
  -h, --help              show this help`;

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

export type Options = ProduceOptions | ConsumeOptions | { readonly command: "help" };

const OPTIONS = {
  endpoint: { type: "string" },
  "stream-id": { type: "string" },
  outputs: { type: "string" },
  stack: { type: "string" },
  stream: { type: "string" },
  "config-file": { type: "string" },
  profile: { type: "string" },
  json: { type: "boolean" },
  "max-attempts": { type: "string" },
  "connect-to": { type: "string" },
  file: { type: "string" },
  key: { type: "string" },
  keyed: { type: "boolean" },
  summary: { type: "boolean" },
  partition: { type: "string" },
  type: { type: "string" },
  offset: { type: "string" },
  time: { type: "string" },
  group: { type: "string" },
  instance: { type: "string" },
  "commit-on-get": { type: "boolean" },
  limit: { type: "string" },
  "max-messages": { type: "string" },
  follow: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

const PRODUCE_ONLY = ["file", "key", "keyed", "summary"] as const;
const CONSUME_ONLY = [
  "partition",
  "type",
  "offset",
  "time",
  "group",
  "instance",
  "commit-on-get",
  "limit",
  "max-messages",
  "follow",
] as const;

export function parseOptions(argv: string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: "help" };
  const [command, ...rest] = positionals;
  if (command !== "produce" && command !== "consume") {
    throw new UsageError(
      command ? `unknown command "${command}" (use produce or consume)` : "give a command: produce or consume",
    );
  }
  const foreign = (command === "produce" ? CONSUME_ONLY : PRODUCE_ONLY).filter((name) => values[name] !== undefined);
  if (foreign.length > 0) throw new UsageError(`${command} does not take ${foreign.map((n) => `--${n}`).join(", ")}`);

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

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>["values"];

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

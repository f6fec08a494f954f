import { models, StreamClient } from "oci-streaming";
import { committedOffsets, Pace, readPartition, StackStreams, STREAM_NAMES, StreamName } from "./ops-streams";

/** The retry function's consumer groups (functions/retry/retry.ts: `retry-<stream>`). */
const GROUPS: Partial<Record<StreamName, string>> = {
  recoverable: "retry-recoverable",
  unrecoverable: "retry-unrecoverable",
};

export interface PartitionStatus {
  readonly partition: string;
  /** Offsets of the oldest and newest message the stream still holds (none when empty). */
  readonly earliestOffset?: number;
  readonly latestOffset?: number;
  readonly messages: number;
  /** More messages than the scan limit: latestOffset and counts are lower bounds. */
  readonly truncated: boolean;
}

export interface GroupStatus {
  readonly group: string;
  /** Whether the group exists yet (the retry function creates it on its first run). */
  readonly exists: boolean;
  /** By partition: the offset the group reads next, and the messages at or after it. */
  readonly partitions: Record<string, { committedOffset?: number; lag: number }>;
}

export interface Failure {
  readonly partition: string;
  readonly offset: number;
  readonly failedAt?: string;
  readonly attempt?: number;
  readonly status?: number;
  readonly error?: string;
  /** The target the message names (dataSync.targets), and the API client that sent it. */
  readonly target?: string;
  readonly client?: string;
}

export interface StreamStatus {
  readonly stream: StreamName;
  readonly streamId: string;
  readonly partitions: PartitionStatus[];
  readonly group?: GroupStatus;
  /** Error streams: messages not yet taken by the retry group, and how long the oldest of them has waited. */
  readonly depth?: { readonly messages: number; readonly oldestAgeSeconds?: number };
  /** Error streams: the newest records, newest first, with their reasons. */
  readonly lastFailures?: Failure[];
}

export interface StatusOptions {
  readonly scanLimit: number;
  readonly lastFailures: number;
  readonly paceMs: number;
  readonly now?: () => number;
}

/** Reads every stream of the stack (partition cursors only: nothing is committed or reserved). */
export async function collectStatus(
  client: StreamClient,
  stack: StackStreams,
  options: StatusOptions,
): Promise<StreamStatus[]> {
  const now = options.now ?? Date.now;
  const pace = new Pace(options.paceMs);
  const result: StreamStatus[] = [];
  for (const name of STREAM_NAMES) {
    const { streamId, partitions: count } = stack.streams[name];
    const read: { partition: string; messages: models.Message[]; truncated: boolean }[] = [];
    for (let p = 0; p < count; p++) {
      const partition = String(p);
      read.push({ partition, ...(await readPartition(client, streamId, partition, options.scanLimit, pace)) });
    }
    const partitions = read.map(({ partition, messages, truncated }) => ({
      partition,
      earliestOffset: messages[0]?.offset,
      latestOffset: messages.at(-1)?.offset,
      messages: messages.length,
      truncated,
    }));
    const groupName = GROUPS[name];
    if (!groupName) {
      result.push({ stream: name, streamId, partitions });
      continue;
    }
    const committed = await committedOffsets(client, streamId, groupName);
    const pending = read.flatMap(({ partition, messages }) =>
      messages.filter((m) => m.offset >= (committed?.[partition] ?? 0)),
    );
    const group: GroupStatus = {
      group: groupName,
      exists: committed !== undefined,
      partitions: Object.fromEntries(
        read.map(({ partition, messages }) => [
          partition,
          {
            committedOffset: committed?.[partition],
            lag: messages.filter((m) => m.offset >= (committed?.[partition] ?? 0)).length,
          },
        ]),
      ),
    };
    const oldest = pending.length > 0 ? Math.min(...pending.map((m) => new Date(m.timestamp).getTime())) : undefined;
    const newestFirst = read
      .flatMap((r) => r.messages)
      .sort((a, b) => new Date(b.timestamp).getTime() - new Date(a.timestamp).getTime());
    result.push({
      stream: name,
      streamId,
      partitions,
      group,
      depth: {
        messages: pending.length,
        ...(oldest !== undefined ? { oldestAgeSeconds: Math.round((now() - oldest) / 1000) } : {}),
      },
      lastFailures: newestFirst.slice(0, options.lastFailures).map(failureOf),
    });
  }
  return result;
}

/** What an error record says of its failure; a message that is not one says so in `error`. */
function failureOf(message: models.Message): Failure {
  const base = { partition: String(message.partition), offset: message.offset };
  try {
    const record = JSON.parse(Buffer.from(message.value, "base64").toString("utf8"));
    return {
      ...base,
      failedAt: record.failedAt,
      attempt: record.attempt,
      status: record.status,
      error: record.error,
      ...(typeof record.target === "string" ? { target: record.target } : {}),
      ...(typeof record.client === "string" ? { client: record.client } : {}),
    };
  } catch {
    return { ...base, error: "not a data-sync error record" };
  }
}

/** The status as text for a terminal. */
export function formatStatus(stack: string, status: StreamStatus[], at: Date): string {
  const lines = [`stack ${stack}, ${at.toISOString()}`];
  for (const s of status) {
    lines.push("", `${s.stream} (${s.streamId})`);
    for (const p of s.partitions) {
      const range =
        p.messages === 0 ? "empty" : `offsets ${p.earliestOffset}..${p.latestOffset}${p.truncated ? "+" : ""}`;
      lines.push(`  partition ${p.partition}: ${range}, ${p.messages}${p.truncated ? "+" : ""} messages`);
    }
    if (s.group) {
      const parts = Object.entries(s.group.partitions)
        .map(([p, g]) => `p${p} committed ${g.committedOffset ?? "-"} lag ${g.lag}`)
        .join(", ");
      lines.push(`  group ${s.group.group}${s.group.exists ? "" : " (not created yet)"}: ${parts}`);
    }
    if (s.depth) {
      const age =
        s.depth.oldestAgeSeconds === undefined ? "" : `, oldest waiting ${formatAge(s.depth.oldestAgeSeconds)}`;
      lines.push(`  depth: ${s.depth.messages} messages${age}`);
    }
    for (const f of s.lastFailures ?? []) {
      lines.push(
        `  p${f.partition}@${f.offset} ${f.failedAt ?? "?"} attempt ${f.attempt ?? "?"} ${f.target ?? ""} ` +
          `${f.status ?? ""} ${f.error ?? ""}`.replace(/\s+/g, " ").trimEnd(),
      );
    }
  }
  return lines.join("\n");
}

function formatAge(seconds: number): string {
  if (seconds < 120) return `${seconds} s`;
  if (seconds < 7200) return `${Math.round(seconds / 60)} min`;
  return `${Math.round(seconds / 360) / 10} h`;
}

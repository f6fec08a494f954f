import { readFileSync } from "fs";
import { models, StreamClient } from "oci-streaming";
import { isOciError } from "../lib/retry";
import { CliError, UsageError } from "./errors";

/** The streams of a deployed stack, from `cdktf output --outputs-file` (EventStreamingStack's outputs). */
export const STREAM_NAMES = ["data", "recoverable", "unrecoverable", "file_references"] as const;
export type StreamName = (typeof STREAM_NAMES)[number];

export interface StackStreams {
  readonly stack: string;
  readonly endpoint: string;
  readonly streams: Record<StreamName, { readonly streamId: string; readonly partitions: number }>;
  /** The dead-letter archive bucket (output `archive_bucket_name`), when the outputs have it. */
  readonly archiveBucketName?: string;
}

/** Reads the stream OCIDs, partitions and messages endpoint of one stack from an outputs file. */
export function readStackStreams(file: string, stack?: string): StackStreams {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new CliError(`cannot read the outputs file ${file}: ${(error as Error).message}`);
  }
  const stacks = (typeof parsed === "object" && parsed !== null ? parsed : {}) as Record<
    string,
    Record<string, unknown>
  >;
  const names = Object.keys(stacks);
  const chosen = stack ?? (names.length === 1 ? names[0] : undefined);
  if (!chosen) throw new UsageError(`${file} holds stacks ${names.join(", ") || "(none)"}: pick one with --stack`);
  const values = stacks[chosen];
  if (typeof values !== "object" || values === null) {
    throw new CliError(`${file} has no stack "${chosen}" (it has: ${names.join(", ") || "none"})`);
  }
  const need = (name: string): unknown => {
    if (values[name] === undefined) {
      throw new CliError(`${file}: stack "${chosen}" has no output "${name}" (redeploy to get it)`);
    }
    return values[name];
  };
  const partitions = need("stream_partitions") as Record<string, number>;
  const streams = Object.fromEntries(
    STREAM_NAMES.map((name) => [
      name,
      { streamId: String(need(`${name}_stream_id`)), partitions: Number(partitions[name] ?? 1) },
    ]),
  ) as StackStreams["streams"];
  const archive = values.archive_bucket_name;
  return {
    stack: chosen,
    endpoint: String(need("messages_endpoint")),
    streams,
    ...(archive === undefined ? {} : { archiveBucketName: String(archive) }),
  };
}

/** Waits between GetMessages: OCI allows 5 per second per partition per group ("Limits on Streaming Resources"). */
export class Pace {
  private last = 0;
  constructor(private readonly intervalMs: number) {}
  async next(): Promise<void> {
    const wait = this.last + this.intervalMs - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    this.last = Date.now();
  }
}

/**
 * Every message of a partition from its oldest (TRIM_HORIZON), read with a plain partition cursor: no consumer group
 * is joined, so reading never takes partitions from the retry function or moves its offsets. Stops after `max`.
 */
export async function readPartition(
  client: StreamClient,
  streamId: string,
  partition: string,
  max: number,
  pace: Pace,
): Promise<{ messages: models.Message[]; truncated: boolean }> {
  const created = await client.createCursor({
    streamId,
    createCursorDetails: { partition, type: models.CreateCursorDetails.Type.TrimHorizon },
  });
  let cursor = created.cursor.value;
  const messages: models.Message[] = [];
  while (messages.length < max) {
    await pace.next();
    const response = await client.getMessages({ streamId, cursor, limit: Math.min(10_000, max - messages.length) });
    if (response.items.length === 0) break;
    messages.push(...response.items);
    cursor = response.opcNextCursor;
  }
  return { messages, truncated: messages.length >= max };
}

/** A consumer group's committed offsets by partition (the offset it reads next), or undefined if it does not exist. */
export async function committedOffsets(
  client: StreamClient,
  streamId: string,
  groupName: string,
): Promise<Record<string, number> | undefined> {
  try {
    const { group } = await client.getGroup({ streamId, groupName });
    return Object.fromEntries(
      (group.reservations ?? []).map((r) => [String(r.partition), Number(r.committedOffset ?? 0)]),
    );
  } catch (error) {
    if (isOciError(error) && (error as { statusCode?: number }).statusCode === 404) return undefined;
    throw error;
  }
}

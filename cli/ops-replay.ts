import { gunzipSync } from "zlib";
import { ObjectStorageClient } from "oci-objectstorage";
import { models, StreamClient } from "oci-streaming";
import { putAll } from "../lib/batching";
import { DEAD_LETTER_ARCHIVE_PREFIX } from "../lib/data-sync/error-record";
import { RetryPolicy } from "../lib/retry";
import { CliError } from "./errors";
import { Pace, readPartition, StackStreams } from "./ops-streams";

export interface ReplayFilter {
  /** Only records that failed at or after / before these times. */
  readonly since?: Date;
  readonly until?: Date;
  /** Only records whose original message had this key. */
  readonly key?: string;
  /** Only records whose error matches this (a regular expression, case-insensitive). */
  readonly error?: RegExp;
}

export interface ReplayCandidate {
  readonly partition: string;
  readonly offset: number;
  readonly failedAt?: string;
  readonly error?: string;
  readonly key: string | null;
  /** The original data-stream message: what goes back onto the data stream. */
  readonly value: Buffer;
}

export interface ReplayOptions {
  readonly filter: ReplayFilter;
  readonly scanLimit: number;
  readonly paceMs: number;
  /** Publish; without it the replay is a dry run that only lists what it would publish. */
  readonly execute: boolean;
  readonly retry: RetryPolicy;
}

/**
 * Dead letters from the unrecoverable stream whose record matches the filter, with their originals. Read with
 * partition cursors from the oldest message: nothing is committed, the archive connector and retry are not disturbed.
 * A record without its original value (left out for size) cannot be replayed from here and is refused by name.
 */
export async function findDeadLetters(
  client: StreamClient,
  stack: StackStreams,
  options: Pick<ReplayOptions, "filter" | "scanLimit" | "paceMs">,
): Promise<{ candidates: ReplayCandidate[]; skipped: { partition: string; offset: number; reason: string }[] }> {
  const { streamId, partitions } = stack.streams.unrecoverable;
  const pace = new Pace(options.paceMs);
  const candidates: ReplayCandidate[] = [];
  const skipped: { partition: string; offset: number; reason: string }[] = [];
  for (let p = 0; p < partitions; p++) {
    const { messages } = await readPartition(client, streamId, String(p), options.scanLimit, pace);
    for (const message of messages) {
      const found = candidateOf(message, options.filter);
      if (found === undefined) continue;
      if ("reason" in found) skipped.push({ partition: String(p), offset: message.offset, reason: found.reason });
      else candidates.push(found);
    }
  }
  return { candidates, skipped };
}

/** Where archived dead letters are: the bucket and the tenancy's Object Storage namespace. */
export interface ArchiveLocation {
  readonly namespace: string;
  readonly bucket: string;
}

/**
 * Dead letters from the archive bucket whose record matches the filter: every object under `deadletters/`, in name
 * order, read as the dead-letter connector wrote it. Oracle documents neither the names nor the format of the
 * objects a connector writes; this reads one message per line, each as GetMessages returns it (`partition`,
 * `offset`, `key` and `value` in base64), gzip-compressed or not: the format the local connector stand-in writes
 * (stand-ins/service-connector.ts). A line that is not such a message is skipped and reported, never published.
 * Stops after `scanLimit` messages.
 */
export async function findArchivedDeadLetters(
  client: ObjectStorageClient,
  archive: ArchiveLocation,
  options: Pick<ReplayOptions, "filter" | "scanLimit">,
): Promise<{ candidates: ReplayCandidate[]; skipped: { partition: string; offset: number; reason: string }[] }> {
  const candidates: ReplayCandidate[] = [];
  const skipped: { partition: string; offset: number; reason: string }[] = [];
  let scanned = 0;
  let start: string | undefined;
  do {
    const { listObjects } = await client.listObjects({
      namespaceName: archive.namespace,
      bucketName: archive.bucket,
      prefix: `${DEAD_LETTER_ARCHIVE_PREFIX}/`,
      start,
    });
    for (const { name } of listObjects.objects) {
      const { value } = await client.getObject({
        namespaceName: archive.namespace,
        bucketName: archive.bucket,
        objectName: name,
      });
      let body = Buffer.from(await new Response(value as ReadableStream).arrayBuffer());
      // gzip's magic number: a connector may compress what it writes
      if (body[0] === 0x1f && body[1] === 0x8b) body = gunzipSync(body);
      for (const line of body.toString("utf8").split("\n")) {
        if (line.trim() === "" || scanned >= options.scanLimit) continue;
        scanned++;
        let message: models.Message;
        try {
          message = JSON.parse(line);
        } catch {
          skipped.push({ partition: "?", offset: -1, reason: `a line of ${name} is not JSON` });
          continue;
        }
        const found = candidateOf(message, options.filter);
        if (found === undefined) continue;
        if ("reason" in found) {
          skipped.push({
            partition: String(message.partition),
            offset: message.offset,
            reason: `${name}: ${found.reason}`,
          });
        } else candidates.push(found);
      }
    }
    start = listObjects.nextStartWith;
  } while (start !== undefined && scanned < options.scanLimit);
  return { candidates, skipped };
}

/** Puts the originals back onto the data stream, keys kept (so a key's order is kept), in the order found. */
export async function publishReplay(
  client: StreamClient,
  stack: StackStreams,
  candidates: readonly ReplayCandidate[],
  retry: RetryPolicy,
): Promise<{ published: number; failed: number }> {
  if (candidates.length === 0) return { published: 0, failed: 0 };
  const result = await putAll(
    client,
    stack.streams.data.streamId,
    candidates.map((c) => ({ key: c.key === null ? null : Buffer.from(c.key, "base64"), value: c.value })),
    retry,
  );
  if (result.failures === candidates.length)
    throw new CliError(`no dead letter could be published (${result.failures})`);
  return { published: candidates.length - result.failures, failed: result.failures };
}

function candidateOf(message: models.Message, filter: ReplayFilter): ReplayCandidate | { reason: string } | undefined {
  let record: {
    kind?: unknown;
    original?: { value?: unknown; key?: string | null; stream?: string; partition?: string; offset?: number };
    failedAt?: unknown;
    error?: unknown;
    valueOmitted?: unknown;
  };
  try {
    record = JSON.parse(Buffer.from(message.value, "base64").toString("utf8"));
  } catch {
    return { reason: "not a data-sync error record" };
  }
  const original = record?.original;
  if (record?.kind !== "data-sync-failure" || typeof original?.value !== "string") {
    return { reason: "not a data-sync error record" };
  }
  const failedAt = typeof record.failedAt === "string" ? new Date(record.failedAt) : undefined;
  if (filter.since && (!failedAt || failedAt < filter.since)) return undefined;
  if (filter.until && (!failedAt || failedAt >= filter.until)) return undefined;
  const key: string | null = original.key ?? null;
  if (filter.key !== undefined && (key === null || Buffer.from(key, "base64").toString("utf8") !== filter.key)) {
    return undefined;
  }
  if (filter.error && !filter.error.test(String(record.error ?? ""))) return undefined;
  if (record.valueOmitted) {
    return {
      reason: `its original value was left out for size; it is on stream ${original.stream}, partition ${original.partition}, offset ${original.offset}`,
    };
  }
  return {
    partition: String(message.partition),
    offset: message.offset,
    failedAt: typeof record.failedAt === "string" ? record.failedAt : undefined,
    error: typeof record.error === "string" ? record.error : undefined,
    key,
    value: Buffer.from(original.value, "base64"),
  };
}

import { hostname } from "os";
import type { StreamClient } from "oci-streaming";
import type { models } from "oci-streaming";
import { RetryPolicy, withRetries } from "../lib/retry";
import { ConsumeOptions } from "./options";

/** GetMessages is limited to 5 calls a second per partition and consumer group; stay at 4. */
export const MIN_GET_INTERVAL_MS = 250;
/** How long `--follow` waits after an empty read before asking again. */
export const FOLLOW_IDLE_MS = 1000;

export type ConsumeSettings = Pick<
  ConsumeOptions,
  | "type"
  | "partition"
  | "offset"
  | "time"
  | "group"
  | "instance"
  | "commitOnGet"
  | "limit"
  | "maxMessages"
  | "follow"
  | "json"
>;

type ConsumerClient = Pick<StreamClient, "createCursor" | "createGroupCursor" | "getMessages" | "consumerCommit">;

/**
 * Reads from a partition cursor or a group cursor, following `opc-next-cursor`, and writes each message.
 * Without commit-on-get, a group's batch is committed only after it has been written. Stops when caught
 * up (unless following), after `maxMessages`, or when `signal` aborts. Returns how many were written.
 */
export async function consume(
  client: ConsumerClient,
  streamId: string,
  settings: ConsumeSettings,
  output: { stdout: NodeJS.WritableStream; signal?: AbortSignal },
  retry: RetryPolicy,
): Promise<number> {
  const call = <T>(fn: () => Promise<T>) => withRetries(fn, retry);
  let cursor = await call(() => createCursor(client, streamId, settings));
  const explicitCommit = settings.group !== undefined && !settings.commitOnGet;
  let written = 0;
  let lastGet = 0;
  while (!output.signal?.aborted) {
    const remaining = settings.maxMessages === undefined ? Infinity : settings.maxMessages - written;
    // Never read more than will be written, so a commit never covers unprinted messages.
    const limit = Math.min(settings.limit, remaining);
    await pause(lastGet + MIN_GET_INTERVAL_MS - Date.now(), output.signal);
    if (output.signal?.aborted) break;
    const page = await call(() => client.getMessages({ streamId, cursor, limit }));
    lastGet = Date.now();
    for (const message of page.items) output.stdout.write(`${format(message, settings.json)}\n`);
    written += page.items.length;
    cursor = page.opcNextCursor ?? cursor;
    if (explicitCommit && page.items.length > 0) {
      const committed = await call(() => client.consumerCommit({ streamId, cursor }));
      cursor = committed.cursor.value;
    }
    if (written >= (settings.maxMessages ?? Infinity)) break;
    if (page.items.length === 0) {
      if (!settings.follow) break;
      await pause(FOLLOW_IDLE_MS, output.signal);
    }
  }
  return written;
}

async function createCursor(client: ConsumerClient, streamId: string, settings: ConsumeSettings): Promise<string> {
  if (settings.group !== undefined) {
    const response = await client.createGroupCursor({
      streamId,
      createGroupCursorDetails: {
        groupName: settings.group,
        instanceName: settings.instance ?? `${hostname()}-${process.pid}`,
        type: settings.type as models.CreateGroupCursorDetails.Type,
        time: settings.time,
        commitOnGet: settings.commitOnGet,
      },
    });
    return response.cursor.value;
  }
  const response = await client.createCursor({
    streamId,
    createCursorDetails: {
      partition: settings.partition,
      type: settings.type as models.CreateCursorDetails.Type,
      offset: settings.offset,
      time: settings.time,
    },
  });
  return response.cursor.value;
}

function decode(base64: string | null | undefined): string | null {
  return base64 === null || base64 === undefined ? null : Buffer.from(base64, "base64").toString("utf8");
}

export function format(message: models.Message, json: boolean): string {
  const key = decode(message.key);
  const value = decode(message.value) ?? "";
  const timestamp = new Date(message.timestamp).toISOString();
  if (json) {
    return JSON.stringify({
      stream: message.stream,
      partition: message.partition,
      offset: message.offset,
      timestamp,
      key,
      value,
    });
  }
  return `partition=${message.partition} offset=${message.offset} timestamp=${timestamp} key=${key ?? "(none)"} value=${value}`;
}

/** Waits, waking early if the signal aborts. */
function pause(ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0 || signal?.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done);
  });
}

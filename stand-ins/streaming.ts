import { createHash, randomBytes, randomUUID } from "crypto";
import { matchPath, OciApiError, Reply, Route, StandInRequest, StandInServer } from "./standin-server";

/**
 * The OCI Streaming data-plane API (`/20180418/streams/{streamId}/...`) as documented:
 * https://docs.oracle.com/iaas/api/#/en/streaming/20180418/
 */

export const MAX_MESSAGE_BYTES = 1024 * 1024;
export const MAX_PUT_REQUEST_BYTES = 1024 * 1024;
export const MAX_KEY_BYTES = 256;
export const MAX_GET_LIMIT = 10000;
export const CURSOR_LIFETIME_MS = 5 * 60 * 1000;
/**
 * "A single stream can support up to 50 consumer groups" and each partition "a total data write rate of 1 MB per
 * second" (https://docs.oracle.com/iaas/Content/Streaming/Concepts/streamingoverview_topic-Limits_on_Streaming_Resources.htm).
 * The answers are NOT FOUND there: a 51st group gets OCI's common 400 LimitExceeded
 * (https://docs.oracle.com/iaas/Content/API/References/apierrors.htm), an entry over the write rate the per-entry
 * error "429" inside PutMessages' 200, as throttled entries come back (PutMessagesResultEntry.error).
 */
export const MAX_GROUPS_PER_STREAM = 50;
export const PARTITION_WRITE_BYTES_PER_SECOND = 1024 * 1024;
/**
 * A group instance's inactivity timeout when CreateGroupCursor sets none: "The amount of a consumer instance
 * inactivity time, before partition reservations are released" (CreateGroupCursorDetails.timeoutInMs, oci-streaming
 * SDK model). The SDK model and the API reference give no default; 30 s is the value commonly cited and is not
 * verified in OCI's documentation.
 */
export const DEFAULT_GROUP_TIMEOUT_MS = 30000;

export interface StoredMessage {
  readonly partition: string;
  readonly offset: number;
  /** Null when the producer sent no key. */
  readonly key: Buffer | null;
  readonly value: Buffer;
  readonly timestamp: Date;
}

/** Makes chosen PutMessages entries fail with a per-entry error in a 200 response. */
export interface EntryFailure {
  /** Which entries fail; gets the decoded key and value. */
  readonly match: (entry: { key: Buffer | null; value: Buffer }) => boolean;
  /** How many matching entries fail before the rule is used up. @default Infinity */
  readonly times?: number;
  /** @default "429" */
  readonly error?: string;
  /** @default a throttling message like the service's */
  readonly errorMessage?: string;
}

export interface StreamingStandInOptions {
  /** GetMessages calls per second allowed per partition (or group instance); more get 429. @default 5 */
  readonly getMessagesPerSecond?: number;
  /**
   * The clock of group reservations (when an instance was last seen, when it times out) and of the write rate, so a
   * test can let an instance go idle past its timeout, or a second pass, without waiting. @default Date.now
   */
  readonly now?: () => number;
  /**
   * Bytes of keys and values a partition accepts per second through PutMessages (a second's worth at once); entries
   * over it fail with error "429". OCI's is PARTITION_WRITE_BYTES_PER_SECOND (`npm run local` uses it); tests of
   * other things write faster. @default Infinity
   */
  readonly writeBytesPerSecond?: number;
}

interface GroupState {
  /** Next offset to read, per partition. */
  readonly committed: number[];
  readonly instances: Map<string, { joinedAt: number; lastSeen: number; timeoutInMs: number }>;
}

interface StreamState {
  readonly partitions: StoredMessage[][];
  readonly groups: Map<string, GroupState>;
  /** Per partition: the write budget left, in bytes, as of `at`. */
  readonly writeBudget: { bytes: number; at: number }[];
}

type Cursor =
  | { kind: "partition"; streamId: string; partition: number; offset: number; createdAt: number }
  | {
      kind: "group";
      streamId: string;
      group: string;
      instance: string;
      /** Next offset to read per partition, as of this cursor. */
      positions: Record<string, number>;
      commitOnGet: boolean;
      createdAt: number;
    };

type NewCursor =
  | Omit<Extract<Cursor, { kind: "partition" }>, "createdAt">
  | Omit<Extract<Cursor, { kind: "group" }>, "createdAt">;

export class StreamingStandIn extends StandInServer {
  private readonly streams = new Map<string, StreamState>();
  private readonly entryFailures: { rule: EntryFailure; remaining: number }[] = [];
  private readonly getTimes = new Map<string, number[]>();
  /** GetMessages calls per second allowed per partition (or group instance); more get 429. */
  getMessagesPerSecond: number;
  /** PutMessages bytes per second per partition; entries over it fail with "429". */
  private readonly writeBytesPerSecond: number;
  /** The clock of group reservations. */
  now: () => number;
  /** Each time an instance came back after idling past its timeout, having lost its partitions meanwhile. */
  readonly lapsedReservations: { group: string; instance: string; idleMs: number }[] = [];

  constructor(private readonly options: StreamingStandInOptions = {}) {
    super();
    this.writeBytesPerSecond = options.writeBytesPerSecond ?? Infinity;
    this.getMessagesPerSecond = options.getMessagesPerSecond ?? 5;
    this.now = options.now ?? Date.now;
  }

  /** Forgets every stream (with its groups and messages), entry failure and throttling window; options as constructed. */
  override reset(): void {
    super.reset();
    this.streams.clear();
    this.entryFailures.length = 0;
    this.getTimes.clear();
    this.lapsedReservations.length = 0;
    this.getMessagesPerSecond = this.options.getMessagesPerSecond ?? 5;
    this.now = this.options.now ?? Date.now;
  }

  /** Creates a stream and returns its OCID. */
  createStream(options: { partitions?: number; streamId?: string } = {}): string {
    const partitions = options.partitions ?? 1;
    const streamId = options.streamId ?? `ocid1.stream.oc1.iad.${randomBytes(12).toString("hex")}`;
    this.streams.set(streamId, {
      partitions: Array.from({ length: partitions }, () => []),
      groups: new Map(),
      writeBudget: Array.from({ length: partitions }, () => ({ bytes: this.writeBytesPerSecond, at: this.now() })),
    });
    return streamId;
  }

  /** Everything stored in a stream (or one partition), oldest first per partition. */
  messages(streamId: string, partition?: string): StoredMessage[] {
    const stream = this.stream(streamId);
    const partitions = partition === undefined ? stream.partitions : [stream.partitions[Number(partition)]];
    return partitions.flat();
  }

  /** Up to `limit` messages of one partition from `offset` on, without copying the rest (for in-process consumers). */
  messagesFrom(streamId: string, partition: number, offset: number, limit: number): StoredMessage[] {
    return this.stream(streamId).partitions[partition].slice(offset, offset + limit);
  }

  /** How many partitions a stream has, and how many messages each holds. */
  partitionLengths(streamId: string): number[] {
    return this.stream(streamId).partitions.map((p) => p.length);
  }

  /** Stores messages directly, bypassing the API (to set up a consumer test). */
  append(streamId: string, messages: { key?: string | Buffer | null; value: string | Buffer }[]): StoredMessage[] {
    const stream = this.stream(streamId);
    return messages.map((m) => {
      const key = m.key === undefined || m.key === null ? null : Buffer.from(m.key);
      return this.store(stream, partitionOf(stream, key), key, Buffer.from(m.value));
    });
  }

  /** The offsets a consumer group will read next, per partition, or undefined if the group does not exist. */
  committedOffsets(streamId: string, group: string): number[] | undefined {
    return this.stream(streamId).groups.get(group)?.committed.slice();
  }

  /** From now on, entries matching the rule fail inside a 200 PutMessages response. */
  failEntries(rule: EntryFailure): void {
    this.entryFailures.push({ rule, remaining: rule.times ?? Infinity });
  }

  protected route(method: string, url: URL): Route | undefined {
    const routes: [string, string, string, (r: StandInRequest) => Reply][] = [
      ["POST", "/20180418/streams/{streamId}/messages", "PutMessages", (r) => this.putMessages(r)],
      ["GET", "/20180418/streams/{streamId}/messages", "GetMessages", (r) => this.getMessages(r)],
      ["POST", "/20180418/streams/{streamId}/cursors", "CreateCursor", (r) => this.createCursor(r)],
      ["POST", "/20180418/streams/{streamId}/groupCursors", "CreateGroupCursor", (r) => this.createGroupCursor(r)],
      ["POST", "/20180418/streams/{streamId}/commit", "ConsumerCommit", (r) => this.commit(r)],
      ["POST", "/20180418/streams/{streamId}/heartbeat", "ConsumerHeartbeat", (r) => this.heartbeat(r)],
      ["GET", "/20180418/streams/{streamId}/groups/{groupName}", "GetGroup", (r) => this.getGroup(r)],
    ];
    for (const [routeMethod, pattern, operation, handle] of routes) {
      const params = routeMethod === method ? matchPath(pattern, url.pathname) : undefined;
      if (params) return { operation, params, handle, bodyExempt: operation === "PutMessages" };
    }
    return undefined;
  }

  private putMessages(request: StandInRequest): Reply {
    const stream = this.stream(request.params.streamId);
    const body = parseJson(request.body) as { messages?: unknown };
    if (!Array.isArray(body.messages) || body.messages.length === 0) {
      throw invalid("messages must be a non-empty array of {key, value}");
    }
    const decoded = body.messages.map((entry: unknown, index: number) => decodeEntry(entry, index));
    const total = decoded.reduce((sum, m) => sum + (m.key?.length ?? 0) + m.value.length, 0);
    if (total > MAX_PUT_REQUEST_BYTES) {
      throw invalid(`The request is ${total} bytes of keys and values; the limit is ${MAX_PUT_REQUEST_BYTES} bytes`);
    }
    const entries = decoded.map(({ key, value }) => {
      const failure = this.takeEntryFailure(key, value);
      if (failure) {
        return {
          error: failure.error ?? "429",
          errorMessage: failure.errorMessage ?? "Request was throttled because bytes limit exhausted",
        };
      }
      const partition = partitionOf(stream, key);
      const bytes = (key?.length ?? 0) + value.length;
      if (!takeWriteBudget(stream.writeBudget[partition], bytes, this.writeBytesPerSecond, this.now())) {
        return { error: "429", errorMessage: "Request was throttled because bytes limit exhausted" };
      }
      const stored = this.store(stream, partition, key, value);
      return { partition: stored.partition, offset: stored.offset, timestamp: stored.timestamp.toISOString() };
    });
    return { body: { failures: entries.filter((e) => "error" in e).length, entries } };
  }

  private createCursor(request: StandInRequest): Reply {
    const streamId = request.params.streamId;
    const stream = this.stream(streamId);
    const details = parseJson(request.body) as {
      partition?: unknown;
      type?: unknown;
      offset?: unknown;
      time?: unknown;
    };
    const partition = Number(details.partition);
    if (typeof details.partition !== "string" || !Number.isInteger(partition) || !stream.partitions[partition]) {
      throw invalid(
        `partition must be one of "0".."${stream.partitions.length - 1}" (got ${JSON.stringify(details.partition)})`,
      );
    }
    const messages = stream.partitions[partition];
    const end = messages.length;
    let offset: number;
    switch (details.type) {
      case "TRIM_HORIZON":
        offset = 0;
        break;
      case "LATEST":
        offset = end;
        break;
      case "AT_OFFSET":
      case "AFTER_OFFSET": {
        const given = details.offset;
        if (typeof given !== "number" || !Number.isInteger(given) || given < 0 || given >= end) {
          throw invalid(
            `offset must be an existing offset in partition ${partition}, 0..${end - 1} (got ${JSON.stringify(given)})`,
          );
        }
        offset = details.type === "AT_OFFSET" ? given : given + 1;
        break;
      }
      case "AT_TIME":
        offset = offsetAtTime(messages, parseTime(details.time));
        break;
      default:
        throw invalid(
          `type must be TRIM_HORIZON, AT_OFFSET, AFTER_OFFSET, AT_TIME or LATEST (got ${JSON.stringify(details.type)})`,
        );
    }
    return cursorReply({ kind: "partition", streamId, partition, offset });
  }

  private createGroupCursor(request: StandInRequest): Reply {
    const streamId = request.params.streamId;
    const stream = this.stream(streamId);
    const details = parseJson(request.body) as Record<string, unknown>;
    if (typeof details.groupName !== "string" || details.groupName === "") throw invalid("groupName is required");
    const instance = details.instanceName === undefined ? randomUUID() : details.instanceName;
    if (typeof instance !== "string" || instance === "") throw invalid("instanceName must be a non-empty string");
    const timeoutInMs = details.timeoutInMs ?? DEFAULT_GROUP_TIMEOUT_MS;
    if (typeof timeoutInMs !== "number" || timeoutInMs <= 0) throw invalid("timeoutInMs must be a positive number");

    let group = stream.groups.get(details.groupName);
    if (!group && stream.groups.size >= MAX_GROUPS_PER_STREAM) {
      throw new OciApiError(
        400,
        "LimitExceeded",
        `The stream has ${stream.groups.size} consumer groups; a stream supports up to ${MAX_GROUPS_PER_STREAM}`,
      );
    }
    if (!group) {
      // The cursor type only matters when the group is created; afterwards its committed offsets win.
      group = { committed: this.initialGroupOffsets(stream, details), instances: new Map() };
      stream.groups.set(details.groupName, group);
    }
    const now = this.now();
    const joinedAt = group.instances.get(instance)?.joinedAt ?? now;
    group.instances.set(instance, { joinedAt, lastSeen: now, timeoutInMs });
    const positions = Object.fromEntries(
      assignedPartitions(group, instance, now).map((p) => [String(p), group.committed[p]]),
    );
    return cursorReply({
      kind: "group",
      streamId,
      group: details.groupName,
      instance,
      positions,
      commitOnGet: details.commitOnGet !== false,
    });
  }

  private initialGroupOffsets(stream: StreamState, details: Record<string, unknown>): number[] {
    switch (details.type) {
      case "TRIM_HORIZON":
        return stream.partitions.map(() => 0);
      case "LATEST":
        return stream.partitions.map((messages) => messages.length);
      case "AT_TIME": {
        const time = parseTime(details.time);
        return stream.partitions.map((messages) => offsetAtTime(messages, time));
      }
      default:
        throw invalid(`type must be TRIM_HORIZON, AT_TIME or LATEST (got ${JSON.stringify(details.type)})`);
    }
  }

  private getMessages(request: StandInRequest): Reply {
    const stream = this.stream(request.params.streamId);
    const cursor = this.readCursor(request);
    const limitParam = request.url.searchParams.get("limit");
    const limit = limitParam === null ? MAX_GET_LIMIT : Number(limitParam);
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_GET_LIMIT) {
      throw invalid(`limit must be an integer from 1 to ${MAX_GET_LIMIT} (got ${limitParam})`);
    }
    const rateKey =
      cursor.kind === "partition"
        ? `${cursor.streamId}/${cursor.partition}`
        : `${cursor.streamId}/${cursor.group}/${cursor.instance}`;
    this.throttleGets(rateKey);

    if (cursor.kind === "partition") {
      const items = stream.partitions[cursor.partition].slice(cursor.offset, cursor.offset + limit);
      return messagesReply(cursor.streamId, items, { ...cursor, offset: cursor.offset + items.length });
    }

    const group = this.liveGroup(stream, cursor);
    if (cursor.commitOnGet) commitPositions(group, cursor, this.now());
    const positions: Record<string, number> = {};
    const items: StoredMessage[] = [];
    for (const p of assignedPartitions(group, cursor.instance, this.now())) {
      const start = cursor.positions[String(p)] ?? group.committed[p];
      const batch = stream.partitions[p].slice(start, start + limit - items.length);
      items.push(...batch);
      positions[String(p)] = start + batch.length;
    }
    return messagesReply(cursor.streamId, items, { ...cursor, positions });
  }

  private commit(request: StandInRequest): Reply {
    const cursor = this.readGroupCursor(request, "commit");
    commitPositions(this.liveGroup(this.stream(cursor.streamId), cursor), cursor, this.now());
    return cursorReply(cursor);
  }

  private heartbeat(request: StandInRequest): Reply {
    const cursor = this.readGroupCursor(request, "heartbeat");
    this.liveGroup(this.stream(cursor.streamId), cursor);
    return cursorReply(cursor);
  }

  private getGroup(request: StandInRequest): Reply {
    const streamId = request.params.streamId;
    const groupName = request.params.groupName;
    const group = this.stream(streamId).groups.get(groupName);
    if (!group) throw new OciApiError(404, "NotAuthorizedOrNotFound", `Unknown group ${groupName}`);
    const active = activeInstances(group, this.now());
    const reservations = group.committed.map((committedOffset, p) => {
      const holder = active.length > 0 ? active[p % active.length] : undefined;
      return {
        partition: String(p),
        committedOffset,
        ...(holder && {
          reservedInstance: holder[0],
          timeReservedUntil: new Date(holder[1].lastSeen + holder[1].timeoutInMs).toISOString(),
        }),
      };
    });
    return { body: { streamId, groupName, reservations } };
  }

  /**
   * Touches the cursor's instance (a GetMessages, commit or heartbeat keeps its reservations). An instance idle past
   * its timeout has lost them already: touching it makes it join again, after the instances active meanwhile.
   */
  private liveGroup(stream: StreamState, cursor: Extract<Cursor, { kind: "group" }>): GroupState {
    const group = stream.groups.get(cursor.group);
    if (!group) throw invalid(`The cursor's group ${cursor.group} no longer exists`);
    const now = this.now();
    const instance = group.instances.get(cursor.instance);
    const lapsed = instance !== undefined && now - instance.lastSeen > instance.timeoutInMs;
    if (lapsed)
      this.lapsedReservations.push({ group: cursor.group, instance: cursor.instance, idleMs: now - instance.lastSeen });
    group.instances.set(cursor.instance, {
      joinedAt: instance && !lapsed ? instance.joinedAt : now,
      lastSeen: now,
      timeoutInMs: instance?.timeoutInMs ?? DEFAULT_GROUP_TIMEOUT_MS,
    });
    return group;
  }

  private readCursor(request: StandInRequest): Cursor {
    const value = request.url.searchParams.get("cursor");
    if (!value) throw invalid("cursor is required");
    let cursor: Cursor;
    try {
      cursor = JSON.parse(Buffer.from(value, "base64").toString()) as Cursor;
    } catch {
      throw invalid("cursor is not a cursor this service issued");
    }
    if (cursor.streamId !== request.params.streamId) throw invalid("cursor belongs to another stream");
    if (Date.now() - cursor.createdAt > CURSOR_LIFETIME_MS)
      throw invalid("cursor has expired (cursors live 5 minutes)");
    return cursor;
  }

  private readGroupCursor(request: StandInRequest, action: string): Extract<Cursor, { kind: "group" }> {
    this.stream(request.params.streamId);
    const cursor = this.readCursor(request);
    if (cursor.kind !== "group") throw invalid(`${action} needs a group cursor`);
    return cursor;
  }

  private throttleGets(key: string): void {
    const now = Date.now();
    const recent = (this.getTimes.get(key) ?? []).filter((t) => now - t < 1000);
    if (recent.length >= this.getMessagesPerSecond) {
      throw new OciApiError(429, "TooManyRequests", `More than ${this.getMessagesPerSecond} GetMessages per second`);
    }
    recent.push(now);
    this.getTimes.set(key, recent);
  }

  private takeEntryFailure(key: Buffer | null, value: Buffer): EntryFailure | undefined {
    const failure = this.entryFailures.find((f) => f.remaining > 0 && f.rule.match({ key, value }));
    if (failure) failure.remaining -= 1;
    return failure?.rule;
  }

  private store(stream: StreamState, partition: number, key: Buffer | null, value: Buffer): StoredMessage {
    const messages = stream.partitions[partition];
    const stored = { partition: String(partition), offset: messages.length, key, value, timestamp: new Date() };
    messages.push(stored);
    return stored;
  }

  private stream(streamId: string): StreamState {
    const stream = this.streams.get(streamId);
    if (!stream) throw new OciApiError(404, "NotAuthorizedOrNotFound", `Unknown stream ${streamId}`);
    return stream;
  }
}

function decodeEntry(entry: unknown, index: number): { key: Buffer | null; value: Buffer } {
  const { key, value } = (entry ?? {}) as { key?: unknown; value?: unknown };
  if (typeof value !== "string" || !isBase64(value)) throw invalid(`messages[${index}].value must be base64`);
  if (key !== undefined && key !== null && (typeof key !== "string" || !isBase64(key))) {
    throw invalid(`messages[${index}].key must be base64 or null`);
  }
  const decodedKey = typeof key === "string" ? Buffer.from(key, "base64") : null;
  const decodedValue = Buffer.from(value, "base64");
  if (decodedKey && decodedKey.length > MAX_KEY_BYTES) {
    throw invalid(`messages[${index}].key is ${decodedKey.length} bytes; the limit is ${MAX_KEY_BYTES}`);
  }
  const size = (decodedKey?.length ?? 0) + decodedValue.length;
  if (size > MAX_MESSAGE_BYTES) {
    throw invalid(`messages[${index}] is ${size} bytes; the limit is ${MAX_MESSAGE_BYTES} bytes per message`);
  }
  return { key: decodedKey, value: decodedValue };
}

function isBase64(text: string): boolean {
  return /^[A-Za-z0-9+/]*={0,2}$/.test(text) && text.length % 4 === 0;
}

function parseJson(body: Buffer): unknown {
  try {
    const parsed: unknown = JSON.parse(body.toString());
    if (typeof parsed !== "object" || parsed === null) throw new Error("not an object");
    return parsed;
  } catch {
    throw invalid("The request body must be a JSON object");
  }
}

function parseTime(time: unknown): number {
  const parsed = typeof time === "string" ? Date.parse(time) : NaN;
  if (Number.isNaN(parsed))
    throw invalid(`time must be an RFC 3339 timestamp for AT_TIME (got ${JSON.stringify(time)})`);
  return parsed;
}

function offsetAtTime(messages: StoredMessage[], time: number): number {
  const index = messages.findIndex((m) => m.timestamp.getTime() >= time);
  return index === -1 ? messages.length : index;
}

function invalid(message: string): OciApiError {
  return new OciApiError(400, "InvalidParameter", message);
}

function activeInstances(
  group: GroupState,
  now: number,
): [string, { joinedAt: number; lastSeen: number; timeoutInMs: number }][] {
  return [...group.instances.entries()]
    .filter(([, i]) => now - i.lastSeen <= i.timeoutInMs)
    .sort(([, a], [, b]) => a.joinedAt - b.joinedAt);
}

/** Partitions are shared round-robin among the instances that have not timed out, in joining order. */
function assignedPartitions(group: GroupState, instance: string, now: number): number[] {
  const active = activeInstances(group, now).map(([name]) => name);
  const slot = active.indexOf(instance);
  if (slot === -1) return [];
  return group.committed.map((_, p) => p).filter((p) => p % active.length === slot);
}

/** Commits the cursor's positions for the partitions its instance still holds. */
function commitPositions(group: GroupState, cursor: Extract<Cursor, { kind: "group" }>, now: number): void {
  for (const p of assignedPartitions(group, cursor.instance, now)) {
    const position = cursor.positions[String(p)];
    if (position !== undefined) group.committed[p] = position;
  }
}

function encodeCursor(cursor: NewCursor): string {
  return Buffer.from(JSON.stringify({ ...cursor, createdAt: Date.now() })).toString("base64");
}

function cursorReply(cursor: NewCursor): Reply {
  return { body: { value: encodeCursor(cursor) } };
}

/** Equal keys share a partition; a missing key gets a random one, which spreads messages. */
function partitionOf(stream: StreamState, key: Buffer | null): number {
  return (
    createHash("md5")
      .update(key ?? randomBytes(16))
      .digest()
      .readUInt32BE(0) % stream.partitions.length
  );
}

/** Takes `bytes` from a partition's write budget (refilled at `perSecond`, a second's worth at most), if it has them. */
function takeWriteBudget(
  budget: { bytes: number; at: number },
  bytes: number,
  perSecond: number,
  now: number,
): boolean {
  if (perSecond === Infinity) return true;
  budget.bytes = Math.min(perSecond, budget.bytes + ((now - budget.at) / 1000) * perSecond);
  budget.at = now;
  if (budget.bytes < bytes) return false;
  budget.bytes -= bytes;
  return true;
}

/** A stored message as GetMessages (and the Service Connector) deliver it: key and value in base64. */
export function toWireMessage(streamId: string, m: StoredMessage): Record<string, unknown> {
  return {
    stream: streamId,
    partition: m.partition,
    key: m.key ? m.key.toString("base64") : null,
    value: m.value.toString("base64"),
    offset: m.offset,
    timestamp: m.timestamp.toISOString(),
  };
}

function messagesReply(streamId: string, items: StoredMessage[], next: NewCursor): Reply {
  return {
    headers: { "opc-next-cursor": encodeCursor(next) },
    body: items.map((m) => toWireMessage(streamId, m)),
  };
}

import { gzipSync } from "zlib";
import { FnResponse } from "./fn-harness";
import { ObjectStorageStandIn } from "./object-storage";
import { StoredMessage, StreamingStandIn, toWireMessage } from "./streaming";

/**
 * Connector Hub, for a Streaming source and a Functions or Object Storage target, from an `oci_sch_service_connector`'s
 * synthesized `source` and `target` blocks (references resolved).
 *
 * Followed:
 * - source `cursor.kind` TRIM_HORIZON (the oldest retained message) or LATEST (only messages put after the connector
 *   starts): https://docs.oracle.com/iaas/Content/connector-hub/create-service-connector-streaming-source.htm;
 * - Functions target batches: `batch_size_in_num` or `batch_size_in_kbs` ("Only one size option can be specified") and
 *   `batch_time_in_sec`, the rollover time; "the first limit reached determines the boundary of the batch"
 *   (FunctionsTargetDetails, https://docs.oracle.com/en-us/iaas/tools/typescript/latest/interfaces/_sch_lib_model_functions_target_details_.functionstargetdetails.html);
 *   the body is a JSON array of the messages as GetMessages returns them (toWireMessage);
 * - a failing function: "As with any target, the connector keeps retrying indefinitely until the function target
 *   succeeds" and the whole batch is delivered again ("To prevent reprocessing of messages, make your function
 *   idempotent"): https://docs.oracle.com/iaas/Content/connector-hub/queue-to-function.htm. The partition does not
 *   advance past a failing batch.
 * - Object Storage target: `batch_rollover_size_in_mbs` and `batch_rollover_time_in_ms`, `object_name_prefix`
 *   (ObjectStorageTargetDetails, https://docs.oracle.com/en-us/iaas/tools/typescript/latest/interfaces/_sch_lib_model_object_storage_target_details_.objectstoragetargetdetails.html).
 *   The objects are named and written as a connector with a Streaming source was observed to write them (OCI's docs
 *   do not say; a published listing of a real connector's bucket, https://jakubillner.github.io/2024/06/28/streaming-ingest.html,
 *   "Structure of Target Files"): `[<prefix>/]<connector OCID>/<partition>/<start>_<end>.<n>.data.gz`, times as
 *   `yyyyMMddTHHmmssZ`, gzip-compressed JSON Lines, one `{"stream": <stream name>, "partition": "<n>", "key": b64|null,
 *   "value": b64, "offset": <number>, "timestamp": <epoch ms>}` per message (archivedLine). What `<n>` counts is not
 *   shown (always 0 there): here it tells apart objects whose names would otherwise be equal.
 *
 * NOT FOUND in OCI's docs, so chosen here (readers must not rely on them):
 * - the retry interval: 1 s, doubling, at most 30 s;
 * - whether batches are per partition: here they are (one batch in flight per partition, so a key's order holds);
 * - the defaults of the batch settings: 100 messages or 5 s (functions), 100 MB or 7 minutes (object storage);
 * - the content type of archived objects (application/gzip here);
 * - whether the `stream` field of a message delivered to a function is the stream's name or OCID (the archive's
 *   lines above carry the name): the OCID here, as toWireMessage; and whether its `timestamp` is epoch milliseconds as
 *   in the archive: an ISO string here, as GetMessages answers.
 *
 * `timeScale` multiplies every batch and retry time: tests and benchmarks run the synthesized settings faster.
 */

export interface ConnectorDefinition {
  /** The connector's display name, for logs. */
  readonly name: string;
  /** The connector's OCID: archived object names start with it. */
  readonly id: string;
  /** The source stream's name, as archived lines carry it. @default the stream's OCID */
  readonly streamName?: string;
  readonly source: Record<string, any>;
  readonly target: Record<string, any>;
}

export type InvokeFunction = (functionId: string, body: string) => Promise<FnResponse>;

export interface ConnectorOptions {
  readonly streaming: StreamingStandIn;
  readonly objectStorage: ObjectStorageStandIn;
  readonly invoke: InvokeFunction;
  /** @default 1 */
  readonly timeScale?: number;
  /** How often an idle partition is looked at. @default 50 */
  readonly pollMs?: number;
  /** Called with each run's outcome, for the connector's log. */
  readonly log?: (entry: Record<string, unknown>) => void;
}

export const RETRY_FIRST_MS = 1_000;
export const RETRY_MAX_MS = 30_000;

interface Sink {
  readonly maxCount: number;
  readonly maxBytes: number;
  readonly maxWaitMs: number;
  /** Resolves true once delivered, false if stop() interrupted it. */
  deliver(partition: number, batch: StoredMessage[]): Promise<boolean>;
}

export interface ConnectorStats {
  /** Batches handed to the target, including retries. */
  attempts: number;
  /** Attempts the target failed. */
  errorsAtTarget: number;
  /** Messages the target accepted. */
  delivered: number;
}

export class ConnectorEmulator {
  readonly stats: ConnectorStats = { attempts: 0, errorsAtTarget: 0, delivered: 0 };
  /** Next offset per partition: what the connector has delivered so far. */
  readonly offsets: number[] = [];
  private stopped = false;
  private readonly loops: Promise<void>[] = [];
  private readonly wakers = new Set<() => void>();
  private readonly streamId: string;
  private readonly sink: Sink;

  /** The connector's name (display name). */
  get name(): string {
    return this.definition.name;
  }

  constructor(
    private readonly definition: ConnectorDefinition,
    private readonly options: ConnectorOptions,
  ) {
    const where = `oci_sch_service_connector ${definition.name}`;
    const { source, target } = definition;
    if (source.kind !== "streaming") throw new Error(`${where}: source kind ${source.kind} is not emulated`);
    if (definition.target.tasks) throw new Error(`${where}: tasks are not emulated`);
    this.streamId = source.stream_id;
    const scale = options.timeScale ?? 1;
    if (target.kind === "functions") {
      if (target.batch_size_in_num !== undefined && target.batch_size_in_kbs !== undefined) {
        throw new Error(`${where}: only one of batch_size_in_num and batch_size_in_kbs can be specified`);
      }
      this.sink = {
        maxCount: target.batch_size_in_num ?? (target.batch_size_in_kbs === undefined ? 100 : Infinity),
        maxBytes: target.batch_size_in_kbs === undefined ? Infinity : target.batch_size_in_kbs * 1024,
        maxWaitMs: (target.batch_time_in_sec ?? 5) * 1000 * scale,
        deliver: (partition, batch) => this.invokeUntilSuccess(target.function_id, partition, batch),
      };
    } else if (target.kind === "objectStorage") {
      this.sink = {
        maxCount: Infinity,
        maxBytes: (target.batch_rollover_size_in_mbs ?? 100) * 1024 * 1024,
        maxWaitMs: (target.batch_rollover_time_in_ms ?? 420_000) * scale,
        deliver: async (partition, batch) => this.writeObject(target, partition, batch),
      };
    } else throw new Error(`${where}: target kind ${target.kind} is not emulated`);
  }

  start(): this {
    const lengths = this.options.streaming.partitionLengths(this.streamId);
    const latest = this.definition.source.cursor?.kind === "LATEST";
    lengths.forEach((length, partition) => {
      this.offsets[partition] = latest ? length : 0;
      this.loops.push(this.run(partition));
    });
    return this;
  }

  /** Stops reading; a batch being delivered finishes its current attempt first. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const wake of this.wakers) wake();
    await Promise.all(this.loops);
  }

  /** Whether every message in the stream has been delivered. */
  caughtUp(): boolean {
    return this.options.streaming.partitionLengths(this.streamId).every((length, p) => this.offsets[p] >= length);
  }

  private async run(partition: number): Promise<void> {
    const { streaming } = this.options;
    const pollMs = this.options.pollMs ?? 50;
    while (!this.stopped) {
      const limit = Number.isFinite(this.sink.maxCount) ? this.sink.maxCount + 1 : 10_000;
      const available = streaming.messagesFrom(this.streamId, partition, this.offsets[partition], limit);
      if (available.length === 0) {
        await this.sleep(pollMs);
        continue;
      }
      const batch = takeBatch(available, this.sink.maxCount, this.sink.maxBytes);
      const full = batch.length < available.length;
      const waited = Date.now() - available[0].timestamp.getTime();
      if (!full && waited < this.sink.maxWaitMs) {
        await this.sleep(Math.min(pollMs, this.sink.maxWaitMs - waited));
        continue;
      }
      if (!(await this.sink.deliver(partition, batch))) return;
      this.offsets[partition] += batch.length;
      this.stats.delivered += batch.length;
    }
  }

  private async invokeUntilSuccess(functionId: string, partition: number, batch: StoredMessage[]): Promise<boolean> {
    const body = JSON.stringify(batch.map((m) => toWireMessage(this.streamId, m)));
    const scale = this.options.timeScale ?? 1;
    let wait = RETRY_FIRST_MS;
    for (let attempt = 1; ; attempt++) {
      this.stats.attempts += 1;
      const reply = await this.options.invoke(functionId, body);
      const run = {
        connector: this.definition.name,
        partition,
        firstOffset: batch[0].offset,
        messages: batch.length,
        attempt,
      };
      if (reply.status === 200) {
        this.options.log?.({ ...run, messageType: "CONNECTOR_RUN_COMPLETED", status: reply.status });
        return true;
      }
      this.stats.errorsAtTarget += 1;
      this.options.log?.({
        ...run,
        messageType: "CONNECTOR_RUN_FAILED",
        status: reply.status,
        error: reply.body.slice(0, 300),
        retryInMs: wait * scale,
      });
      if (this.stopped) return false;
      await this.sleep(wait * scale);
      wait = Math.min(wait * 2, RETRY_MAX_MS);
    }
  }

  private writeObject(target: Record<string, any>, partition: number, batch: StoredMessage[]): boolean {
    const prefix = target.object_name_prefix ? `${target.object_name_prefix}/` : "";
    const window = `${compactTime(batch[0].timestamp)}_${compactTime(new Date())}`;
    const existing = this.options.objectStorage.objects(target.namespace, target.bucket);
    let name = "";
    for (let n = 0; name === "" || existing.has(name); n++) {
      name = `${prefix}${this.definition.id}/${partition}/${window}.${n}.data.gz`;
    }
    const lines = batch.map((m) => JSON.stringify(archivedLine(this.definition.streamName ?? this.streamId, m)));
    const body = gzipSync(lines.join("\n") + "\n");
    this.options.objectStorage.putObject(target.namespace, target.bucket, name, body, "application/gzip");
    this.options.log?.({
      connector: this.definition.name,
      partition,
      messageType: "CONNECTOR_RUN_COMPLETED",
      object: name,
      messages: batch.length,
    });
    return true;
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.wakers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.wakers.add(wake);
    });
  }
}

/** The longest prefix of `messages` within the count and byte limits (always at least one message). */
function takeBatch(messages: StoredMessage[], maxCount: number, maxBytes: number): StoredMessage[] {
  let bytes = 0;
  let count = 0;
  for (const m of messages) {
    const size = m.value.length + (m.key?.length ?? 0);
    if (count > 0 && (count >= maxCount || bytes + size > maxBytes)) break;
    bytes += size;
    count += 1;
  }
  return messages.slice(0, count);
}

/** `yyyyMMddTHHmmssZ`, as archived object names carry times. */
function compactTime(time: Date): string {
  return time
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");
}

/** One line of an archived object: the partition as a string, the offset and the epoch-millisecond time as numbers. */
export function archivedLine(streamName: string, m: StoredMessage): Record<string, unknown> {
  return { ...toWireMessage(streamName, m), timestamp: m.timestamp.getTime() };
}

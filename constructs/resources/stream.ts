import { Annotations } from "cdktf";
import { Construct } from "constructs";
import { StreamingStream } from "../../.gen/providers/oci/streaming-stream";
import { Metric, MetricOptions } from "./metric";
import { Policies } from "./policies";
import { allow, Grantee, PolicyStatement, targetIs } from "./policy-statement";
import { checkWholeNumber } from "./range-check";
import {
  DEFAULT_MAX_PARTITIONS_PER_STREAM,
  MAX_RETENTION_HOURS,
  MIN_RETENTION_HOURS,
} from "../../lib/streaming-limits";

/** Settings OCI cannot change on an existing stream: changing either recreates it, and its messages are lost. */
export interface ImmutableStreamSettings {
  readonly partitions: number;
  readonly retentionInHours: number;
}

export interface StreamProps {
  /** The pool the stream belongs to: its endpoint and key serve the stream. */
  readonly streamPoolId: string;
  /** Compartment of the stream pool: statements that grant access to the stream apply there. */
  readonly compartmentId: string;
  /** Name of the stream, unique in its pool. */
  readonly name: string;
  /** Partitions (each takes 1 MB/s of writes and 2 MB/s of reads). Cannot change after creation. */
  readonly partitions: number;
  /**
   * Hours a message is kept (24 to 168). Cannot change after creation.
   * @default 24
   */
  readonly retentionInHours?: number;
  /**
   * The most partitions a stream of this deployment may have (the tenancy's partition limit is shared).
   * @default 10 (DEFAULT_MAX_PARTITIONS_PER_STREAM, the config's default)
   */
  readonly maxPartitions?: number;
  /**
   * The settings of this stream in the last deployed or synthesized version, if known: a difference is
   * reported as a warning at synth, because applying it recreates the stream.
   * @default - no comparison
   */
  readonly previousSettings?: ImmutableStreamSettings;
}

/** What a Kafka client does with a stream: produce to it (`push`), consume from it (`pull`), or both. */
export type KafkaUse = "push" | "pull" | "both";

/** A stream as other constructs take it: its identity, its messages endpoint and grants scoped to it. */
export interface IStream {
  /** OCID of the stream. */
  readonly streamId: string;
  /** Name of the stream, unique in its pool. */
  readonly streamName: string;
  /** Hours a message is kept before OCI deletes it, read or not. */
  readonly retentionInHours: number;
  /** The endpoint for the messages API (PutMessages, GetMessages) of this stream. */
  readonly messagesEndpoint: string;
  /** PutMessages on this stream; the statement is added to the stack's policies. */
  grantPush(grantee: Grantee): PolicyStatement;
  /** GetMessages and cursors on this stream; the statement is added to the stack's policies. */
  grantPull(grantee: Grantee): PolicyStatement;
  /** What a Service Connector needs to read this stream as its source. */
  grantConnectorRead(grantee: Grantee): PolicyStatement;
  /** Messages put on the stream (`PutMessagesThroughput.Count`). */
  metricPuts(options?: MetricOptions): Metric;
  /** Messages refused because of the stream's throughput limit (`PutMessagesThrottling.Count`). */
  metricPutThrottles(options?: MetricOptions): Metric;
  /** Messages read from the stream (`GetMessagesThroughput.Count`). */
  metricGets(options?: MetricOptions): Metric;
  /** What a Kafka client's user needs on this stream (as a topic), to produce, consume, or both. */
  grantKafka(grantee: Grantee, use?: KafkaUse): PolicyStatement;
}

/** Streaming metrics: https://docs.oracle.com/en-us/iaas/Content/Streaming/Reference/metric-ref.htm */
const STREAMING_NAMESPACE = "oci_streaming";

/** A stream in a stream pool, with grant methods scoped to this one stream. */
export class Stream extends Construct implements IStream {
  public readonly stream: StreamingStream;
  public readonly streamId: string;
  /** The endpoint for the messages API (PutMessages, GetMessages) of this stream. */
  public readonly messagesEndpoint: string;
  public readonly streamName: string;
  public readonly retentionInHours: number;
  private readonly compartmentId: string;

  constructor(scope: Construct, id: string, props: StreamProps) {
    super(scope, id);
    const retentionInHours = props.retentionInHours ?? MIN_RETENTION_HOURS;
    const maxPartitions = props.maxPartitions ?? DEFAULT_MAX_PARTITIONS_PER_STREAM;
    const where = `Stream ${props.name}`;
    checkWholeNumber(where, "retentionInHours", retentionInHours, {
      min: MIN_RETENTION_HOURS,
      max: MAX_RETENTION_HOURS,
    });
    checkWholeNumber(where, "partitions", props.partitions, { min: 1, max: maxPartitions });
    const previous = props.previousSettings;
    if (previous && (previous.partitions !== props.partitions || previous.retentionInHours !== retentionInHours)) {
      Annotations.of(this).addWarning(
        `Stream ${props.name} will be DESTROYED AND RECREATED, losing its messages: OCI cannot change partitions ` +
          `(${previous.partitions} -> ${props.partitions}) or retentionInHours (${previous.retentionInHours} -> ${retentionInHours}) in place.`,
      );
    }

    this.compartmentId = props.compartmentId;
    this.streamName = props.name;
    this.retentionInHours = retentionInHours;
    this.stream = new StreamingStream(this, "Stream", {
      name: props.name,
      streamPoolId: props.streamPoolId,
      partitions: props.partitions,
      retentionInHours,
    });
    this.streamId = this.stream.id;
    this.messagesEndpoint = this.stream.messagesEndpoint;
  }

  /** PutMessages on this stream. */
  grantPush(grantee: Grantee): PolicyStatement {
    return Policies.of(this).grant(
      allow(grantee, "use stream-push", this.compartmentId, [targetIs("stream", this.streamId)]),
    );
  }

  /** GetMessages, cursors, group cursors, commit and heartbeat on this stream. */
  grantPull(grantee: Grantee): PolicyStatement {
    return Policies.of(this).grant(
      allow(grantee, "use stream-pull", this.compartmentId, [targetIs("stream", this.streamId)]),
    );
  }

  /**
   * Kafka clients: the Streaming docs ask to "grant that group the permission to manage streams in the appropriate
   * compartment or tenancy" ("Using Kafka APIs",
   * https://docs.oracle.com/iaas/Content/Streaming/Tasks/kafkacompatibility_topic-Configuration.htm). OCI documents
   * no narrower statement for Kafka; this one is narrowed to this stream with `target.stream.id`, the variable the
   * Streaming policy reference gives for `streams` ("Details for the Streaming Service",
   * https://docs.oracle.com/iaas/Content/Identity/Reference/streamingpolicyreference.htm). Unverified against a
   * real Kafka client: whether a Kafka client needs more (pool metadata) than this scoped statement.
   *
   * `manage` also holds STREAM_DELETE and STREAM_MOVE, which no producer or consumer needs and which would let a
   * reader of the dead-letter stream delete it: both are taken away with `request.permission != '...'`
   * ("request.permission: the underlying permission being requested",
   * https://docs.oracle.com/iaas/Content/Identity/policyreference/policyreference_topic-General_Variables_for_All_Requests.htm;
   * rule OCI-IAM-STREAM-DELETE). So is the half of `use` (STREAM_PRODUCE, STREAM_CONSUME: the policy reference's
   * `streams` table) the client does not do: a consumer of the dead-letter stream cannot write to it.
   * @param use what the client does with the stream; "both" when not given
   */
  grantKafka(grantee: Grantee, use: KafkaUse = "both"): PolicyStatement {
    const unused = { push: ["STREAM_CONSUME"], pull: ["STREAM_PRODUCE"], both: [] }[use];
    return Policies.of(this).grant(
      allow(grantee, "manage streams", this.compartmentId, [
        targetIs("stream", this.streamId),
        ...["STREAM_DELETE", "STREAM_MOVE", ...unused].map((p) => `request.permission != '${p}'`),
      ]),
    );
  }

  /** What a Service Connector needs to read this stream as its source. */
  grantConnectorRead(grantee: Grantee): PolicyStatement {
    return Policies.of(this).grant(
      allow(grantee, "{STREAM_READ, STREAM_CONSUME}", this.compartmentId, [targetIs("stream", this.streamId)]),
    );
  }

  metricPuts(options: MetricOptions = {}): Metric {
    return this.metric("PutMessagesThroughput.Count", options);
  }

  metricPutThrottles(options: MetricOptions = {}): Metric {
    return this.metric("PutMessagesThrottling.Count", options);
  }

  metricGets(options: MetricOptions = {}): Metric {
    return this.metric("GetMessagesThroughput.Count", options);
  }

  private metric(metricName: string, options: MetricOptions): Metric {
    return new Metric({
      namespace: STREAMING_NAMESPACE,
      metricName,
      compartmentId: this.compartmentId,
      dimensions: { resourceId: this.streamId },
      ...options,
    });
  }
}

import { IEncryptionKey } from "../resources/encryption-key";
import { Construct } from "constructs";
import { Bucket } from "../resources/bucket";
import { ContainerFunction } from "../resources/container-function";
import { FunctionsPlatform } from "./functions-platform";
import { ObjectEventsRule } from "../resources/object-events-rule";
import { LogGroup } from "../resources/log-group";
import { Grantee } from "../resources/policy-statement";
import { IStream } from "../resources/stream";

export interface FileIngestionProps {
  readonly namePrefix: string;
  /** Compartment of the bucket and its Events rule. */
  readonly compartmentId: string;
  readonly platform: FunctionsPlatform;
  /**
   * The stream that receives one reference message per object: its own, read by the application that processes the
   * files (the claim-check pattern stops there; the data stream's process function would refuse references).
   */
  readonly stream: IStream;
  /**
   * Group or dynamic-group OCIDs of that application, each granted `use stream-pull` on the stream.
   * @default - none: grant the consumer yourself
   */
  readonly consumers?: readonly string[];
  /** Key that encrypts the bucket. */
  readonly encryptionKey: IEncryptionKey;
  readonly logGroupId: string;
  /** @default `<namePrefix>-ingest` */
  readonly bucketName?: string;
  /** @default false */
  readonly includeUpdates?: boolean;
  /** @default - the claim-check function's default, 0: references only */
  readonly inlineMaxBytes?: number;
}

/**
 * Claim-check file ingestion: an object lands in the bucket, Events hands the event to the claim-check
 * function, and the function puts a message referencing the object on the stream.
 */
export class FileIngestion extends Construct {
  public readonly bucket: Bucket;
  public readonly function: ContainerFunction;
  public readonly rule: ObjectEventsRule;

  constructor(scope: Construct, id: string, props: FileIngestionProps) {
    super(scope, id);
    const { platform, stream } = props;
    this.bucket = new Bucket(this, "Bucket", {
      compartmentId: props.compartmentId,
      namespace: platform.namespace,
      name: props.bucketName ?? `${props.namePrefix}-ingest`,
      encryptionKey: props.encryptionKey,
      logGroupId: props.logGroupId,
    });
    this.function = platform.addFunction("claim-check", {
      STREAM_ID: stream.streamId,
      STREAM_MESSAGES_ENDPOINT: stream.messagesEndpoint,
      BUCKET_NAME: this.bucket.bucketName,
      INLINE_MAX_BYTES: props.inlineMaxBytes,
    });
    this.bucket.grantReadObjects(this.function);
    stream.grantPush(this.function);
    (props.consumers ?? []).forEach((id) => stream.grantPull(principalById(id)));
    // The rule grants Events the invocation itself, as it binds the bucket to the function.
    this.rule = new ObjectEventsRule(this, "Rule", {
      displayName: `${props.namePrefix}-object-events`,
      bucket: this.bucket,
      function: this.function,
      includeUpdates: props.includeUpdates,
      logGroup: LogGroup.fromLogGroupId(props.logGroupId),
    });
  }
}

/** A group or dynamic group named by OCID, as policy syntax allows (`group id <ocid>`, `dynamic-group id <ocid>`). */
function principalById(id: string): Grantee {
  const kind = id.startsWith("ocid1.dynamicgroup.") ? "dynamic-group" : "group";
  return { policySubject: `${kind} id ${id}`, policyConditions: [] };
}

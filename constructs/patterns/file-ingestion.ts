import { IEncryptionKey } from "../resources/encryption-key";
import { Construct } from "constructs";
import { Bucket } from "../resources/bucket";
import { ContainerFunction } from "../resources/container-function";
import { FunctionsPlatform } from "./functions-platform";
import { ObjectEventsRule } from "../resources/object-events-rule";
import { ILogGroup } from "../resources/log-group";
import { Grantee } from "../resources/policy-statement";
import { IStream } from "../resources/stream";
import { Vault } from "../resources/vault";

export interface FileIngestionProps {
  /**
   * Prefix of the bucket's and the Events rule's names.
   * @default - the platform's `namePrefix`
   */
  readonly namePrefix?: string;
  /**
   * Compartment of the bucket and its Events rule.
   * @default - the platform's compartment
   */
  readonly compartmentId?: string;
  /** The functions platform the claim-check function runs on. */
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
  /**
   * Customer-managed key that encrypts the bucket.
   * @default - a new virtual private vault and master key, rotated automatically, in `compartmentId`
   */
  readonly encryptionKey?: IEncryptionKey;
  /**
   * Log group of the bucket's write log and the Events rule's log.
   * @default - the platform's log group
   */
  readonly logGroup?: ILogGroup;
  /**
   * Name of the ingest bucket, unique in the namespace.
   * @default `<namePrefix>-ingest`
   */
  readonly bucketName?: string;
  /**
   * Also publish a reference when an object is overwritten, not only when it is created.
   * @default false
   */
  readonly includeUpdates?: boolean;
  /**
   * Objects up to this size travel inside the message too.
   * @default - the claim-check function's default, 0: references only
   */
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

  /** The vault this pattern created because no `encryptionKey` was given. */
  public readonly vault?: Vault;

  constructor(scope: Construct, id: string, given: FileIngestionProps) {
    super(scope, id);
    const { platform, stream } = given;
    const namePrefix = given.namePrefix ?? platform.namePrefix;
    const compartmentId = given.compartmentId ?? platform.compartmentId;
    if (!given.encryptionKey) {
      this.vault = new Vault(this, "Vault", {
        compartmentId,
        namePrefix: `${namePrefix}-ingest`,
        region: platform.region,
      });
    }
    const props = {
      ...given,
      namePrefix,
      compartmentId,
      encryptionKey: given.encryptionKey ?? this.vault!.masterKey,
      logGroup: given.logGroup ?? platform.logGroup,
    };
    this.bucket = new Bucket(this, "Bucket", {
      compartmentId: props.compartmentId,
      namespace: platform.namespace,
      name: props.bucketName ?? `${props.namePrefix}-ingest`,
      encryptionKey: props.encryptionKey,
      logGroup: props.logGroup,
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
      logGroup: props.logGroup,
    });
  }
}

/** A group or dynamic group named by OCID, as policy syntax allows (`group id <ocid>`, `dynamic-group id <ocid>`). */
function principalById(id: string): Grantee {
  const kind = id.startsWith("ocid1.dynamicgroup.") ? "dynamic-group" : "group";
  return { policySubject: `${kind} id ${id}`, policyConditions: [] };
}

import { Construct } from "constructs";
import { ObjectstorageBucket } from "../../.gen/providers/oci/objectstorage-bucket";
import { IEncryptionKey } from "./encryption-key";
import { ILogGroup } from "./log-group";
import { Policies } from "./policies";
import { allow, Grantee, PolicyStatement } from "./policy-statement";
import { ServiceLog } from "./service-log";

export interface BucketProps {
  /** Compartment of the bucket, and of the statements that grant access to it. */
  readonly compartmentId: string;
  /** The tenancy's Object Storage namespace. */
  readonly namespace: string;
  /** Bucket name, unique in the namespace; policies refer to it by name. */
  readonly name: string;
  /** Customer-managed key that encrypts the objects; the bucket waits for what the key is usable after. */
  readonly encryptionKey: IEncryptionKey;
  /** Log group of the bucket's write-access log. */
  readonly logGroup: ILogGroup;
  /**
   * Emit object events (create, update, delete) to the Events service.
   * @default true
   */
  readonly objectEventsEnabled?: boolean;
}

/** A bucket as other constructs take it: its name (policies and targets name buckets by name) and grants. */
export interface IBucket {
  /** Name of the bucket, unique in its namespace. */
  readonly bucketName: string;
  /** The tenancy's Object Storage namespace. */
  readonly namespace: string;
  /** Compartment of the bucket: grants on it, and Events rules for its objects, apply there. */
  readonly compartmentId: string;
  /** Whether the bucket emits object events; an Events rule on a bucket that does not never fires. */
  readonly objectEventsEnabled: boolean;
  /** GetObject and HeadObject on the bucket's objects; the statement is added to the stack's policies. */
  grantReadObjects(grantee: Grantee): PolicyStatement;
  /** What a Service Connector needs to write objects into the bucket; added to the stack's policies. */
  grantConnectorWrite(grantee: Grantee): PolicyStatement;
}

/**
 * A private, versioned bucket encrypted with a customer-managed key, emitting object events, with its
 * write access logged (CIS OCI 5.1.1-5.1.3, 4.17).
 */
export class Bucket extends Construct implements IBucket {
  public readonly bucket: ObjectstorageBucket;
  public readonly bucketName: string;
  public readonly namespace: string;
  public readonly writeLog: ServiceLog;
  public readonly compartmentId: string;
  public readonly objectEventsEnabled: boolean;

  constructor(scope: Construct, id: string, props: BucketProps) {
    super(scope, id);
    this.compartmentId = props.compartmentId;
    this.namespace = props.namespace;
    this.objectEventsEnabled = props.objectEventsEnabled ?? true;
    this.bucket = new ObjectstorageBucket(this, "Bucket", {
      compartmentId: props.compartmentId,
      namespace: props.namespace,
      name: props.name,
      accessType: "NoPublicAccess",
      versioning: "Enabled",
      kmsKeyId: props.encryptionKey.keyId,
      objectEventsEnabled: this.objectEventsEnabled,
      dependsOn: [...props.encryptionKey.usableAfter],
    });
    // By reference, not the configured string: whatever names the bucket (a connector target, an Events
    // condition, a policy's `target.bucket.name`) is then created after it.
    this.bucketName = this.bucket.name;
    // Object Storage logs name their resource by bucket name, not OCID.
    this.writeLog = new ServiceLog(this, "WriteLog", {
      logGroup: props.logGroup,
      displayName: `${props.name}-write`,
      compartmentId: props.compartmentId,
      service: "objectstorage",
      category: "write",
      resource: this.bucket.name,
    });
  }

  /** GetObject and HeadObject on this bucket's objects. */
  grantReadObjects(grantee: Grantee): PolicyStatement {
    return Policies.of(this).grant(
      allow(grantee, "read objects", this.compartmentId, [`target.bucket.name = '${this.bucketName}'`]),
    );
  }

  /** What a Service Connector needs to write objects into this bucket (OCI documents `manage objects`). */
  grantConnectorWrite(grantee: Grantee): PolicyStatement {
    return Policies.of(this).grant(
      allow(grantee, "manage objects", this.compartmentId, [`target.bucket.name = '${this.bucketName}'`]),
    );
  }
}

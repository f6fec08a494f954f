import { Token } from "cdktf";
import { Construct } from "constructs";
import { ObjectstorageObjectLifecyclePolicy } from "../../.gen/providers/oci/objectstorage-object-lifecycle-policy";
import { Policies } from "./policies";
import { allow, serviceGrantee } from "./policy-statement";

export interface BucketLifecycleProps {
  /** Compartment of the bucket, where the Object Storage service policy is attached. */
  readonly compartmentId: string;
  /** The region of the Object Storage service principal (`objectstorage-<region>`) that acts on the rules. */
  readonly region: string;
  /** The tenancy's Object Storage namespace. */
  readonly namespace: string;
  /** The bucket, by reference (its `name` attribute), so the policy is created after it. */
  readonly bucketName: string;
  /**
   * Days after an object's last modification at which it moves to the Archive tier.
   * @default - never
   */
  readonly archiveAfterDays?: number;
  /**
   * Days after an object's last modification at which it, and any previous version of it, is deleted.
   * @default - never
   */
  readonly deleteAfterDays?: number;
}

/**
 * A bucket's object lifecycle policy: one per bucket, as PutObjectLifecyclePolicy replaces the whole policy ("Each
 * Object Storage or Archive Storage bucket can have a single lifecycle policy consisting of up to 1,000 rules",
 * https://docs.oracle.com/iaas/Content/Object/Tasks/usinglifecyclepolicies.htm). Ages count from each object's
 * Last-Modified time, in days (ObjectLifecycleRule.timeAmount, oci-objectstorage SDK model). The bucket is
 * versioned, so DELETE has a second rule for `previous-object-versions` (same model: "used to specify ARCHIVE,
 * INFREQUENT_ACCESS or DELETE rule for previous versions of existing objects").
 *
 * "You cannot use Object Lifecycle Management until you authorize the Object Storage service to archive and delete
 * objects on your behalf" (same page, Required IAM Policies): the service principal `objectstorage-<region>` gets
 * `manage object-family` on this bucket only (`target.bucket.name`, Object Storage policy reference). The exact
 * statement of Oracle's "Service Permissions" page was not retrievable; this form is the one public practice uses.
 */
export class BucketLifecycle extends Construct {
  public readonly policy: ObjectstorageObjectLifecyclePolicy;

  constructor(scope: Construct, id: string, props: BucketLifecycleProps) {
    super(scope, id);
    const { archiveAfterDays, deleteAfterDays } = props;
    if (archiveAfterDays === undefined && deleteAfterDays === undefined) {
      throw new Error(`BucketLifecycle ${id}: give archiveAfterDays, deleteAfterDays or both`);
    }
    if (
      archiveAfterDays !== undefined &&
      deleteAfterDays !== undefined &&
      !Token.isUnresolved(archiveAfterDays) &&
      !Token.isUnresolved(deleteAfterDays) &&
      deleteAfterDays <= archiveAfterDays
    ) {
      throw new Error(
        `BucketLifecycle ${id}: deleteAfterDays (${deleteAfterDays}) must be after archiveAfterDays (${archiveAfterDays})`,
      );
    }
    const [permissionPolicy] = Policies.of(this).add(
      allow(serviceGrantee(`objectstorage-${props.region}`), "manage object-family", props.compartmentId, [
        `target.bucket.name = '${props.bucketName}'`,
      ]),
    );
    const rule = (name: string, action: string, days: number, target: string) => ({
      name,
      action,
      target,
      timeAmount: String(days),
      timeUnit: "DAYS",
      isEnabled: true,
    });
    this.policy = new ObjectstorageObjectLifecyclePolicy(this, "Policy", {
      namespace: props.namespace,
      bucket: props.bucketName,
      rules: [
        ...(archiveAfterDays !== undefined ? [rule("archive", "ARCHIVE", archiveAfterDays, "objects")] : []),
        ...(deleteAfterDays !== undefined
          ? [
              rule("delete", "DELETE", deleteAfterDays, "objects"),
              rule("delete-previous-versions", "DELETE", deleteAfterDays, "previous-object-versions"),
            ]
          : []),
      ],
      // Rules act only once the service may act: the policy holding the permission comes first.
      dependsOn: [permissionPolicy],
    });
  }
}

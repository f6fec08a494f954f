import "cdktf/lib/testing/adapters/jest";
import { TerraformVariable, Testing } from "cdktf";
import { Construct } from "constructs";
import { LoggingLog } from "../.gen/providers/oci/logging-log";
import { ObjectstorageBucket } from "../.gen/providers/oci/objectstorage-bucket";
import { ObjectstorageObjectLifecyclePolicy } from "../.gen/providers/oci/objectstorage-object-lifecycle-policy";
import { Bucket } from "../constructs/resources/bucket";
import { BucketLifecycle, BucketLifecycleProps } from "../constructs/resources/bucket-lifecycle";
import { ServiceLog } from "../constructs/resources/service-log";
import { addBucket, addPolicies, addressOf, COMPARTMENT, LOG_GROUP, statementsOf } from "./support/bare-stack";

const GRANTEE = { policySubject: "dynamic-group fns", policyConditions: [] };

function lifecycle(scope: Construct, overrides: Partial<BucketLifecycleProps> = {}): BucketLifecycle {
  addPolicies(scope);
  const bucket = addBucket(scope, "Archive");
  return new BucketLifecycle(scope, "Lifecycle", {
    compartmentId: COMPARTMENT,
    region: "us-ashburn-1",
    namespace: "ns",
    bucketName: bucket.bucketName,
    archiveAfterDays: 30,
    ...overrides,
  });
}

describe("Bucket", () => {
  test("is private, versioned, encrypted with the key, emits object events and waits until the key is usable", () => {
    // GIVEN a bare stack WHEN a bucket is created with a key that is usable after a policy
    const synthesized = Testing.synthScope((scope) => {
      const keyPolicy = new TerraformVariable(scope, "keyPolicy", {});
      new Bucket(scope, "Ingest", {
        compartmentId: COMPARTMENT,
        namespace: "ns",
        name: "t-ingest",
        encryptionKey: { keyId: "ocid1.key.oc1.iad.k", vaultId: "ocid1.vault.oc1.iad.v", usableAfter: [keyPolicy] },
        logGroupId: LOG_GROUP.logGroupId,
      });
    });
    // THEN
    expect(synthesized).toHaveResourceWithProperties(ObjectstorageBucket, {
      compartment_id: COMPARTMENT,
      namespace: "ns",
      name: "t-ingest",
      access_type: "NoPublicAccess",
      versioning: "Enabled",
      kms_key_id: "ocid1.key.oc1.iad.k",
      object_events_enabled: true,
      depends_on: ["var.keyPolicy"],
    });
  });

  test("logs its writes, naming itself by reference to its name", () => {
    const synthesized = Testing.synthScope((scope) => addBucket(scope, "Ingest"));
    const [bucket] = Object.keys(JSON.parse(synthesized).resource.oci_objectstorage_bucket);
    expect(synthesized).toHaveResourceWithProperties(LoggingLog, {
      display_name: "ingest-write",
      log_group_id: LOG_GROUP.logGroupId,
      is_enabled: true,
      configuration: {
        compartment_id: COMPARTMENT,
        source: {
          source_type: "OCISERVICE",
          service: "objectstorage",
          category: "write",
          resource: `\${oci_objectstorage_bucket.${bucket}.name}`,
        },
      },
    });
  });

  test("grants name this one bucket by reference, go to the stack's policy and are returned", () => {
    let returned: string[] = [];
    const synthesized = Testing.synthScope((scope) => {
      addPolicies(scope);
      const bucket = addBucket(scope, "Ingest");
      returned = [bucket.grantReadObjects(GRANTEE), bucket.grantConnectorWrite(GRANTEE)].map((s) => s.text);
    });
    const [bucket] = Object.keys(JSON.parse(synthesized).resource.oci_objectstorage_bucket);
    const only = `where target.bucket.name = '\${oci_objectstorage_bucket.${bucket}.name}'`;
    expect(statementsOf(synthesized)).toEqual([
      `Allow dynamic-group fns to read objects in compartment id ${COMPARTMENT} ${only}`,
      `Allow dynamic-group fns to manage objects in compartment id ${COMPARTMENT} ${only}`,
    ]);
    expect(returned).toHaveLength(2);
  });

  test("can keep its object events off", () => {
    const synthesized = Testing.synthScope((scope) => addBucket(scope, "Quiet", false));
    expect(synthesized).toHaveResourceWithProperties(ObjectstorageBucket, { object_events_enabled: false });
  });
});

describe("BucketLifecycle", () => {
  test("archives after the given days, once Object Storage may act on that bucket only", () => {
    const synthesized = Testing.synthScope((scope) => lifecycle(scope));
    const [bucket] = Object.keys(JSON.parse(synthesized).resource.oci_objectstorage_bucket);
    const name = `\${oci_objectstorage_bucket.${bucket}.name}`;
    expect(statementsOf(synthesized)).toEqual([
      `Allow service objectstorage-us-ashburn-1 to manage object-family in compartment id ${COMPARTMENT} where target.bucket.name = '${name}'`,
    ]);
    expect(synthesized).toHaveResourceWithProperties(ObjectstorageObjectLifecyclePolicy, {
      bucket: name,
      rules: [
        {
          name: "archive",
          action: "ARCHIVE",
          target: "objects",
          time_amount: "30",
          time_unit: "DAYS",
          is_enabled: true,
        },
      ],
      depends_on: [addressOf(synthesized, "oci_identity_policy")],
    });
  });

  test("deletes objects and their previous versions when asked", () => {
    const synthesized = Testing.synthScope((scope) =>
      lifecycle(scope, { archiveAfterDays: undefined, deleteAfterDays: 365 }),
    );
    const [policy] = Object.values<any>(JSON.parse(synthesized).resource.oci_objectstorage_object_lifecycle_policy);
    expect(policy.rules.map((r: any) => [r.action, r.target, r.time_amount])).toEqual([
      ["DELETE", "objects", "365"],
      ["DELETE", "previous-object-versions", "365"],
    ]);
  });

  test.each<[string, Partial<BucketLifecycleProps>, RegExp]>([
    ["no rule at all", { archiveAfterDays: undefined }, /give archiveAfterDays, deleteAfterDays or both/],
    [
      "a delete before the archive",
      { deleteAfterDays: 10 },
      /deleteAfterDays \(10\) must be after archiveAfterDays \(30\)/,
    ],
  ])("refuses %s", (_, overrides, message) => {
    expect(() => Testing.synthScope((scope) => lifecycle(scope, overrides))).toThrow(message);
  });

  test("leaves the order of ages known only at apply to OCI", () => {
    const synthesized = Testing.synthScope((scope) =>
      lifecycle(scope, { deleteAfterDays: new TerraformVariable(scope, "days", { type: "number" }).numberValue }),
    );
    const [policy] = Object.values<any>(JSON.parse(synthesized).resource.oci_objectstorage_object_lifecycle_policy);
    expect(policy.rules.map((r: any) => r.time_amount)).toEqual(["30", "${var.days}", "${var.days}"]);
  });
});

describe("ServiceLog", () => {
  const log = (scope: Construct, retentionInDays?: number) =>
    new ServiceLog(scope, "Log", {
      logGroupId: LOG_GROUP.logGroupId,
      displayName: "t-log",
      compartmentId: COMPARTMENT,
      service: "flowlogs",
      category: "all",
      resource: "ocid1.subnet.oc1.iad.s",
      retentionInDays,
    });

  test("keeps its records the given days", () => {
    const synthesized = Testing.synthScope((scope) => log(scope, 180));
    expect(synthesized).toHaveResourceWithProperties(LoggingLog, { retention_duration: 180, log_type: "SERVICE" });
  });

  test("refuses a retention OCI does not offer, naming the field, the choices and the value", () => {
    expect(() => Testing.synthScope((scope) => log(scope, 45))).toThrow(
      "ServiceLog t-log: retentionInDays must be one of 30, 60, 90, 120, 150, 180. Received 45",
    );
  });
});

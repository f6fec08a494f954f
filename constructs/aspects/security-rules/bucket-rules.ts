import { block, Finding, isSet, refersTo, RuleContext, SecurityRule, SynthesizedResource } from "./rule";

const BUCKET = "oci_objectstorage_bucket";

function eachBucket(context: RuleContext, problem: (bucket: SynthesizedResource) => string | undefined): Finding[] {
  return context.resourcesOf(BUCKET).flatMap((resource) => {
    const message = problem(resource);
    return message ? [{ resource, message }] : [];
  });
}

export const bucketNotPublic: SecurityRule = {
  id: "OCI-BUCKET-PUBLIC",
  description: 'Buckets allow no public access (access_type "NoPublicAccess", the default).',
  reference: "checkov CKV_OCI_10; CIS OCI 5.1.1",
  check: (context) =>
    eachBucket(context, ({ body }) =>
      body.access_type === undefined || body.access_type === "NoPublicAccess"
        ? undefined
        : `bucket is public (access_type "${body.access_type}"); set access_type = "NoPublicAccess"`,
    ),
};

export const bucketVersioned: SecurityRule = {
  id: "OCI-BUCKET-VERSIONING",
  description: 'Buckets keep object versions (versioning "Enabled").',
  reference: "checkov CKV_OCI_8; CIS OCI 5.1.3",
  check: (context) =>
    eachBucket(context, ({ body }) =>
      body.versioning === "Enabled"
        ? undefined
        : `bucket versioning is ${JSON.stringify(body.versioning ?? "not set")}; set versioning = "Enabled"`,
    ),
};

export const bucketCustomerManagedKey: SecurityRule = {
  id: "OCI-BUCKET-CMK",
  description: "Buckets are encrypted with a customer-managed Vault key (kms_key_id).",
  reference: "checkov CKV_OCI_9; CIS OCI 5.1.2",
  check: (context) =>
    eachBucket(context, ({ body }) =>
      isSet(body.kms_key_id)
        ? undefined
        : "bucket is encrypted with an Oracle-managed key; set kms_key_id to a Vault key",
    ),
};

export const bucketObjectEvents: SecurityRule = {
  id: "OCI-BUCKET-EVENTS",
  description: "Buckets emit object events (object_events_enabled), so that changes can be audited and acted on.",
  reference: "checkov CKV_OCI_7",
  check: (context) =>
    eachBucket(context, ({ body }) =>
      body.object_events_enabled === true
        ? undefined
        : "bucket emits no object events; set object_events_enabled = true",
    ),
};

/** Object Storage logs name the bucket by its name; a reference to the bucket resource counts too. */
function logsWritesOf(log: SynthesizedResource, bucket: SynthesizedResource): boolean {
  const source = block(block(log.body.configuration)?.source);
  return (
    log.body.is_enabled !== false &&
    source?.service === "objectstorage" &&
    source.category === "write" &&
    (refersTo(source.resource, bucket) || (isSet(bucket.body.name) && source.resource === bucket.body.name))
  );
}

export const bucketWriteLogging: SecurityRule = {
  id: "OCI-BUCKET-WRITE-LOG",
  description:
    'Every bucket has an enabled oci_logging_log with source service "objectstorage", category "write", resource = the bucket.',
  reference: "CIS OCI 4.17",
  check: (context) => {
    const logs = context.resourcesOf("oci_logging_log");
    return eachBucket(context, (bucket) =>
      logs.some((log) => logsWritesOf(log, bucket))
        ? undefined
        : 'bucket has no write log; add an oci_logging_log with source service "objectstorage", category "write" and resource = the bucket name',
    );
  },
};

export const bucketRules = [
  bucketNotPublic,
  bucketVersioned,
  bucketCustomerManagedKey,
  bucketObjectEvents,
  bucketWriteLogging,
];

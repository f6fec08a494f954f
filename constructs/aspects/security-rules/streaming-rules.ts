import { block, isSet, SecurityRule } from "./rule";

const POOL = "oci_streaming_stream_pool";

export const streamPoolPrivate: SecurityRule = {
  id: "OCI-STREAMPOOL-PRIVATE",
  description:
    "Stream pools have a private endpoint in a subnet (private_endpoint_settings.subnet_id), unless the environment allows a public pool.",
  reference: "OCI Streaming security guidance: private endpoints",
  check: (context) =>
    context.settings.publicStreamPoolAllowed
      ? []
      : context
          .resourcesOf(POOL)
          .filter((pool) => !isSet(block(pool.body.private_endpoint_settings)?.subnet_id))
          .map((resource) => ({
            resource,
            message:
              "stream pool has a public endpoint; set private_endpoint_settings.subnet_id (public pools need the environment's explicit allowance)",
          })),
};

export const streamPoolCustomerManagedKey: SecurityRule = {
  id: "OCI-STREAMPOOL-CMK",
  description: "Stream pools are encrypted with a customer-managed Vault key (custom_encryption_key.kms_key_id).",
  reference: "OCI Streaming security guidance: customer-managed keys (as CIS OCI 5.1.2 for buckets)",
  check: (context) =>
    context
      .resourcesOf(POOL)
      .filter((pool) => !isSet(block(pool.body.custom_encryption_key)?.kms_key_id))
      .map((resource) => ({
        resource,
        message: "stream pool is encrypted with an Oracle-managed key; set custom_encryption_key.kms_key_id",
      })),
};

export const streamingRules = [streamPoolPrivate, streamPoolCustomerManagedKey];

import { block, SecurityRule } from "./rule";

const MAX_ROTATION_DAYS = 365;

export const keyRotation: SecurityRule = {
  id: "OCI-KMS-ROTATION",
  description: `Vault keys rotate automatically at least every ${MAX_ROTATION_DAYS} days (is_auto_rotation_enabled, auto_key_rotation_details.rotation_interval_in_days).`,
  reference: "CIS OCI 4.16",
  check: (context) =>
    context.resourcesOf("oci_kms_key").flatMap((resource) => {
      const { body } = resource;
      if (body.is_auto_rotation_enabled !== true) {
        return [{ resource, message: "key is not rotated automatically; set is_auto_rotation_enabled = true" }];
      }
      const days = block(body.auto_key_rotation_details)?.rotation_interval_in_days;
      if (typeof days !== "number" || days > MAX_ROTATION_DAYS) {
        return [
          {
            resource,
            message: `key rotation interval is ${days === undefined ? "not set" : `${days} days`}; set auto_key_rotation_details.rotation_interval_in_days to at most ${MAX_ROTATION_DAYS}`,
          },
        ];
      }
      return [];
    }),
};

export const kmsRules = [keyRotation];

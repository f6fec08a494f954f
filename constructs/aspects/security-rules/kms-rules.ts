import { block, refersTo, RuleContext, SecurityRule, SynthesizedResource } from "./rule";

// OCI accepts auto-rotation intervals of 60 to 365 days, and auto-rotation only in virtual private vaults.
const MIN_ROTATION_DAYS = 60;
const MAX_ROTATION_DAYS = 365;

function vaultOf(key: SynthesizedResource, context: RuleContext): SynthesizedResource | undefined {
  return context.resourcesOf("oci_kms_vault").find((vault) => refersTo(key.body.management_endpoint, vault));
}

function rotationProblem(key: SynthesizedResource, context: RuleContext): string | undefined {
  if (key.body.is_auto_rotation_enabled !== true) {
    return "key is not rotated automatically; set is_auto_rotation_enabled = true";
  }
  const days = block(key.body.auto_key_rotation_details)?.rotation_interval_in_days;
  if (typeof days !== "number" || days < MIN_ROTATION_DAYS || days > MAX_ROTATION_DAYS) {
    return `key rotation interval is ${days === undefined ? "not set" : `${JSON.stringify(days)} days`}; set auto_key_rotation_details.rotation_interval_in_days to ${MIN_ROTATION_DAYS}-${MAX_ROTATION_DAYS}`;
  }
  const vault = vaultOf(key, context);
  if (vault && vault.body.vault_type !== "VIRTUAL_PRIVATE") {
    return `OCI rotates keys automatically only in a virtual private vault, and ${vault.path} is ${JSON.stringify(vault.body.vault_type)}; use vault_type = "VIRTUAL_PRIVATE", or suppress this rule with the manual rotation procedure as the reason`;
  }
  return undefined;
}

export const keyRotation: SecurityRule = {
  id: "OCI-KMS-ROTATION",
  description: `Vault keys rotate automatically at least every ${MAX_ROTATION_DAYS} days (is_auto_rotation_enabled, auto_key_rotation_details.rotation_interval_in_days ${MIN_ROTATION_DAYS}-${MAX_ROTATION_DAYS}, in a virtual private vault).`,
  reference: "CIS OCI 4.16",
  check: (context) =>
    context.resourcesOf("oci_kms_key").flatMap((resource) => {
      const message = rotationProblem(resource, context);
      return message ? [{ resource, message }] : [];
    }),
};

export const kmsRules = [keyRotation];

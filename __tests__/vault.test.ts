import "cdktf/lib/testing/adapters/jest";
import { Testing } from "cdktf";
import { Construct } from "constructs";
import { IdentityPolicy } from "../.gen/providers/oci/identity-policy";
import { KmsKey } from "../.gen/providers/oci/kms-key";
import { KmsVault } from "../.gen/providers/oci/kms-vault";
import { Vault, VaultProps } from "../constructs/resources/vault";
import { environmentWith, synthStack } from "./support/synth";
import { COMPARTMENT, idOf } from "./support/bare-stack";

const EXISTING = {
  vaultId: "ocid1.vault.oc1.iad.aaaaaaaaexistingvault0000",
  managementEndpoint: "https://abc-management.kms.us-ashburn-1.oraclecloud.com",
};

function vault(scope: Construct, overrides: Partial<VaultProps> = {}): Vault {
  return new Vault(scope, "Vault", {
    compartmentId: COMPARTMENT,
    namePrefix: "t",
    region: "us-ashburn-1",
    ...overrides,
  });
}

describe("Vault", () => {
  test("creates a virtual private vault, since only those rotate keys automatically", () => {
    // GIVEN a bare stack WHEN a vault is created
    const synthesized = Testing.synthScope((scope) => vault(scope));
    // THEN
    expect(synthesized).toHaveResourceWithProperties(KmsVault, {
      compartment_id: COMPARTMENT,
      display_name: "t-vault",
      vault_type: "VIRTUAL_PRIVATE",
    });
  });

  test("the master key is AES-256 in an HSM and rotates every 90 days by default", () => {
    const synthesized = Testing.synthScope((scope) => vault(scope));
    expect(synthesized).toHaveResourceWithProperties(KmsKey, {
      display_name: "t-master-key",
      protection_mode: "HSM",
      key_shape: { algorithm: "AES", length: 32 },
      is_auto_rotation_enabled: true,
      auto_key_rotation_details: { rotation_interval_in_days: 90 },
      management_endpoint: idOf(synthesized, "oci_kms_vault", "management_endpoint"),
    });
  });

  test("only Streaming and Object Storage of the region may use the key, and only that key", () => {
    const synthesized = Testing.synthScope((scope) => vault(scope));
    const key = idOf(synthesized, "oci_kms_key");
    expect(synthesized).toHaveResourceWithProperties(IdentityPolicy, {
      compartment_id: COMPARTMENT,
      name: "t-key-services-policy",
      statements: [
        `Allow service streaming to use keys in compartment id ${COMPARTMENT} where target.key.id = '${key}'`,
        `Allow service objectstorage-us-ashburn-1 to use keys in compartment id ${COMPARTMENT} where target.key.id = '${key}'`,
      ],
    });
  });

  test("its master key travels as one object: whatever uses it waits for the key service policy", () => {
    Testing.synthScope((scope) => {
      const v = vault(scope);
      expect(v.masterKey).toEqual({ keyId: v.keyId, vaultId: v.vaultId, usableAfter: [v.keyServicePolicy] });
    });
  });

  test("an existing vault is used instead of a new one: only the key and its policy are created", () => {
    const synthesized = Testing.synthScope((scope) => vault(scope, { existingVault: EXISTING }));
    expect(synthesized).not.toHaveResource(KmsVault);
    expect(synthesized).toHaveResourceWithProperties(KmsKey, { management_endpoint: EXISTING.managementEndpoint });
  });

  test.each([59, 366, 90.5])("refuses a rotation interval of %d days, naming the range", (days) => {
    expect(() => Testing.synthScope((scope) => vault(scope, { keyRotationIntervalInDays: days }))).toThrow(
      `keyRotationIntervalInDays must be a whole number between 60 and 365. Received ${days}`,
    );
  });
});

describe("the stack's vault", () => {
  test("rotation interval and an existing vault come from config", () => {
    const rotated = synthStack(environmentWith((raw) => (raw.vault = { keyRotationIntervalInDays: 365 })));
    expect(rotated.resources("oci_kms_key")[0].auto_key_rotation_details).toEqual({ rotation_interval_in_days: 365 });
    const shared = synthStack(environmentWith((raw) => (raw.vault = { existing: EXISTING })));
    expect(shared.resources("oci_kms_vault")).toEqual([]);
    expect(shared.resources("oci_kms_key")[0].management_endpoint).toBe(EXISTING.managementEndpoint);
  });
});

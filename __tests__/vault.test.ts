import { TerraformStack, Testing } from "cdktf";
import { Vault } from "../constructs/resources/vault";
import { environmentWith, synthStack } from "./support/synth";

const SECURITY = "ocid1.compartment.oc1..aaaaaaaaexamplesecurity0000000000000000000000000000000000";

describe("Vault", () => {
  const synth = synthStack();

  test("creates a virtual private vault, since only those rotate keys automatically", () => {
    expect(synth.resources("oci_kms_vault")).toEqual([
      expect.objectContaining({ vault_type: "VIRTUAL_PRIVATE", compartment_id: SECURITY }),
    ]);
  });

  test("the master key is AES-256 in an HSM and rotates automatically", () => {
    const [key] = synth.resources("oci_kms_key");
    expect(key).toMatchObject({
      protection_mode: "HSM",
      key_shape: { algorithm: "AES", length: 32 },
      is_auto_rotation_enabled: true,
      auto_key_rotation_details: { rotation_interval_in_days: 90 },
      management_endpoint: expect.stringMatching(/^\$\{oci_kms_vault\..*\.management_endpoint\}$/),
    });
  });

  test("only Streaming and Object Storage of the region may use the key, and only that key", () => {
    const policy = synth.resources("oci_identity_policy").find((p) => p.name === "evs-example-key-services-policy")!;
    const keyRef =
      synth.json.resource.oci_kms_key && `\${oci_kms_key.${Object.keys(synth.json.resource.oci_kms_key)[0]}.id}`;
    expect(policy.compartment_id).toBe(SECURITY);
    expect(policy.statements).toEqual([
      `Allow service streaming to use keys in compartment id ${SECURITY} where target.key.id = '${keyRef}'`,
      `Allow service objectstorage-us-ashburn-1 to use keys in compartment id ${SECURITY} where target.key.id = '${keyRef}'`,
    ]);
  });

  test("rotation interval comes from config", () => {
    const custom = synthStack(environmentWith((raw) => (raw.vault = { keyRotationIntervalInDays: 365 })));
    expect(custom.resources("oci_kms_key")[0].auto_key_rotation_details).toEqual({ rotation_interval_in_days: 365 });
  });

  test("an existing vault is used instead of a new one", () => {
    const custom = synthStack(
      environmentWith(
        (raw) =>
          (raw.vault = {
            existing: {
              vaultId: "ocid1.vault.oc1.iad.aaaaaaaaexistingvault0000",
              managementEndpoint: "https://abc-management.kms.us-ashburn-1.oraclecloud.com",
            },
          }),
      ),
    );
    expect(custom.resources("oci_kms_vault")).toEqual([]);
    expect(custom.resources("oci_kms_key")[0].management_endpoint).toBe(
      "https://abc-management.kms.us-ashburn-1.oraclecloud.com",
    );
  });

  test.each([59, 366])("refuses a rotation interval of %d days", (days) => {
    // GIVEN a stack WHEN a vault is configured outside OCI's range THEN construction fails, naming the range
    const stack = new TerraformStack(Testing.app(), "test");
    expect(
      () =>
        new Vault(stack, "Vault", {
          compartmentId: SECURITY,
          namePrefix: "t",
          region: "us-ashburn-1",
          keyRotationIntervalInDays: days,
        }),
    ).toThrow(`keyRotationIntervalInDays must be a whole number between 60 and 365. Received ${days}`);
  });
});

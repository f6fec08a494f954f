import "cdktf/lib/testing/adapters/jest";
import { Testing } from "cdktf";
import { Construct } from "constructs";
import { VaultSecret } from "../.gen/providers/oci/vault-secret";
import { Secret, SECRET_PLACEHOLDER } from "../constructs/resources/secret";
import { addPolicies, COMPARTMENT, idOf, statementsOf } from "./support/bare-stack";

const KEY = { keyId: "ocid1.key.oc1.iad.aaaaaaaakey", vaultId: "ocid1.vault.oc1.iad.aaaaaaaavault", usableAfter: [] };
const EXISTING = "ocid1.vaultsecret.oc1.iad.aaaaaaaaexisting";
const READER = { policySubject: "dynamic-group g", policyConditions: [] };

function secret(scope: Construct): Secret {
  addPolicies(scope);
  return new Secret(scope, "Secret", {
    compartmentId: COMPARTMENT,
    secretName: "t-target-erp",
    description: "d",
    encryptionKey: KEY,
  });
}

describe("Secret", () => {
  test("is created in the key's vault holding only a placeholder, and Terraform ignores its later content", () => {
    // GIVEN a bare stack WHEN a secret is created
    const synthesized = Testing.synthScope((scope) => secret(scope));
    // THEN
    expect(synthesized).toHaveResourceWithProperties(VaultSecret, {
      compartment_id: COMPARTMENT,
      secret_name: "t-target-erp",
      vault_id: KEY.vaultId,
      key_id: KEY.keyId,
      secret_content: { content_type: "BASE64", content: Buffer.from(SECRET_PLACEHOLDER).toString("base64") },
      lifecycle: { ignore_changes: ["secret_content"] },
    });
  });

  test("grantRead allows reading this one secret's bundles, by reference, and is returned", () => {
    let returned = "";
    const synthesized = Testing.synthScope((scope) => {
      returned = secret(scope).grantRead(READER).text;
    });
    expect(statementsOf(synthesized)).toEqual([
      `Allow dynamic-group g to read secret-bundles in compartment id ${COMPARTMENT} where target.secret.id = '${idOf(synthesized, "oci_vault_secret")}'`,
    ]);
    expect(returned).toMatch(/^Allow dynamic-group g to read secret-bundles in compartment id /);
  });

  test("an existing secret is referenced, not created, and grants on it name it", () => {
    let secretId = "";
    const synthesized = Testing.synthScope((scope) => {
      addPolicies(scope);
      const existing = Secret.fromSecretId(scope, "Existing", EXISTING, COMPARTMENT);
      secretId = existing.secretId;
      existing.grantRead(READER);
    });
    expect(secretId).toBe(EXISTING);
    expect(synthesized).not.toHaveResource(VaultSecret);
    expect(statementsOf(synthesized)).toEqual([
      `Allow dynamic-group g to read secret-bundles in compartment id ${COMPARTMENT} where target.secret.id = '${EXISTING}'`,
    ]);
  });
});

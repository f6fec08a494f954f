import { Construct } from "constructs";
import { VaultSecret } from "../../.gen/providers/oci/vault-secret";
import { Policies } from "./policies";
import { allow, Grantee, PolicyStatement, targetIs } from "./policy-statement";

/** What a new secret holds until an operator sets the real value; functions treat it as "not configured". */
export const SECRET_PLACEHOLDER = "SET-ME-OUTSIDE-TERRAFORM";

export interface SecretProps {
  /** Compartment of the secret, and of the statements that grant access to it. */
  readonly compartmentId: string;
  /** Name of the secret, unique in its vault. */
  readonly secretName: string;
  /** What the secret holds, shown in the console. */
  readonly description: string;
  /**
   * Vault that holds a new secret; required unless `existingSecretId` is given.
   * @default - none: give it, or `existingSecretId`
   */
  readonly vaultId?: string;
  /**
   * Key that encrypts a new secret, in `vaultId`; required unless `existingSecretId` is given.
   * @default - none: give it, or `existingSecretId`
   */
  readonly keyId?: string;
  /**
   * Reference a secret that already exists instead of creating one.
   * @default - a new secret is created holding a placeholder
   */
  readonly existingSecretId?: string;
}

/** A secret as other constructs take it: its OCID and a read grant scoped to it. */
export interface ISecret {
  /** OCID of the secret. */
  readonly secretId: string;
  /** Reading the secret's bundles; the statement is added to the stack's policies. */
  grantRead(grantee: Grantee): PolicyStatement;
}

/**
 * A Vault secret whose value never passes through Terraform: Terraform writes every value it manages into
 * its state, so the real value is set outside it (`oci vault secret update-base64`). A new secret starts with
 * a placeholder and Terraform ignores later changes of its content; or the secret exists already and is
 * only referenced.
 */
export class Secret extends Construct implements ISecret {
  public readonly secretId: string;
  private readonly compartmentId: string;

  constructor(scope: Construct, id: string, props: SecretProps) {
    super(scope, id);
    this.compartmentId = props.compartmentId;
    if (props.existingSecretId) {
      if (props.vaultId || props.keyId) {
        throw new Error(`Secret ${props.secretName}: give either existingSecretId or vaultId and keyId, not both`);
      }
      this.secretId = props.existingSecretId;
      return;
    }
    if (!props.vaultId || !props.keyId) {
      throw new Error(`Secret ${props.secretName}: a new secret needs vaultId and keyId`);
    }
    const secret = new VaultSecret(this, "Secret", {
      compartmentId: props.compartmentId,
      secretName: props.secretName,
      description: props.description,
      vaultId: props.vaultId,
      keyId: props.keyId,
      secretContent: { contentType: "BASE64", content: Buffer.from(SECRET_PLACEHOLDER).toString("base64") },
      lifecycle: { ignoreChanges: ["secret_content"] },
    });
    this.secretId = secret.id;
  }

  /** Reading the secret's current value (GetSecretBundle), for this secret only. */
  grantRead(grantee: Grantee): PolicyStatement {
    return Policies.of(this).grant(
      allow(grantee, "read secret-bundles", this.compartmentId, [targetIs("secret", this.secretId)]),
    );
  }
}

import { Construct } from "constructs";
import { VaultSecret } from "../../.gen/providers/oci/vault-secret";
import { IEncryptionKey } from "./encryption-key";
import { Policies } from "./policies";
import { allow, Grantee, PolicyStatement, targetIs } from "./policy-statement";

/** What a new secret holds until an operator sets the real value; functions treat it as "not configured". */
export const SECRET_PLACEHOLDER = "SET-ME-OUTSIDE-TERRAFORM";

export interface SecretProps {
  /** Compartment of the secret, and of the statements that grant access to it. */
  readonly compartmentId: string;
  /** Name of the secret, unique in its vault. */
  readonly secretName: string;
  /** What the secret is for, shown in the console. */
  readonly description: string;
  /** The key that encrypts the secret; the secret is created in the key's vault. */
  readonly encryptionKey: IEncryptionKey;
}

/** A secret as other constructs take it: its OCID and a read grant scoped to it. */
export interface ISecret {
  /** OCID of the secret. */
  readonly secretId: string;
  /** Reading the secret's bundles; the statement is added to the stack's policies. */
  grantRead(grantee: Grantee): PolicyStatement;
}

/** Reading one secret's current value (GetSecretBundle), for that secret only. */
function grantReadSecret(scope: Construct, compartmentId: string, secretId: string, grantee: Grantee): PolicyStatement {
  return Policies.of(scope).grant(allow(grantee, "read secret-bundles", compartmentId, [targetIs("secret", secretId)]));
}

/** A secret that exists already (config `secrets.targetApiCredentialSecretId`): only referenced, never managed. */
class ExistingSecret extends Construct implements ISecret {
  constructor(
    scope: Construct,
    id: string,
    public readonly secretId: string,
    private readonly compartmentId: string,
  ) {
    super(scope, id);
  }

  grantRead(grantee: Grantee): PolicyStatement {
    return grantReadSecret(this, this.compartmentId, this.secretId, grantee);
  }
}

/**
 * A Vault secret whose value never passes through Terraform: Terraform writes every value it manages into
 * its state, so the real value is set outside it (`oci vault secret update-base64`). A new secret starts with
 * a placeholder and Terraform ignores later changes of its content; `Secret.fromSecretId` references one that
 * exists already.
 */
export class Secret extends Construct implements ISecret {
  /** A secret that exists already, by its OCID and compartment: grants on it work as on a new one. */
  static fromSecretId(scope: Construct, id: string, secretId: string, compartmentId: string): ISecret {
    return new ExistingSecret(scope, id, secretId, compartmentId);
  }

  public readonly secretId: string;
  private readonly compartmentId: string;

  constructor(scope: Construct, id: string, props: SecretProps) {
    super(scope, id);
    this.compartmentId = props.compartmentId;
    const secret = new VaultSecret(this, "Secret", {
      compartmentId: props.compartmentId,
      secretName: props.secretName,
      description: props.description,
      vaultId: props.encryptionKey.vaultId,
      keyId: props.encryptionKey.keyId,
      secretContent: { contentType: "BASE64", content: Buffer.from(SECRET_PLACEHOLDER).toString("base64") },
      lifecycle: { ignoreChanges: ["secret_content"] },
    });
    this.secretId = secret.id;
  }

  /** Reading the secret's current value (GetSecretBundle), for this secret only. */
  grantRead(grantee: Grantee): PolicyStatement {
    return grantReadSecret(this, this.compartmentId, this.secretId, grantee);
  }
}

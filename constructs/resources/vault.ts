import { Construct } from "constructs";
import { IdentityPolicy } from "../../.gen/providers/oci/identity-policy";
import { KmsKey } from "../../.gen/providers/oci/kms-key";
import { KmsVault } from "../../.gen/providers/oci/kms-vault";
import { IEncryptionKey } from "./encryption-key";
import { allow, serviceGrantee, targetIs } from "./policy-statement";
import { checkWholeNumber } from "./range-check";

export interface VaultProps {
  /** Compartment of the vault and its key (the security compartment). */
  readonly compartmentId: string;
  /** Prefix of the vault's and the key's names. */
  readonly namePrefix: string;
  /** Region of the Object Storage service principal (`objectstorage-<region>`) that may use the key. */
  readonly region: string;
  /**
   * Days between automatic rotations of the master key (OCI accepts 60 to 365).
   * @default 90
   */
  readonly keyRotationIntervalInDays?: number;
  /**
   * Use an existing virtual private vault instead of creating one (a vault of that type costs money per hour,
   * so environments may share one).
   * @default - a new virtual private vault is created
   */
  readonly existingVault?: { readonly vaultId: string; readonly managementEndpoint: string };
}

const MIN_ROTATION_DAYS = 60;
const MAX_ROTATION_DAYS = 365;

/**
 * A virtual private vault and its AES-256 HSM master encryption key, rotated automatically (automatic
 * rotation exists only in virtual private vaults), plus the service policy without which Streaming and
 * Object Storage cannot encrypt with the key. That policy is scoped to the one key.
 */
export class Vault extends Construct {
  public readonly vaultId: string;
  public readonly managementEndpoint: string;
  public readonly key: KmsKey;
  public readonly keyId: string;
  /** Resources encrypted with the key must be created after this policy exists. */
  public readonly keyServicePolicy: IdentityPolicy;
  /** The master key as constructs take it: using it makes a resource wait for the key service policy. */
  public readonly masterKey: IEncryptionKey;

  constructor(scope: Construct, id: string, props: VaultProps) {
    super(scope, id);
    const keyRotationIntervalInDays = props.keyRotationIntervalInDays ?? 90;
    checkWholeNumber(`Vault ${this.node.path}`, "keyRotationIntervalInDays", keyRotationIntervalInDays, {
      min: MIN_ROTATION_DAYS,
      max: MAX_ROTATION_DAYS,
    });

    if (props.existingVault) {
      this.vaultId = props.existingVault.vaultId;
      this.managementEndpoint = props.existingVault.managementEndpoint;
    } else {
      const vault = new KmsVault(this, "Vault", {
        compartmentId: props.compartmentId,
        displayName: `${props.namePrefix}-vault`,
        vaultType: "VIRTUAL_PRIVATE",
      });
      this.vaultId = vault.id;
      this.managementEndpoint = vault.managementEndpoint;
    }

    this.key = new KmsKey(this, "MasterKey", {
      compartmentId: props.compartmentId,
      displayName: `${props.namePrefix}-master-key`,
      managementEndpoint: this.managementEndpoint,
      protectionMode: "HSM",
      keyShape: { algorithm: "AES", length: 32 },
      isAutoRotationEnabled: true,
      autoKeyRotationDetails: { rotationIntervalInDays: keyRotationIntervalInDays },
    });
    this.keyId = this.key.id;

    const onlyThisKey = [targetIs("key", this.keyId)];
    this.keyServicePolicy = new IdentityPolicy(this, "KeyServicePolicy", {
      compartmentId: props.compartmentId,
      name: `${props.namePrefix}-key-services-policy`,
      description: "Lets Streaming and Object Storage encrypt with the master key, and nothing else",
      statements: [
        allow(serviceGrantee("streaming"), "use keys", props.compartmentId, onlyThisKey).text,
        allow(serviceGrantee(`objectstorage-${props.region}`), "use keys", props.compartmentId, onlyThisKey).text,
      ],
    });
    this.masterKey = { keyId: this.keyId, vaultId: this.vaultId, usableAfter: [this.keyServicePolicy] };
  }
}

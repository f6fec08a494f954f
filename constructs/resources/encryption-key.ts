import { ITerraformDependable } from "cdktf";

/**
 * A customer-managed Vault key as constructs take it: its OCID and vault travel with what must exist before a
 * service can encrypt with it, so whatever uses the key also waits for that.
 */
export interface IEncryptionKey {
  /** OCID of the key. */
  readonly keyId: string;
  /** OCID of the vault that holds the key. */
  readonly vaultId: string;
  /**
   * What must exist before a service encrypts with the key: the service policy that lets Streaming and Object
   * Storage use it (`Allow service streaming to use keys ...`, see ../shared/OCI-FACTS.md, "Keys").
   */
  readonly usableAfter: readonly ITerraformDependable[];
}

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
   * Storage use it (`allow service streaming to use keys ... where target.key.id = ...`: "Policies for Encryption
   * Keys", https://docs.oracle.com/iaas/Content/Streaming/Tasks/managing-stream-pools.htm; Object Storage's grant to
   * `service objectstorage-<region>`: https://docs.oracle.com/iaas/Content/Object/Tasks/managingbuckets_topic-To_assign_a_Vault_master_encryption_key_to_a_bucket.htm).
   */
  readonly usableAfter: readonly ITerraformDependable[];
}

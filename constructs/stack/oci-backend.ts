import { DataTerraformRemoteStateConfig, TerraformBackend, TerraformRemoteState } from "cdktf";
import { Construct } from "constructs";
import { requireTerraform } from "../resources/terraform-version";

/**
 * Settings of Terraform's native `oci` backend (Terraform 1.12 and later): state in an Object Storage
 * bucket, locked with conditional writes. Credentials come from the OCI configuration file
 * (`~/.oci/config`, profile DEFAULT) or OCI_* variables, never from here.
 */
export interface OciBackendConfig {
  /** Name of the bucket that holds the state. */
  readonly bucket: string;
  /** Object Storage namespace of the tenancy. */
  readonly namespace: string;
  /** Object name of the state file. */
  readonly key: string;
  /** Region of the bucket. */
  readonly region: string;
  /**
   * Vault key that encrypts the state object.
   * @default - the bucket's own encryption
   */
  readonly kmsKeyId?: string;
}

function attributes(config: OciBackendConfig): Record<string, string> {
  return {
    bucket: config.bucket,
    namespace: config.namespace,
    key: config.key,
    region: config.region,
    ...(config.kmsKeyId ? { kms_key_id: config.kmsKeyId } : {}),
  };
}

/** cdktf 0.21 has no class for the `oci` backend; this writes `terraform.backend.oci`. */
export class OciBackend extends TerraformBackend {
  constructor(
    scope: Construct,
    private readonly config: OciBackendConfig,
  ) {
    super(scope, "backend", "oci");
    // "Added Terraform backend implementation for OCI Object Storage" (Terraform 1.12.0 changelog).
    requireTerraform(this, "1.12.0");
  }

  protected synthesizeAttributes(): Record<string, string> {
    return attributes(this.config);
  }

  protected synthesizeHclAttributes(): Record<string, string> {
    return attributes(this.config);
  }

  public getRemoteStateDataSource(scope: Construct, name: string, _fromStack: string): TerraformRemoteState {
    return new DataTerraformRemoteStateOci(scope, name, this.config);
  }
}

export interface DataTerraformRemoteStateOciConfig extends DataTerraformRemoteStateConfig, OciBackendConfig {}

/** Reads another configuration's outputs from its `oci` backend state. */
export class DataTerraformRemoteStateOci extends TerraformRemoteState {
  constructor(scope: Construct, id: string, config: DataTerraformRemoteStateOciConfig) {
    super(scope, id, "oci", config);
  }
}

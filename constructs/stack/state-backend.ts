import { LocalBackend, S3Backend, TerraformStack } from "cdktf";
import { StateConfig } from "../../config/schema";
import { OciBackend } from "./oci-backend";
import { requireTerraform } from "../resources/terraform-version";

/** The S3-compatible endpoint of Object Storage for a namespace and region. */
export function s3CompatibleEndpoint(namespace: string, region: string): string {
  return `https://${namespace}.compat.objectstorage.${region}.oraclecloud.com`;
}

/**
 * Puts the stack's Terraform state where the environment says: Object Storage through the native `oci`
 * backend (Terraform 1.12+), or through the S3-compatible API (older Terraform, OpenTofu). Without a
 * `state` section the state stays in a local file.
 */
export function configureStateBackend(
  stack: TerraformStack,
  state: StateConfig | undefined,
  environment: string,
  defaultRegion: string,
): void {
  if (!state) {
    // cdktf's default local backend writes `<cwd>/terraform.<stack>.tfstate` as an absolute path into the stack,
    // so the synthesized stack would differ per checkout. Terraform resolves a relative `path` from the root
    // module (developer.hashicorp.com/terraform/language/backend/local), which cdktf runs in
    // `cdktf.out/stacks/<stack>`: this is the same file at the project root, in any clone.
    new LocalBackend(stack, { path: `../../../terraform.${environment}.tfstate` });
    return;
  }
  const region = state.region ?? defaultRegion;
  const key = state.key ?? `${environment}/terraform.tfstate`;
  if (state.backend === "oci") {
    new OciBackend(stack, { bucket: state.bucket, namespace: state.namespace, region, key, kmsKeyId: state.kmsKeyId });
    return;
  }
  // The `endpoints` block and `use_path_style` came with Terraform 1.6.0's S3 backend rewrite, and
  // `skip_s3_checksum`, which S3-compatible APIs need, with 1.6.3 (Terraform 1.6 changelog).
  requireTerraform(stack, "1.6.3");
  // Object Storage is not AWS: skip the AWS-only checks. Credentials are an OCI customer secret key in
  // AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, never in this configuration.
  new S3Backend(stack, {
    bucket: state.bucket,
    key,
    region,
    endpoints: { s3: s3CompatibleEndpoint(state.namespace, region) },
    usePathStyle: true,
    skipRegionValidation: true,
    skipCredentialsValidation: true,
    skipRequestingAccountId: true,
    skipMetadataApiCheck: true,
    skipS3Checksum: true,
  });
}

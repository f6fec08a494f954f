import { Testing, TerraformStack } from "cdktf";
import { OciProvider } from "../.gen/providers/oci/provider";
import { OciBackend } from "../constructs/stack/oci-backend";
import { configureStateBackend, s3CompatibleEndpoint } from "../constructs/stack/state-backend";
import { committedStackJson } from "./support/committed-stacks";
import { environments, environmentWith, synthStack } from "./support/synth";

// Arguments each backend accepts, from the Terraform documentation of the `oci` backend (1.12) and the
// `s3` backend (1.11): a synthesized block with any other argument fails `terraform init`.
const OCI_BACKEND_ARGUMENTS = new Set([
  "bucket",
  "namespace",
  "key",
  "workspace_key_prefix",
  "region",
  "kms_key_id",
  "auth",
  "config_file_profile",
  "tenancy_ocid",
  "user_ocid",
  "fingerprint",
  "private_key",
  "private_key_path",
  "private_key_password",
  "sse_customer_key",
  "sse_customer_key_sha256",
  "sse_customer_algorithm",
]);
const S3_BACKEND_ARGUMENTS_USED = new Set([
  "bucket",
  "key",
  "region",
  "endpoints",
  "use_path_style",
  "skip_region_validation",
  "skip_credentials_validation",
  "skip_requesting_account_id",
  "skip_metadata_api_check",
  "skip_s3_checksum",
]);

const byName = Object.fromEntries(environments().map((env) => [env.name, env]));

describe("remote state", () => {
  test("prod keeps its state in Object Storage through the native oci backend, encrypted with a Vault key", () => {
    const json = committedStackJson("prod");
    expect(json.terraform.backend).toEqual({
      oci: {
        bucket: "evs-terraform-state",
        namespace: "placeholderns",
        key: "prod/event-streaming.tfstate",
        region: "eu-frankfurt-1",
        kms_key_id: byName.prod.config.state!.kmsKeyId,
      },
    });
    for (const argument of Object.keys(json.terraform.backend.oci)) expect(OCI_BACKEND_ARGUMENTS).toContain(argument);
  });

  test("dev uses the S3-compatible endpoint, with the AWS-only checks off and no credentials in the block", () => {
    const json = committedStackJson("dev");
    expect(json.terraform.backend).toEqual({
      s3: {
        bucket: "evs-terraform-state",
        key: "dev/terraform.tfstate",
        region: "eu-frankfurt-1",
        endpoints: { s3: "https://placeholderns.compat.objectstorage.eu-frankfurt-1.oraclecloud.com" },
        use_path_style: true,
        skip_region_validation: true,
        skip_credentials_validation: true,
        skip_requesting_account_id: true,
        skip_metadata_api_check: true,
        skip_s3_checksum: true,
      },
    });
    expect(new Set(Object.keys(json.terraform.backend.s3))).toEqual(S3_BACKEND_ARGUMENTS_USED);
  });

  test("an environment without a state section keeps its state in a local file at the project root, by a relative path", () => {
    expect(byName.example.config.state).toBeUndefined();
    // Terraform runs in cdktf.out/stacks/<stack>; cdktf's default would be an absolute path of this checkout.
    expect(committedStackJson("example").terraform.backend).toEqual({
      local: { path: "../../../terraform.example.tfstate" },
    });
  });

  test("the bucket's region can differ from the environment's", () => {
    const env = environmentWith((raw) => {
      raw.state = { backend: "oci", bucket: "state", namespace: "ns", region: "us-phoenix-1" };
    });
    expect(synthStack(env).json.terraform.backend.oci).toEqual({
      bucket: "state",
      namespace: "ns",
      key: "test/terraform.tfstate",
      region: "us-phoenix-1",
    });
  });

  test("the S3-compatible endpoint follows namespace and region", () => {
    expect(s3CompatibleEndpoint("axaxnpcrorw5", "us-ashburn-1")).toBe(
      "https://axaxnpcrorw5.compat.objectstorage.us-ashburn-1.oraclecloud.com",
    );
  });

  test("another stack can read outputs from an oci-backend state", () => {
    const stack = new TerraformStack(Testing.app(), "reader");
    new OciProvider(stack, "oci", { region: "us-ashburn-1" });
    configureStateBackend(stack, { backend: "oci", bucket: "state", namespace: "ns" }, "reader", "us-ashburn-1");
    const backend = stack.node.findChild("backend") as OciBackend;
    const remote = backend.getRemoteStateDataSource(stack, "Network", "network");
    expect(remote.getString("vcn_id")).toBeDefined();
    const json = JSON.parse(Testing.synth(stack));
    expect(Object.values(json.data.terraform_remote_state)).toEqual([
      {
        backend: "oci",
        config: { bucket: "state", namespace: "ns", key: "reader/terraform.tfstate", region: "us-ashburn-1" },
      },
    ]);
  });
});

import { requiredTerraform, requiredVersionProblems } from "./support/terraform-features";
import { committedEnvironmentNames, committedStackJson } from "./support/committed-stacks";

const base = { terraform: { required_providers: { oci: { source: "oracle/oci", version: "8.28.0" } } }, provider: {} };

describe("the Terraform version check", () => {
  test("needs the highest minimum of the features used", () => {
    const json = {
      ...base,
      terraform: { ...base.terraform, backend: { oci: { bucket: "b", namespace: "n" } } },
      resource: { terraform_data: { Build: { provisioner: [{ "local-exec": { command: "true" } }] } } },
    };
    expect(requiredTerraform(json)).toEqual({ version: "1.12.0", unknown: [] });
    expect(requiredTerraform({ ...base, resource: { terraform_data: { B: {} } } }).version).toBe("1.4.0");
    expect(requiredTerraform(base).version).toBe("1.2.0");
  });

  test("refuses a required_version that admits a Terraform lacking a feature, or refuses one that has them all", () => {
    const json = (required_version?: string) => ({
      ...base,
      terraform: { ...base.terraform, backend: { s3: { bucket: "b", skip_s3_checksum: true } }, required_version },
    });
    expect(requiredVersionProblems(json(">= 1.6.3"))).toEqual([]);
    expect(requiredVersionProblems(json(">= 1.5.0"))).toEqual([
      'terraform.required_version is ">= 1.5.0" but the features used need ">= 1.6.3"',
    ]);
    expect(requiredVersionProblems(json(">= 1.12.0"))).toEqual([
      'terraform.required_version is ">= 1.12.0" but the features used need ">= 1.6.3"',
    ]);
    expect(requiredVersionProblems(json())).toEqual(['terraform.required_version is undefined; expected ">= 1.6.3"']);
  });

  test("reports features it has no version for", () => {
    const json = { ...base, terraform: { ...base.terraform, required_version: ">= 1.2.0" }, stack: {} };
    expect(requiredVersionProblems(json)).toEqual([
      "uses block:stack, which the feature table does not know: add its first Terraform version",
    ]);
  });
});

describe.each(committedEnvironmentNames())("%s stack", (name) => {
  test("required_version is exactly what the features it uses need", () => {
    const json = committedStackJson(name);
    expect(requiredVersionProblems(json)).toEqual([]);
    // The committed environments: prod's oci backend, dev's S3-compatible backend, example's image builds.
    const expected: Record<string, string> = { dev: ">= 1.6.3", prod: ">= 1.12.0", example: ">= 1.4.0" };
    if (name in expected) expect(json.terraform.required_version).toBe(expected[name]);
  });
});

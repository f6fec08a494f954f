/**
 * Which Terraform a synthesized configuration needs: the features it uses, each with the first Terraform
 * version that has it. A feature the table does not know is reported, so a new one cannot slip in unversioned.
 */

/** The Terraform cdktf 0.21 itself needs ("The Terraform CLI (1.2+)", CDK for Terraform install docs). */
export const CDKTF_FLOOR = "1.2.0";

/**
 * Feature -> first Terraform version with it; `null`: in every version cdktf supports (1.2 and later).
 * Sources: Terraform CHANGELOG.md of each release (github.com/hashicorp/terraform), the backend pages of
 * developer.hashicorp.com/terraform/language/backend.
 */
export const FEATURE_MINIMUMS: Record<string, string | null> = {
  // Top-level blocks (JSON syntax, 0.12+).
  "block://": null,
  "block:terraform": null,
  "block:provider": null,
  "block:resource": null,
  "block:data": null,
  "block:output": null,
  "block:variable": null,
  "block:locals": null,
  "block:module": null,
  "block:moved": "1.1.0", // 1.1.0: moved blocks
  "block:import": "1.5.0", // 1.5.0: import blocks
  "block:check": "1.5.0", // 1.5.0: check blocks
  "block:removed": "1.7.0", // 1.7.0: removed blocks
  "block:ephemeral": "1.10.0", // 1.10.0: ephemeral resources
  // The terraform block.
  "terraform:required_providers": null, // with `source`: 0.13
  "terraform:required_version": null,
  "terraform:backend": null,
  // Backends and their arguments.
  "backend:local": null,
  "backend:local.path": null,
  "backend:oci": "1.12.0", // 1.12.0: "Added Terraform backend implementation for OCI Object Storage"
  ...Object.fromEntries(
    ["bucket", "namespace", "key", "region", "kms_key_id"].map((a) => [`backend:oci.${a}`, "1.12.0"]),
  ),
  "backend:s3": null,
  ...Object.fromEntries(
    ["bucket", "key", "region", "skip_region_validation", "skip_credentials_validation", "skip_metadata_api_check"].map(
      (a) => [`backend:s3.${a}`, null],
    ),
  ),
  "backend:s3.endpoints": "1.6.0", // 1.6.0: endpoint overrides move to the nested `endpoints` block
  "backend:s3.use_path_style": "1.6.0", // 1.6.0: replaces force_path_style
  "backend:s3.skip_requesting_account_id": "1.6.1", // 1.6.1: supports APIs without IAM, STS or metadata
  "backend:s3.skip_s3_checksum": "1.6.3", // 1.6.3: "for compatibility with S3-compatible APIs"
  // Built-in resource types.
  "resource:terraform_data": "1.4.0", // 1.4.0: terraform_data, the built-in null_resource
  // Meta-arguments of resources and data sources.
  "meta:depends_on": null,
  "meta:count": null,
  "meta:for_each": null,
  "meta:provider": null,
  "meta:provisioner": null,
  "meta:connection": null,
  "meta:lifecycle": null,
  "lifecycle:ignore_changes": null,
  "lifecycle:create_before_destroy": null,
  "lifecycle:prevent_destroy": null,
  "lifecycle:replace_triggered_by": "1.2.0", // 1.2.0
  "lifecycle:precondition": "1.2.0", // 1.2.0
  "lifecycle:postcondition": "1.2.0", // 1.2.0
  "provisioner:local-exec": null,
};

const META_ARGUMENTS = ["depends_on", "count", "for_each", "provider", "provisioner", "connection", "lifecycle"];

/** The features a configuration uses, as keys of FEATURE_MINIMUMS (or unknown ones, which the check reports). */
export function featuresUsed(json: Record<string, any>): Set<string> {
  const used = new Set<string>();
  for (const block of Object.keys(json)) used.add(`block:${block}`);
  for (const key of Object.keys(json.terraform ?? {})) used.add(`terraform:${key}`);
  for (const [type, settings] of Object.entries<Record<string, unknown>>(json.terraform?.backend ?? {})) {
    used.add(`backend:${type}`);
    for (const argument of Object.keys(settings)) used.add(`backend:${type}.${argument}`);
  }
  for (const [type, byName] of Object.entries<Record<string, any>>(json.resource ?? {})) {
    if (type.startsWith("terraform_")) used.add(`resource:${type}`);
    for (const body of Object.values(byName)) collectMeta(body, used);
  }
  for (const byName of Object.values<Record<string, any>>(json.data ?? {})) {
    for (const body of Object.values(byName)) collectMeta(body, used);
  }
  return used;
}

function collectMeta(body: Record<string, any>, used: Set<string>): void {
  for (const meta of META_ARGUMENTS.filter((m) => m in body)) used.add(`meta:${meta}`);
  for (const key of Object.keys(body.lifecycle ?? {})) used.add(`lifecycle:${key}`);
  for (const provisioner of body.provisioner ?? []) {
    for (const type of Object.keys(provisioner)) used.add(`provisioner:${type}`);
  }
}

function compare(a: string, b: string): number {
  const [x, y] = [a, b].map((v) => v.split(".").map(Number));
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return 0;
}

/** The lowest Terraform that has every feature used, and the features the table does not know. */
export function requiredTerraform(json: Record<string, any>): { version: string; unknown: string[] } {
  let version = CDKTF_FLOOR;
  const unknown: string[] = [];
  for (const feature of featuresUsed(json)) {
    if (!(feature in FEATURE_MINIMUMS)) unknown.push(feature);
    const minimum = FEATURE_MINIMUMS[feature];
    if (minimum && compare(minimum, version) > 0) version = minimum;
  }
  return { version, unknown: unknown.sort() };
}

/**
 * What is wrong with the configuration's `terraform.required_version`: it must be one `>= X.Y.Z` whose X.Y.Z is
 * exactly what the features need (lower admits a Terraform that fails on a feature, higher refuses one that works).
 */
export function requiredVersionProblems(json: Record<string, any>): string[] {
  const { version, unknown } = requiredTerraform(json);
  const problems = unknown.map(
    (f) => `uses ${f}, which the feature table does not know: add its first Terraform version`,
  );
  const declared: unknown = json.terraform?.required_version;
  const match = typeof declared === "string" ? /^>= (\d+\.\d+\.\d+)$/.exec(declared) : null;
  if (!match) problems.push(`terraform.required_version is ${JSON.stringify(declared)}; expected ">= ${version}"`);
  else if (match[1] !== version) {
    problems.push(`terraform.required_version is "${declared}" but the features used need ">= ${version}"`);
  }
  return problems;
}

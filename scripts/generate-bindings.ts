/**
 * Generates TypeScript bindings for the OCI provider types listed in scripts/oci-types.json,
 * offline, from the provider schema (`terraform providers schema -json` format).
 *
 * Source schema, first found wins:
 *   1. $OCI_PROVIDER_SCHEMA
 *   2. ../shared/oci-provider/oci-<version>.schema.json (the full provider)
 *   3. .gen/oci-provider-schema.json (the committed subset; enough to regenerate existing types)
 *
 * Writes .gen/providers/oci/<type>/index.ts and the subset schema .gen/oci-provider-schema.json
 * that the tests validate synthesized stacks against.
 */
import * as fs from "fs";
import * as path from "path";
import { CodeMaker } from "codemaker";
import { ConstructsMakerProviderTarget, Language, TerraformProviderConstraint } from "@cdktf/commons";
// The package entry point eagerly loads jsii-pacmak, which we do not need: load the generator directly.
import { TerraformProviderGenerator } from "@cdktf/provider-generator/lib/get/generator/provider-generator";

const PROVIDER_FQN = "registry.terraform.io/oracle/oci";
const root = path.resolve(__dirname, "..");
const genDir = path.join(root, ".gen");
const subsetPath = path.join(genDir, "oci-provider-schema.json");

interface TypeList {
  providerVersion: string;
  resources: string[];
  dataSources: string[];
}

function pick<T>(all: Record<string, T>, names: string[], kind: string, source: string): Record<string, T> {
  const missing = names.filter((n) => !(n in all));
  if (missing.length > 0) {
    throw new Error(`${kind} not found in ${source}: ${missing.join(", ")}`);
  }
  return Object.fromEntries(names.map((n) => [n, all[n]]));
}

async function main(): Promise<void> {
  const types: TypeList = JSON.parse(fs.readFileSync(path.join(__dirname, "oci-types.json"), "utf8"));
  const candidates = [
    process.env.OCI_PROVIDER_SCHEMA,
    path.join(root, "..", "shared", "oci-provider", `oci-${types.providerVersion}.schema.json`),
    subsetPath,
  ].filter((p): p is string => !!p && fs.existsSync(p));
  if (candidates.length === 0) {
    throw new Error(
      "No OCI provider schema found: set OCI_PROVIDER_SCHEMA to a `terraform providers schema -json` file",
    );
  }
  const source = candidates[0];
  const full = JSON.parse(fs.readFileSync(source, "utf8"));
  const provider = full.provider_schemas[PROVIDER_FQN];
  const subset = {
    format_version: full.format_version,
    provider_versions: { [PROVIDER_FQN]: types.providerVersion },
    provider_schemas: {
      [PROVIDER_FQN]: {
        provider: provider.provider,
        resource_schemas: pick(provider.resource_schemas, [...types.resources].sort(), "resource types", source),
        data_source_schemas: pick(provider.data_source_schemas, [...types.dataSources].sort(), "data sources", source),
      },
    },
  };

  const outdir = path.join(genDir, "providers");
  fs.rmSync(outdir, { recursive: true, force: true });
  const code = new CodeMaker();
  // The generator mutates the schema it is given: hand it a copy and keep the subset pristine.
  const generator = new TerraformProviderGenerator(code, JSON.parse(JSON.stringify(subset)));
  const constraint = new TerraformProviderConstraint({
    name: "oci",
    source: "oracle/oci",
    version: types.providerVersion,
  });
  generator.generate(new ConstructsMakerProviderTarget(constraint, Language.TYPESCRIPT));
  await code.save(genDir); // writes providers/oci/<type>/index.ts below it

  // No barrel files: importing one would make tsc and ts-jest load every binding.
  for (const barrel of ["index.ts", "lazy-index.ts"]) {
    fs.rmSync(path.join(outdir, "oci", barrel), { force: true });
  }
  fs.writeFileSync(subsetPath, JSON.stringify(subset, null, 1) + "\n");
  const generated = fs.readdirSync(path.join(outdir, "oci")).length;
  console.log(
    `Generated ${generated} binding folders from ${path.relative(root, source)} into ${path.relative(root, outdir)}`,
  );
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});

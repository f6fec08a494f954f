import * as fs from "fs";
import * as path from "path";
import { Testing } from "cdktf";
import { AdoptionStack } from "../examples/adopt/main";
import { checkArgumentConstraints } from "./support/argument-constraints";
import { packagesLoadedBy } from "./support/import-graph";
import { deployOrderViolations, explain } from "./support/deploy-order";
import { functionContractProblems } from "./support/function-contracts";
import { checkMessageContracts } from "./support/message-contracts";
import { NetworkModel } from "./support/network-model";
import { sourceFiles } from "./support/props-docs";
import { checkStack, loadOciSchema } from "./support/schema-check";
import { synthAdoptionExample } from "./support/synth";

const ROOT = path.join(__dirname, "..");
const EXAMPLE = "examples/adopt/main.ts";

describe("the entry point, constructs/index.ts", () => {
  test("re-exports every construct file: the stack, patterns, resources and aspects", () => {
    const index = fs.readFileSync(path.join(ROOT, "constructs/index.ts"), "utf8");
    const exported = new Set([...index.matchAll(/^export \* from "\.\/([^"]+)";$/gm)].map((m) => `${m[1]}.ts`));
    const files = sourceFiles(ROOT, "constructs")
      .map((f) => f.replace(/^constructs\//, ""))
      .filter((f) => f !== "index.ts");
    expect(files.length).toBeGreaterThan(30);
    expect(files.filter((f) => !exported.has(f))).toEqual([]);
  });

  test.each(["constructs/index.ts", "main.ts"])(
    "%s loads nothing that only functions need at run time: no OCI SDK client, no FDK",
    (entry) => {
      // An app that imports the constructs, each synth and every test that builds a stack would load them for nothing
      // (oci-common and a client were ~230 modules). A construct that needs a name the functions use imports it from a
      // module without them, as delivery-metric-names.ts.
      const runtimeOnly = packagesLoadedBy(entry).filter(({ name }) => /^(oci-|@fnproject\/|undici$)/.test(name));
      expect(runtimeOnly.map(({ name, chain }) => `${name} <- ${chain.join(" <- ")}`)).toEqual([]);
    },
  );
});

describe("the adoption example (examples/adopt/main.ts)", () => {
  const { stack, json } = synthAdoptionExample();
  const resources = (type: string): Record<string, any>[] => Object.values(json.resource?.[type] ?? {});

  test("imports the project's constructs only through the entry point, constructs/index.ts", () => {
    const source = fs.readFileSync(path.join(ROOT, EXAMPLE), "utf8");
    const imports = [...source.matchAll(/from "([^"]+)"/g)].map((m) => m[1]).filter((m) => m.startsWith("."));
    expect(imports.filter((m) => m.startsWith("../../constructs"))).toEqual(["../../constructs"]);
    expect(imports.filter((m) => !m.startsWith("../../constructs") && !m.startsWith("../../.gen/"))).toEqual([]);
  });

  test("passes the checks every main stack passes: deploy order, provider schema, arguments, message and function contracts", () => {
    expect(explain(deployOrderViolations(json))).toEqual([]);
    const { problems, others } = checkStack(json, loadOciSchema());
    expect(problems).toEqual([]);
    expect(others).toEqual([]);
    expect(checkArgumentConstraints(json)).toEqual([]);
    expect(checkMessageContracts(json)).toEqual([]);
    expect(functionContractProblems(json)).toEqual([]);
  });

  // reachability.test.ts checks its network flows with the main stacks'.
  test("every NSG has members, and every connector reads the private pool through its RCE", () => {
    const model = new NetworkModel(json);
    expect([...model.nsgMembers].filter(([, members]) => members.length === 0).map(([nsg]) => nsg)).toEqual([]);
    const readers = model.endpoints.filter((e) => e.name.startsWith("connector:") && !e.name.endsWith("(target)"));
    expect(readers).toHaveLength(Object.keys(json.resource.oci_sch_service_connector).length);
  });

  test("the patterns' defaults are secure: own vaults with rotated HSM keys, private encrypted buckets, a secret", () => {
    // GIVEN FileIngestion and DataSync built from a stream and a platform only
    // THEN each made its own virtual private vault and rotated key, besides the app's own
    expect(stack.ingestion.vault).toBeDefined();
    expect(stack.dataSync.vault).toBeDefined();
    expect(resources("oci_kms_vault").map((v) => v.vault_type)).toEqual([
      "VIRTUAL_PRIVATE",
      "VIRTUAL_PRIVATE",
      "VIRTUAL_PRIVATE",
    ]);
    for (const key of resources("oci_kms_key")) {
      expect(key).toMatchObject({ protection_mode: "HSM", is_auto_rotation_enabled: true });
    }
    // AND the buckets are private, versioned, and encrypted with the patterns' own keys
    const keyRef = (displayName: string) => {
      const [name] = Object.entries<any>(json.resource.oci_kms_key).find(([, k]) => k.display_name === displayName)!;
      return `\${oci_kms_key.${name}.id}`;
    };
    const buckets = resources("oci_objectstorage_bucket");
    expect(buckets.map((b) => [b.name, b.kms_key_id]).sort()).toEqual([
      ["adopt-deadletters", keyRef("adopt-sync-master-key")],
      ["adopt-ingest", keyRef("adopt-ingest-master-key")],
    ]);
    for (const bucket of buckets)
      expect(bucket).toMatchObject({ access_type: "NoPublicAccess", versioning: "Enabled" });
    // AND the credential the process function reads is a Vault secret the pattern created
    expect(
      resources("oci_vault_secret")
        .map((s) => s.secret_name)
        .sort(),
    ).toEqual(["adopt-client-shop", "adopt-target-api"]);
  });

  test("bad settings fail synth naming the field and what is allowed", () => {
    const props = {
      region: "us-ashburn-1",
      tenancyId: "ocid1.tenancy.oc1..aaaaaaaaexampletenancy000000000000000000000000000000000000",
      compartmentId: "ocid1.compartment.oc1..aaaaaaaaexampleapp0000000000000000000000000000000000000000",
      namePrefix: "bad",
    };
    expect(
      () => new AdoptionStack(Testing.app(), "bad", { ...props, targetBaseUrl: "http://api.example.com" }),
    ).toThrow(
      'DataSync bad/Sync: invalid settings:\n  - dataSync.targets.api.baseUrl: must be an https:// URL (got "http://api.example.com")',
    );
  });
});

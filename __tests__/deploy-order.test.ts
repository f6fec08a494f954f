import {
  dependencyCycle,
  dependencyGraph,
  dependsOn,
  deployOrderViolations,
  explain,
  TerraformJson,
} from "./support/deploy-order";
import { committedEnvironmentNames, committedStackJson } from "./support/committed-stacks";

const group = { name: "evs-fn", compartment_id: "ocid1.tenancy.oc1..t", matching_rule: "r" };
const policy = (statement: string, extra: Record<string, unknown> = {}) => ({
  name: "evs-policy",
  statements: [statement],
  ...extra,
});

describe("the deploy-order checker", () => {
  test("flags an argument that names another resource by its literal name without depending on it", () => {
    const json: TerraformJson = {
      resource: {
        oci_identity_dynamic_group: { G: group },
        oci_identity_policy: { P: policy("Allow dynamic-group evs-fn to use stream-push in tenancy") },
      },
    };
    expect(explain(deployOrderViolations(json))).toEqual([
      'oci_identity_policy.P statements[0] names oci_identity_dynamic_group.G ("evs-fn") but does not depend on it',
    ]);
  });

  test("accepts a reference, or depends_on, or a chain of them", () => {
    const text = "Allow dynamic-group evs-fn to use stream-push in tenancy";
    const byReference: TerraformJson = {
      resource: {
        oci_identity_dynamic_group: { G: group },
        oci_identity_policy: {
          P: policy("Allow dynamic-group ${oci_identity_dynamic_group.G.name} to use stream-push in tenancy"),
        },
      },
    };
    const byDependsOn: TerraformJson = {
      resource: {
        oci_identity_dynamic_group: { G: group },
        oci_identity_policy: { P: policy(text, { depends_on: ["oci_identity_dynamic_group.G"] }) },
      },
    };
    const transitively: TerraformJson = {
      resource: {
        oci_identity_dynamic_group: { G: group },
        terraform_data: { Wait: { depends_on: ["oci_identity_dynamic_group.G"] } },
        oci_identity_policy: { P: policy(text, { description: "${terraform_data.Wait.id}" }) },
      },
    };
    for (const json of [byReference, byDependsOn, transitively]) expect(deployOrderViolations(json)).toEqual([]);
    expect(dependsOn(dependencyGraph(transitively), "oci_identity_policy.P", "oci_identity_dynamic_group.G")).toBe(
      true,
    );
  });

  test("finds names inside paths and JSON, and only whole names", () => {
    const json: TerraformJson = {
      resource: {
        oci_artifacts_container_repository: { R: { display_name: "evs/claim-check" } },
        oci_objectstorage_bucket: { B: { name: "evs-ingest" } },
        terraform_data: {
          Build: { provisioner: [{ "local-exec": { command: "push --image r.io/ns/evs/claim-check:1" } }] },
        },
        oci_events_rule: {
          E: { condition: JSON.stringify({ data: { additionalDetails: { bucketName: ["evs-ingest"] } } }) },
        },
        // Longer names that merely start with another name name nothing.
        oci_logging_log: { L: { configuration: { source: { resource: "evs-ingest-write" } } } },
      },
    };
    expect(deployOrderViolations(json).map((v) => `${v.from} -> ${v.to}`)).toEqual([
      "terraform_data.Build -> oci_artifacts_container_repository.R",
      "oci_events_rule.E -> oci_objectstorage_bucket.B",
    ]);
  });

  test("ignores a resource's own name, names that are references, and prose", () => {
    const json: TerraformJson = {
      resource: {
        oci_functions_function: {
          F: { display_name: "evs-fn", config: { GROUP: "${oci_identity_dynamic_group.G.name}" } },
        },
        oci_identity_dynamic_group: { G: { ...group, description: "The evs-fn function as a principal" } },
        oci_vault_secret: { S: { secret_name: "${var.name}" } },
        oci_ons_notification_topic: { T: { name: "evs-topic", description: "uses ${var.name}" } },
      },
    };
    expect(deployOrderViolations(json)).toEqual([]);
  });

  test("data sources are checked too: a lookup by name must wait for what it looks up", () => {
    const json: TerraformJson = {
      resource: { oci_objectstorage_bucket: { B: { name: "evs-ingest" } } },
      data: { oci_objectstorage_bucket: { Look: { name: "x", filter: { values: ["evs-ingest"] } } } },
    };
    expect(explain(deployOrderViolations(json))).toEqual([
      'data.oci_objectstorage_bucket.Look filter.values[0] names oci_objectstorage_bucket.B ("evs-ingest") but does not depend on it',
    ]);
  });
});

describe("the dependency cycle finder", () => {
  test("finds a cycle closed by depends_on, and none in a chain", () => {
    const chain: TerraformJson = {
      resource: {
        terraform_data: { A: {}, B: { input: "${terraform_data.A.id}" }, C: { depends_on: ["terraform_data.B"] } },
      },
    };
    expect(dependencyCycle(dependencyGraph(chain))).toBeUndefined();
    const cycle: TerraformJson = {
      resource: {
        terraform_data: {
          A: { depends_on: ["terraform_data.C"] },
          B: { input: "${terraform_data.A.id}" },
          C: { depends_on: ["terraform_data.B"] },
        },
      },
    };
    expect(dependencyCycle(dependencyGraph(cycle))).toEqual([
      "terraform_data.A",
      "terraform_data.C",
      "terraform_data.B",
      "terraform_data.A",
    ]);
  });
});

describe.each(committedEnvironmentNames())("%s stack", (name) => {
  const json = committedStackJson(name);

  test("every argument that names a resource of the stack depends on it", () => {
    expect(explain(deployOrderViolations(json))).toEqual([]);
  });

  test("has no dependency cycle (Terraform would refuse to plan it)", () => {
    expect(dependencyCycle(dependencyGraph(json))).toBeUndefined();
  });
});

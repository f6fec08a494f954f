import { TerraformStack, Testing } from "cdktf";
import { DynamicGroup } from "../constructs/resources/dynamic-group";
import { Policies } from "../constructs/resources/policies";
import { allowInTenancy, resourcePrincipalGrantee, serviceGrantee } from "../constructs/resources/policy-statement";
import { Secret } from "../constructs/resources/secret";
import { Stream } from "../constructs/resources/stream";
import { environmentWith, synthStack } from "./support/synth";

const TENANCY = "ocid1.tenancy.oc1..aaaaaaaatenancy000000000000000";
const STREAMING = "ocid1.compartment.oc1..aaaaaaaastreaming0000000000";
const FUNCTIONS = "ocid1.compartment.oc1..aaaaaaaafunctions0000000000";
const SECURITY = "ocid1.compartment.oc1..aaaaaaaasecurity00000000000";

function fixture() {
  const stack = new TerraformStack(Testing.app(), "iam");
  const group = new DynamicGroup(stack, "Group", {
    tenancyId: TENANCY,
    name: "evs-functions",
    description: "d",
    matchingRule: `ALL {resource.type = 'fnfunc', resource.compartment.id = '${FUNCTIONS}'}`,
  });
  const stream = new Stream(stack, "Data", {
    streamPoolId: "pool",
    compartmentId: STREAMING,
    name: "data",
    partitions: 1,
  });
  const secret = new Secret(stack, "Secret", {
    compartmentId: SECURITY,
    secretName: "cred",
    description: "d",
    encryptionKey: { vaultId: "v", keyId: "k", usableAfter: [] },
  });
  const policies = new Policies(stack, "Policies", {
    namePrefix: "evs",
    compartments: { streaming: STREAMING, functions: FUNCTIONS, security: SECURITY },
    tenancyId: TENANCY,
  });
  const json = () => JSON.parse(Testing.synth(stack));
  return { stack, group, stream, secret, policies, json };
}

describe("IAM", () => {
  test("a dynamic group lives in the tenancy and is named as a policy subject", () => {
    const { json } = fixture();
    expect(Object.values(json().resource.oci_identity_dynamic_group)).toEqual([
      expect.objectContaining({
        compartment_id: TENANCY,
        name: "evs-functions",
        matching_rule: `ALL {resource.type = 'fnfunc', resource.compartment.id = '${FUNCTIONS}'}`,
      }),
    ]);
  });

  test("grants are scoped to the one stream or secret, and collected per compartment", () => {
    const { group, stream, secret, policies, json } = fixture();
    policies.add(stream.grantPush(group), stream.grantPull(group), secret.grantRead(group));
    const out = json();
    const streamId =
      out.resource.oci_streaming_stream &&
      `\${oci_streaming_stream.${Object.keys(out.resource.oci_streaming_stream)[0]}.id}`;
    const secretId = `\${oci_vault_secret.${Object.keys(out.resource.oci_vault_secret)[0]}.id}`;
    const groupKey = Object.keys(out.resource.oci_identity_dynamic_group)[0];
    const subject = `dynamic-group \${oci_identity_dynamic_group.${groupKey}.name}`;
    const byName = Object.fromEntries(Object.values<any>(out.resource.oci_identity_policy).map((p) => [p.name, p]));
    expect(Object.keys(byName).sort()).toEqual(["evs-security-policy", "evs-streaming-policy"]);
    expect(byName["evs-streaming-policy"]).toMatchObject({
      compartment_id: STREAMING,
      statements: [
        `Allow ${subject} to use stream-push in compartment id ${STREAMING} where target.stream.id = '${streamId}'`,
        `Allow ${subject} to use stream-pull in compartment id ${STREAMING} where target.stream.id = '${streamId}'`,
      ],
    });
    expect(byName["evs-security-policy"]).toMatchObject({
      compartment_id: SECURITY,
      statements: [
        `Allow ${subject} to read secret-bundles in compartment id ${SECURITY} where target.secret.id = '${secretId}'`,
      ],
    });
  });

  test("a policy depends on every dynamic group its statements name, and names it through the resource", () => {
    // GIVEN a second group, granted in another compartment
    const { stack, group, stream, secret, policies, json } = fixture();
    const other = new DynamicGroup(stack, "Other", {
      tenancyId: TENANCY,
      name: "evs-other",
      description: "d",
      matchingRule: "r",
    });
    // WHEN
    policies.add(stream.grantPush(group), secret.grantRead(other), stream.grantPull(other));
    policies.add(allowInTenancy(serviceGrantee("faas"), "read repos", TENANCY));
    // THEN each policy waits for exactly the groups it names; a service subject adds nothing
    const out = json();
    const groupKey = (name: string) =>
      Object.entries<any>(out.resource.oci_identity_dynamic_group).find(([, g]) => g.name === name)![0];
    const byName = Object.fromEntries(Object.values<any>(out.resource.oci_identity_policy).map((p) => [p.name, p]));
    expect(byName["evs-streaming-policy"].depends_on).toEqual([
      `oci_identity_dynamic_group.${groupKey("evs-functions")}`,
      `oci_identity_dynamic_group.${groupKey("evs-other")}`,
    ]);
    expect(byName["evs-security-policy"].depends_on).toEqual([`oci_identity_dynamic_group.${groupKey("evs-other")}`]);
    expect(byName["evs-security-policy"].statements[0]).toMatch(
      new RegExp(`^Allow dynamic-group \\$\\{oci_identity_dynamic_group\\.${groupKey("evs-other")}\\.name\\} to `),
    );
    expect(byName["evs-tenancy-policy"].depends_on).toBeUndefined();
  });

  test("a statement added twice is written once", () => {
    const { group, stream, policies, json } = fixture();
    policies.add(stream.grantPush(group));
    policies.add(stream.grantPush(group));
    const [policy] = Object.values<any>(json().resource.oci_identity_policy);
    expect(policy.statements).toHaveLength(1);
  });

  test("resource-principal grantees carry their principal conditions", () => {
    const { stream, policies, json } = fixture();
    policies.add(stream.grantConnectorRead(resourcePrincipalGrantee("serviceconnector", FUNCTIONS)));
    const [policy] = Object.values<any>(json().resource.oci_identity_policy);
    expect(policy.statements[0]).toMatch(
      new RegExp(
        `^Allow any-user to \\{STREAM_READ, STREAM_CONSUME\\} in compartment id ${STREAMING} where all \\{request\\.principal\\.type = 'serviceconnector', request\\.principal\\.compartment\\.id = '${FUNCTIONS}', target\\.stream\\.id = '\\$\\{oci_streaming_stream\\..*\\.id\\}'\\}$`,
      ),
    );
  });

  test("tenancy-wide statements go to a policy in the root compartment", () => {
    const { policies, json } = fixture();
    policies.add(allowInTenancy(serviceGrantee("faas"), "read repos", TENANCY));
    const [policy] = Object.values<any>(json().resource.oci_identity_policy);
    expect(policy).toMatchObject({
      name: "evs-tenancy-policy",
      compartment_id: TENANCY,
      statements: ["Allow service faas to read repos in tenancy"],
    });
  });

  test("a statement for an unconfigured compartment is refused", () => {
    const { stack, group } = fixture();
    const stray = new Stream(stack, "S", {
      streamPoolId: "p",
      compartmentId: "ocid1.compartment.oc1..other",
      name: "s",
      partitions: 1,
    });
    expect(() => stray.grantPush(group)).toThrow(
      /No policy compartment is configured for ocid1\.compartment\.oc1\.\.other/,
    );
  });

  test("a grant method adds its statement to the stack's Policies and returns it", () => {
    const { group, stream, policies, json } = fixture();
    const statement = stream.grantPush(group);
    expect(policies.statementsFor("streaming")).toEqual([statement.text]);
    const [policy] = Object.values<any>(json().resource.oci_identity_policy);
    expect(policy.statements).toHaveLength(1);
    expect(policy.statements[0]).toMatch(
      / to use stream-push in compartment id .* where target\.stream\.id = '\$\{oci_streaming_stream\./,
    );
  });

  test("granting in a stack without its one Policies is refused, naming the stack", () => {
    const { group } = fixture();
    const bare = new Stream(new TerraformStack(Testing.app(), "bare"), "S", {
      streamPoolId: "p",
      compartmentId: STREAMING,
      name: "s",
      partitions: 1,
    });
    expect(() => bare.grantPush(group)).toThrow(/Stack bare must hold exactly one Policies construct .*found 0/);
  });

  test("no statement the stack writes manages all-resources", () => {
    const { group, stream, secret, policies, json } = fixture();
    policies.add(stream.grantPush(group), stream.grantPull(group), secret.grantRead(group));
    for (const policy of Object.values<any>(json().resource.oci_identity_policy)) {
      for (const statement of policy.statements) {
        expect(statement).not.toMatch(/all-resources/);
        expect(statement).toMatch(/ where /);
      }
    }
  });
});

describe("a stack whose config names an existing target secret", () => {
  const existing = "ocid1.vaultsecret.oc1.iad.aaaaaaaaexistingcredential";
  const synth = synthStack(environmentWith((raw) => (raw.dataSync.targets.erp.secretId = existing)));

  test("creates no secret for that target, and grants process and retry reading exactly that secret", () => {
    const secrets = synth.resources("oci_vault_secret").map((s) => s.secret_name);
    expect(secrets).not.toContain("evs-test-target-erp");
    expect(secrets).toContain("evs-test-target-crm");
    const statements = synth.resources("oci_identity_policy").flatMap((p) => p.statements as string[]);
    const reads = statements.filter((s) => s.includes(`target.secret.id = '${existing}'`));
    expect(reads.map((s) => /Functions_([a-z-]+)_Identity_Group/.exec(s)?.[1])).toEqual(["process", "retry"]);
  });
});

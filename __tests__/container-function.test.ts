import "cdktf/lib/testing/adapters/jest";
import { TerraformVariable, Testing } from "cdktf";
import { Construct } from "constructs";
import { ArtifactsContainerRepository } from "../.gen/providers/oci/artifacts-container-repository";
import { FunctionsApplication } from "../.gen/providers/oci/functions-application";
import { FunctionsFunction } from "../.gen/providers/oci/functions-function";
import { IdentityDynamicGroup } from "../.gen/providers/oci/identity-dynamic-group";
import { LoggingLog } from "../.gen/providers/oci/logging-log";
import { ContainerFunction, ContainerFunctionProps } from "../constructs/resources/container-function";
import { FunctionApplication } from "../constructs/resources/function-application";
import { addPolicies, addressOf, COMPARTMENT, idOf, LOG_GROUP, statementsOf, TENANCY } from "./support/bare-stack";
import { functionContracts } from "../functions/contracts";

const IMAGE = "iad.ocir.io/ns/t/claim-check:1";

function containerFunction(scope: Construct, overrides: Partial<ContainerFunctionProps> = {}): ContainerFunction {
  addPolicies(scope);
  const application = new FunctionApplication(scope, "App", {
    compartmentId: COMPARTMENT,
    displayName: "t-app",
    subnetId: "ocid1.subnet.oc1.iad.aaaaaaaaprivate",
    nsgIds: ["ocid1.networksecuritygroup.oc1.iad.aaaaaaaafunctions"],
    logGroupId: LOG_GROUP.logGroupId,
  });
  return new ContainerFunction(scope, "Fn", {
    application,
    functionName: "claim-check",
    namePrefix: "t",
    tenancyId: TENANCY,
    repositoryCompartmentId: COMPARTMENT,
    registry: "iad.ocir.io",
    registryNamespace: "ns",
    config: { BUCKET_NAME: "ingest" },
    prebuiltImage: IMAGE,
    ...overrides,
  });
}

describe("FunctionApplication", () => {
  test("runs its functions in the private subnet behind the given NSGs, with the invocation log on", () => {
    // GIVEN a bare stack WHEN an application is created
    const synthesized = Testing.synthScope((scope) => containerFunction(scope));

    // THEN it is in the given subnet and NSGs, and its invoke log goes to the log group
    expect(synthesized).toHaveResourceWithProperties(FunctionsApplication, {
      display_name: "t-app",
      subnet_ids: ["ocid1.subnet.oc1.iad.aaaaaaaaprivate"],
      network_security_group_ids: ["ocid1.networksecuritygroup.oc1.iad.aaaaaaaafunctions"],
      shape: "GENERIC_X86",
    });
    expect(synthesized).toHaveResourceWithProperties(LoggingLog, {
      display_name: "t-app-invoke",
      log_group_id: LOG_GROUP.logGroupId,
      configuration: expect.objectContaining({
        source: expect.objectContaining({
          service: "functions",
          category: "invoke",
          resource: idOf(synthesized, "oci_functions_application"),
        }),
      }),
    });
  });
});

describe("ContainerFunction", () => {
  test("runs its image in the application with 256 MB and 30 s by default, after its private immutable repository", () => {
    // GIVEN a bare stack WHEN a function on a prebuilt image is created with defaults
    const synthesized = Testing.synthScope((scope) => containerFunction(scope));

    // THEN
    expect(synthesized).toHaveResourceWithProperties(ArtifactsContainerRepository, {
      display_name: "t/claim-check",
      is_public: false,
      is_immutable: true,
    });
    expect(synthesized).toHaveResourceWithProperties(FunctionsFunction, {
      application_id: idOf(synthesized, "oci_functions_application"),
      display_name: "t-claim-check",
      image: IMAGE,
      memory_in_mbs: "256",
      timeout_in_seconds: 30,
      config: { BUCKET_NAME: "ingest" },
      depends_on: [addressOf(synthesized, "oci_artifacts_container_repository")],
    });
  });

  test("is its own dynamic group, in the tenancy, matching this one function by reference", () => {
    const synthesized = Testing.synthScope((scope) => containerFunction(scope));
    expect(synthesized).toHaveResourceWithProperties(IdentityDynamicGroup, {
      compartment_id: TENANCY,
      name: "t-claim-check",
      matching_rule: `ALL {resource.type = 'fnfunc', resource.id = '${idOf(synthesized, "oci_functions_function")}'}`,
    });
  });

  test("grantInvoke adds use fn-function and fn-invocation in the application's compartment and returns them", () => {
    let returned: string[] = [];
    const synthesized = Testing.synthScope((scope) => {
      const fn = containerFunction(scope);
      returned = fn.grantInvoke({ policySubject: "service cloudEvents", policyConditions: [] }).map((s) => s.text);
    });
    const expected = [
      `Allow service cloudEvents to use fn-function in compartment id ${COMPARTMENT}`,
      `Allow service cloudEvents to use fn-invocation in compartment id ${COMPARTMENT}`,
    ];
    expect(returned).toEqual(expected);
    expect(statementsOf(synthesized)).toEqual(expected);
  });

  test("its metrics name it by its OCID in the oci_faas namespace", () => {
    Testing.synthScope((scope) => {
      const fn = containerFunction(scope);
      expect(fn.metricErrors().toMql()).toBe(
        `FunctionResponseCount[1m]{resourceId = "${fn.functionId}", responseType = "Error"}.sum()`,
      );
      expect(fn.metricThrottles({ interval: "5m" }).toMql()).toBe(
        `FunctionResponseCount[5m]{resourceId = "${fn.functionId}", responseType = "Throttled"}.sum()`,
      );
      expect(fn.metricDuration().statistic).toBe("mean");
      expect(fn.metricInvocations().namespace).toBe("oci_faas");
    });
  });

  test.each<[string, Partial<ContainerFunctionProps>, string]>([
    [
      "a memory size OCI does not offer",
      { memoryInMbs: 1000 },
      "claim-check: memoryInMbs must be one of 128, 256, 512, 1024, 2048, 3072. Received 1000",
    ],
    [
      "a timeout over 300 s",
      { timeoutInSeconds: 301 },
      "claim-check: timeoutInSeconds must be a whole number between 5 and 300. Received 301",
    ],
    [
      "a fractional timeout",
      { timeoutInSeconds: 7.5 },
      "claim-check: timeoutInSeconds must be a whole number between 5 and 300. Received 7.5",
    ],
  ])("refuses %s, naming the field, the range and the value", (_, overrides, message) => {
    expect(() => Testing.synthScope((scope) => containerFunction(scope, overrides))).toThrow(message);
  });

  test("passes memory and timeout known only at apply to Terraform unchecked", () => {
    // GIVEN memory and timeout from Terraform variables WHEN the function is created
    const synthesized = Testing.synthScope((scope) =>
      containerFunction(scope, {
        memoryInMbs: new TerraformVariable(scope, "memory", { type: "number" }).numberValue,
        timeoutInSeconds: new TerraformVariable(scope, "timeout", { type: "number" }).numberValue,
      }),
    );
    // THEN they reach the function as references
    expect(synthesized).toHaveResourceWithProperties(FunctionsFunction, {
      memory_in_mbs: "${var.memory}",
      timeout_in_seconds: "${var.timeout}",
    });
  });

  test("checks its config against the function's contract, skipping values known only at apply", () => {
    const contract = functionContracts["claim-check"];
    expect(() =>
      Testing.synthScope((scope) => containerFunction(scope, { contract, config: { BUCKET_NAMES: "ingest" } })),
    ).toThrow(/^claim-check: its config does not meet the function's contract: .*BUCKET_NAMES/);
  });

  test("refuses a configuration over the 4 KB OCI Functions allows, naming the largest keys", () => {
    expect(() =>
      Testing.synthScope((scope) => containerFunction(scope, { config: { BUCKET_NAME: "x".repeat(4100) } })),
    ).toThrow(/configuration takes about 4111 bytes, more than the 4096 .* largest: BUCKET_NAME 4111/);
  });
});

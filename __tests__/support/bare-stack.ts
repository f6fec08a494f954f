import { Construct } from "constructs";
import { Bucket } from "../../constructs/resources/bucket";
import { ContainerFunction } from "../../constructs/resources/container-function";
import { FunctionApplication } from "../../constructs/resources/function-application";
import { FunctionsPlatform, FunctionsPlatformProps } from "../../constructs/patterns/functions-platform";
import { ILogGroup, LogGroup } from "../../constructs/resources/log-group";
import { Policies } from "../../constructs/resources/policies";
import { Stream } from "../../constructs/resources/stream";

/** The one compartment of a bare test stack: every statement's policy is `test`. */
export const COMPARTMENT = "ocid1.compartment.oc1..aaaaaaaabarestack";
export const TENANCY = "ocid1.tenancy.oc1..aaaaaaaabarestack";
export const LOG_GROUP: ILogGroup = LogGroup.fromLogGroupId("ocid1.loggroup.oc1.iad.aaaaaaaabarestack");

/** What a stack must hold before anything grants: its one `Policies`. */
export function addPolicies(scope: Construct): Policies {
  return new Policies(scope, "Policies", {
    namePrefix: "t",
    compartments: { test: COMPARTMENT },
    tenancyId: TENANCY,
  });
}

export function addStream(scope: Construct, id = "Source"): Stream {
  return new Stream(scope, id, {
    streamPoolId: "ocid1.streampool.oc1.iad.aaaaaaaabarestack",
    compartmentId: COMPARTMENT,
    name: id.toLowerCase(),
    partitions: 1,
  });
}

/** A function on a prebuilt image, so that no build step runs. */
export function addFunction(scope: Construct, id = "Fn"): ContainerFunction {
  const application = new FunctionApplication(scope, `${id}App`, {
    compartmentId: COMPARTMENT,
    displayName: `${id}-app`,
    subnetId: "ocid1.subnet.oc1.iad.aaaaaaaabarestack",
    nsgIds: [],
    logGroupId: LOG_GROUP.logGroupId,
  });
  return new ContainerFunction(scope, id, {
    application,
    functionName: id.toLowerCase(),
    namePrefix: "t",
    tenancyId: TENANCY,
    repositoryCompartmentId: COMPARTMENT,
    registry: "iad.ocir.io",
    registryNamespace: "ns",
    config: {},
    prebuiltImage: "iad.ocir.io/ns/t/fn:1",
  });
}

/** The functions platform, in the bare stack's one compartment and a private subnet. */
export function addPlatform(scope: Construct, overrides: Partial<FunctionsPlatformProps> = {}): FunctionsPlatform {
  return new FunctionsPlatform(scope, "Functions", {
    namePrefix: "t",
    region: "us-ashburn-1",
    tenancyId: TENANCY,
    compartmentId: COMPARTMENT,
    networkCompartmentId: COMPARTMENT,
    subnetId: "ocid1.subnet.oc1.iad.aaaaaaaabarestack",
    nsgIds: [],
    ...overrides,
  });
}

export function addBucket(scope: Construct, id = "Bucket", objectEventsEnabled = true): Bucket {
  return new Bucket(scope, id, {
    compartmentId: COMPARTMENT,
    namespace: "ns",
    name: id.toLowerCase(),
    encryptionKey: { keyId: "ocid1.key.oc1.iad.aaaaaaaabarestack", vaultId: "ocid1.vault.oc1.iad.x", usableAfter: [] },
    logGroupId: LOG_GROUP.logGroupId,
    objectEventsEnabled,
  });
}

/** The resources of one type in synthesized JSON, by their Terraform names. */
export function resourcesOf(synthesized: string, type: string): Record<string, any> {
  return JSON.parse(synthesized).resource?.[type] ?? {};
}

/** `${type.name.id}` of the one resource of a type. */
export function idOf(synthesized: string, type: string, attribute = "id"): string {
  const names = Object.keys(resourcesOf(synthesized, type));
  if (names.length !== 1) throw new Error(`expected one ${type}, found ${names.length}`);
  return `\${${type}.${names[0]}.${attribute}}`;
}

/** `type.name`, the address depends_on uses, of the one resource of a type. */
export function addressOf(synthesized: string, type: string): string {
  const names = Object.keys(resourcesOf(synthesized, type));
  if (names.length !== 1) throw new Error(`expected one ${type}, found ${names.length}`);
  return `${type}.${names[0]}`;
}

/** The statements of the bare stack's one policy. */
export function statementsOf(synthesized: string): string[] {
  const policies = Object.values(resourcesOf(synthesized, "oci_identity_policy"));
  return policies.flatMap((p) => p.statements);
}

import "cdktf/lib/testing/adapters/jest";
import { Testing } from "cdktf";
import { Construct } from "constructs";
import { FunctionsApplication } from "../.gen/providers/oci/functions-application";
import { FunctionsFunction } from "../.gen/providers/oci/functions-function";
import { LoggingLogGroup } from "../.gen/providers/oci/logging-log-group";
import { FunctionsPlatform, FunctionsPlatformProps } from "../constructs/patterns/functions-platform";
import { addPlatform, addPolicies, COMPARTMENT, statementsOf } from "./support/bare-stack";

const NETWORK = "ocid1.compartment.oc1..aaaaaaaanetwork";
const SUBNET = "ocid1.subnet.oc1.iad.aaaaaaaabarestack";
const CLAIM_CHECK = {
  STREAM_ID: "ocid1.stream.oc1.iad.aaaaaaaafiles",
  STREAM_MESSAGES_ENDPOINT: "https://cell-1.streaming.us-ashburn-1.oci.oraclecloud.com",
  BUCKET_NAME: "t-ingest",
};

function platform(scope: Construct, overrides: Partial<FunctionsPlatformProps> = {}): FunctionsPlatform {
  addPolicies(scope);
  return addPlatform(scope, overrides);
}

describe("FunctionsPlatform", () => {
  test("one application in the private subnet, logging to a log group of its own by default", () => {
    // GIVEN a bare stack WHEN the platform is created without a log group
    const synthesized = Testing.synthScope((scope) => platform(scope));
    // THEN
    expect(synthesized).toHaveResourceWithProperties(LoggingLogGroup, {
      compartment_id: COMPARTMENT,
      display_name: "t-service-logs",
    });
    expect(synthesized).toHaveResourceWithProperties(FunctionsApplication, {
      display_name: "t-app",
      subnet_ids: [SUBNET],
    });
  });

  test("uses a given log group and creates none", () => {
    const synthesized = Testing.synthScope((scope) =>
      platform(scope, { logGroupId: "ocid1.loggroup.oc1.iad.aaaaaaaagiven" }),
    );
    expect(synthesized).not.toHaveResource(LoggingLogGroup);
  });

  test("grants the Functions service pulling images and attaching to the VCN, each in its own compartment", () => {
    const synthesized = Testing.synthScope((scope) => platform(scope));
    expect(statementsOf(synthesized)).toEqual([
      `Allow service faas to read repos in compartment id ${COMPARTMENT}`,
      `Allow service faas to use virtual-network-family in compartment id ${COMPARTMENT}`,
    ]);
    // A network compartment of its own is refused by the bare stack's Policies, which knows one compartment only.
    expect(() => Testing.synthScope((scope) => platform(scope, { networkCompartmentId: NETWORK }))).toThrow(
      `No policy compartment is configured for ${NETWORK}`,
    );
  });

  test("addFunction writes the function's config map from its contract's values, sized from settings", () => {
    const synthesized = Testing.synthScope((scope) => {
      const p = platform(scope, {
        settings: { "claim-check": { memoryInMbs: 512, prebuiltImage: "iad.ocir.io/ns/t/claim-check:1" } },
      });
      p.addFunction("claim-check", { ...CLAIM_CHECK, INLINE_MAX_BYTES: 65536 });
    });
    expect(synthesized).toHaveResourceWithProperties(FunctionsFunction, {
      display_name: "t-claim-check",
      image: "iad.ocir.io/ns/t/claim-check:1",
      memory_in_mbs: "512",
      // Function configuration is strings only: the contract's numbers are written as text.
      config: { ...CLAIM_CHECK, INLINE_MAX_BYTES: "65536" },
    });
  });

  test("addFunction refuses at synth a value the function's contract refuses, naming the key", () => {
    expect(() =>
      Testing.synthScope((scope) =>
        platform(scope).addFunction("claim-check", { ...CLAIM_CHECK, STREAM_ID: "ocid1.bucket.oc1.iad.x" }),
      ),
    ).toThrow(/^claim-check: its config does not meet the function's contract: STREAM_ID: must be a stream OCID/);
  });
});

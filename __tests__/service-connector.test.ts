import "cdktf/lib/testing/adapters/jest";
import { TerraformVariable, Testing } from "cdktf";
import { Construct } from "constructs";
import { SchServiceConnector } from "../.gen/providers/oci/sch-service-connector";
import { BucketTarget, FunctionBatching, FunctionTarget } from "../constructs/resources/connector-targets";
import { ServiceConnector } from "../constructs/resources/service-connector";
import {
  addressOf,
  addBucket,
  addFunction,
  addPolicies,
  addStream,
  COMPARTMENT,
  idOf,
  LOG_GROUP,
  resourcesOf,
  statementsOf,
} from "./support/bare-stack";

const CONNECTOR_PRINCIPAL = `request.principal.type = 'serviceconnector', request.principal.compartment.id = '${COMPARTMENT}'`;

function connectorToFunction(scope: Construct, batching: FunctionBatching = { batchSizeInNum: 100 }): ServiceConnector {
  addPolicies(scope);
  return new ServiceConnector(scope, "Connector", {
    compartmentId: COMPARTMENT,
    displayName: "data-to-process",
    description: "test",
    source: addStream(scope),
    target: new FunctionTarget(addFunction(scope), batching),
    logGroup: LOG_GROUP,
  });
}

describe("ServiceConnector", () => {
  test("reads its source stream and delivers to its function by reference, with the grants both need", () => {
    // GIVEN a bare stack WHEN a connector binds a stream to a function
    const synthesized = Testing.synthScope((scope) =>
      connectorToFunction(scope, { batchSizeInNum: 100, batchTimeInSec: 5 }),
    );

    // THEN the connector names both ends by reference
    expect(synthesized).toHaveResourceWithProperties(SchServiceConnector, {
      compartment_id: COMPARTMENT,
      state: "ACTIVE",
      source: {
        kind: "streaming",
        stream_id: idOf(synthesized, "oci_streaming_stream"),
        cursor: { kind: "TRIM_HORIZON" },
      },
      target: {
        kind: "functions",
        function_id: idOf(synthesized, "oci_functions_function"),
        batch_size_in_num: 100,
        batch_time_in_sec: 5,
      },
    });
    // AND it waits for the policy that holds its grants, since it starts moving data once it exists
    const [connector] = Object.values<any>(resourcesOf(synthesized, "oci_sch_service_connector"));
    expect(connector.depends_on).toEqual([addressOf(synthesized, "oci_identity_policy")]);
    // AND it granted itself reading that one stream and invoking the function's compartment
    const stream = idOf(synthesized, "oci_streaming_stream");
    expect(statementsOf(synthesized)).toEqual(
      expect.arrayContaining([
        `Allow any-user to {STREAM_READ, STREAM_CONSUME} in compartment id ${COMPARTMENT} where all {${CONNECTOR_PRINCIPAL}, target.stream.id = '${stream}'}`,
        `Allow any-user to use fn-function in compartment id ${COMPARTMENT} where all {${CONNECTOR_PRINCIPAL}}`,
        `Allow any-user to use fn-invocation in compartment id ${COMPARTMENT} where all {${CONNECTOR_PRINCIPAL}}`,
      ]),
    );
  });

  test("writes to a bucket target by name reference, granted manage objects on that bucket only", () => {
    const synthesized = Testing.synthScope((scope) => {
      addPolicies(scope);
      new ServiceConnector(scope, "Connector", {
        compartmentId: COMPARTMENT,
        displayName: "archive",
        description: "test",
        source: addStream(scope),
        target: new BucketTarget(addBucket(scope), {
          objectNamePrefix: "deadletters",
          batchRolloverSizeInMbs: 10,
          batchRolloverTimeInMs: 60000,
        }),
        logGroup: LOG_GROUP,
      });
    });
    const bucketName = idOf(synthesized, "oci_objectstorage_bucket", "name");
    expect(synthesized).toHaveResourceWithProperties(SchServiceConnector, {
      target: {
        kind: "objectStorage",
        bucket: bucketName,
        namespace: "ns",
        object_name_prefix: "deadletters",
        batch_rollover_size_in_mbs: 10,
        batch_rollover_time_in_ms: 60000,
      },
    });
    expect(statementsOf(synthesized)).toContain(
      `Allow any-user to manage objects in compartment id ${COMPARTMENT} where all {${CONNECTOR_PRINCIPAL}, target.bucket.name = '${bucketName}'}`,
    );
  });

  test.each<[string, FunctionBatching, RegExp]>([
    [
      "a batch of no messages",
      { batchSizeInNum: 0 },
      /batchSizeInNum must be a whole number between 1 and 10000. Received 0/,
    ],
    [
      "a batch over 6144 KB",
      { batchSizeInKbs: 6145 },
      /batchSizeInKbs must be a whole number between 1 and 6144. Received 6145/,
    ],
    [
      "a fractional wait",
      { batchTimeInSec: 1.5 },
      /batchTimeInSec must be a whole number between 1 and 600. Received 1.5/,
    ],
    [
      "both size limits",
      { batchSizeInKbs: 10, batchSizeInNum: 10 },
      /give batchSizeInKbs \(10\) or batchSizeInNum \(10\), not both/,
    ],
  ])("refuses %s, naming the connector, the field, the value and the range", (_name, batching, expected) => {
    expect(() => Testing.synthScope((scope) => connectorToFunction(scope, batching))).toThrow(expected);
    expect(() => Testing.synthScope((scope) => connectorToFunction(scope, batching))).toThrow(
      /ServiceConnector stack\/Connector/,
    );
  });

  test("lets batch settings that are tokens through to Terraform", () => {
    const synthesized = Testing.synthScope((scope) => {
      const size = new TerraformVariable(scope, "size", { type: "number" });
      const wait = new TerraformVariable(scope, "wait", { type: "number" });
      connectorToFunction(scope, { batchSizeInNum: size.numberValue, batchTimeInSec: wait.numberValue });
    });
    expect(synthesized).toHaveResourceWithProperties(SchServiceConnector, {
      target: expect.objectContaining({ batch_size_in_num: "${var.size}", batch_time_in_sec: "${var.wait}" }),
    });
  });

  test("refuses a bucket rollover of zero, and lets a token through", () => {
    const archive = (scope: Construct, batchRolloverTimeInMs: number) => {
      addPolicies(scope);
      new ServiceConnector(scope, "Connector", {
        compartmentId: COMPARTMENT,
        displayName: "archive",
        description: "test",
        source: addStream(scope),
        target: new BucketTarget(addBucket(scope), { batchRolloverTimeInMs }),
        logGroup: LOG_GROUP,
      });
    };
    expect(() => Testing.synthScope((scope) => archive(scope, 0))).toThrow(
      /batchRolloverTimeInMs must be a whole number between 1 and \d+. Received 0/,
    );
    const synthesized = Testing.synthScope((scope) =>
      archive(scope, new TerraformVariable(scope, "rollover", { type: "number" }).numberValue),
    );
    expect(synthesized).toHaveResourceWithProperties(SchServiceConnector, {
      target: expect.objectContaining({ batch_rollover_time_in_ms: "${var.rollover}" }),
    });
  });

  test("hands out its metrics dimensioned by connectorId", () => {
    Testing.synthScope((scope) => {
      const connector = connectorToFunction(scope);
      const errors = connector.metricErrorsAtTarget();
      expect(errors).toMatchObject({
        namespace: "oci_service_connector_hub",
        metricName: "ErrorsAtTarget",
        compartmentId: COMPARTMENT,
        statistic: "sum",
        interval: "5m",
      });
      expect(errors.dimensions).toEqual({ connectorId: connector.connectorId });
      expect(connector.metricDataFreshness()).toMatchObject({ metricName: "DataFreshness", statistic: "max" });
      expect(connector.metricErrorsAtSource({ interval: "1h" })).toMatchObject({ interval: "1h" });
    });
  });
});

import "cdktf/lib/testing/adapters/jest";
import { TerraformVariable, Testing } from "cdktf";
import { Construct } from "constructs";
import { StreamingStream } from "../.gen/providers/oci/streaming-stream";
import { StreamingStreamPool } from "../.gen/providers/oci/streaming-stream-pool";
import { Stream, StreamProps } from "../constructs/resources/stream";
import { StreamPool, StreamPoolProps } from "../constructs/resources/stream-pool";
import { addPolicies, COMPARTMENT, idOf, statementsOf } from "./support/bare-stack";

const POOL = "ocid1.streampool.oc1.iad.aaaaaaaabarestack";
const KEY = { keyId: "ocid1.key.oc1.iad.aaaaaaaakey", vaultId: "ocid1.vault.oc1.iad.aaaaaaaavault", usableAfter: [] };
const DYNAMIC_GROUP = { policySubject: "dynamic-group fns", policyConditions: [] };

function stream(scope: Construct, overrides: Partial<StreamProps> = {}): Stream {
  addPolicies(scope);
  return new Stream(scope, "Data", {
    streamPoolId: POOL,
    compartmentId: COMPARTMENT,
    name: "t-data",
    partitions: 2,
    ...overrides,
  });
}

function pool(scope: Construct, overrides: Partial<StreamPoolProps> = {}): StreamPool {
  return new StreamPool(scope, "Pool", {
    compartmentId: COMPARTMENT,
    name: "t-pool",
    encryptionKey: KEY,
    subnetId: "ocid1.subnet.oc1.iad.aaaaaaaaprivate",
    ...overrides,
  });
}

describe("Stream", () => {
  test("is created in its pool with its partitions, keeping messages 24 h by default", () => {
    // GIVEN a bare stack WHEN a stream is created with defaults
    const synthesized = Testing.synthScope((scope) => stream(scope));
    // THEN
    expect(synthesized).toHaveResourceWithProperties(StreamingStream, {
      name: "t-data",
      stream_pool_id: POOL,
      partitions: 2,
      retention_in_hours: 24,
    });
  });

  test("tells whoever takes it how long it keeps messages (the backlog alarm fires at a share of it)", () => {
    Testing.synthScope((scope) => {
      expect(stream(scope).retentionInHours).toBe(24);
      expect(
        new Stream(scope, "Long", {
          streamPoolId: POOL,
          compartmentId: COMPARTMENT,
          name: "l",
          partitions: 1,
          retentionInHours: 168,
        }).retentionInHours,
      ).toBe(168);
    });
  });

  test("each grant names this one stream, goes to the stack's policy and is returned", () => {
    let returned: string[] = [];
    let streamId = "";
    const synthesized = Testing.synthScope((scope) => {
      const s = stream(scope);
      streamId = s.streamId;
      returned = [
        s.grantPush(DYNAMIC_GROUP),
        s.grantPull(DYNAMIC_GROUP),
        s.grantConnectorRead(DYNAMIC_GROUP),
        s.grantKafka(DYNAMIC_GROUP),
      ].map((statement) => statement.text);
    });
    const permissions = ["use stream-push", "use stream-pull", "{STREAM_READ, STREAM_CONSUME}"];
    const statements = (id: string) => [
      ...permissions.map(
        (p) => `Allow dynamic-group fns to ${p} in compartment id ${COMPARTMENT} where target.stream.id = '${id}'`,
      ),
      // Kafka's manage, on this stream only, never to delete or move it.
      `Allow dynamic-group fns to manage streams in compartment id ${COMPARTMENT} where all {target.stream.id = '${id}', ` +
        "request.permission != 'STREAM_DELETE', request.permission != 'STREAM_MOVE'}",
    ];
    expect(returned).toEqual(statements(streamId));
    expect(statementsOf(synthesized)).toEqual(statements(idOf(synthesized, "oci_streaming_stream")));
  });

  test("its metrics name it by its OCID in the oci_streaming namespace", () => {
    Testing.synthScope((scope) => {
      const s = stream(scope);
      expect(s.metricPuts().toMql()).toBe(`PutMessagesThroughput.Count[1m]{resourceId = "${s.streamId}"}.sum()`);
      expect(s.metricPutThrottles({ interval: "5m" }).toMql()).toBe(
        `PutMessagesThrottling.Count[5m]{resourceId = "${s.streamId}"}.sum()`,
      );
      expect(s.metricGets().namespace).toBe("oci_streaming");
    });
  });

  test.each<[string, object, string]>([
    [
      "retention under 24 h",
      { partitions: 1, retentionInHours: 12 },
      "retentionInHours must be a whole number between 24 and 168. Received 12",
    ],
    [
      "retention over 168 h",
      { partitions: 1, retentionInHours: 200 },
      "retentionInHours must be a whole number between 24 and 168. Received 200",
    ],
    ["zero partitions", { partitions: 0 }, "partitions must be a whole number between 1 and 10. Received 0"],
    [
      "more partitions than allowed",
      { partitions: 6, maxPartitions: 5 },
      "partitions must be a whole number between 1 and 5. Received 6",
    ],
  ])("refuses %s, naming the field, the range and the value", (_name, props, message) => {
    expect(() => Testing.synthScope((scope) => stream(scope, props))).toThrow(`Stream t-data: ${message}`);
  });

  test("passes partitions and retention known only at apply to Terraform unchecked", () => {
    const synthesized = Testing.synthScope((scope) =>
      stream(scope, {
        partitions: new TerraformVariable(scope, "partitions", { type: "number" }).numberValue,
        retentionInHours: new TerraformVariable(scope, "retention", { type: "number" }).numberValue,
      }),
    );
    expect(synthesized).toHaveResourceWithProperties(StreamingStream, {
      partitions: "${var.partitions}",
      retention_in_hours: "${var.retention}",
    });
  });

  test("warns at synth, not at apply, that a change of partitions or retention recreates it", () => {
    Testing.synthScope((scope) => {
      const s = stream(scope, { partitions: 3, previousSettings: { partitions: 2, retentionInHours: 24 } });
      const warnings = s.node.metadata.filter((m) => m.type === "@cdktf/warn").map((m) => String(m.data));
      expect(warnings).toEqual([expect.stringMatching(/^Stream t-data will be DESTROYED AND RECREATED.*\(2 -> 3\)/)]);
    });
  });
});

describe("StreamPool", () => {
  test("is private in its subnet, encrypted with the key, and waits until the key is usable", () => {
    const synthesized = Testing.synthScope((scope) => {
      const ready = new TerraformVariable(scope, "ready", {});
      pool(scope, {
        encryptionKey: { ...KEY, usableAfter: [ready] },
        nsgIds: ["ocid1.networksecuritygroup.oc1.iad.x"],
      });
    });
    expect(synthesized).toHaveResourceWithProperties(StreamingStreamPool, {
      name: "t-pool",
      custom_encryption_key: { kms_key_id: KEY.keyId },
      private_endpoint_settings: {
        subnet_id: "ocid1.subnet.oc1.iad.aaaaaaaaprivate",
        nsg_ids: ["ocid1.networksecuritygroup.oc1.iad.x"],
      },
      kafka_settings: { auto_create_topics_enable: false, num_partitions: 1, log_retention_hours: 24 },
      depends_on: ["var.ready"],
    });
  });

  test("is public only when asked, with neither subnet nor NSGs", () => {
    const synthesized = Testing.synthScope((scope) => pool(scope, { publicEndpoint: true, subnetId: undefined }));
    const [resource] = Object.values<any>(JSON.parse(synthesized).resource.oci_streaming_stream_pool);
    expect(resource.private_endpoint_settings).toBeUndefined();
  });

  test.each<[string, Partial<StreamPoolProps>, string]>([
    ["a private pool without a subnet", { subnetId: undefined }, "a private endpoint needs subnetId"],
    ["a public pool with a subnet", { publicEndpoint: true }, "a public pool takes no subnetId or nsgIds"],
  ])("refuses %s", (_, overrides, message) => {
    expect(() => Testing.synthScope((scope) => pool(scope, overrides))).toThrow(`Stream pool t-pool: ${message}`);
  });

  test("tells Kafka clients its bootstrap server and SASL user name format", () => {
    Testing.synthScope((scope) => {
      const p = pool(scope);
      expect(p.kafkaBootstrapServers).toBe(`${p.endpointFqdn}:9092`);
      expect(p.kafkaSaslUsernameFormat).toBe(`<tenancyName>/<identityDomain>/<userName>/${p.streamPoolId}`);
    });
  });
});

import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { Testing } from "cdktf";
import { EventStreamingStack } from "../constructs/stack/event-streaming-stack";
import { partitionsForThroughput } from "../lib/streaming-limits";
import { committedStack } from "./support/committed-stacks";
import { environmentWith, exampleEnvironment, refByDisplayName, synthStack } from "./support/synth";

const STREAMING = "ocid1.compartment.oc1..aaaaaaaaexamplestreaming000000000000000000000000000000000";

describe("stream pool", () => {
  const synth = committedStack("example");
  const [pool] = synth.resources("oci_streaming_stream_pool");

  test("has a private endpoint in the private subnet behind the stream pool NSG", () => {
    expect(pool.private_endpoint_settings).toEqual({
      subnet_id: refByDisplayName(synth, "oci_core_subnet", "evs-example-private"),
      nsg_ids: [refByDisplayName(synth, "oci_core_network_security_group", "evs-example-streampool-nsg")],
    });
  });

  test("is encrypted with the Vault key, created after the key policy", () => {
    const keyName = Object.keys(synth.json.resource.oci_kms_key)[0];
    expect(pool.custom_encryption_key).toEqual({ kms_key_id: `\${oci_kms_key.${keyName}.id}` });
    const policyName = Object.entries<any>(synth.json.resource.oci_identity_policy).find(
      ([, p]) => p.name === "evs-example-key-services-policy",
    )![0];
    expect(pool.depends_on).toEqual([`oci_identity_policy.${policyName}`]);
  });

  test("Kafka: no auto-created topics, defaults from config", () => {
    expect(pool.kafka_settings).toEqual({
      auto_create_topics_enable: false,
      num_partitions: 1,
      log_retention_hours: 24,
    });
    expect(pool.compartment_id).toBe(STREAMING);
  });

  test("an environment may explicitly make the pool public", () => {
    const publicPool = synthStack(
      environmentWith((raw) => {
        raw.streaming.publicEndpoint = true;
        delete raw.bastion; // a bastion has nothing to reach in front of a public pool
      }),
    );
    const [p] = publicPool.resources("oci_streaming_stream_pool");
    expect(p.private_endpoint_settings).toBeUndefined();
    expect(p.custom_encryption_key).toBeDefined();
  });

  test("exposes FQDN, Kafka bootstrap server and SASL username format as outputs", () => {
    const outputs = synth.json.output;
    const poolRef = Object.keys(synth.json.resource.oci_streaming_stream_pool)[0];
    expect(outputs.stream_pool_fqdn.value).toBe(`\${oci_streaming_stream_pool.${poolRef}.endpoint_fqdn}`);
    expect(outputs.kafka_bootstrap_servers.value).toBe(`\${oci_streaming_stream_pool.${poolRef}.endpoint_fqdn}:9092`);
    expect(outputs.kafka_sasl_username_format.value).toBe(
      `<tenancyName>/<identityDomain>/<userName>/\${oci_streaming_stream_pool.${poolRef}.id}`,
    );
    for (const name of ["data_stream_id", "recoverable_stream_id", "unrecoverable_stream_id", "messages_endpoint"]) {
      expect(outputs[name].value).toMatch(/^\$\{oci_streaming_stream\./);
    }
  });
});

describe("streams", () => {
  const synth = committedStack("example");
  const streams = synth.resources("oci_streaming_stream");
  const byName = (name: string) => streams.find((s) => s.name === name);

  test("data, recoverable, unrecoverable and file-references streams in the pool, sized from config", () => {
    const poolRef = `\${oci_streaming_stream_pool.${Object.keys(synth.json.resource.oci_streaming_stream_pool)[0]}.id}`;
    expect(streams).toHaveLength(4);
    // example.json sizes the data stream from a 1.5 MB/s peak: two partitions.
    expect(byName("evs-example-data")).toMatchObject({
      partitions: 2,
      retention_in_hours: 48,
      stream_pool_id: poolRef,
    });
    expect(byName("evs-example-recoverable")).toMatchObject({
      partitions: 1,
      retention_in_hours: 168,
      stream_pool_id: poolRef,
    });
    expect(byName("evs-example-unrecoverable")).toMatchObject({
      partitions: 1,
      retention_in_hours: 168,
      stream_pool_id: poolRef,
    });
    expect(byName("evs-example-file-references")).toMatchObject({
      partitions: 1,
      retention_in_hours: 72,
      stream_pool_id: poolRef,
    });
    // A stream takes a pool or a compartment, never both.
    for (const s of streams) expect(s.compartment_id).toBeUndefined();
  });

  test.each([
    [0.1, 1],
    [1, 1],
    [1.01, 2],
    [7.5, 8],
  ])("a %d MB/s peak needs %d partitions", (peak, partitions) => {
    expect(partitionsForThroughput(peak)).toBe(partitions);
  });

  test.each<[string, (raw: any) => void, RegExp]>([
    [
      "retention",
      (raw) => (raw.streaming.streams.data.retentionInHours = 200),
      /streaming\.streams\.data\.retentionInHours: .*<=168.*\(got 200\)/,
    ],
    [
      "both partitions and peak",
      (raw) => (raw.streaming.streams.data.partitions = 2),
      /streaming\.streams\.data: give exactly one of partitions or peakWriteMbPerSecond/,
    ],
    [
      "partitions over the limit",
      (raw) => (raw.streaming.streams.recoverable.partitions = 11),
      /streaming\.streams\.recoverable\.partitions: must be at most maxPartitionsPerStream \(10\) \(got 11\)/,
    ],
    ["a missing stream", (raw) => delete raw.streaming.streams.unrecoverable, /streaming\.streams\.unrecoverable: /],
  ])("config refuses bad %s", (_name, change, expected) => {
    expect(() => environmentWith(change)).toThrow(expected);
  });

  test("a change that recreates a stream is reported at synth", () => {
    // GIVEN the previous synth output of the stack
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "cdktf-out-"));
    const env = exampleEnvironment();
    const previous = new EventStreamingStack(Testing.app({ outdir }), env);
    fs.mkdirSync(path.join(outdir, "stacks", env.name), { recursive: true });
    fs.writeFileSync(path.join(outdir, "stacks", env.name, "cdk.tf.json"), Testing.synth(previous));

    // WHEN the data stream's partitions change
    const changed = {
      ...env,
      config: {
        ...env.config,
        streaming: {
          ...env.config.streaming,
          streams: { ...env.config.streaming.streams, data: { partitions: 3, retentionInHours: 48 } },
        },
      },
    };
    const stack = new EventStreamingStack(Testing.app({ outdir }), changed);

    // THEN the data stream, and only it, carries a warning
    const warnings = stack.node
      .findAll()
      .flatMap((c) => c.node.metadata.filter((m) => m.type === "@cdktf/warn").map((m) => `${c.node.path}: ${m.data}`));
    expect(warnings).toEqual([
      expect.stringMatching(
        /^example\/DataStream: Stream evs-example-data will be DESTROYED AND RECREATED.*partitions \(2 -> 3\)/,
      ),
    ]);
  });
});

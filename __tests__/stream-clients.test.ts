import { Testing } from "cdktf";
import { Construct } from "constructs";
import { StreamClientConfig, StreamKey } from "../config/schema";
import { StreamClients } from "../constructs/patterns/stream-clients";
import { Stream } from "../constructs/resources/stream";
import { addPolicies, addStream, COMPARTMENT, statementsOf } from "./support/bare-stack";
import { committedStack } from "./support/committed-stacks";
import { environmentWith } from "./support/synth";

const KEYS: readonly StreamKey[] = ["data", "recoverable", "unrecoverable", "fileReferences"];

/** StreamClients on a bare stack with the stack's four streams, each named after its key. */
function withClients(clients: Record<string, StreamClientConfig>): string {
  return Testing.synthScope((scope: Construct) => {
    addPolicies(scope);
    const streams = Object.fromEntries(KEYS.map((key) => [key, addStream(scope, key)])) as Record<StreamKey, Stream>;
    new StreamClients(scope, "StreamClients", { streams, clients });
  });
}

/** `${oci_streaming_stream.<name>.id}` of the stream made for `key`. */
function streamRef(synthesized: string, key: StreamKey): string {
  const [name] = Object.entries<any>(JSON.parse(synthesized).resource.oci_streaming_stream).find(
    ([, s]) => s.name === key.toLowerCase(),
  )!;
  return `\${oci_streaming_stream.${name}.id}`;
}

describe("StreamClients: your producers and consumers get scoped statements", () => {
  test("a group, by OCID: push and pull on the streams it names, and the Kafka grant scoped to each", () => {
    // GIVEN a bare stack WHEN a Kafka group pulls one stream and pushes and pulls another
    const group = "ocid1.group.oc1..aaaaaaaaexampleauditors";
    const synthesized = withClients({
      audit: {
        principal: { type: "group", id: group },
        streams: { unrecoverable: "pull", fileReferences: "both" },
        kafka: true,
      },
    });
    // THEN it gets exactly these statements, each scoped to its stream
    const on = (verb: string, key: StreamKey) =>
      `Allow group id ${group} to ${verb} in compartment id ${COMPARTMENT} where target.stream.id = '${streamRef(synthesized, key)}'`;
    // Kafka: manage, on that stream only, never to delete or move it, nor to produce where it only consumes.
    const kafka = (key: StreamKey, ...unused: string[]) =>
      `Allow group id ${group} to manage streams in compartment id ${COMPARTMENT} where all {target.stream.id = '${streamRef(synthesized, key)}', ` +
      ["STREAM_DELETE", "STREAM_MOVE", ...unused].map((p) => `request.permission != '${p}'`).join(", ") +
      "}";
    expect(statementsOf(synthesized).sort()).toEqual(
      [
        on("use stream-pull", "unrecoverable"),
        kafka("unrecoverable", "STREAM_PRODUCE"),
        on("use stream-push", "fileReferences"),
        on("use stream-pull", "fileReferences"),
        kafka("fileReferences"),
      ].sort(),
    );
  });

  test("a dynamic group, by OCID: push on the data stream only", () => {
    const id = "ocid1.dynamicgroup.oc1..aaaaaaaaexampleloaders";
    const synthesized = withClients({
      loader: { principal: { type: "dynamic-group", id }, streams: { data: "push" }, kafka: false },
    });
    expect(statementsOf(synthesized)).toEqual([
      `Allow dynamic-group id ${id} to use stream-push in compartment id ${COMPARTMENT} where target.stream.id = '${streamRef(synthesized, "data")}'`,
    ]);
  });

  test("an OKE workload: any-user narrowed to its cluster, namespace and service account, and the stream", () => {
    const synthesized = withClients({
      reports: {
        principal: {
          type: "oke-workload",
          clusterId: "ocid1.cluster.oc1.iad.aaaaaaaaexamplecluster",
          namespace: "reports",
          serviceAccount: "file-reader",
        },
        streams: { fileReferences: "pull" },
        kafka: false,
      },
    });
    expect(statementsOf(synthesized)).toEqual([
      `Allow any-user to use stream-pull in compartment id ${COMPARTMENT} where all {request.principal.type = 'workload', ` +
        `request.principal.namespace = 'reports', request.principal.service_account = 'file-reader', ` +
        `request.principal.cluster_id = 'ocid1.cluster.oc1.iad.aaaaaaaaexamplecluster', ` +
        `target.stream.id = '${streamRef(synthesized, "fileReferences")}'}`,
    ]);
  });

  test("refuses a stream it was not given, naming the client and the stream", () => {
    expect(() =>
      Testing.synthScope((scope) => {
        addPolicies(scope);
        new StreamClients(scope, "StreamClients", {
          streams: { data: addStream(scope, "data") } as Record<StreamKey, Stream>,
          clients: {
            loader: {
              principal: { type: "group", id: "ocid1.group.oc1..x" },
              streams: { orders: "push" },
              kafka: false,
            },
          },
        });
      }),
    ).toThrow("StreamClients: client loader names stream orders, which the stack does not have");
  });
});

describe("the stack's stream clients", () => {
  test("come from config streaming.clients, on the stack's streams", () => {
    const synth = committedStack("example");
    const statements: string[] = synth.resources("oci_identity_policy").flatMap((p) => p.statements);
    const [dataStream] = Object.entries<any>(synth.json.resource.oci_streaming_stream).find(
      ([, s]) => s.name === "evs-example-data",
    )!;
    expect(statements).toContain(
      "Allow dynamic-group id ocid1.dynamicgroup.oc1..aaaaaaaaexampleloaders to use stream-push in compartment id " +
        `ocid1.compartment.oc1..aaaaaaaaexamplestreaming000000000000000000000000000000000 where target.stream.id = '\${oci_streaming_stream.${dataStream}.id}'`,
    );
    expect(statements.filter((s) => s.includes("exampleauditors"))).toHaveLength(5);
  });

  test.each<[string, (raw: any) => void, RegExp]>([
    [
      "a stream the stack does not have, by name",
      (raw) => (raw.streaming.clients.loader.streams = { orders: "push" }),
      /streaming\.clients\.loader\.streams\.orders: is not a stream of this stack \(streams: data, recoverable, unrecoverable, fileReferences\)/,
    ],
    [
      "an unknown principal type",
      (raw) => (raw.streaming.clients.loader.principal = { type: "user", id: "ocid1.user.oc1..aaaaaaaaexample" }),
      /streaming\.clients\.loader\.principal\.type: must be a principal of type "group", "dynamic-group" or "oke-workload"/,
    ],
    [
      "a group OCID given as a dynamic group",
      (raw) => (raw.streaming.clients.loader.principal.id = "ocid1.group.oc1..aaaaaaaaexample"),
      /streaming\.clients\.loader\.principal\.id: must be an OCID of kind "dynamicgroup"/,
    ],
    [
      "a use other than push, pull or both",
      (raw) => (raw.streaming.clients.loader.streams = { data: "write" }),
      /streaming\.clients\.loader\.streams\.data: must be "push", "pull" or "both"/,
    ],
    [
      "Kafka for a principal that has no auth token",
      (raw) => (raw.streaming.clients.reports.kafka = true),
      /streaming\.clients\.reports\.kafka: needs a group principal: Kafka clients authenticate as a user/,
    ],
    [
      "a client that names no stream",
      (raw) => (raw.streaming.clients.loader.streams = {}),
      /streaming\.clients\.loader\.streams: must name at least one stream/,
    ],
  ])("config refuses %s", (_name, change, expected) => {
    expect(() => environmentWith(change)).toThrow(expected);
  });
});

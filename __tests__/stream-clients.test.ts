import { environmentWith, synthStack } from "./support/synth";

const STREAMING = "ocid1.compartment.oc1..aaaaaaaaexamplestreaming000000000000000000000000000000000";

describe("stream clients: your producers and consumers get scoped statements", () => {
  const synth = synthStack();
  const statements: string[] = synth.resources("oci_identity_policy").flatMap((p) => p.statements);
  const streamRef = (name: string) => {
    const [key] = Object.entries<any>(synth.json.resource.oci_streaming_stream).find(
      ([, s]) => s.name === `evs-example-${name}`,
    )!;
    return `\${oci_streaming_stream.${key}.id}`;
  };
  const of = (subject: string) => statements.filter((s) => s.startsWith(`Allow ${subject} `)).sort();

  test("a group, by OCID: push and pull on the streams it names, and the Kafka grant scoped to each", () => {
    const group = "group id ocid1.group.oc1..aaaaaaaaexampleauditors";
    const on = (verb: string, stream: string) =>
      `Allow ${group} to ${verb} in compartment id ${STREAMING} where target.stream.id = '${streamRef(stream)}'`;
    // Kafka: manage, on that stream only, never to delete or move it, nor to produce where it only consumes.
    const kafka = (stream: string, ...unused: string[]) =>
      `Allow ${group} to manage streams in compartment id ${STREAMING} where all {target.stream.id = '${streamRef(stream)}', ` +
      ["STREAM_DELETE", "STREAM_MOVE", ...unused].map((p) => `request.permission != '${p}'`).join(", ") +
      "}";
    expect(of(group)).toEqual(
      [
        on("use stream-pull", "unrecoverable"),
        kafka("unrecoverable", "STREAM_PRODUCE"),
        on("use stream-push", "file-references"),
        on("use stream-pull", "file-references"),
        kafka("file-references"),
      ].sort(),
    );
  });

  test("a dynamic group, by OCID: push on the data stream only", () => {
    const subject = "dynamic-group id ocid1.dynamicgroup.oc1..aaaaaaaaexampleloaders";
    expect(of(subject)).toEqual([
      `Allow ${subject} to use stream-push in compartment id ${STREAMING} where target.stream.id = '${streamRef("data")}'`,
    ]);
  });

  test("an OKE workload: any-user narrowed to its cluster, namespace and service account, and the stream", () => {
    expect(statements.filter((s) => s.includes("request.principal.type = 'workload'"))).toEqual([
      `Allow any-user to use stream-pull in compartment id ${STREAMING} where all {request.principal.type = 'workload', ` +
        `request.principal.namespace = 'reports', request.principal.service_account = 'file-reader', ` +
        `request.principal.cluster_id = 'ocid1.cluster.oc1.iad.aaaaaaaaexamplecluster', ` +
        `target.stream.id = '${streamRef("file-references")}'}`,
    ]);
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

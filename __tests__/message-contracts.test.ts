import {
  checkMessageContracts,
  producedMessages,
  refusal,
  streamWiring,
  undocumentedFields,
} from "./support/message-contracts";
import { committedEnvironmentNames, committedStackJson } from "./support/committed-stacks";

describe("every stream's producers write messages its consumers accept, on every stack", () => {
  test.each(committedEnvironmentNames())("%s", (name) => {
    expect(checkMessageContracts(committedStackJson(name))).toEqual([]);
  });
});

describe("stream wiring read from the synthesized stack", () => {
  const json = committedStackJson("example");

  test("finds each stream's producers and consumers", () => {
    // GIVEN the example stack WHEN its wiring is derived THEN it is the system's design, stream by stream
    const { wiring, problems } = streamWiring(json);
    expect(problems).toEqual([]);
    const byStream = Object.fromEntries(wiring.map((w) => [w.stream, w]));
    expect(byStream["evs-example-data"]).toEqual({
      stream: "evs-example-data",
      producers: [{ fn: "populate", kind: "target-request" }],
      consumers: [{ type: "function", fn: "process", via: "connector evs-example-data-to-process" }],
    });
    expect(byStream["evs-example-file-references"]).toEqual({
      stream: "evs-example-file-references",
      producers: [{ fn: "claim-check", kind: "object-reference" }],
      consumers: [{ type: "external", via: "the application that reads it (no consumer in the stack)" }],
    });
    expect(byStream["evs-example-recoverable"].producers.map((p) => p.fn).sort()).toEqual(["process", "retry"]);
    expect(byStream["evs-example-recoverable"].consumers).toEqual([
      { type: "function", fn: "retry", via: "GetMessages (RECOVERABLE_STREAM_ID)" },
    ]);
    expect(byStream["evs-example-unrecoverable"].consumers).toEqual([
      { type: "function", fn: "retry", via: "GetMessages (UNRECOVERABLE_STREAM_ID)" },
      { type: "external", via: "connector evs-example-deadletters-to-archive to objectStorage" },
    ]);
  });

  test("a stream named under an undeclared config key is a problem, not ignored", () => {
    const changed = structuredClone(json);
    const populate = Object.values<any>(changed.resource.oci_functions_function).find((f) =>
      f.display_name.endsWith("-populate"),
    );
    populate.config.AUDIT_STREAM_ID = populate.config.STREAM_ID;
    expect(streamWiring(changed).problems).toEqual([
      expect.stringMatching(
        /^function populate names stream .* in AUDIT_STREAM_ID, a role STREAM_ROLES does not declare$/,
      ),
    ]);
  });
});

describe("the contract check", () => {
  const json = committedStackJson("example");

  test("fails when claim-check publishes to the data stream: process refuses object references", () => {
    // GIVEN claim-check pointed back at the data stream, as before issue 9
    const changed = structuredClone(json);
    const fns = Object.values<any>(changed.resource.oci_functions_function);
    const claimCheck = fns.find((f) => f.display_name.endsWith("-claim-check"));
    claimCheck.config.STREAM_ID = fns.find((f) => f.display_name.endsWith("-populate")).config.STREAM_ID;
    // WHEN the contracts are checked THEN process's own parser refuses the reference
    expect(checkMessageContracts(changed)).toEqual([
      expect.stringMatching(
        /^stream evs-example-data: object-reference messages from claim-check are refused by process \(connector evs-example-data-to-process\): invalid message: value\.target: .*value\.method: /,
      ),
    ]);
  });

  test("an external consumer may get any kind whose fields are documented", () => {
    // GIVEN the archive connector reading the data stream instead: target requests then leave the stack
    const changed = structuredClone(json);
    const archive = Object.values<any>(changed.resource.oci_sch_service_connector).find(
      (c) => c.target.kind === "objectStorage",
    );
    const populate = Object.values<any>(changed.resource.oci_functions_function).find((f) =>
      f.display_name.endsWith("-populate"),
    );
    archive.source.stream_id = populate.config.STREAM_ID;
    // THEN they pass, as lib/data-sync/README.md documents them
    expect(checkMessageContracts(changed)).toEqual([]);
  });

  test("a field the documentation does not name fails the external contract", () => {
    const [reference] = producedMessages(json, "object-reference");
    const extended = {
      key: reference.key,
      value: Buffer.from(JSON.stringify({ ...JSON.parse(reference.value.toString()), checksum: "x" })),
    };
    expect(undocumentedFields("object-reference", [extended])).toEqual([
      'docs/function-contracts.md "## claim-check" does not document field "checksum"',
    ]);
  });

  test("the producers' messages are the real ones: populate's and claim-check's own builders", () => {
    const [order] = producedMessages(json, "target-request");
    // One sample per configured target, stamped with the sending client's name as populate stamps it.
    expect(JSON.parse(order.value.toString())).toEqual({
      target: "erp",
      method: "POST",
      path: "/orders",
      payload: { id: 1 },
      client: "shop",
    });
    const [reference, inlined] = producedMessages(json, "object-reference").map((m) => JSON.parse(m.value.toString()));
    expect(reference).toMatchObject({ kind: "object-reference", bucket: "evs-example-ingest", name: "in/report.json" });
    expect(inlined).toMatchObject({ contentEncoding: "base64", content: Buffer.from('{"a":1}').toString("base64") });
  });

  test("retry refuses a value that is not an error record, naming why", () => {
    const wire = {
      stream: "s",
      partition: "0",
      key: null,
      value: Buffer.from("{}").toString("base64"),
      offset: 0,
      timestamp: "t",
    };
    expect(refusal(json, "retry", wire)).toMatch(/^not an error record: /);
  });
});

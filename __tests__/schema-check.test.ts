import { checkBlock, checkStack, loadOciSchema } from "./support/schema-check";
import { committedEnvironmentNames, committedStackJson } from "./support/committed-stacks";

const schema = loadOciSchema();

describe("every environment's stack matches the OCI provider schema", () => {
  test.each(committedEnvironmentNames())("%s", (name) => {
    const json = committedStackJson(name);
    const { problems, others } = checkStack(json, schema);
    expect(problems).toEqual([]);
    expect(others).toEqual([]);
    // Guard against a vacuous pass: the stack must hold OCI resources for the check to mean anything.
    expect(Object.keys(json.resource).filter((t) => t.startsWith("oci_")).length).toBeGreaterThan(5);
  });
});

describe("the schema checker reports each kind of problem", () => {
  const streamBlock = schema.resource_schemas["oci_streaming_stream"].block;
  const nsgRuleBlock = schema.resource_schemas["oci_core_network_security_group_security_rule"].block;
  const logBlock = schema.resource_schemas["oci_logging_log"].block;
  const validStream = {
    name: "data",
    partitions: 1,
    retention_in_hours: 24,
    stream_pool_id: "${oci_streaming_stream_pool.p.id}",
  };

  test("accepts a valid block, references and meta-arguments", () => {
    expect(checkBlock(streamBlock, { ...validStream, depends_on: ["x"], "//": { metadata: {} } }, "s")).toEqual([]);
  });

  test("an unknown argument", () => {
    expect(checkBlock(streamBlock, { ...validStream, partitons: 2 }, "s")).toEqual(["s.partitons: unknown argument"]);
  });

  test("a missing required argument", () => {
    const { name: _name, ...withoutName } = validStream;
    expect(checkBlock(streamBlock, withoutName, "s")).toEqual(["s.name: required argument is missing"]);
  });

  test("a computed-only argument that is set", () => {
    expect(checkBlock(streamBlock, { ...validStream, messages_endpoint: "https://x" }, "s")).toEqual([
      "s.messages_endpoint: is computed by the provider and cannot be set",
    ]);
  });

  test("wrong primitive types", () => {
    expect(checkBlock(streamBlock, { ...validStream, partitions: "one", name: 5 }, "s")).toEqual([
      "s.name: expected string, got 5",
      's.partitions: expected number, got "one"',
    ]);
  });

  test("wrong collection types", () => {
    expect(checkBlock(streamBlock, { ...validStream, freeform_tags: ["a"], defined_tags: { k: 1 } }, "s")).toEqual([
      's.freeform_tags: expected a map of "string", got ["a"]',
      "s.defined_tags.k: expected string, got 1",
    ]);
  });

  test("a block given where an attribute is expected", () => {
    expect(checkBlock(streamBlock, { ...validStream, partitions: { count: 1 } }, "s")).toEqual([
      's.partitions: expected number, got {"count":1}',
    ]);
  });

  test("too many nested blocks", () => {
    const rule = {
      network_security_group_id: "${x.id}",
      direction: "INGRESS",
      protocol: "6",
      tcp_options: [
        { destination_port_range: { min: 443, max: 443 } },
        { destination_port_range: { min: 80, max: 80 } },
      ],
    };
    expect(checkBlock(nsgRuleBlock, rule, "r")).toEqual(["r.tcp_options: at most 1 block(s) allowed, got 2"]);
  });

  test("problems inside nested blocks, and a scalar where a block is expected", () => {
    const rule = {
      network_security_group_id: "${x.id}",
      direction: "INGRESS",
      protocol: "6",
      tcp_options: { destination_port_range: { min: 443, maximum: 443 } },
      udp_options: "none",
    };
    expect(checkBlock(nsgRuleBlock, rule, "r")).toEqual([
      "r.tcp_options.destination_port_range.maximum: unknown argument",
      "r.tcp_options.destination_port_range.max: required argument is missing",
      'r.udp_options: expected a block (an object), got "none"',
    ]);
  });

  test("a missing required nested block", () => {
    const log = {
      display_name: "l",
      log_group_id: "${g.id}",
      log_type: "SERVICE",
      configuration: { compartment_id: "c" },
    };
    expect(checkBlock(logBlock, log, "l")).toEqual(["l.configuration.source: required block is missing (at least 1)"]);
  });

  test("the built-in terraform_data resource", () => {
    const stack = {
      resource: { terraform_data: { ok: { triggers_replace: ["x"] }, bad: { triggers: ["x"], output: "y" } } },
    };
    expect(checkStack(stack, schema).problems).toEqual([
      "resource.terraform_data.bad.triggers: unknown argument",
      "resource.terraform_data.bad.output: is computed by the provider and cannot be set",
    ]);
  });

  test("a type the provider does not have, and the provider block", () => {
    const stack = {
      provider: { oci: [{ region: "us-ashburn-1", regoin: "x" }] },
      resource: { oci_streaming_topic: { t: {} }, archive_file: { a: {} } },
    };
    expect(checkStack(stack, schema)).toEqual({
      problems: [
        "provider.oci[0].regoin: unknown argument",
        "resource.oci_streaming_topic: not a type of the OCI provider schema (is it listed in scripts/oci-types.json?)",
      ],
      others: ["resource.archive_file"],
    });
  });
});

import { ARGUMENT_CONSTRAINTS, checkArgumentConstraints, isoMinutes, valuesAt } from "./support/argument-constraints";
import { committedEnvironmentNames, committedStackJson } from "./support/committed-stacks";

const stacks = committedEnvironmentNames().map((name) => [name, committedStackJson(name)] as const);

describe("every resource of every stack meets the argument constraints OCI documents", () => {
  test.each(stacks)("%s", (_name, json) => {
    expect(checkArgumentConstraints(json)).toEqual([]);
  });

  test("every constraint applies to some resource of some stack, so none is checked in vain", () => {
    const unused = ARGUMENT_CONSTRAINTS.filter(
      (c) =>
        !stacks.some(([, json]) =>
          Object.values<Record<string, unknown>>(json.resource?.[c.resourceType] ?? {}).some((body) =>
            c.arguments.split(", ").some((path) => valuesAt(body, path).length > 0),
          ),
        ),
    ).map((c) => `${c.resourceType} ${c.arguments}`);
    expect(unused).toEqual([]);
  });

  test("every constraint names its source", () => {
    for (const c of ARGUMENT_CONSTRAINTS) expect(c.source.length).toBeGreaterThan(20);
  });
});

describe("the argument constraint check", () => {
  const stackWith = (type: string, body: Record<string, unknown>) => ({ resource: { [type]: { r: body } } });

  test("refuses a functions target with both batch sizes (OCI: only one size option can be specified)", () => {
    // GIVEN the connector target issue 9 found in prod
    const connector = {
      state: "ACTIVE",
      source: { kind: "streaming", stream_id: "${oci_streaming_stream.s.id}", cursor: { kind: "TRIM_HORIZON" } },
      target: { kind: "functions", batch_size_in_kbs: 2048, batch_size_in_num: 500, batch_time_in_sec: 10 },
    };
    // WHEN it is checked THEN the problem names both fields and their values
    expect(checkArgumentConstraints(stackWith("oci_sch_service_connector", connector))).toEqual([
      expect.stringMatching(
        /^oci_sch_service_connector\.r: target\.batch_size_in_kbs = 2048 and target\.batch_size_in_num = 500: OCI accepts only one of target\.batch_size_in_kbs, target\.batch_size_in_num \(.*Only one size option can be specified/,
      ),
    ]);
    const { batch_size_in_kbs: _kbs, ...oneSize } = connector.target;
    expect(checkArgumentConstraints(stackWith("oci_sch_service_connector", { ...connector, target: oneSize }))).toEqual(
      [],
    );
  });

  test.each<[string, string, Record<string, unknown>, RegExp]>([
    [
      "a retention over 168 hours",
      "oci_streaming_stream",
      { retention_in_hours: 200 },
      /retention_in_hours is 200; OCI accepts a whole number from 24 to 168/,
    ],
    [
      "a memory size OCI does not offer",
      "oci_functions_function",
      { memory_in_mbs: "1000" },
      /memory_in_mbs is "1000"; OCI accepts one of 128, 256, 512, 1024, 2048, 3072/,
    ],
    [
      "a function timeout over 300 s",
      "oci_functions_function",
      { timeout_in_seconds: 301 },
      /timeout_in_seconds is 301/,
    ],
    ["an unknown alarm severity", "oci_monitoring_alarm", { severity: "MAJOR" }, /severity is "MAJOR"/],
    [
      "a pending duration over an hour",
      "oci_monitoring_alarm",
      { pending_duration: "PT2H" },
      /pending_duration is "PT2H"; OCI accepts an ISO 8601 duration from PT1M to PT1H/,
    ],
    [
      "a repeat duration that is not ISO 8601",
      "oci_monitoring_alarm",
      { repeat_notification_duration: "4h" },
      /repeat_notification_duration is "4h"/,
    ],
    ["a log retention not in 30-day steps", "oci_logging_log", { retention_duration: 45 }, /retention_duration is 45/],
    [
      "a key rotation under 60 days",
      "oci_kms_key",
      { auto_key_rotation_details: { rotation_interval_in_days: 30 } },
      /rotation_interval_in_days is 30; OCI accepts a whole number from 60 to 365/,
    ],
    [
      "an unknown rate key",
      "oci_apigateway_deployment",
      { specification: { request_policies: { rate_limiting: [{ rate_key: "USER" }] } } },
      /rate_key is "USER"/,
    ],
    [
      "an unknown connector cursor",
      "oci_sch_service_connector",
      { source: { cursor: { kind: "AT_TIME" } } },
      /source\.cursor\.kind is "AT_TIME"; OCI accepts one of LATEST, TRIM_HORIZON/,
    ],
  ])("refuses %s", (_name, type, body, expected) => {
    const problems = checkArgumentConstraints(stackWith(type, body));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(expected);
  });

  test("leaves values known only at apply time alone", () => {
    expect(checkArgumentConstraints(stackWith("oci_streaming_stream", { retention_in_hours: "${var.hours}" }))).toEqual(
      [],
    );
  });

  test.each([
    ["PT1M", 1],
    ["PT1H", 60],
    ["PT4H", 240],
    ["P1D", 1440],
    ["PT0M", 0],
    ["PT", NaN],
    ["1h", NaN],
  ])("reads the ISO 8601 duration %s as %d minutes", (text, minutes) => {
    expect(isoMinutes(text)).toEqual(minutes);
  });
});

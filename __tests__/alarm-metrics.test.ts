import { checkAlarmQuery, METRIC_CATALOG, parseAlarmQuery } from "../constructs/resources/metric-catalog";
import { committedEnvironmentNames, committedStackJson } from "./support/committed-stacks";

describe("every alarm of every stack queries a documented metric and documented dimensions", () => {
  test.each(committedEnvironmentNames())("%s", (name) => {
    const alarms = Object.values<any>(committedStackJson(name).resource.oci_monitoring_alarm ?? {});
    // Guard against a vacuous pass: the stack has alarms in every catalogued namespace it uses.
    expect(alarms.length).toBeGreaterThanOrEqual(6);
    const problems = alarms.flatMap((alarm) =>
      checkAlarmQuery(alarm.namespace, alarm.query).map((p) => `${alarm.display_name}: ${p}`),
    );
    expect(problems).toEqual([]);
  });
});

describe("the alarm query check", () => {
  const connector = "${oci_sch_service_connector.DataSync_ProcessConnector_C9F7DE6C.id}";

  test("reads metric, interval, dimension filters and statistic", () => {
    expect(
      parseAlarmQuery(
        `FunctionResponseCount[1m]{resourceId = "\${oci_functions_function.f.id}", responseType = "Error"}.sum() > 0`,
      ),
    ).toEqual({
      ok: true,
      query: {
        metric: "FunctionResponseCount",
        interval: "1m",
        statistic: "sum",
        dimensions: [
          { name: "resourceId", operator: "=", value: "${oci_functions_function.f.id}" },
          { name: "responseType", operator: "=", value: "Error" },
        ],
      },
    });
  });

  test("refuses a connector alarm filtered by resourceId: connector metrics carry connectorId", () => {
    expect(
      checkAlarmQuery("oci_service_connector_hub", `ErrorsAtTarget[5m]{resourceId = "${connector}"}.sum() > 0`),
    ).toEqual([
      `dimension "resourceId" is not a documented oci_service_connector_hub dimension (connectorId, connectorName, errorCode, errorType; ${METRIC_CATALOG.oci_service_connector_hub.source})`,
    ]);
    expect(
      checkAlarmQuery("oci_service_connector_hub", `ErrorsAtTarget[5m]{connectorId = "${connector}"}.sum() > 0`),
    ).toEqual([]);
  });

  test.each<[string, string, string, RegExp]>([
    [
      "an unknown metric",
      "oci_streaming",
      `PutMessageThroughput.Count[1m]{resourceId = "\${oci_streaming_stream.s.id}"}.sum() > 0`,
      /metric "PutMessageThroughput.Count" is not a documented oci_streaming metric/,
    ],
    [
      "an undocumented dimension value",
      "oci_faas",
      `FunctionResponseCount[1m]{resourceId = "\${oci_functions_function.f.id}", responseType = "Failed"}.sum() > 0`,
      /responseType = "Failed" is not one of Success, Error, Throttled/,
    ],
    [
      "a dimension holding another resource's OCID",
      "oci_streaming",
      `PutMessagesThroughput.Count[1m]{resourceId = "\${oci_streaming_stream_pool.p.id}"}.sum() > 0`,
      /must hold the OCID of a oci_streaming_stream/,
    ],
    [
      "another attribute of the right resource, which holds some other OCID",
      "oci_streaming",
      `PutMessagesThroughput.Count[1m]{resourceId = "\${oci_streaming_stream.s.stream_pool_id}"}.sum() > 0`,
      /must hold the OCID of a oci_streaming_stream/,
    ],
    [
      "an unknown namespace",
      "oci_stream",
      `PutMessagesThroughput.Count[1m].sum() > 0`,
      /namespace "oci_stream" is not in the metric catalog/,
    ],
    ["a query it cannot read", "oci_streaming", `sum(PutMessagesThroughput.Count)`, /cannot read metric\[interval\]/],
    [
      "a dimension filter it cannot read",
      "oci_streaming",
      `PutMessagesThroughput.Count[1m]{resourceId =~ "x*"}.sum() > 0`,
      /cannot read the dimension filter "resourceId =~ "x\*""/,
    ],
  ])("refuses %s", (_name, namespace, query, expected) => {
    const problems = checkAlarmQuery(namespace, query);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(expected);
  });

  test("every catalogued namespace cites its documentation page; our own metrics cite their definition", () => {
    for (const [name, namespace] of Object.entries(METRIC_CATALOG)) {
      if (name.startsWith("oci_"))
        expect(namespace.source).toMatch(/^https:\/\/docs\.oracle\.com\/en-us\/iaas\/Content\//);
      else expect(namespace.source).toMatch(/^lib\/data-sync\/delivery-metrics\.ts \(PostMetricData, https:\/\/docs/);
    }
  });

  test("refuses a backlog alarm on a custom metric name the functions never post", () => {
    expect(
      checkAlarmQuery("event_streaming", `RecoverableBacklogAge[5m]{deployment = "evs", function = "retry"}.max() > 0`),
    ).toEqual([expect.stringMatching(/metric "RecoverableBacklogAge" is not a documented event_streaming metric/)]);
  });
});

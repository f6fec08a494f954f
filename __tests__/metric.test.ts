import * as fs from "fs";
import * as path from "path";
import { TerraformVariable, Testing } from "cdktf";
import { Metric } from "../constructs/resources/metric";
import { METRIC_CATALOG } from "../constructs/resources/metric-catalog";
import { addFunction, addPolicies, addStream, COMPARTMENT } from "./support/bare-stack";

const STREAM = "ocid1.stream.oc1.iad.aaaaaaaastream";

describe("Metric", () => {
  test("renders namespace, name, dimensions in order, interval and statistic as MQL", () => {
    const metric = new Metric({
      namespace: "oci_faas",
      metricName: "FunctionResponseCount",
      compartmentId: COMPARTMENT,
      dimensions: { resourceId: "ocid1.fnfunc.oc1.iad.f", responseType: "Error" },
    });
    expect(metric.toMql()).toBe(
      `FunctionResponseCount[1m]{resourceId = "ocid1.fnfunc.oc1.iad.f", responseType = "Error"}.sum()`,
    );
    expect(metric.with({ statistic: "max", interval: "5m" }).toMql()).toBe(
      `FunctionResponseCount[5m]{resourceId = "ocid1.fnfunc.oc1.iad.f", responseType = "Error"}.max()`,
    );
    // `with` keeps what it is not told to change
    expect(metric.with({ interval: "1h" })).toMatchObject({
      statistic: "sum",
      interval: "1h",
      compartmentId: COMPARTMENT,
    });
  });

  test.each<[string, ConstructorParameters<typeof Metric>[0], RegExp]>([
    [
      "a metric OCI does not document",
      {
        namespace: "oci_streaming",
        metricName: "PutMessageThroughput.Count",
        compartmentId: COMPARTMENT,
        dimensions: {},
      },
      /metric "PutMessageThroughput.Count" is not a documented oci_streaming metric/,
    ],
    [
      "a dimension the namespace does not have",
      {
        namespace: "oci_service_connector_hub",
        metricName: "ErrorsAtTarget",
        compartmentId: COMPARTMENT,
        dimensions: { resourceId: "ocid1.x" },
      },
      /dimension "resourceId" is not a documented oci_service_connector_hub dimension/,
    ],
    [
      "a dimension value OCI does not list",
      {
        namespace: "oci_faas",
        metricName: "FunctionResponseCount",
        compartmentId: COMPARTMENT,
        dimensions: { responseType: "Failed" },
      },
      /responseType = "Failed" is not one of Success, Error, Throttled/,
    ],
    [
      "a namespace that is not catalogued",
      {
        namespace: "oci_stream",
        metricName: "PutMessagesThroughput.Count",
        compartmentId: COMPARTMENT,
        dimensions: {},
      },
      /namespace "oci_stream" is not in the metric catalog/,
    ],
    [
      "an interval MQL cannot read",
      {
        namespace: "oci_streaming",
        metricName: "PutMessagesThroughput.Count",
        compartmentId: COMPARTMENT,
        dimensions: {},
        interval: "90s",
      },
      /interval must be a whole number of minutes, hours or days .* Received "90s"/,
    ],
  ])("refuses %s when it is made, so synth fails", (_name, props, expected) => {
    expect(() => new Metric(props)).toThrow(expected);
  });

  test("absent() carries its detection period, which no other statistic takes", () => {
    const puts = {
      namespace: "oci_streaming",
      metricName: "PutMessagesThroughput.Count",
      compartmentId: COMPARTMENT,
      dimensions: { resourceId: STREAM },
    };
    const silent = new Metric({ ...puts, statistic: "absent", absenceDetectionPeriod: "72h" });
    expect(silent.toMql()).toBe(`PutMessagesThroughput.Count[1m]{resourceId = "${STREAM}"}.absent(72h)`);
    expect(silent.with({ statistic: "sum" }).toMql()).toBe(
      `PutMessagesThroughput.Count[1m]{resourceId = "${STREAM}"}.sum()`,
    );
    expect(() => new Metric({ ...puts, absenceDetectionPeriod: "72h" })).toThrow(
      "Metric oci_streaming/PutMessagesThroughput.Count: absenceDetectionPeriod applies to the absent statistic only, not sum",
    );
  });

  test("is checked against another catalog row when told, e.g. custom metrics in a namespace of the config's", () => {
    const backlog = { namespace: "my_metrics", metricName: "RecoverableBacklogMessages", compartmentId: COMPARTMENT };
    expect(() => new Metric({ ...backlog, dimensions: {} })).toThrow(
      /namespace "my_metrics" is not in the metric catalog/,
    );
    expect(
      new Metric({ ...backlog, dimensions: { function: "retry" }, catalogNamespace: "event_streaming" }).toMql(),
    ).toBe(`RecoverableBacklogMessages[1m]{function = "retry"}.sum()`);
    expect(
      () => new Metric({ ...backlog, dimensions: { function: "populate" }, catalogNamespace: "event_streaming" }),
    ).toThrow(/function = "populate" is not one of process, retry/);
  });

  test("checks a literal dimension value, and leaves a token for the synthesized-query check", () => {
    const synthesized = Testing.synthScope((scope) => {
      const id = new TerraformVariable(scope, "stream", { type: "string" }).stringValue;
      const metric = new Metric({
        namespace: "oci_streaming",
        metricName: "PutMessagesThroughput.Count",
        compartmentId: COMPARTMENT,
        dimensions: { resourceId: id },
        interval: new TerraformVariable(scope, "interval", { type: "string" }).stringValue,
      });
      expect(metric.toMql()).toContain("PutMessagesThroughput.Count[");
    });
    expect(synthesized).toBeDefined();
    expect(
      () =>
        new Metric({
          namespace: "oci_streaming",
          metricName: "PutMessagesThroughput.Count",
          compartmentId: COMPARTMENT,
          dimensions: { resourceId: "not-an-ocid" },
        }),
    ).toThrow(/resourceId = "not-an-ocid" must hold the OCID of a oci_streaming_stream/);
    expect(
      new Metric({
        namespace: "oci_streaming",
        metricName: "PutMessagesThroughput.Count",
        compartmentId: COMPARTMENT,
        dimensions: { resourceId: STREAM },
      }).toMql(),
    ).toBe(`PutMessagesThroughput.Count[1m]{resourceId = "${STREAM}"}.sum()`);
  });
});

describe("metric methods of their owners", () => {
  test("a stream's metrics are the streaming namespace's, on its id, in its compartment", () => {
    Testing.synthScope((scope) => {
      addPolicies(scope);
      const stream = addStream(scope);
      for (const [metric, name] of [
        [stream.metricPuts(), "PutMessagesThroughput.Count"],
        [stream.metricPutThrottles(), "PutMessagesThrottling.Count"],
        [stream.metricGets(), "GetMessagesThroughput.Count"],
      ] as const) {
        expect(metric).toMatchObject({ namespace: "oci_streaming", metricName: name, compartmentId: COMPARTMENT });
        expect(metric.dimensions).toEqual({ resourceId: stream.streamId });
        expect(METRIC_CATALOG.oci_streaming.metrics).toContain(name);
      }
    });
  });

  test("a function's errors and throttles are FunctionResponseCount by response type, on its id", () => {
    Testing.synthScope((scope) => {
      addPolicies(scope);
      const fn = addFunction(scope);
      expect(fn.metricErrors()).toMatchObject({
        namespace: "oci_faas",
        metricName: "FunctionResponseCount",
        compartmentId: COMPARTMENT,
        dimensions: { resourceId: fn.functionId, responseType: "Error" },
      });
      expect(fn.metricThrottles().dimensions).toEqual({ resourceId: fn.functionId, responseType: "Throttled" });
      expect(fn.metricInvocations()).toMatchObject({ metricName: "FunctionInvocationCount" });
      expect(fn.metricDuration()).toMatchObject({ metricName: "FunctionExecutionDuration", statistic: "mean" });
      expect(fn.metricDuration({ statistic: "max" })).toMatchObject({ statistic: "max" });
    });
  });
});

describe("patterns", () => {
  /**
   * Alarms are built from their owners' metric methods: a query written in a pattern would skip the owner's
   * dimension and the catalog check when the metric is made. Only alarms.ts, which turns metric objects into alarm
   * resources, writes MQL (comments aside).
   */
  test("write no MQL of their own", () => {
    const dir = path.join(__dirname, "..", "constructs", "patterns");
    const mql = /\bquery\s*[:,]|\]\$\{|\[[0-9]+[mhd]\]/;
    const found = fs
      .readdirSync(dir)
      .filter((file) => file.endsWith(".ts") && file !== "alarms.ts")
      .flatMap((file) =>
        fs
          .readFileSync(path.join(dir, file), "utf8")
          .split("\n")
          .map((line, i) => [`${file}:${i + 1}`, line] as const)
          .filter(([, line]) => !/^\s*(\/\/|\*|\/\*\*)/.test(line) && mql.test(line))
          .map(([where, line]) => `${where}: ${line.trim()}`),
      );
    expect(found).toEqual([]);
  });
});

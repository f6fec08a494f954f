import "cdktf/lib/testing/adapters/jest";
import { TerraformVariable, Testing } from "cdktf";
import { MonitoringAlarm } from "../.gen/providers/oci/monitoring-alarm";
import { AlarmDefinition, Alarms } from "../constructs/patterns/alarms";
import { Metric } from "../constructs/resources/metric";
import { COMPARTMENT } from "./support/bare-stack";

const TOPIC = "ocid1.onstopic.oc1.iad.aaaaaaaatopic";
const METRIC_COMPARTMENT = "ocid1.compartment.oc1..aaaaaaaametrics";
const puts = new Metric({
  namespace: "oci_streaming",
  metricName: "PutMessagesThroughput.Count",
  compartmentId: METRIC_COMPARTMENT,
  dimensions: { resourceId: "ocid1.stream.oc1.iad.aaaaaaaastream" },
});

function synthAlarm(alarm: Partial<AlarmDefinition>): string {
  return Testing.synthScope((scope) => {
    new Alarms(scope, "Alarms", {
      compartmentId: COMPARTMENT,
      namePrefix: "t",
      topicId: TOPIC,
      alarms: [{ name: "dead-letters", metric: puts, severity: "CRITICAL", body: "Read the stream.", ...alarm }],
    });
  });
}

describe("Alarms", () => {
  test("builds each alarm from its metric: namespace, the metric's compartment and the MQL with its condition", () => {
    // GIVEN a metric WHEN an alarm is built from it THEN
    expect(synthAlarm({})).toHaveResourceWithProperties(MonitoringAlarm, {
      display_name: "t-dead-letters",
      compartment_id: COMPARTMENT,
      namespace: "oci_streaming",
      metric_compartment_id: METRIC_COMPARTMENT,
      query: `PutMessagesThroughput.Count[1m]{resourceId = "ocid1.stream.oc1.iad.aaaaaaaastream"}.sum() > 0`,
      severity: "CRITICAL",
      destinations: [TOPIC],
    });
  });

  test("takes a threshold and a comparison", () => {
    expect(
      synthAlarm({ metric: puts.with({ interval: "5m" }), threshold: 100, comparison: ">=" }),
    ).toHaveResourceWithProperties(MonitoringAlarm, {
      query: `PutMessagesThroughput.Count[5m]{resourceId = "ocid1.stream.oc1.iad.aaaaaaaastream"}.sum() >= 100`,
    });
  });

  test("refuses a threshold that is not a finite number, and lets a token through", () => {
    expect(() => synthAlarm({ threshold: Number.NaN })).toThrow(
      "Alarm dead-letters: threshold must be a finite number. Received NaN",
    );
    const synthesized = Testing.synthScope((scope) => {
      new Alarms(scope, "Alarms", {
        compartmentId: COMPARTMENT,
        namePrefix: "t",
        topicId: TOPIC,
        alarms: [
          {
            name: "busy",
            metric: puts,
            threshold: new TerraformVariable(scope, "threshold", { type: "number" }).numberValue,
            severity: "WARNING",
            body: "b",
          },
        ],
      });
    });
    expect(synthesized).toHaveResourceWithProperties(MonitoringAlarm, {
      query: `PutMessagesThroughput.Count[1m]{resourceId = "ocid1.stream.oc1.iad.aaaaaaaastream"}.sum() > \${var.threshold}`,
    });
  });

  test("an alarm on absent() is its own condition: no threshold, and one given is refused", () => {
    const silent = puts.with({ statistic: "absent", interval: "60m", absenceDetectionPeriod: "72h" });
    expect(synthAlarm({ metric: silent })).toHaveResourceWithProperties(MonitoringAlarm, {
      query: `PutMessagesThroughput.Count[60m]{resourceId = "ocid1.stream.oc1.iad.aaaaaaaastream"}.absent(72h)`,
    });
    expect(() => synthAlarm({ metric: silent, threshold: 0 })).toThrow(
      "Alarm dead-letters: an alarm on absent() takes no threshold or comparison",
    );
  });
});

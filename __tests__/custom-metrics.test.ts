import "cdktf/lib/testing/adapters/jest";
import { Testing } from "cdktf";
import { Construct } from "constructs";
import { CustomMetrics } from "../constructs/resources/custom-metrics";
import { DELIVERY_METRICS } from "../lib/data-sync/delivery-metrics";
import { addPolicies, COMPARTMENT, statementsOf } from "./support/bare-stack";

function customMetrics(scope: Construct, namespace = "event_streaming"): CustomMetrics {
  addPolicies(scope);
  return new CustomMetrics(scope, "Metrics", { namespace, compartmentId: COMPARTMENT });
}

describe("CustomMetrics", () => {
  test("creates nothing in OCI: a namespace exists once metrics are posted in it", () => {
    const synthesized = Testing.synthScope((scope) => customMetrics(scope));
    expect(JSON.parse(synthesized).resource).toBeUndefined();
  });

  test("grantPost allows posting in this namespace only, in its compartment, and is returned", () => {
    let returned = "";
    const synthesized = Testing.synthScope((scope) => {
      returned = customMetrics(scope, "sync_metrics").grantPost({
        policySubject: "dynamic-group fns",
        policyConditions: [],
      }).text;
    });
    const expected = `Allow dynamic-group fns to use metrics in compartment id ${COMPARTMENT} where target.metrics.namespace = 'sync_metrics'`;
    expect(returned).toBe(expected);
    expect(statementsOf(synthesized)).toEqual([expected]);
  });

  test("its metrics are in its namespace and compartment, checked against the project's own metric table", () => {
    Testing.synthScope((scope) => {
      const metrics = customMetrics(scope, "sync_metrics");
      const backlog = metrics.metric(
        DELIVERY_METRICS.backlogMessages,
        { deployment: "t", function: "retry" },
        {
          statistic: "max",
          interval: "5m",
        },
      );
      expect(backlog).toMatchObject({ namespace: "sync_metrics", compartmentId: COMPARTMENT });
      expect(backlog.toMql()).toBe(`RecoverableBacklogMessages[5m]{deployment = "t", function = "retry"}.max()`);
      expect(() => metrics.metric("BacklogMessages", {})).toThrow(/metric "BacklogMessages" is not a documented/);
    });
  });
});

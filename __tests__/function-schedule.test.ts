import "cdktf/lib/testing/adapters/jest";
import { TerraformVariable, Testing } from "cdktf";
import { Construct } from "constructs";
import { ResourceSchedulerSchedule } from "../.gen/providers/oci/resource-scheduler-schedule";
import { cronEvery, FunctionSchedule } from "../constructs/resources/function-schedule";
import { COMPARTMENT } from "./support/bare-stack";

const FUNCTION = "ocid1.fnfunc.oc1.iad.aaaaaaaaretry";

function schedule(scope: Construct, intervalInMinutes: number): FunctionSchedule {
  return new FunctionSchedule(scope, "Schedule", {
    compartmentId: COMPARTMENT,
    displayName: "t-retry",
    description: "test",
    functionId: FUNCTION,
    intervalInMinutes,
  });
}

describe("FunctionSchedule", () => {
  test("starts its function on a cron schedule, active from the start", () => {
    // GIVEN a bare stack WHEN an hourly schedule is created
    const synthesized = Testing.synthScope((scope) => schedule(scope, 60));
    // THEN
    expect(synthesized).toHaveResourceWithProperties(ResourceSchedulerSchedule, {
      compartment_id: COMPARTMENT,
      action: "START_RESOURCE",
      recurrence_type: "CRON",
      recurrence_details: "0 */1 * * *",
      resources: [{ id: FUNCTION }],
      state: "ACTIVE",
    });
  });

  test.each([
    [5, "*/5 * * * *"],
    [30, "*/30 * * * *"],
    [120, "0 */2 * * *"],
    [1440, "0 0 * * *"],
  ])("every %d minutes is the cron expression %s", (minutes, cron) => {
    expect(cronEvery(minutes)).toBe(cron);
  });

  test("as a grantee it is any-user narrowed to this one schedule", () => {
    Testing.synthScope((scope) => {
      const s = schedule(scope, 60);
      expect(s.policySubject).toBe("any-user");
      expect(s.policyConditions).toEqual([
        "request.principal.type = 'resourceschedule'",
        `request.principal.id = '${s.scheduleId}'`,
      ]);
    });
  });

  test("refuses an interval a cron expression cannot repeat evenly, naming the choices", () => {
    expect(() => Testing.synthScope((scope) => schedule(scope, 45))).toThrow(
      "FunctionSchedule Schedule: intervalInMinutes must be one of 5, 10, 15, 20, 30, 60, 120, 180, 240, 360, 480, 720, 1440. Received 45",
    );
  });

  test("refuses an interval known only at apply, since the cron expression is computed at synth", () => {
    expect(() =>
      Testing.synthScope((scope) => schedule(scope, new TerraformVariable(scope, "n", { type: "number" }).numberValue)),
    ).toThrow(/FunctionSchedule Schedule: intervalInMinutes must be known at synth/);
  });
});

import { SCHEDULE_INTERVALS_IN_MINUTES } from "../config/schema";
import { cronEvery } from "../constructs/resources/function-schedule";
import { cronIntervalMinutes, ResourceSchedulerEmulator } from "../stand-ins/resource-scheduler";
import { waitFor } from "./support/local-system";

describe("the Resource Scheduler emulator", () => {
  test.each(SCHEDULE_INTERVALS_IN_MINUTES.map((m) => [m]))(
    "runs every %i minutes what FunctionSchedule writes for that interval",
    (minutes) => {
      expect(cronIntervalMinutes(cronEvery(minutes))).toBe(minutes);
    },
  );

  test("refuses a recurrence it does not emulate, by name, rather than run it at a wrong cadence", () => {
    const definition = { name: "s", recurrenceType: "CRON", recurrenceDetails: "15 3 * * 1", functionIds: ["f"] };
    const options = { invoke: async () => ({ status: 200 }) };
    expect(() => new ResourceSchedulerEmulator(definition, options)).toThrow(
      /schedule s: cron "15 3 \* \* 1" is not one of/,
    );
    expect(
      () => new ResourceSchedulerEmulator({ ...definition, recurrenceType: "ICAL", recurrenceDetails: "" }, options),
    ).toThrow(/schedule s: recurrence_type ICAL is not emulated/);
  });

  test("each run invokes every function of the schedule with an empty body, at the scaled interval", async () => {
    const calls: [string, string][] = [];
    const schedule = new ResourceSchedulerEmulator(
      { name: "s", recurrenceType: "CRON", recurrenceDetails: "*/5 * * * *", functionIds: ["a", "b"] },
      { invoke: async (id, body) => (calls.push([id, body]), { status: 200 }), timeScale: 0.0001 },
    ).start();
    // 5 minutes at 0.0001 are 30 ms; unscaled, the second run would come after 5 minutes, long after the wait gives up.
    // (A fixed 200 ms sleep saw fewer than two runs once, on a machine loaded by the other suites.)
    try {
      await waitFor("two scheduled runs", () => schedule.runs.length >= 2, 5_000);
    } finally {
      await schedule.stop();
    }
    expect(schedule.runs.length).toBeGreaterThanOrEqual(2);
    expect(schedule.runs.every((r) => r.statuses.join() === "200,200")).toBe(true);
    expect(calls.slice(0, 2)).toEqual([
      ["a", ""],
      ["b", ""],
    ]);
  });
});

/**
 * Resource Scheduler, for an `oci_resource_scheduler_schedule` that runs functions: "You schedule a function by
 * creating a new resource schedule, and adding the function to that resource schedule", and a scheduled function is
 * invoked with the detached invocation type (Scheduling Functions,
 * https://docs.oracle.com/iaas/Content/Functions/Tasks/functionsschedulingfunctions-about.htm). Here each run
 * invokes every resource of the schedule with an empty body and does not wait for one run to end before the next
 * is due, as a detached invocation does not.
 *
 * Only the recurrence forms constructs/resources/function-schedule.ts writes are emulated (`recurrence_type = CRON`,
 * `*\/N * * * *`, `0 *\/H * * *`, `0 0 * * *`); any other schedule is refused by name rather than run at a wrong
 * cadence. The first run is one interval after start, as a cron schedule's first match is.
 *
 * NOT FOUND in OCI's docs, so chosen here: what body a scheduled invocation carries (none here; the retry function
 * treats an empty body as a scheduled run) and how late a run may start (on time here).
 */

export interface ScheduleDefinition {
  /** The schedule's display name, for logs and errors. */
  readonly name: string;
  readonly recurrenceType: string;
  readonly recurrenceDetails: string;
  /** The functions the schedule invokes (its static `resources`). */
  readonly functionIds: readonly string[];
  /** `ACTIVE` runs; `INACTIVE` is kept but never runs. */
  readonly state?: string;
}

export interface ResourceSchedulerOptions {
  /** Invokes one function with a body, as the Functions service would. */
  readonly invoke: (functionId: string, body: string) => Promise<{ status: number }>;
  /** Multiplies the interval: tests run an hourly schedule in a fraction of that. @default 1 */
  readonly timeScale?: number;
  readonly log?: (entry: Record<string, unknown>) => void;
}

/** Minutes between runs of a cron expression of the forms FunctionSchedule writes, or why it is not one. */
export function cronIntervalMinutes(expression: string): number | { problem: string } {
  const everyMinutes = /^\*\/([1-9][0-9]*) \* \* \* \*$/.exec(expression);
  if (everyMinutes) return Number(everyMinutes[1]);
  const everyHours = /^0 \*\/([1-9][0-9]*) \* \* \*$/.exec(expression);
  if (everyHours) return Number(everyHours[1]) * 60;
  if (expression === "0 0 * * *") return 1440;
  return { problem: `cron "${expression}" is not one of */N * * * *, 0 */H * * *, 0 0 * * *` };
}

export class ResourceSchedulerEmulator {
  /** Every run, with each invocation's status, oldest first. */
  readonly runs: { at: Date; statuses: number[] }[] = [];
  private readonly intervalMs: number;
  private timer?: NodeJS.Timeout;
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(
    readonly definition: ScheduleDefinition,
    private readonly options: ResourceSchedulerOptions,
  ) {
    if (definition.recurrenceType !== "CRON") {
      throw new Error(
        `schedule ${definition.name}: recurrence_type ${definition.recurrenceType} is not emulated (CRON)`,
      );
    }
    const minutes = cronIntervalMinutes(definition.recurrenceDetails);
    if (typeof minutes !== "number") throw new Error(`schedule ${definition.name}: ${minutes.problem}`);
    this.intervalMs = minutes * 60_000 * (options.timeScale ?? 1);
  }

  start(): this {
    if (this.definition.state !== "INACTIVE") this.timer = setInterval(() => this.run(), this.intervalMs);
    return this;
  }

  /** One run now: every function of the schedule invoked with an empty body. */
  run(): Promise<unknown> {
    const at = new Date();
    const run = Promise.all(this.definition.functionIds.map((id) => this.options.invoke(id, "")))
      .then((replies) => {
        const statuses = replies.map((r) => r.status);
        this.runs.push({ at, statuses });
        this.options.log?.({ schedule: this.definition.name, at: at.toISOString(), statuses });
      })
      .catch((error: Error) => this.options.log?.({ schedule: this.definition.name, error: error.message }));
    this.inFlight.add(run);
    void run.finally(() => this.inFlight.delete(run));
    return run;
  }

  /** Stops the schedule and waits for the invocations under way. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    await Promise.allSettled([...this.inFlight]);
  }
}

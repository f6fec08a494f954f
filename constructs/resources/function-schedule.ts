import { Construct } from "constructs";
import { ResourceSchedulerSchedule } from "../../.gen/providers/oci/resource-scheduler-schedule";
import { SCHEDULE_INTERVALS_IN_MINUTES } from "../../config/schema";
import { Grantee } from "./policy-statement";
import { checkOneOf, requireResolved } from "./range-check";

export interface FunctionScheduleProps {
  /** Compartment of the schedule. */
  readonly compartmentId: string;
  /** Name of the schedule, unique in its compartment. */
  readonly displayName: string;
  /** What the schedule runs, shown in the console. */
  readonly description: string;
  /** The function the schedule invokes. */
  readonly functionId: string;
  /** Minutes between runs; one of SCHEDULE_INTERVALS_IN_MINUTES. */
  readonly intervalInMinutes: number;
}

/**
 * Runs a function on a recurring schedule with OCI Resource Scheduler, the way OCI Functions documents it: "You
 * schedule a function by creating a new resource schedule, and adding the function to that resource schedule"
 * (Scheduling Functions, https://docs.oracle.com/iaas/Content/Functions/Tasks/functionsschedulingfunctions-about.htm).
 *
 * - `action = START_RESOURCE` with the function as a static resource: the action the provider's and public examples
 *   use for functions; Oracle's pages name no other for them (inferred, not stated).
 * - `recurrence_type = CRON`, a 5-field UNIX cron ("can either conform to RFC-5545 formatting or UNIX cron
 *   formatting", CreateScheduleDetails.recurrenceDetails, SDK model). Oracle documents no minimum interval; the
 *   Console form offers daily and longer, a cron expression anything: sub-hourly cadence is *unverified* on a tenancy.
 * - No request body is set: the function treats an empty body as a scheduled run (functions/retry/retry.ts).
 *
 * As a grantee it is `any-user` narrowed to this schedule, Resource Scheduler's documented form ("Allow any-user to
 * manage <resource_type> in compartment id <c> where all{request.principal.type='resourceschedule',
 * request.principal.id='<ocid_of_resourceschedule>'}", Example Policies,
 * https://docs.oracle.com/iaas/Content/resource-scheduler/references/example_policies.htm). The verbs are the
 * function's `grantInvoke` ones, `use fn-function` and `use fn-invocation` (InvokeFunction needs FN_INVOCATION, "Details
 * for Functions", https://docs.oracle.com/iaas/Content/Identity/Reference/functionspolicyreference.htm), narrower than
 * the example's `manage`: that a schedule needs no more to invoke a function is *unverified* on a tenancy (the
 * Functions scheduling page's own policy text was not retrievable).
 */
export class FunctionSchedule extends Construct implements Grantee {
  public readonly schedule: ResourceSchedulerSchedule;
  public readonly scheduleId: string;
  public readonly policySubject = "any-user";
  public readonly policyConditions: readonly string[];

  constructor(scope: Construct, id: string, props: FunctionScheduleProps) {
    super(scope, id);
    // The cron expression is computed from the interval, so it cannot wait for apply.
    requireResolved(`FunctionSchedule ${id}`, "intervalInMinutes", props.intervalInMinutes);
    checkOneOf(`FunctionSchedule ${id}`, "intervalInMinutes", props.intervalInMinutes, SCHEDULE_INTERVALS_IN_MINUTES);
    this.schedule = new ResourceSchedulerSchedule(this, "Schedule", {
      compartmentId: props.compartmentId,
      displayName: props.displayName,
      description: props.description,
      action: "START_RESOURCE",
      recurrenceType: "CRON",
      recurrenceDetails: cronEvery(props.intervalInMinutes),
      resources: [{ id: props.functionId }],
      state: "ACTIVE",
    });
    this.scheduleId = this.schedule.id;
    this.policyConditions = [
      `request.principal.type = 'resourceschedule'`,
      `request.principal.id = '${this.scheduleId}'`,
    ];
  }
}

/** `*\/N * * * *` below an hour, `0 *\/H * * *` in whole hours, `0 0 * * *` daily. */
export function cronEvery(minutes: number): string {
  if (minutes < 60) return `*/${minutes} * * * *`;
  if (minutes < 1440) return `0 */${minutes / 60} * * *`;
  return "0 0 * * *";
}

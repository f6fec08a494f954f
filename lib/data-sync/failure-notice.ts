import { requests } from "oci-ons";
import { notificationsClient } from "../clients/notifications";
import { describeFailure } from "../failure";
import { Call } from "../fn-handler";
import { DeliveryConfig } from "./config";
import { ErrorRecord } from "./error-record";
import { streamMessageSchema } from "./stream-message";

/** Failures quoted in a notice; the counts cover the rest. */
export const NOTICE_EXAMPLES = 5;
const ERROR_EXCERPT_CHARS = 200;
/** Call ids quoted in a summary of several invocations; `invocations` counts them all. */
const CALL_IDS_QUOTED = 5;

/**
 * What one or more invocations with failures report: counts, a few examples, and the rendered title and body, small
 * enough for any subscription (email, Slack).
 */
export interface FailureNotice {
  readonly functionName: string;
  readonly invocations: number;
  readonly callIds: readonly string[];
  /** ISO time of the first invocation summarised. */
  readonly since: string;
  readonly counts: Readonly<Record<string, number>>;
  readonly failed: number;
  readonly deferred: number;
  readonly examples: readonly Record<string, unknown>[];
  readonly title: string;
  readonly body: string;
}

/**
 * One invocation's notice: the counts and a few examples. `deferred` records were never attempted (no time left,
 * no credential yet, or held behind their key): the title counts them apart, and examples quote what failed before
 * what merely waits.
 */
export function failureNotice(
  functionName: string,
  callId: string,
  counts: Record<string, number>,
  failures: readonly ErrorRecord[],
  deferred: readonly ErrorRecord[] = [],
  now: Date = new Date(),
): FailureNotice {
  const examples = [...failures, ...deferred].slice(0, NOTICE_EXAMPLES).map((record) => {
    const original = streamMessageSchema.safeParse(record.original);
    return {
      ...(original.success
        ? { partition: original.data.partition, offset: original.data.offset }
        : { original: "malformed message" }),
      // Which target it was for and which API client sent it, so the operator knows whom to ask.
      ...(record.target ? { target: record.target } : {}),
      ...(record.client ? { client: record.client } : {}),
      stream: record.stream,
      attempt: record.attempt,
      status: record.status,
      error: record.error.slice(0, ERROR_EXCERPT_CHARS),
    };
  });
  return render({
    functionName,
    invocations: 1,
    callIds: [callId],
    since: now.toISOString(),
    counts,
    failed: failures.length,
    deferred: deferred.length,
    examples,
  });
}

type NoticeFacts = Omit<FailureNotice, "title" | "body">;

function render(facts: NoticeFacts): FailureNotice {
  const { functionName, invocations, callIds, since, counts, failed, deferred, examples } = facts;
  const title =
    `data-sync ${functionName}: ${failed} message(s) failed` +
    (deferred > 0 ? `, ${deferred} deferred` : "") +
    (invocations > 1 ? ` in ${invocations} invocations since ${since}` : "");
  const body =
    invocations === 1
      ? { function: functionName, callId: callIds[0], ...counts, examples }
      : { function: functionName, invocations, since, callIds, ...counts, examples };
  return { ...facts, title, body: JSON.stringify(body, null, 2) };
}

/** Two notices as one: counts added, the earliest examples and call ids kept. */
export function mergeNotices(a: FailureNotice, b: FailureNotice): FailureNotice {
  const counts: Record<string, number> = { ...a.counts };
  for (const [name, value] of Object.entries(b.counts)) counts[name] = (counts[name] ?? 0) + value;
  return render({
    functionName: a.functionName,
    invocations: a.invocations + b.invocations,
    callIds: [...a.callIds, ...b.callIds].slice(0, CALL_IDS_QUOTED),
    since: a.since < b.since ? a.since : b.since,
    counts,
    failed: a.failed + b.failed,
    deferred: a.deferred + b.deferred,
    examples: [...a.examples, ...b.examples].slice(0, NOTICE_EXAMPLES),
  });
}

/**
 * A topic takes 60 publishes per minute ("Transactions Per Minute (TPM) per-tenancy limit for this operation: 60 per
 * topic", PublishMessage in the Notifications API reference and `oci ons message publish`), shared by every
 * container and by the alarms. So a container publishes at most one summary per window: the first failure at once,
 * later ones merged into the next summary, which goes out with the first failing invocation after the window. A
 * summary that cannot be published is carried into the next one, never dropped.
 */
export class NoticeAggregator {
  private pending?: FailureNotice;
  private lastAttemptAt?: number;

  constructor(private readonly now: () => number = Date.now) {}

  /** Adds a notice; returns the summary due now (taking it out of the aggregator), or undefined while it waits. */
  take(notice: FailureNotice, windowMs: number): FailureNotice | undefined {
    this.pending = this.pending ? mergeNotices(this.pending, notice) : notice;
    const now = this.now();
    if (this.lastAttemptAt !== undefined && now - this.lastAttemptAt < windowMs) return undefined;
    this.lastAttemptAt = now;
    const due = this.pending;
    this.pending = undefined;
    return due;
  }

  /** A summary that could not be published goes back in, ahead of what came since. */
  carry(summary: FailureNotice): void {
    this.pending = this.pending ? mergeNotices(summary, this.pending) : summary;
  }

  /** What waits for the next summary. */
  get waiting(): { invocations: number; failed: number; deferred: number } {
    return {
      invocations: this.pending?.invocations ?? 0,
      failed: this.pending?.failed ?? 0,
      deferred: this.pending?.deferred ?? 0,
    };
  }
}

/** This container's notices: Fn runs one function per container, so this is per function and container. */
const aggregator = new NoticeAggregator();

/**
 * Reports an invocation's failures: published now, or carried into the next summary (logged with what waits). A
 * failed publish is logged with the counts it carries and does not fail the invocation (the error streams hold the
 * facts).
 */
export async function reportFailures(
  call: Call<DeliveryConfig>,
  notice: FailureNotice,
  notices: NoticeAggregator = aggregator,
): Promise<void> {
  const due = notices.take(notice, call.config.NOTICE_WINDOW_SECONDS * 1000);
  if (!due) {
    call.log.info("failure notice carried into the next summary", { waiting: notices.waiting });
    return;
  }
  try {
    await publishNotice(call, due);
  } catch (err) {
    notices.carry(due);
    call.log.warn("failure summary not published; carried into the next", {
      ...describeFailure(err),
      waiting: notices.waiting,
    });
  }
}

/** Publishes one notice to the operations topic; throws when Notifications refuses it. */
async function publishNotice(call: Call<DeliveryConfig>, notice: FailureNotice): Promise<void> {
  const client = notificationsClient(call.clients);
  try {
    await client.publishMessage({
      topicId: call.config.NOTIFICATION_TOPIC_ID,
      messageDetails: { title: notice.title, body: notice.body },
      // JSON would require a "default" key in the body; the notice is plain text for every protocol.
      messageType: requests.PublishMessageRequest.MessageType.RawText,
    });
  } finally {
    client.close();
  }
}

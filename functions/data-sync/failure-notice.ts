import { requests } from "oci-ons";
import { notificationsClient } from "../shared/clients/notifications";
import { describeFailure } from "../shared/failure";
import { Call } from "../shared/fn-handler";
import { DeliveryConfig } from "./config";
import { ErrorRecord } from "./error-record";
import { streamMessageSchema } from "./stream-message";

/** Failures quoted in a notice; the counts cover the rest. */
export const NOTICE_EXAMPLES = 5;
const ERROR_EXCERPT_CHARS = 200;

export interface FailureNotice {
  readonly title: string;
  readonly body: string;
}

/**
 * One notice per invocation: the counts and a few examples, small enough for any subscription (email, Slack).
 * `deferred` records were never attempted (no time left, or held behind their key): the title counts them apart, and
 * examples quote what failed before what merely waits.
 */
export function failureNotice(
  functionName: string,
  callId: string,
  counts: Record<string, number>,
  failures: readonly ErrorRecord[],
  deferred: readonly ErrorRecord[] = [],
): FailureNotice {
  const examples = [...failures, ...deferred].slice(0, NOTICE_EXAMPLES).map((record) => {
    const original = streamMessageSchema.safeParse(record.original);
    return {
      ...(original.success
        ? { partition: original.data.partition, offset: original.data.offset }
        : { original: "malformed message" }),
      stream: record.stream,
      attempt: record.attempt,
      status: record.status,
      error: record.error.slice(0, ERROR_EXCERPT_CHARS),
    };
  });
  return {
    title:
      `data-sync ${functionName}: ${failures.length} message(s) failed` +
      (deferred.length > 0 ? `, ${deferred.length} deferred` : ""),
    body: JSON.stringify({ function: functionName, callId, ...counts, examples }, null, 2),
  };
}

/** Publishes the notice; a failure is logged and does not fail the invocation (the error streams hold the facts). */
export async function publishNotice(call: Call<DeliveryConfig>, notice: FailureNotice): Promise<void> {
  const client = notificationsClient(call.clients);
  try {
    await client.publishMessage({
      topicId: call.config.NOTIFICATION_TOPIC_ID,
      messageDetails: { title: notice.title, body: notice.body },
      // JSON would require a "default" key in the body; the notice is plain text for every protocol.
      messageType: requests.PublishMessageRequest.MessageType.RawText,
    });
  } catch (err) {
    call.log.warn("failure notice not published", describeFailure(err));
  } finally {
    client.close();
  }
}

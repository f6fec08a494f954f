import { randomUUID } from "crypto";
import { matchPath, OciApiError, Reply, Route, StandInRequest, StandInServer } from "./standin-server";

/**
 * The OCI Notifications data plane's PublishMessage (`POST /20181201/topics/{topicId}/messages`):
 * https://docs.oracle.com/iaas/api/#/en/notification/20181201/NotificationTopic/PublishMessage
 */

/** "Message size limit per request: 64KB." */
export const MAX_PUBLISH_BYTES = 64 * 1024;

/**
 * "Transactions Per Minute (TPM) per-tenancy limit for this operation: 60 per topic. (This TPM limit represents
 * messages per minute.)" (PublishMessage, API reference and `oci ons message publish`). Modelled as a rolling minute.
 */
export const PUBLISHES_PER_MINUTE = 60;

export interface PublishedMessage {
  readonly topicId: string;
  readonly messageId: string;
  readonly title?: string;
  readonly body: string;
  /** The `messageType` header: JSON (the default) or RAW_TEXT. */
  readonly messageType: string;
  readonly publishedAt: Date;
}

export class NotificationsStandIn extends StandInServer {
  /** Every message accepted, in order. */
  readonly published: PublishedMessage[] = [];
  private readonly topics = new Set<string>();
  private readonly listeners: ((message: PublishedMessage) => void)[] = [];

  /** Calls `listener` with every message accepted from now on (e.g. to write a log a person can read). */
  onPublished(listener: (message: PublishedMessage) => void): void {
    this.listeners.push(listener);
  }

  /** Forgets every topic and published message. */
  override reset(): void {
    super.reset();
    this.published.length = 0;
    this.topics.clear();
  }

  /** Makes a topic exist; publishing to any other topic gets 404. */
  createTopic(topicId = `ocid1.onstopic.oc1.iad.${randomUUID().replace(/-/g, "")}`): string {
    this.topics.add(topicId);
    return topicId;
  }

  protected route(method: string, url: URL): Route | undefined {
    const params = method === "POST" ? matchPath("/20181201/topics/{topicId}/messages", url.pathname) : undefined;
    return params && { operation: "PublishMessage", params, handle: (r) => this.publish(r) };
  }

  private publish(request: StandInRequest): Reply {
    const { topicId } = request.params;
    if (!this.topics.has(topicId)) throw new OciApiError(404, "NotAuthorizedOrNotFound", `Topic ${topicId} not found`);
    const now = Date.now();
    const lastMinute = this.published.filter((m) => m.topicId === topicId && now - m.publishedAt.getTime() < 60_000);
    if (lastMinute.length >= PUBLISHES_PER_MINUTE) {
      throw new OciApiError(429, "TooManyRequests", `More than ${PUBLISHES_PER_MINUTE} messages per minute on topic`);
    }
    if (request.body.length > MAX_PUBLISH_BYTES) {
      throw new OciApiError(
        400,
        "InvalidParameter",
        `The message is ${request.body.length} bytes; the limit is ${MAX_PUBLISH_BYTES}`,
      );
    }
    let details: { title?: unknown; body?: unknown };
    try {
      details = JSON.parse(request.body.toString()) as typeof details;
    } catch {
      throw new OciApiError(400, "InvalidParameter", "The request body must be JSON {title, body}");
    }
    if (typeof details.body !== "string")
      throw new OciApiError(400, "InvalidParameter", "body is required and must be a string");
    if (details.title !== undefined && typeof details.title !== "string") {
      throw new OciApiError(400, "InvalidParameter", "title must be a string");
    }
    const message: PublishedMessage = {
      topicId,
      messageId: randomUUID(),
      title: details.title,
      body: details.body,
      messageType: String(request.headers["messagetype"] ?? "JSON"),
      publishedAt: new Date(),
    };
    this.published.push(message);
    for (const listener of this.listeners) listener(message);
    return { body: { messageId: message.messageId, timeStamp: message.publishedAt.toISOString() } };
  }
}

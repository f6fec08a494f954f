import { createHash } from "crypto";
import { findOversized, StreamMessage } from "../../lib/batching";
import { KEY_BYTES } from "../../lib/object-reference-limits";
import { encodePathSegment } from "../../lib/request-uri";
import { ObjectEvent } from "./object-event";

/** The stream message's value: where the object is and what it was when the event fired. */
export interface ObjectReference {
  readonly kind: "object-reference";
  readonly namespace: string;
  readonly bucket: string;
  readonly name: string;
  readonly url: string;
  readonly etag: string;
  readonly size: number;
  readonly contentType: string | null;
  readonly eventType: string;
  readonly eventId: string;
  readonly eventTime: string;
  /** The object's bytes, base64, when it is at most INLINE_MAX_BYTES. */
  readonly content?: string;
  readonly contentEncoding?: "base64";
}

/** What a HEAD of the object says about it. */
export interface ObjectMetadata {
  readonly etag: string;
  readonly size: number;
  readonly contentType: string | null;
}

/** Where the object lives, as the Object Storage native API addresses it. */
export interface ObjectLocation {
  /** e.g. "us-ashburn-1". */
  readonly regionId: string;
  /** The realm's domain, e.g. "oraclecloud.com". */
  readonly secondLevelDomain: string;
  readonly namespace: string;
  readonly bucket: string;
  readonly name: string;
}

/**
 * The object's native API URL; each path segment is percent-encoded as RFC 3986 asks of data (`/` becomes `%2F`, `'`
 * becomes `%27`), which is the path the SDK signs and sends for the name (shared/request-uri.ts).
 */
export function objectUrl(location: ObjectLocation): string {
  const { regionId, secondLevelDomain, namespace, bucket, name } = location;
  return (
    `https://objectstorage.${regionId}.${secondLevelDomain}` +
    `/n/${encodePathSegment(namespace)}/b/${encodePathSegment(bucket)}/o/${encodePathSegment(name)}`
  );
}

/**
 * The message key: a hash of namespace, bucket and object name. Streaming assigns a partition by hashing the key,
 * so distinct objects spread evenly over partitions while every event of one object lands on the same partition,
 * in order (an update never overtakes its create). The name itself cannot be the key: names reach 1024 bytes and
 * keys are limited to 256. Namespace and bucket names cannot contain "/", so the joined string is unambiguous.
 */
export function partitionKey(namespace: string, bucket: string, name: string): string {
  return createHash("sha256").update(`${namespace}/${bucket}/${name}`).digest("hex").slice(0, KEY_BYTES);
}

export function buildReference(
  event: ObjectEvent,
  location: ObjectLocation,
  metadata: ObjectMetadata,
  content?: Buffer,
): ObjectReference {
  return {
    kind: "object-reference",
    namespace: location.namespace,
    bucket: location.bucket,
    name: location.name,
    url: objectUrl(location),
    etag: metadata.etag,
    size: metadata.size,
    contentType: metadata.contentType,
    eventType: event.eventType,
    eventId: event.eventID,
    eventTime: event.eventTime,
    ...(content ? { content: content.toString("base64"), contentEncoding: "base64" as const } : {}),
  };
}

/**
 * The stream message for an object: keyed by `partitionKey`, valued with the reference, and with the content
 * inline if given and if everything still fits one message. Only an extreme content type can push it over
 * (the inline limit reserves room for the rest); then the content is left out, as the reference alone fits.
 */
export function referenceMessage(
  event: ObjectEvent,
  location: ObjectLocation,
  metadata: ObjectMetadata,
  content?: Buffer,
): { message: StreamMessage; reference: ObjectReference } {
  const key = partitionKey(location.namespace, location.bucket, location.name);
  const withContent = buildReference(event, location, metadata, content);
  const message = { key, value: JSON.stringify(withContent) };
  if (!content || findOversized([message]).length === 0) return { message, reference: withContent };
  const reference = buildReference(event, location, metadata);
  return { message: { key, value: JSON.stringify(reference) }, reference };
}

/** Whether an object of `size` bytes is inlined under the configured limit (0 turns inlining off). */
export function shouldInline(size: number, inlineMaxBytes: number): boolean {
  return inlineMaxBytes > 0 && size <= inlineMaxBytes;
}

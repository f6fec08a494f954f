import { ObjectStorageClient } from "oci-objectstorage";
import { Call, Reply } from "../../lib/fn-handler";
import { FunctionError } from "../../lib/errors";
import { putAll, StreamMessage } from "../../lib/batching";
import { serviceStatus, StreamPublishError } from "../../lib/failure";
import { DEFAULT_RETRY } from "../../lib/sdk-retry";
import { objectStorageClient } from "../../lib/clients/object-storage";
import { streamClient } from "../../lib/clients/stream";
import { parseJsonBody, validateInput } from "../../lib/validation";
import { ClaimCheckConfig } from "./config";
import { objectEventSchema } from "./object-event";
import { ObjectLocation, ObjectMetadata, referenceMessage, shouldInline } from "./reference";

/**
 * Object Storage event in, one message out: a JSON reference to the object on the file-references stream, with the
 * object's bytes inline when it is small enough. The Events service ignores the result, so every refusal is also logged.
 */
export async function claimCheck(call: Call<ClaimCheckConfig>): Promise<Reply> {
  const event = validateInput(objectEventSchema, parseJsonBody(call.body), "invalid_event");
  const { bucketName, namespace } = event.data.additionalDetails;
  const name = event.data.resourceName;
  call.log.add({ eventId: event.eventID, namespace, bucket: bucketName, object: name });
  if (bucketName !== call.config.BUCKET_NAME) {
    throw new FunctionError(
      400,
      "foreign_bucket",
      `data.additionalDetails.bucketName: this function only handles bucket "${call.config.BUCKET_NAME}" (got "${bucketName}")`,
    );
  }

  const region = call.clients.auth.getRegion();
  const location: ObjectLocation = {
    regionId: region.regionId,
    secondLevelDomain: region.realm.secondLevelDomain,
    namespace,
    bucket: bucketName,
    name,
  };
  const objects = objectStorageClient(call.clients);
  const metadata = await headObject(objects, location);
  const content = shouldInline(metadata.size, call.config.INLINE_MAX_BYTES)
    ? await readObject(objects, location, metadata.etag)
    : undefined;

  const { message, reference } = referenceMessage(event, location, metadata, content);
  if (content && reference.content === undefined) {
    call.log.warn("inline content left out: it would not fit one stream message", { size: metadata.size });
  }

  const published = await publish(call, message);
  return {
    status: 200,
    body: { eventId: event.eventID, key: message.key, inlined: reference.content !== undefined, ...published },
  };
}

async function headObject(client: ObjectStorageClient, location: ObjectLocation): Promise<ObjectMetadata> {
  try {
    const head = await client.headObject({
      namespaceName: location.namespace,
      bucketName: location.bucket,
      objectName: location.name,
    });
    return { etag: head.eTag, size: head.contentLength, contentType: head.contentType ?? null };
  } catch (err) {
    throw objectGone(err, location) ?? err;
  }
}

/** The object's bytes, if it is still the version the HEAD saw. */
async function readObject(client: ObjectStorageClient, location: ObjectLocation, etag: string): Promise<Buffer> {
  try {
    const response = await client.getObject({
      namespaceName: location.namespace,
      bucketName: location.bucket,
      objectName: location.name,
      ifMatch: etag,
    });
    return Buffer.from(await new Response(response.value as ReadableStream).arrayBuffer());
  } catch (err) {
    if (serviceStatus(err) === 412) {
      throw new FunctionError(
        409,
        "object_changed",
        `object "${location.name}" changed while being read (etag ${etag}); the newer version's own event references it`,
      );
    }
    throw objectGone(err, location) ?? err;
  }
}

/**
 * A 404 means the object was deleted after the event: nothing to reference, and retrying cannot help. HEAD
 * answers carry no error body, so a bucket the function may not read looks the same; the reason says so.
 */
function objectGone(err: unknown, location: ObjectLocation): FunctionError | undefined {
  if (serviceStatus(err) !== 404) return undefined;
  return new FunctionError(
    404,
    "object_not_found",
    `object "${location.name}" is not in bucket "${location.bucket}" (namespace "${location.namespace}"): ` +
      "deleted since the event, or the function is not allowed to read the bucket",
  );
}

async function publish(
  call: Call<ClaimCheckConfig>,
  message: StreamMessage,
): Promise<{ partition: string; offset: number }> {
  const stream = streamClient(call.clients, call.config.STREAM_MESSAGES_ENDPOINT);
  const {
    outcomes: [outcome],
  } = await putAll(stream, call.config.STREAM_ID, [message], {
    maxAttempts: DEFAULT_RETRY.maxAttempts,
    deadline: call.deadline.stopAt,
  });
  if (!outcome.ok) throw new StreamPublishError(outcome);
  return { partition: outcome.partition, offset: outcome.offset };
}

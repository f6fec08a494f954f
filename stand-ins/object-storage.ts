import { createHash } from "crypto";
import { matchPath, OciApiError, Reply, Route, StandInRequest, StandInServer } from "./standin-server";

/**
 * OCI Object Storage's PutObject, HeadObject and GetObject (`/n/{namespace}/b/{bucket}/o/{object}`, object names
 * URL-encoded), ListObjects (`GET /n/{namespace}/b/{bucket}/o` with `prefix`, `start`, `limit`; objects in name order,
 * `nextStartWith` when more remain) and GetNamespace (`GET /n/`, the namespace as a JSON string):
 * https://docs.oracle.com/iaas/api/#/en/objectstorage/20160918/ . PutObject "creates a new object or
 * overwrites an existing one" (API reference, PutObject); it may be signed without its body, like PutMessages.
 *
 * A bucket created with `objectEvents` emits object events to `onObjectEvent` listeners, as a bucket with
 * `object_events_enabled` emits them to the Events service
 * (https://docs.oracle.com/iaas/Content/Object/Tasks/managingbuckets_topic-To_enable_or_disable_emitting_events_for_object_state_changes.htm).
 */

/** What a bucket with object events enabled tells the Events service about one object write. */
export interface ObjectWrite {
  readonly namespace: string;
  readonly bucket: string;
  readonly name: string;
  readonly etag: string;
  /** Whether an object of that name existed before. */
  readonly overwrote: boolean;
}

export interface StoredObject {
  readonly body: Buffer;
  readonly contentType: string;
  readonly etag: string;
  readonly lastModified: Date;
}

export class ObjectStorageStandIn extends StandInServer {
  private readonly buckets = new Map<string, Map<string, StoredObject>>();
  private readonly eventBuckets = new Set<string>();
  private readonly listeners: ((write: ObjectWrite) => void)[] = [];
  /** What GetNamespace answers: the tenancy's namespace (the local runtime's placeholder by default). */
  tenancyNamespace = "local";

  /** Forgets every bucket and object (listeners stay). */
  override reset(): void {
    super.reset();
    this.buckets.clear();
    this.eventBuckets.clear();
  }

  /** Calls `listener` after every object write to a bucket created with `objectEvents`. */
  onObjectEvent(listener: (write: ObjectWrite) => void): void {
    this.listeners.push(listener);
  }

  /** The objects of a bucket, by name (empty if there is no such bucket). */
  objects(namespace: string, bucket: string): Map<string, StoredObject> {
    return new Map(this.buckets.get(bucketKey(namespace, bucket)) ?? []);
  }

  /** Creates the bucket if needed and stores an object in it. */
  putObject(
    namespace: string,
    bucket: string,
    name: string,
    body: string | Buffer,
    contentType = "application/octet-stream",
  ): StoredObject {
    const key = bucketKey(namespace, bucket);
    const objects = this.buckets.get(key) ?? new Map<string, StoredObject>();
    this.buckets.set(key, objects);
    const overwrote = objects.has(name);
    const content = Buffer.from(body);
    const stored = {
      body: content,
      contentType,
      etag: createHash("md5").update(content).update(String(Date.now())).digest("hex"),
      lastModified: new Date(),
    };
    objects.set(name, stored);
    if (this.eventBuckets.has(key)) {
      const write = { namespace, bucket, name, etag: stored.etag, overwrote };
      for (const listener of this.listeners) listener(write);
    }
    return stored;
  }

  /**
   * Creates an empty bucket (so a missing object, not a missing bucket, can be tested); with `objectEvents`, its
   * writes are announced to `onObjectEvent` listeners.
   */
  createBucket(namespace: string, bucket: string, options: { objectEvents?: boolean } = {}): void {
    const key = bucketKey(namespace, bucket);
    if (!this.buckets.has(key)) this.buckets.set(key, new Map());
    if (options.objectEvents) this.eventBuckets.add(key);
  }

  protected route(method: string, url: URL): Route | undefined {
    if (method === "GET" && (url.pathname === "/n/" || url.pathname === "/n")) {
      return {
        operation: "GetNamespace",
        params: {},
        handle: () => ({
          headers: { "content-type": "application/json" },
          body: JSON.stringify(this.tenancyNamespace),
        }),
      };
    }
    const bucketParams = matchPath("/n/{namespace}/b/{bucket}/o", url.pathname);
    if (bucketParams && method === "GET") {
      return { operation: "ListObjects", params: bucketParams, handle: (r) => this.listObjects(r) };
    }
    const params = matchPath("/n/{namespace}/b/{bucket}/o/{object+}", url.pathname);
    if (!params) return undefined;
    if (method === "HEAD") return { operation: "HeadObject", params, handle: (r) => this.headObject(r) };
    if (method === "GET") return { operation: "GetObject", params, handle: (r) => this.getObject(r) };
    if (method === "PUT") {
      return { operation: "PutObject", params, bodyExempt: true, handle: (r) => this.putObjectRequest(r) };
    }
    return undefined;
  }

  /** PutObject: the bucket must exist (404 BucketNotFound otherwise); answers the new ETag. */
  private putObjectRequest(request: StandInRequest): Reply {
    const { namespace, bucket, object } = request.params;
    if (!this.buckets.has(bucketKey(namespace, bucket))) throw bucketNotFound(namespace, bucket);
    const contentType = request.headers["content-type"] ?? "application/octet-stream";
    const stored = this.putObject(namespace, bucket, object, request.body, contentType);
    return {
      headers: {
        etag: stored.etag,
        "last-modified": stored.lastModified.toUTCString(),
        "opc-content-md5": createHash("md5").update(stored.body).digest("base64"),
      },
    };
  }

  /** ListObjects: names at or after `start` that begin with `prefix`, in order, at most `limit` (1000 by default). */
  private listObjects(request: StandInRequest): Reply {
    const { namespace, bucket } = request.params;
    const objects = this.buckets.get(bucketKey(namespace, bucket));
    if (!objects) throw bucketNotFound(namespace, bucket);
    const query = request.url.searchParams;
    const prefix = query.get("prefix") ?? "";
    const start = query.get("start") ?? "";
    const limit = Number(query.get("limit") ?? 1000);
    const names = [...objects.keys()].filter((name) => name.startsWith(prefix) && name >= start).sort();
    const page = names.slice(0, limit);
    return {
      body: {
        objects: page.map((name) => ({ name, size: objects.get(name)!.body.length })),
        ...(names.length > limit ? { nextStartWith: names[limit] } : {}),
      },
    };
  }

  private headObject(request: StandInRequest): Reply {
    // HEAD answers carry no body, errors included.
    const object = this.find(request);
    return { headers: objectHeaders(object) };
  }

  private getObject(request: StandInRequest): Reply {
    const object = this.find(request);
    return { headers: objectHeaders(object), body: object.body };
  }

  private find(request: StandInRequest): StoredObject {
    const { namespace, bucket, object } = request.params;
    const objects = this.buckets.get(bucketKey(namespace, bucket));
    if (!objects) throw bucketNotFound(namespace, bucket);
    const stored = objects.get(object);
    if (!stored) {
      throw new OciApiError(404, "ObjectNotFound", `The object '${object}' was not found in the bucket '${bucket}'`);
    }
    return stored;
  }
}

function bucketNotFound(namespace: string, bucket: string): OciApiError {
  return new OciApiError(
    404,
    "BucketNotFound",
    `Either the bucket named '${bucket}' does not exist in the namespace '${namespace}' or you are not authorized to access it`,
  );
}

function bucketKey(namespace: string, bucket: string): string {
  return `${namespace}/${bucket}`;
}

function objectHeaders(object: StoredObject): Record<string, string | number> {
  return {
    etag: object.etag,
    "content-type": object.contentType,
    "content-length": object.body.length,
    "last-modified": object.lastModified.toUTCString(),
    "content-md5": createHash("md5").update(object.body).digest("base64"),
  };
}

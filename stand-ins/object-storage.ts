import { createHash } from "crypto";
import { matchPath, OciApiError, Reply, Route, StandInRequest, StandInServer } from "./standin-server";

/**
 * OCI Object Storage's HeadObject and GetObject (`/n/{namespace}/b/{bucket}/o/{object}`, object names
 * URL-encoded): https://docs.oracle.com/iaas/api/#/en/objectstorage/20160918/
 */

export interface StoredObject {
  readonly body: Buffer;
  readonly contentType: string;
  readonly etag: string;
  readonly lastModified: Date;
}

export class ObjectStorageStandIn extends StandInServer {
  private readonly buckets = new Map<string, Map<string, StoredObject>>();

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
    const content = Buffer.from(body);
    const stored = {
      body: content,
      contentType,
      etag: createHash("md5").update(content).update(String(Date.now())).digest("hex"),
      lastModified: new Date(),
    };
    objects.set(name, stored);
    return stored;
  }

  /** Creates an empty bucket (so a missing object, not a missing bucket, can be tested). */
  createBucket(namespace: string, bucket: string): void {
    const key = bucketKey(namespace, bucket);
    if (!this.buckets.has(key)) this.buckets.set(key, new Map());
  }

  protected route(method: string, url: URL): Route | undefined {
    const params = matchPath("/n/{namespace}/b/{bucket}/o/{object+}", url.pathname);
    if (!params) return undefined;
    if (method === "HEAD") return { operation: "HeadObject", params, handle: (r) => this.headObject(r) };
    if (method === "GET") return { operation: "GetObject", params, handle: (r) => this.getObject(r) };
    return undefined;
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
    if (!objects) {
      throw new OciApiError(
        404,
        "BucketNotFound",
        `Either the bucket named '${bucket}' does not exist in the namespace '${namespace}' or you are not authorized to access it`,
      );
    }
    const stored = objects.get(object);
    if (!stored) {
      throw new OciApiError(404, "ObjectNotFound", `The object '${object}' was not found in the bucket '${bucket}'`);
    }
    return stored;
  }
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

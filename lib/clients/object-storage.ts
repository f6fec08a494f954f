import { ObjectStorageClient } from "oci-objectstorage";
import { ClientContext, clientConfiguration } from "./client-context";

/** Object Storage in the function's region, or at OBJECT_STORAGE_ENDPOINT when set. */
export function objectStorageClient(ctx: ClientContext): ObjectStorageClient {
  const client = new ObjectStorageClient({ authenticationDetailsProvider: ctx.auth }, clientConfiguration(ctx));
  if (ctx.config.OBJECT_STORAGE_ENDPOINT) client.endpoint = ctx.config.OBJECT_STORAGE_ENDPOINT;
  return client;
}

import { StreamClient } from "oci-streaming";
import { ClientContext, clientConfiguration } from "../clients/client-context";

/**
 * A Streaming client for consuming (group cursors, GetMessages, commit). Unlike the producer client (clients/stream.ts,
 * where putAll retries), these requests are idempotent and the SDK retries them on 429, 5xx and connection errors,
 * within the call's deadline.
 */
export function consumerClient(ctx: ClientContext, messagesEndpoint: string): StreamClient {
  const client = new StreamClient({ authenticationDetailsProvider: ctx.auth }, clientConfiguration(ctx));
  client.endpoint = messagesEndpoint;
  return client;
}

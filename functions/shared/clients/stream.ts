import { StreamClient } from "oci-streaming";
import { ClientContext, clientConfiguration } from "./client-context";

/** A Streaming data-plane client for a stream's messages endpoint (the SDK has no region default for it). */
export function streamClient(ctx: ClientContext, messagesEndpoint: string): StreamClient {
  const client = new StreamClient({ authenticationDetailsProvider: ctx.auth }, clientConfiguration(ctx));
  client.endpoint = messagesEndpoint;
  return client;
}

import { StreamClient } from "oci-streaming";
import { ClientContext, clientConfiguration } from "./client-context";

/**
 * A Streaming data-plane client for a stream's messages endpoint (the SDK has no region default for it).
 * The SDK does not retry here: PutMessages can fail per entry inside a 200, so `putAll` (batching.ts) retries
 * whole requests and single entries in one loop, bounded by the same deadline. Requests still abort at it.
 */
export function streamClient(ctx: ClientContext, messagesEndpoint: string): StreamClient {
  const client = new StreamClient(
    { authenticationDetailsProvider: ctx.auth },
    clientConfiguration(ctx, { maxAttempts: 1, baseDelayMs: 0, maxDelayMs: 0 }),
  );
  client.endpoint = messagesEndpoint;
  return client;
}

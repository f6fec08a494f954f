import { SecretsClient } from "oci-secrets";
import { ClientContext, clientConfiguration } from "./client-context";

/** Vault secrets retrieval in the function's region, or at SECRETS_ENDPOINT when set. */
export function secretsClient(ctx: ClientContext): SecretsClient {
  const client = new SecretsClient({ authenticationDetailsProvider: ctx.auth }, clientConfiguration(ctx));
  if (ctx.config.SECRETS_ENDPOINT) client.endpoint = ctx.config.SECRETS_ENDPOINT;
  return client;
}

import * as z from "zod/mini";
import { platformConfigSchema } from "../../lib/platform-config";
import { namedSettingsSchema } from "../../lib/data-sync/named-settings";

/** The scopes the authorizer grants; routes allow them with ANY_OF (constructs/resources/messages-api.ts). */
export const API_SCOPES = ["produce", "operator"] as const;

/** One API client as the authorizer knows it. */
const clientSchema = z.strictObject({
  /** The Vault secret holding this client's bearer token, and no other client's. */
  secretId: z.string().check(z.regex(/^ocid1\.vaultsecret\./, "must be a secret OCID")),
  scope: z.array(z.enum(API_SCOPES)).check(z.minLength(1)),
  /** The usage-plan subscriber token of this client: its name there, not a secret (see messages-api.ts). */
  usagePlanToken: z.string().check(z.minLength(1)),
});

export type AuthorizerClient = z.output<typeof clientSchema> & { readonly name: string };

/** CLIENTS: JSON object from client name to its secret, scopes and usage-plan token. */
const clientsSchema = namedSettingsSchema("client", clientSchema);

export const authorizerConfigSchema = z.extend(platformConfigSchema, {
  /** The API's clients, each with its own token secret. */
  CLIENTS: clientsSchema,
});

export type AuthorizerConfig = z.output<typeof authorizerConfigSchema>;

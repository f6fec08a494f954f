import * as z from "zod/mini";
import { platformConfigSchema, streamConfigSchema } from "../../lib/platform-config";
import { clientClaimsConfigSchema, clientsConfigSchema, targetNamesSchema } from "../../lib/data-sync/targets";

export const populateConfigSchema = z.extend(platformConfigSchema, {
  ...streamConfigSchema.shape,
  /** The names of dataSync.targets: a message must name one of them. */
  TARGET_NAMES: targetNamesSchema,
  /**
   * The API's clients and the targets each may send to (dataSync.clients), as JSON. When set, every request must carry
   * the client in CLIENT_HEADER, which the gateway sets from the authorizer's answer or the JWT's client claim; absent
   * (authentication "none"), messages carry no client and may name any target.
   */
  CLIENTS: z.optional(clientsConfigSchema),
  /**
   * JWT authentication: each client's name by its claim value (dataSync.clients.<name>.claimValue), as JSON. When set,
   * CLIENT_HEADER carries the claim value, and one that names no client is refused.
   */
  CLIENT_CLAIMS: z.optional(clientClaimsConfigSchema),
});

export type PopulateConfig = z.output<typeof populateConfigSchema>;

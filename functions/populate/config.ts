import * as z from "zod/mini";
import { platformConfigSchema, streamConfigSchema } from "../../lib/platform-config";
import { clientsConfigSchema, targetNamesSchema } from "../../lib/data-sync/targets";

export const populateConfigSchema = z.extend(platformConfigSchema, {
  ...streamConfigSchema.shape,
  /** The names of dataSync.targets: a message must name one of them. */
  TARGET_NAMES: targetNamesSchema,
  /**
   * The API's clients and the targets each may send to (dataSync.clients), as JSON. When set, every request must carry
   * the client's name in CLIENT_HEADER, which the gateway sets from the authorizer's answer; absent (authentication
   * "none" or "jwt"), messages carry no client and may name any target.
   */
  CLIENTS: z.optional(clientsConfigSchema),
});

export type PopulateConfig = z.output<typeof populateConfigSchema>;

import * as z from "zod/mini";
import { platformConfigSchema, streamConfigSchema } from "../../lib/platform-config";
import { allowedHostsSchema } from "../../lib/data-sync/config";

export const populateConfigSchema = z.extend(platformConfigSchema, {
  ...streamConfigSchema.shape,
  ALLOWED_TARGET_HOSTS: allowedHostsSchema,
});

export type PopulateConfig = z.output<typeof populateConfigSchema>;

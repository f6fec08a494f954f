import * as z from "zod/mini";
import { platformConfigSchema, streamConfigSchema } from "../shared/platform-config";
import { allowedHostsSchema } from "../data-sync/config";

export const populateConfigSchema = z.extend(platformConfigSchema, {
  ...streamConfigSchema.shape,
  ALLOWED_TARGET_HOSTS: allowedHostsSchema,
});

export type PopulateConfig = z.output<typeof populateConfigSchema>;

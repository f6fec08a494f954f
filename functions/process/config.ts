import { deliveryConfigSchema } from "../../lib/data-sync/config";

/** The process function reads exactly the delivery configuration it shares with retry. */
export const processConfigSchema = deliveryConfigSchema;

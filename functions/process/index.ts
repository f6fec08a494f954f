import { serveFunction } from "../../lib/fn-handler";
import { deliveryConfigSchema } from "../../lib/data-sync/config";
import { processBatch } from "./process";

serveFunction({ name: "process", config: deliveryConfigSchema, handle: processBatch });

import { serveFunction } from "../shared/fn-handler";
import { deliveryConfigSchema } from "../data-sync/config";
import { processBatch } from "./process";

serveFunction({ name: "process", config: deliveryConfigSchema, handle: processBatch });

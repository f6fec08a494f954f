import { serveFunction } from "../../lib/fn-handler";
import { processConfigSchema } from "./config";
import { processBatch } from "./process";

serveFunction({ name: "process", config: processConfigSchema, handle: processBatch });

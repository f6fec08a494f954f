import { serveFunction } from "../../lib/fn-handler";
import { processConfigSchema } from "./config";

serveFunction({
  name: "process",
  config: processConfigSchema,
  handler: () => import("./process").then((m) => m.processBatch),
});

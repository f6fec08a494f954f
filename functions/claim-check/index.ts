import { serveFunction } from "../../lib/fn-handler";
import { claimCheckConfigSchema } from "./config";

serveFunction({
  name: "claim-check",
  config: claimCheckConfigSchema,
  handler: () => import("./claim-check").then((m) => m.claimCheck),
});

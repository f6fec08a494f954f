import { serveFunction } from "../../lib/fn-handler";
import { populateConfigSchema } from "./config";

serveFunction({
  name: "populate",
  config: populateConfigSchema,
  handler: () => import("./populate").then((m) => m.populate),
});

import { serveFunction } from "../../lib/fn-handler";
import { retryConfigSchema } from "./config";

serveFunction({ name: "retry", config: retryConfigSchema, handler: () => import("./retry").then((m) => m.retry) });

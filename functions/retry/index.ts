import { serveFunction } from "../../lib/fn-handler";
import { retryConfigSchema } from "./config";
import { retry } from "./retry";

serveFunction({ name: "retry", config: retryConfigSchema, handle: retry });

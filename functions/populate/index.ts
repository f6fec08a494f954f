import { serveFunction } from "../../lib/fn-handler";
import { populateConfigSchema } from "./config";
import { populate } from "./populate";

serveFunction({ name: "populate", config: populateConfigSchema, handle: populate });

import { serveFunction } from "../../lib/fn-handler";
import { claimCheck } from "./claim-check";
import { claimCheckConfigSchema } from "./config";

serveFunction({ name: "claim-check", config: claimCheckConfigSchema, handle: claimCheck });

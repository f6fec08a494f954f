import { serveFunction } from "../shared/fn-handler";
import { claimCheck } from "./claim-check";
import { claimCheckConfigSchema } from "./config";

serveFunction({ name: "claim-check", config: claimCheckConfigSchema, handle: claimCheck });

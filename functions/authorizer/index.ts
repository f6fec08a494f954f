import { serveFunction } from "../../lib/fn-handler";
import { authorize } from "./authorizer";
import { authorizerConfigSchema } from "./config";

serveFunction({ name: "authorizer", config: authorizerConfigSchema, handle: authorize });

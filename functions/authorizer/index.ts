import { serveFunction } from "../../lib/fn-handler";
import { authorizerConfigSchema } from "./config";

serveFunction({
  name: "authorizer",
  config: authorizerConfigSchema,
  handler: () => import("./authorizer").then((m) => m.authorize),
});

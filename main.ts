// First: before cdktf loads and creates its first tokens.
import "./lib/token-stack-traces";
import * as path from "path";
import { App } from "cdktf";
import { loadEnvironments } from "./config/load";
import { EventStreamingStack } from "./constructs/stack/event-streaming-stack";

/** One stack per `config/<environment>.json`; `cdktf deploy <environment>` deploys one of them. */
export function buildApp(configDir = path.join(__dirname, "config"), outdir?: string): App {
  const app = new App(outdir ? { outdir } : undefined);
  for (const env of loadEnvironments(configDir)) {
    new EventStreamingStack(app, env);
  }
  return app;
}

if (require.main === module) {
  try {
    buildApp().synth();
  } catch (err) {
    // Configuration errors and security-rule violations already name the file, field or resource: no stack trace.
    const explained = err instanceof Error && ["ConfigError", "SecurityRuleViolation"].includes(err.name);
    console.error(explained ? (err as Error).message : err);
    process.exit(1);
  }
}

import * as path from "path";
import { App } from "cdktf";
import { loadEnvironments } from "./config/load";
import { EventStreamingStack } from "./constructs/event-streaming-stack";

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
    // A configuration error already says which file and field: print it without a stack trace.
    console.error(err instanceof Error && err.name === "ConfigError" ? err.message : err);
    process.exit(1);
  }
}

import * as fs from "fs";
import * as path from "path";
import { Testing } from "cdktf";
import { Environment, loadEnvironment, loadEnvironments, parseConfig } from "../../config/load";
import { EventStreamingStack } from "../../constructs/stack/event-streaming-stack";
import { AdoptionStack, buildAdoptionApp } from "../../examples/adopt/main";
import { StackJson, stackJson } from "./committed-stacks";

export const CONFIG_DIR = path.join(__dirname, "..", "..", "config");

/** The committed environments (config/*.json). */
export function environments(): Environment[] {
  return loadEnvironments(CONFIG_DIR);
}

export function exampleEnvironment(): Environment {
  return loadEnvironment(path.join(CONFIG_DIR, "example.json"));
}

/** The example configuration with `change` applied on top of its raw JSON, validated as a file would be. */
export function environmentWith(change: (raw: any) => void, name = "test"): Environment {
  const raw = JSON.parse(fs.readFileSync(path.join(CONFIG_DIR, "example.json"), "utf8"));
  change(raw);
  return { name, file: `config/${name}.json`, config: parseConfig(raw, `config/${name}.json`) };
}

export interface SynthesizedStack extends StackJson {
  stack: EventStreamingStack;
}

/** Synthesizes a full stack (aspects included) and parses its Terraform JSON. */
export function synthStack(env: Environment = exampleEnvironment()): SynthesizedStack {
  const app = Testing.app();
  const stack = new EventStreamingStack(app, env);
  return { stack, ...stackJson(JSON.parse(Testing.synth(stack, true))) };
}

/** The `${type.name.attr}` reference Terraform JSON uses for the one resource of `type` whose `display_name` is `displayName`. */
export function refByDisplayName(
  synth: Pick<SynthesizedStack, "json">,
  type: string,
  displayName: string,
  attribute = "id",
): string {
  const matches = Object.entries<any>(synth.json.resource?.[type] ?? {}).filter(
    ([, body]) => body.display_name === displayName,
  );
  if (matches.length !== 1) {
    throw new Error(`expected one ${type} named ${displayName}, found ${matches.length}`);
  }
  return `\${${type}.${matches[0][0]}.${attribute}}`;
}

/** The adoption example's stack (examples/adopt/main.ts), synthesized with every aspect, and its Terraform JSON. */
export function synthAdoptionExample(): { stack: AdoptionStack; json: Record<string, any> } {
  const stack = buildAdoptionApp(Testing.app().outdir).node.findChild("adopt") as AdoptionStack;
  return { stack, json: JSON.parse(Testing.synth(stack, true)) };
}

import * as fs from "fs";
import * as path from "path";

/** Set by global setup: this run's folder of synthesized committed stacks, `<environment>.json` each. */
export const COMMITTED_STACKS_VARIABLE = "EVS_TEST_COMMITTED_STACKS";

const CONFIG_DIR = path.join(__dirname, "..", "..", "config");

/** A synthesized stack's Terraform JSON, with the lookups tests use. */
export interface StackJson {
  /** The parsed cdk.tf.json of the stack. */
  readonly json: Record<string, any>;
  /** Every resource of a type, by construct-derived name. */
  resources(type: string): Record<string, any>[];
  data(type: string): Record<string, any>[];
}

export function stackJson(json: Record<string, any>): StackJson {
  return {
    json,
    resources: (type) => Object.values(json.resource?.[type] ?? {}),
    data: (type) => Object.values(json.data?.[type] ?? {}),
  };
}

/** `committedStackJson` with the lookups of `synthStack`'s result, for tests that need no construct tree. */
export function committedStack(name: string): StackJson {
  return stackJson(committedStackJson(name));
}

/** The committed environments' names (config/*.json), as `environments()` lists them, without loading the config. */
export function committedEnvironmentNames(): string[] {
  return fs
    .readdirSync(CONFIG_DIR)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => file.slice(0, -".json".length));
}

/**
 * The Terraform JSON of a committed environment, as `synthStack` makes it, synthesized once per test run: the first
 * test file that asks builds it and leaves it in the run's folder, the others read it. Each test file has its own
 * module registry, so building it again loaded cdktf, the constructs and the bindings and synthesized, per file and
 * environment. For tests that read the JSON only; a test that needs the construct tree, or a changed config, calls
 * `synthStack`. Each call returns a fresh copy.
 */
export function committedStackJson(name: string): Record<string, any> {
  const dir = process.env[COMMITTED_STACKS_VARIABLE];
  const file = dir && path.join(dir, `${name}.json`);
  if (file && fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, "utf8"));
  // Loaded only to build the stack: synth.ts brings cdktf and the constructs.
  // oxlint-disable-next-line typescript/no-require-imports
  const { environments, synthStack } = require("./synth") as typeof import("./synth");
  const env = environments().find((e) => e.name === name);
  if (!env) throw new Error(`no committed environment ${name}: config/ has ${committedEnvironmentNames().join(", ")}`);
  const { json } = synthStack(env);
  if (file) {
    // Written whole, then renamed: a file that another worker reads is never half-written.
    const partial = `${file}.${process.pid}.partial`;
    fs.writeFileSync(partial, JSON.stringify(json));
    fs.renameSync(partial, file);
  }
  return json;
}

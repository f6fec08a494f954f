import * as fs from "fs";
import * as path from "path";
import { z } from "zod";
import { configSchema, EnvironmentConfig } from "./schema";

/** A configuration file that does not match the schema. The message lists every problem, one per line. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`Invalid configuration in ${file}:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

export interface Environment {
  /** The file's base name, e.g. "example" for config/example.json; it names the stack. */
  readonly name: string;
  readonly file: string;
  readonly config: EnvironmentConfig;
}

/** One problem as the errors print it: the field (under `prefix`, its section), what is wrong, the value received. */
export function describeIssue(issue: z.core.$ZodIssue, prefix: readonly PropertyKey[] = []): string {
  const path = [...prefix, ...issue.path].map(String);
  const field = path.length > 0 ? path.join(".") : "(top level)";
  if (issue.code === "unrecognized_keys") {
    return `${field}: unknown key ${issue.keys.map((k) => `"${k}"`).join(", ")} (allowed keys are listed in config/schema.ts)`;
  }
  if (issue.code === "invalid_type" && "input" in issue && issue.input === undefined) {
    return `${field}: is required (${issue.expected})`;
  }
  const received = "input" in issue && issue.input !== undefined ? ` (got ${JSON.stringify(issue.input)})` : "";
  return `${field}: ${issue.message}${received}`;
}

/** Validates parsed JSON against the schema; `file` only labels the errors. */
export function parseConfig(data: unknown, file: string): EnvironmentConfig {
  const result = configSchema.safeParse(data, { reportInput: true });
  if (!result.success) {
    throw new ConfigError(
      file,
      result.error.issues.map((issue) => describeIssue(issue)),
    );
  }
  return result.data;
}

export function loadEnvironment(file: string): Environment {
  const label = path.relative(process.cwd(), file) || file;
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (err) {
    throw new ConfigError(label, [`not readable JSON: ${(err as Error).message}`]);
  }
  return { name: path.basename(file, ".json"), file: label, config: parseConfig(data, label) };
}

/** Every `*.json` in the folder, sorted, so that stacks come out in a stable order. */
export function loadEnvironments(dir: string): Environment[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => loadEnvironment(path.join(dir, f)));
}

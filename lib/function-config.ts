import * as z from "zod/mini";
import { describeIssue } from "./validation";

/** A function's contract: the zod object its environment is parsed with at start (functions/<name>/config.ts). */
export type ConfigSchema = z.ZodMiniObject;

/**
 * What a deployment writes for a function, typed from its schema: every key the schema declares, those with a
 * default or optional left optional; numbers are written as strings, as Fn passes config as environment variables.
 * A key the schema does not declare is a type error, so renaming a key in the schema finds every writer.
 */
export type ConfigValues<S extends ConfigSchema> = { [K in keyof z.input<S>]: string | number };

/** The config map (`oci_functions_function.config`, the function's environment) for `values`; unset keys are left out. */
export function configMap<S extends ConfigSchema>(
  _schema: S,
  values: Partial<ConfigValues<S>>,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values as Record<string, string | number | undefined>)
      .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
      .map(([key, value]) => [key, typeof value === "number" ? String(value) : value]),
  );
}

/**
 * Everything the function would refuse in a config map, each as `KEY: message (got value)`: a key it does not read,
 * a key it requires that is missing, a value outside its rule. A value for which `isDeferred` holds (a Terraform
 * reference, known only at apply) is not checked, but its key still counts as present.
 */
export function configProblems(
  schema: ConfigSchema,
  config: Record<string, string>,
  isDeferred: (value: string) => boolean,
): string[] {
  const keys = Object.keys(schema.shape);
  const unread = Object.keys(config)
    .filter((key) => !keys.includes(key))
    .map((key) => `${key}: is not a key the function reads (it reads ${keys.join(", ")})`);
  const result = schema.safeParse(config, { reportInput: true });
  const refused = (result.error?.issues ?? []).filter((issue) => {
    const key = issue.path[0];
    return !(typeof key === "string" && config[key] !== undefined && isDeferred(config[key]));
  });
  return [...unread, ...refused.map(describeIssue)];
}

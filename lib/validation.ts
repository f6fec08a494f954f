import * as z from "zod/mini";
import { en } from "zod/locales";
import { ConfigurationError, FunctionError } from "./errors";
import { parseJson } from "./json";

// zod/mini keeps bundles small (classic zod adds ~450 KB and ~50 ms to every cold start) but ships without
// messages; English ones make the errors readable.
z.config(en());

/** One problem as `field: message (got value)`, so a caller can fix it without reading the code. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const field = issue.path.length > 0 ? issue.path.join(".") : "(top level)";
  const received = "input" in issue && issue.input !== undefined ? ` (got ${JSON.stringify(issue.input)})` : "";
  return `${field}: ${issue.message}${received}`;
}

/** Parses a request body as JSON nested at most MAX_JSON_DEPTH levels; anything else is a 400 saying which. */
export function parseJsonBody(body: Buffer): unknown {
  const parsed = parseJson(body.toString("utf8"));
  if (parsed.ok) return parsed.value;
  if (parsed.problem === "too_deep") throw new FunctionError(400, "json_too_deep", `body is ${parsed.reason}`);
  throw new FunctionError(400, "invalid_json", `body is not valid JSON: ${parsed.reason}`);
}

/** Validates input against a schema; a mismatch is a 400 listing every problem. */
export function validateInput<S extends z.ZodMiniType>(schema: S, data: unknown, error: string): z.output<S> {
  const result = schema.safeParse(data, { reportInput: true });
  if (!result.success) {
    throw new FunctionError(400, error, result.error.issues.map(describeIssue).join("; "));
  }
  return result.data;
}

/** Validates the function's configuration (its environment); a mismatch names each variable and value. */
export function parseConfiguration<S extends z.ZodMiniType>(
  schema: S,
  env: Record<string, string | undefined>,
): z.output<S> {
  const result = schema.safeParse(env, { reportInput: true });
  if (!result.success) {
    throw new ConfigurationError(result.error.issues.map(describeIssue));
  }
  return result.data;
}

import * as z from "zod/mini";
import { parseJson } from "../json";
import { describeIssue } from "../validation";

/**
 * Names of targets and API clients: a message names its target, and both appear in config keys, metric dimensions,
 * headers and secret names, so they are short and plain.
 */
export const TARGET_NAME = /^[a-z][a-z0-9-]{0,30}[a-z0-9]$/;
export const TARGET_NAME_RULE = "2 to 32 lower-case letters, digits or '-', starting with a letter";

/**
 * A function config value that is a JSON object from a name to that name's settings (TARGETS, CLIENTS): each name
 * checked against TARGET_NAME, each entry against `settings`, every problem reported with the name in its path.
 */
export function namedSettingsSchema<S extends z.ZodMiniType<object>>(noun: string, settings: S) {
  return z.pipe(
    z.string(),
    z.transform((text, ctx): ReadonlyMap<string, { name: string } & z.output<S>> => {
      const parsed = parseJson(text);
      if (!parsed.ok || typeof parsed.value !== "object" || parsed.value === null || Array.isArray(parsed.value)) {
        ctx.issues.push({ code: "custom", message: `must be a JSON object of ${noun} settings`, input: text });
        return z.NEVER;
      }
      const entries = new Map<string, { name: string } & z.output<S>>();
      for (const [name, value] of Object.entries(parsed.value)) {
        if (!TARGET_NAME.test(name)) {
          ctx.issues.push({
            code: "custom",
            message: `${noun} name "${name}": must be ${TARGET_NAME_RULE}`,
            input: name,
          });
          continue;
        }
        const result = settings.safeParse(value, { reportInput: true });
        if (!result.success) {
          for (const issue of result.error.issues) {
            ctx.issues.push({
              code: "custom",
              message: describeIssue({ ...issue, path: [name, ...issue.path] }),
              input: value,
            });
          }
          continue;
        }
        entries.set(name, { name, ...result.data });
      }
      if (entries.size === 0 && ctx.issues.length === 0) {
        ctx.issues.push({ code: "custom", message: `must name at least one ${noun}`, input: text });
      }
      return entries;
    }),
  );
}

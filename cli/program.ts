import { InvalidArgumentError } from "commander";
import { readFileSync } from "fs";
import * as path from "path";

/**
 * What the stream and ops CLIs share on top of commander (chosen over yargs: no dependencies of its own, types
 * included, per-subcommand help, `--version` and an exitOverride that lets tests run a CLI in-process).
 */

/** Exit codes of every CLI here: 0 done, 1 failed, 2 bad arguments. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** The project's version (package.json), for `--version`. */
export const CLI_VERSION: string = JSON.parse(readFileSync(path.join(__dirname, "..", "package.json"), "utf8")).version;

/** A whole number above 0, for options such as --scan-limit. */
export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`must be a whole number above 0 (got "${value}")`);
  return n;
}

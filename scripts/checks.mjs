// Runs the named checks at once: `node scripts/checks.mjs oxlint oxfmt` is `npm run lint`, and `npm test` adds
// `typecheck` and `jest`. At once, the static checks take about as long as the slowest (tsc) instead of all added up,
// and they finish while jest's global setup and first suites run (it would otherwise wait for them). Each static
// check's output is printed whole when it ends, jest's as it goes; the exit code is the first failure's.
import { spawn } from "node:child_process";
import { Buffer } from "node:buffer";
import process from "node:process";

/** The packages' own bin scripts (their package.json `bin`), run by this Node as npm would. */
const CHECKS = {
  // TypeScript 7, the native compiler (npm alias typescript-native); the `typescript` package stays 5.9 for the tools
  // that use its JavaScript API, which 7 does not ship.
  typecheck: ["node_modules/typescript-native/bin/tsc", "--noEmit"],
  // No cache: it lints everything in a fraction of a second.
  oxlint: [
    "node_modules/oxlint/bin/oxlint",
    "-c",
    "oxlint.config.mjs",
    "--report-unused-disable-directives-severity=warn",
  ],
  // The formatter (prettier-compatible; .oxfmtrc.json): no cache either, ~0.3 s of CPU for every file against
  // prettier's 8.5 s cold.
  oxfmt: ["node_modules/oxfmt/bin/oxfmt", "--check", "."],
  jest: ["node_modules/jest/bin/jest.js"],
};

/** Checks whose output streams to the terminal as they run (a long run shows its progress). */
const STREAMED = new Set(["jest"]);

function run(name) {
  const [script, ...args] = CHECKS[name];
  const streamed = STREAMED.has(name);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], {
      stdio: streamed ? ["ignore", "inherit", "inherit"] : ["ignore", "pipe", "pipe"],
    });
    const out = [];
    const err = [];
    child.stdout?.on("data", (chunk) => out.push(chunk));
    child.stderr?.on("data", (chunk) => err.push(chunk));
    child.on("error", (error) => resolve({ code: 1, out, err: [Buffer.from(`${script}: ${error.message}\n`)] }));
    child.on("close", (code) => resolve({ code: code ?? 1, out, err }));
  });
}

// The leading arguments name checks; with jest among them, the rest go to jest (`npm test -- __tests__/x.test.ts`).
const args = process.argv.slice(2);
const firstOther = args.findIndex((arg) => !(arg in CHECKS));
const names = firstOther === -1 ? args : args.slice(0, firstOther);
const rest = firstOther === -1 ? [] : args.slice(firstOther);
if (names.length === 0 || (rest.length > 0 && !names.includes("jest"))) {
  process.stderr.write(
    `usage: node scripts/checks.mjs ${Object.keys(CHECKS).join("|")}... [jest arguments]; unknown: ${rest}\n`,
  );
  process.exit(2);
}
CHECKS.jest.push(...rest);
const results = await Promise.all(
  names.map((name) =>
    run(name).then((result) => {
      process.stdout.write(Buffer.concat(result.out));
      process.stderr.write(Buffer.concat(result.err));
      return result;
    }),
  ),
);
process.exitCode = results.find((r) => r.code !== 0)?.code ?? 0;

// Runs the named static checks at once: `node scripts/checks.mjs eslint prettier` is `npm run lint`, and `npm test`
// adds `typecheck`. Each tool is one mostly single-threaded process, so on two or more cores they take about as long
// as the slowest instead of all added up (the cold checks of a fresh clone, as in CI, are where it shows). Each tool's
// output is printed whole when it ends, so outputs never interleave; the exit code is the first failure's.
import { spawn } from "node:child_process";
import { Buffer } from "node:buffer";
import process from "node:process";

/** Where eslint and prettier keep their caches; `npm run bench:checks` points it at a scratch folder for a cold run. */
const CACHE_DIR = process.env.LINT_CACHE_DIR ?? "node_modules/.cache";

/** The packages' own bin scripts (their package.json `bin`), run by this Node as npm would. */
const CHECKS = {
  typecheck: ["node_modules/typescript/bin/tsc", "--noEmit"],
  eslint: [
    ...["node_modules/eslint/bin/eslint.js", "--cache", "--cache-strategy", "content"],
    ...["--cache-location", `${CACHE_DIR}/eslint/`, "."],
  ],
  prettier: [
    ...["node_modules/prettier/bin/prettier.cjs", "--check", "--cache", "--cache-strategy", "content"],
    ...["--cache-location", `${CACHE_DIR}/prettier/.prettier-cache`, "."],
  ],
};

function run([script, ...args]) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    const out = [];
    const err = [];
    child.stdout.on("data", (chunk) => out.push(chunk));
    child.stderr.on("data", (chunk) => err.push(chunk));
    child.on("error", (error) => resolve({ code: 1, out, err: [Buffer.from(`${script}: ${error.message}\n`)] }));
    child.on("close", (code) => resolve({ code: code ?? 1, out, err }));
  });
}

const names = process.argv.slice(2);
const unknown = names.filter((name) => !(name in CHECKS));
if (names.length === 0 || unknown.length > 0) {
  process.stderr.write(`usage: node scripts/checks.mjs ${Object.keys(CHECKS).join("|")}...; unknown: ${unknown}\n`);
  process.exit(2);
}
const results = await Promise.all(names.map((name) => run(CHECKS[name])));
for (const { out, err } of results) {
  process.stdout.write(Buffer.concat(out));
  process.stderr.write(Buffer.concat(err));
}
process.exitCode = results.find((r) => r.code !== 0)?.code ?? 0;

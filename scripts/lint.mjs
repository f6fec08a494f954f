// `npm run lint`: eslint and prettier at once. Each is one single-threaded process, so on two or more cores the
// pair takes as long as the slower one instead of both added up (the cold check, without caches, is where it shows).
// Each tool's output is printed whole when it ends, so the two never interleave; the exit code is the first failure's.
import { spawn } from "node:child_process";
import { Buffer } from "node:buffer";
import process from "node:process";

/** Where both tools keep their caches; `npm run bench:checks` points it at a scratch folder to time a cold check. */
const CACHE_DIR = process.env.LINT_CACHE_DIR ?? "node_modules/.cache";

/** The packages' own bin scripts (their package.json `bin`), run by this Node as npm would. */
const CHECKS = [
  [
    ...["node_modules/eslint/bin/eslint.js", "--cache", "--cache-strategy", "content"],
    ...["--cache-location", `${CACHE_DIR}/eslint/`, "."],
  ],
  [
    ...["node_modules/prettier/bin/prettier.cjs", "--check", "--cache", "--cache-strategy", "content"],
    ...["--cache-location", `${CACHE_DIR}/prettier/.prettier-cache`, "."],
  ],
];

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

const results = await Promise.all(CHECKS.map(run));
for (const { out, err } of results) {
  process.stdout.write(Buffer.concat(out));
  process.stderr.write(Buffer.concat(err));
}
process.exitCode = results.find((r) => r.code !== 0)?.code ?? 0;

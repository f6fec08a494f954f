import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { medianTiming, printTable, Sample, secondsRow, timeCommand } from "./measure";
import { saveResults } from "./results";

/**
 * `npm run bench:checks`: what `npm test` runs before jest, cold (no caches, as in CI's fresh clone) and warm (caches
 * of an unchanged tree, as in daily use): `tsc --noEmit`, `npm run lint`, and the three at once as `npm test` runs
 * them, BENCH_CHECK_RUNS times each. With BENCH_JEST=1 also the whole jest suite (BENCH_JEST_RUNS times, default 1)
 * and what `npm test` takes cold.
 * Wall time is the median, CPU time (user + system of the command and its children) beside it.
 */

const RUNS = Number(process.env.BENCH_CHECK_RUNS ?? 3);
const JEST_RUNS = Number(process.env.BENCH_JEST_RUNS ?? 1);
const ROOT = path.resolve(__dirname, "..");
const bin = (name: string) => path.join(ROOT, "node_modules", ".bin", name);
/** TypeScript 7's tsc (`npm run typecheck`); node_modules/.bin/tsc may be either compiler's. */
const TSC = path.join(ROOT, "node_modules", "typescript-native", "bin", "tsc");

/** tsc's incremental state (tsconfig.json `incremental`); without it tsc checks everything, as in a fresh clone. */
const TSC_BUILD_INFO = path.join(ROOT, "tsconfig.tsbuildinfo");

/**
 * `runs` samples of the command that `command` gives for each run (it may also clear caches first, unmeasured); with
 * `warmUp`, one unmeasured run first.
 */
function samples(runs: number, warmUp: boolean, command: () => [string, string[], NodeJS.ProcessEnv?]): Sample[] {
  const result: Sample[] = [];
  for (let i = warmUp ? -1 : 0; i < runs; i++) {
    const [file, args, env] = command();
    const sample = timeCommand(file, args, { cwd: ROOT, env: { ...process.env, ...env } });
    if (i >= 0) result.push(sample);
  }
  return result;
}

function main(): void {
  // oxlint and oxfmt keep no cache: "warm" differs from "cold" only by the files in the OS's page cache.
  const cold = (): NodeJS.ProcessEnv => {
    fs.rmSync(TSC_BUILD_INFO, { force: true });
    return {};
  };
  const measured: [string, Sample[]][] = [
    ["tsc --noEmit, cold", samples(RUNS, false, () => [process.execPath, [TSC, "--noEmit"], cold()])],
    ["tsc --noEmit, warm", samples(RUNS, true, () => [process.execPath, [TSC, "--noEmit"]])],
    [
      "npm run lint, cold",
      samples(RUNS, false, () => [process.execPath, ["scripts/checks.mjs", "oxlint", "oxfmt"], cold()]),
    ],
    ["npm run lint, warm", samples(RUNS, true, () => [process.execPath, ["scripts/checks.mjs", "oxlint", "oxfmt"]])],
    // The static checks of `npm test`, at once.
    [
      "tsc + lint at once, cold",
      samples(RUNS, false, () => [process.execPath, ["scripts/checks.mjs", "typecheck", "oxlint", "oxfmt"], cold()]),
    ],
  ];
  if (process.env.BENCH_JEST === "1") {
    measured.push(["jest (all suites)", samples(JEST_RUNS, false, () => [bin("jest"), ["--silent"]])]);
    // What `npm test` runs: the static checks and jest at once, the checks' caches cold as in CI.
    measured.push([
      "npm test, cold",
      samples(JEST_RUNS, false, () => [
        process.execPath,
        ["scripts/checks.mjs", "typecheck", "oxlint", "oxfmt", "jest", "--silent"],
        cold(),
      ]),
    ]);
  }
  console.log(
    `Node ${process.version}; load average ${os.loadavg()[0].toFixed(2)}; ${RUNS} runs each` +
      (process.env.BENCH_JEST === "1" ? `, jest ${JEST_RUNS}` : " (BENCH_JEST=1 adds jest)"),
  );
  printTable(
    ["what", "wall s (median)", "CPU s (median)"],
    measured.map(([label, s]) => secondsRow(label, s)),
  );
  const [tscCold, tscWarm, lintCold, lintWarm, checksCold, jest, npmTest] = measured.map(([, s]) => medianTiming(s));
  saveResults("checks", { tscCold, tscWarm, lintCold, lintWarm, checksCold, jest, npmTest }, os.loadavg()[0]);
}

main();

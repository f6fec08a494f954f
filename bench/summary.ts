import { BUNDLE_BUDGET_BYTES } from "../scripts/build-functions";
import { printTable } from "./measure";
import { loadResults, Timing } from "./results";

/**
 * `npm run bench:summary` (the last step of `npm run bench`): issue 11's table, what / now / goal, from the numbers the
 * other benchmarks left in dist/bench/. A row whose benchmark has not run says which command measures it. Wall times
 * are medians; CPU time (user + system) beside them, as other load on the machine inflates wall times, not CPU.
 */

const seconds = (t: Timing) =>
  `${(t.wallMs / 1000).toFixed(1)} s` + (t.cpuMs === undefined ? "" : ` (CPU ${(t.cpuMs / 1000).toFixed(1)} s)`);
const within = (ms: number | undefined, goalMs: number) => (ms === undefined ? "-" : ms <= goalMs ? "yes" : "no");

/** The functions' CPU times, lowest to highest, where measured. */
function cpuRange(values: (number | undefined)[]): string {
  const cpu = values.filter((ms): ms is number => ms !== undefined);
  return cpu.length ? `, CPU ${Math.min(...cpu).toFixed(0)}–${Math.max(...cpu).toFixed(0)} ms` : "";
}

function main(): void {
  const checks = loadResults("checks");
  const synth = loadResults("synth");
  const functions = loadResults("functions");
  const rows: string[][] = [];
  const row = (what: string, now: string | undefined, goal: string, met: string, missing: string) =>
    rows.push([what, now ?? `not measured: ${missing}`, goal, now === undefined ? "-" : met]);

  row(
    "`tsc --noEmit`, cold / warm",
    checks && `${seconds(checks.tscCold)} / ${seconds(checks.tscWarm)}`,
    "≤ 5 s",
    within(checks?.tscCold.wallMs, 5_000),
    "npm run bench:checks",
  );
  row(
    "`npm run lint` (oxlint + oxfmt), cold / warm",
    checks && `${seconds(checks.lintCold)} / ${seconds(checks.lintWarm)}`,
    "≤ 6 s",
    within(checks?.lintCold.wallMs, 6_000),
    "npm run bench:checks",
  );
  row(
    "`jest` (all suites)",
    checks?.jest && seconds(checks.jest),
    "≤ 45 s",
    within(checks?.jest?.wallMs, 45_000),
    "BENCH_JEST=1 npm run bench:checks",
  );
  const npmTestMs = checks?.npmTest?.wallMs;
  row(
    "`npm test` in all (static checks, cold, and jest at once)",
    npmTestMs === undefined ? undefined : `${(npmTestMs / 1000).toFixed(1)} s`,
    "≤ 60 s",
    within(npmTestMs, 60_000),
    "BENCH_JEST=1 npm run bench:checks",
  );
  row(
    "`cdktf synth` (every stack)",
    synth && seconds(synth.cli),
    "≤ 5 s",
    within(synth?.cli.wallMs, 5_000),
    "npm run bench:synth",
  );
  row("app alone", synth && seconds(synth.app), "≤ 3 s", within(synth?.app.wallMs, 3_000), "npm run bench:synth");

  const fns = functions?.functions ?? [];
  const bySlowStart = [...fns].sort((a, b) => a.startMs - b.startMs);
  const bySize = [...fns].sort((a, b) => a.bundleBytes - b.bundleBytes);
  const [fastest, slowest, largest] = [bySlowStart[0], bySlowStart.at(-1), bySize.at(-1)];
  row(
    "function process start → ready socket (median per function)",
    fastest &&
      slowest &&
      `${fastest.startMs.toFixed(0)}–${slowest.startMs.toFixed(0)} ms (${fastest.name} … ${slowest.name})${cpuRange(fns.map((f) => f.startCpuMs))}`,
    "≤ 150 ms each",
    within(slowest?.startMs, 150),
    "npm run bench (bench/functions.ts)",
  );
  const cold = fns.filter((f) => f.coldCallMs !== undefined).sort((a, b) => a.coldCallMs! - b.coldCallMs!);
  const [quickest, longest] = [cold[0], cold.at(-1)];
  // No goal in issue 11: shown because the handler loads after the socket, so this is where that work went.
  row(
    "function process start → first answer (median per function)",
    quickest &&
      longest &&
      `${quickest.coldCallMs!.toFixed(0)}–${longest.coldCallMs!.toFixed(0)} ms (${quickest.name} … ${longest.name})` +
        cpuRange(cold.map((f) => f.coldCallCpuMs)),
    "- (what a cold caller waits for)",
    "-",
    "npm run bench (bench/functions.ts)",
  );
  row(
    "largest bundle",
    largest && `${(largest.bundleBytes / 1024).toFixed(0)} KiB (${largest.name})`,
    `≤ ${BUNDLE_BUDGET_BYTES / 1024} KiB each`,
    within(largest?.bundleBytes, BUNDLE_BUDGET_BYTES),
    "npm run bench (bench/functions.ts)",
  );

  console.log("\nIssue 11's table:");
  printTable(["what", "now", "goal", "met"], rows);
  for (const [name, saved] of Object.entries({ checks, synth, functions })) {
    if (saved) console.log(`${name}: ${saved.at}, Node ${saved.node}, load average ${saved.loadAverage.toFixed(2)}`);
  }
}

main();

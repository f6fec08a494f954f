import * as fs from "fs";
import * as path from "path";

/**
 * Each benchmark leaves its numbers in dist/bench/<name>.json, which `npm run bench:summary` reads to print issue 11's
 * table (what, now, goal) after the others' own tables.
 */
const RESULTS_DIR = path.resolve(__dirname, "..", "dist", "bench");

export interface Timing {
  readonly wallMs: number;
  /** User + system time of the process and its children; undefined where /proc is not there. */
  readonly cpuMs?: number;
}

export interface FunctionsResults {
  readonly functions: {
    readonly name: string;
    readonly bundleBytes: number;
    /** Medians. */
    readonly startMs: number;
    readonly startCpuMs?: number;
    readonly firstCallMs?: number;
    /** Process start to the first call's answer, and the process's CPU time by then. */
    readonly coldCallMs?: number;
    readonly coldCallCpuMs?: number;
  }[];
}

export interface SynthResults {
  readonly app: Timing;
  readonly cli: Timing;
}

export interface ChecksResults {
  readonly tscCold: Timing;
  readonly tscWarm: Timing;
  readonly lintCold: Timing;
  readonly lintWarm: Timing;
  /** tsc, oxlint and oxfmt at once, cold. */
  readonly checksCold: Timing;
  /** With BENCH_JEST=1 only. */
  readonly jest?: Timing;
  /** `npm test` as it runs (the static checks, cold, and jest at once); with BENCH_JEST=1 only. */
  readonly npmTest?: Timing;
}

interface Results {
  functions: FunctionsResults;
  synth: SynthResults;
  checks: ChecksResults;
}

/** Writes one benchmark's numbers, with when, on which Node and under what load they were taken. */
export function saveResults<K extends keyof Results>(name: K, results: Results[K], loadAverage: number): void {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${name}.json`);
  const stamped = { ...results, node: process.version, loadAverage, at: new Date().toISOString() };
  fs.writeFileSync(file, JSON.stringify(stamped, null, 2) + "\n");
}

export type Saved<K extends keyof Results> = Results[K] & { node: string; loadAverage: number; at: string };

/** One benchmark's numbers, or undefined if it has not run in this tree. */
export function loadResults<K extends keyof Results>(name: K): Saved<K> | undefined {
  const file = path.join(RESULTS_DIR, `${name}.json`);
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as Saved<K>) : undefined;
}

import { spawnSync } from "child_process";
import * as fs from "fs";

/** What the benchmarks share: medians, the CPU time of commands they run, and their tables. */

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** User + system time of this process's waited-for children (fields 16 and 17 of /proc/self/stat, 10 ms ticks). */
export function childrenCpuMs(): number | undefined {
  try {
    const stat = fs.readFileSync("/proc/self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return undefined;
  }
}

export interface Sample {
  readonly wallMs: number;
  /** Of the command and its children; undefined where /proc is not there. */
  readonly cpuMs: number | undefined;
}

/** Runs a command to its end; one that fails throws with its output. */
export function timeCommand(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Sample {
  const cpuBefore = childrenCpuMs();
  const started = performance.now();
  const result = spawnSync(command, args, { cwd: options.cwd, env: options.env ?? process.env, encoding: "utf8" });
  const wallMs = performance.now() - started;
  const cpuAfter = childrenCpuMs();
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return { wallMs, cpuMs: cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore };
}

/** Median wall and CPU milliseconds of the samples (CPU undefined where /proc is not there). */
export function medianTiming(samples: Sample[]): { wallMs: number; cpuMs?: number } {
  const cpu = samples.map((s) => s.cpuMs).filter((ms): ms is number => ms !== undefined);
  return { wallMs: median(samples.map((s) => s.wallMs)), cpuMs: cpu.length ? median(cpu) : undefined };
}

/** A table row: the label, then median wall and CPU seconds of the samples. */
export function secondsRow(label: string, samples: Sample[]): string[] {
  const { wallMs, cpuMs } = medianTiming(samples);
  return [label, (wallMs / 1000).toFixed(2), cpuMs === undefined ? "-" : (cpuMs / 1000).toFixed(2)];
}

export function printTable(headers: string[], rows: string[][]): void {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => "| " + cells.map((c, i) => c.padEnd(widths[i])).join(" | ") + " |";
  console.log(line(headers));
  console.log("| " + widths.map((w) => "-".repeat(w)).join(" | ") + " |");
  for (const row of rows) console.log(line(row));
}

import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

/**
 * `npm run bench:synth`: the app alone (cdktf.json's `app` command, which writes all stacks) and `cdktf synth` through
 * the CLI, each run BENCH_SYNTH_RUNS times into a scratch directory. Wall time is the median; CPU time (user + system
 * of the command and its children) beside it, as other load on a shared machine inflates wall times, not CPU.
 */

const RUNS = Number(process.env.BENCH_SYNTH_RUNS ?? 5);
const ROOT = path.resolve(__dirname, "..");

interface Sample {
  readonly wallMs: number;
  readonly cpuMs: number | undefined;
}

/** User + system time of this process's waited-for children (fields 16 and 17 of /proc/self/stat, 10 ms ticks). */
function childrenCpuMs(): number | undefined {
  try {
    const stat = fs.readFileSync("/proc/self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return undefined;
  }
}

function run(command: string, args: string[], outdir: string): Sample {
  const cpuBefore = childrenCpuMs();
  const started = performance.now();
  const result = spawnSync(command, args, {
    cwd: ROOT,
    env: { ...process.env, CHECKPOINT_DISABLE: "1", CI: "true", CDKTF_OUTDIR: outdir },
    encoding: "utf8",
  });
  const wallMs = performance.now() - started;
  const cpuAfter = childrenCpuMs();
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  const stacks = fs.readdirSync(path.join(outdir, "stacks"));
  if (stacks.length === 0) throw new Error(`${command} wrote no stack to ${outdir}`);
  return { wallMs, cpuMs: cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function measure(label: string, command: string, args: (outdir: string) => string[]): string[] {
  const samples: Sample[] = [];
  // One unmeasured run first: transform caches are warm in daily use.
  for (let i = 0; i <= RUNS; i++) {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-synth-"));
    try {
      const sample = run(command, args(outdir), outdir);
      if (i > 0) samples.push(sample);
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  }
  const cpu = samples.map((s) => s.cpuMs).filter((ms): ms is number => ms !== undefined);
  return [
    label,
    (median(samples.map((s) => s.wallMs)) / 1000).toFixed(2),
    cpu.length ? (median(cpu) / 1000).toFixed(2) : "-",
  ];
}

function main(): void {
  const app = JSON.parse(fs.readFileSync(path.join(ROOT, "cdktf.json"), "utf8")).app as string;
  const [command, ...appArgs] = app.split(" ");
  const cli = path.join(ROOT, "node_modules", ".bin", "cdktf");
  const rows = [
    // The app writes to CDKTF_OUTDIR, as the CLI has it do.
    measure(`app alone (${app})`, command, () => appArgs),
    measure("cdktf synth", cli, (outdir) => ["synth", "--output", outdir]),
  ];
  const headers = ["what", "wall s (median)", "CPU s (median)"];
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => "| " + cells.map((c, i) => c.padEnd(widths[i])).join(" | ") + " |";
  console.log(
    `Node ${process.version}; load average ${os.loadavg()[0].toFixed(2)}; ${RUNS} runs each, after one warm-up`,
  );
  console.log(line(headers));
  console.log("| " + widths.map((w) => "-".repeat(w)).join(" | ") + " |");
  for (const row of rows) console.log(line(row));
}

main();

import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { medianTiming, printTable, Sample, secondsRow, timeCommand } from "./measure";
import { saveResults } from "./results";

/**
 * `npm run bench:synth`: the app alone (cdktf.json's `app` command, which writes all stacks) and `cdktf synth` through
 * the CLI, each run BENCH_SYNTH_RUNS times into a scratch directory. Wall time is the median; CPU time (user + system
 * of the command and its children) beside it, as other load on a shared machine inflates wall times, not CPU.
 */

const RUNS = Number(process.env.BENCH_SYNTH_RUNS ?? 5);
const ROOT = path.resolve(__dirname, "..");

function run(command: string, args: string[], outdir: string): Sample {
  const sample = timeCommand(command, args, {
    cwd: ROOT,
    env: { ...process.env, CHECKPOINT_DISABLE: "1", CI: "true", CDKTF_OUTDIR: outdir },
  });
  const stacks = fs.readdirSync(path.join(outdir, "stacks"));
  if (stacks.length === 0) throw new Error(`${command} wrote no stack to ${outdir}`);
  return sample;
}

function measure(command: string, args: (outdir: string) => string[]): Sample[] {
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
  return samples;
}

function main(): void {
  const app = JSON.parse(fs.readFileSync(path.join(ROOT, "cdktf.json"), "utf8")).app as string;
  const [command, ...appArgs] = app.split(" ");
  const cli = path.join(ROOT, "node_modules", ".bin", "cdktf");
  // The app writes to CDKTF_OUTDIR, as the CLI has it do.
  const appSamples = measure(command, () => appArgs);
  const cliSamples = measure(cli, (outdir) => ["synth", "--output", outdir]);
  const rows = [secondsRow(`app alone (${app})`, appSamples), secondsRow("cdktf synth", cliSamples)];
  console.log(
    `Node ${process.version}; load average ${os.loadavg()[0].toFixed(2)}; ${RUNS} runs each, after one warm-up`,
  );
  printTable(["what", "wall s (median)", "CPU s (median)"], rows);
  saveResults("synth", { app: medianTiming(appSamples), cli: medianTiming(cliSamples) }, os.loadavg()[0]);
}

main();

import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const ROOT = path.join(__dirname, "..");

/**
 * Imports that oxlint.config.mjs's layer rules (README, "Project layout") must refuse, each with the start of the
 * message that names the layer, and imports they must let through (`null`).
 */
const CASES: [folder: string, specifier: string, refusal: string | null][] = [
  ["lib", "../constructs/index", "lib/ must not import from constructs, config, functions,"],
  ["lib", "../.gen/providers/oci/streaming-stream", "lib/ must not import from"],
  ["lib", "./json", null],
  ["functions/process", "../../config/schema", "functions/ must not import from constructs, config,"],
  ["functions/process", "../../lib/json", null],
  ["cli", "../functions/contracts", "cli/ must not import from constructs, config, functions,"],
  ["config", "../cli/errors", "config/ must not import from constructs, functions, cli,"],
  ["constructs", "../local/errors", "constructs/ must not import from cli, stand-ins, __tests__, bench, local:"],
  ["constructs", "../functions/process/config", "constructs/ may import functions/contracts only"],
  ["constructs", "../functions/contracts", null],
  // constructs/resources and constructs/patterns replace constructs/'s rule with their own lists.
  ["constructs/resources", "../patterns/alarms", "constructs/resources/ must not import from cli, stand-ins,"],
  ["constructs/resources", "../../bench/measure", "constructs/resources/ must not import from"],
  ["constructs/resources", "../../functions/process/config", "constructs/ may import functions/contracts only"],
  ["constructs/resources", "../../functions/contracts", null],
  ["constructs/patterns", "../stack/oci-backend", "constructs/patterns/ must not import from"],
  ["constructs/patterns", "../resources/stream", null],
  ["stand-ins", "../cli/errors", "stand-ins/ must not import from constructs, __tests__, bench, cli, local:"],
  ["bench", "../__tests__/support/synth", "bench/ must not import from __tests__:"],
  ["examples/adopt", "../../lib/json", "examples/ must not import from config, functions, lib,"],
  ["examples/adopt", "../../constructs", null],
  ["local", "../config/schema", "local/ must not import from constructs, config, functions, cli,"],
  ["scripts", "../local/errors", "scripts/ must not import from local:"],
  ["__tests__", "../.gen/providers/oci", "Import the binding's own folder, not a barrel."],
  ["__tests__", "../.gen/providers/oci/streaming-stream", null],
];

interface Diagnostic {
  readonly filename: string;
  readonly code: string;
  readonly help?: string;
}

/** Lints one file per case, each holding its import, with the project's oxlint.config.mjs in a scratch folder. */
function lintCases(): Diagnostic[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lint-layers-"));
  try {
    fs.copyFileSync(path.join(ROOT, "oxlint.config.mjs"), path.join(dir, "oxlint.config.mjs"));
    CASES.forEach(([folder, specifier], i) => {
      fs.mkdirSync(path.join(dir, folder), { recursive: true });
      fs.writeFileSync(path.join(dir, folder, `case${i}.ts`), `import "${specifier}";\n`);
    });
    const oxlint = path.join(ROOT, "node_modules", "oxlint", "bin", "oxlint");
    const run = spawnSync(process.execPath, [oxlint, "-c", "oxlint.config.mjs", "-f", "json", "."], {
      cwd: dir,
      encoding: "utf8",
    });
    if (run.error || !run.stdout) throw new Error(`oxlint did not run: ${run.error ?? run.stderr}`);
    return JSON.parse(run.stdout).diagnostics;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe("the layer rules in oxlint.config.mjs", () => {
  const diagnostics = lintCases();

  test("report nothing but the refused imports", () => {
    expect(diagnostics.filter((d) => d.code !== "eslint(no-restricted-imports)")).toEqual([]);
  });

  const cases = CASES.map(([folder, specifier, refusal], i) => ({
    folder,
    specifier,
    refusal,
    file: `${folder}/case${i}.ts`,
  }));
  const helpsFor = (file: string) => diagnostics.filter((d) => d.filename === file).map((d) => d.help ?? "");

  test.each(cases.filter((c) => c.refusal !== null))(
    "$folder: import $specifier is refused: $refusal",
    ({ file, refusal }) => {
      expect(helpsFor(file)).toEqual([expect.stringMatching(new RegExp(`^${escape(refusal!)}`))]);
    },
  );

  test.each(cases.filter((c) => c.refusal === null))("$folder: import $specifier is let through", ({ file }) => {
    expect(helpsFor(file)).toEqual([]);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

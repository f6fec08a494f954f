import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { buildApp } from "../main";
import { CONFIG_DIR } from "./support/synth";

const PROJECT_ROOT = path.resolve(__dirname, "..");

/** Every file cdktf wrote, by its path relative to the output directory. */
function synthesizedFiles(outdir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.set(path.relative(outdir, full), fs.readFileSync(full));
    }
  };
  walk(outdir);
  return files;
}

/** Synthesizes the whole app (every config/ environment, as `cdktf synth` does) from `cwd` into a new directory. */
function synthFrom(cwd: string): { outdir: string; files: Map<string, Buffer> } {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "synth-"));
  const before = process.cwd();
  process.chdir(cwd);
  try {
    buildApp(CONFIG_DIR, outdir).synth();
  } finally {
    process.chdir(before);
  }
  return { outdir, files: synthesizedFiles(outdir) };
}

// The same commit must synthesize the same stacks in any clone, from any directory: Terraform plans and the
// state key must not depend on where the checkout sits.
describe("synth output", () => {
  const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), "elsewhere-"));
  const here = synthFrom(PROJECT_ROOT);
  const there = synthFrom(elsewhere);

  test("is byte-identical when synthesized from another directory into another output directory", () => {
    expect([...here.files.keys()].sort()).toEqual([...there.files.keys()].sort());
    expect([...here.files.keys()].filter((f) => f.endsWith("cdk.tf.json"))).toHaveLength(
      fs.readdirSync(CONFIG_DIR).filter((f) => f.endsWith(".json")).length,
    );
    for (const [file, content] of here.files)
      expect({ file, same: content.equals(there.files.get(file)!) }).toEqual({ file, same: true });
  });

  test("holds no absolute path of the checkout, the output directory, the working directory or the home", () => {
    const forbidden = [PROJECT_ROOT, here.outdir, there.outdir, elsewhere, os.homedir(), os.tmpdir()].filter(
      (p) => p.length > 1,
    );
    for (const [file, content] of here.files) {
      const text = content.toString("utf8");
      expect({ file, paths: forbidden.filter((p) => text.includes(p)) }).toEqual({ file, paths: [] });
    }
  });
});

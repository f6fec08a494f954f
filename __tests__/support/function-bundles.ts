import { createHash } from "crypto";
import { stop } from "esbuild";
import * as fs from "fs";
import * as path from "path";
import { bundleEntry, buildAll, DIST_DIR, functionBundle } from "../../scripts/build-functions";

const ROOT = path.resolve(__dirname, "..", "..");
const FUNCTIONS_DIR = path.join(ROOT, "functions");
const FIXTURES_DIR = path.join(ROOT, "__tests__", "fixtures");
const FIXTURES_DIST_DIR = path.join(ROOT, "dist", "test-functions");
/** Functions that exist only for tests, under __tests__/fixtures/<name>/index.ts. */
const FIXTURES = ["platform-probe"];
/** What the last build by the tests read and wrote, with a hash of each (see `bundlesUpToDate`). */
const STAMP = path.join(ROOT, "dist", "test-bundles-stamp.json");
/** The build's own code and the installed packages' versions: a change to either rebuilds. */
const BUILD_FILES = ["scripts/build-functions.ts", "scripts/prune-sdk-models.ts", "package-lock.json"];

export { functionBundle };

/** The built bundle of a test fixture function. */
export function fixtureBundle(name: string): string {
  return path.join(FIXTURES_DIST_DIR, name, "func.js");
}

interface Stamp {
  /** sha256 of each file (relative to the root): the build's own, every input esbuild read, every output. */
  readonly files: Record<string, string>;
  /** The entries of each of our folders that holds an input: a new file there may change what an import resolves to. */
  readonly listings: Record<string, string[]>;
}

/**
 * Builds every function and fixture, as deployed: tests run the bundles, not the sources. A build takes ~2 s of
 * esbuild's CPU before any test can start, so it is skipped when nothing it read or wrote has changed since the last
 * one: the same build files, inputs (sources and packages, by content), folders and outputs.
 */
export async function buildBundles(): Promise<void> {
  if (bundlesUpToDate()) return;
  fs.rmSync(STAMP, { force: true });
  const built = await buildAll();
  const fixtures = await Promise.all(
    FIXTURES.map((name) => bundleEntry(path.join(FIXTURES_DIR, name, "index.ts"), fixtureBundle(name))),
  );
  // esbuild's service process would otherwise live as long as jest's: global teardown counts it as left behind.
  await stop();
  const inputs = [...built.flatMap((f) => f.inputs), ...fixtures.flatMap((metafile) => Object.keys(metafile.inputs))];
  fs.writeFileSync(STAMP, JSON.stringify(stampOf(inputs)));
}

function bundlesUpToDate(): boolean {
  if (!fs.existsSync(STAMP)) return false;
  const stamp = JSON.parse(fs.readFileSync(STAMP, "utf8")) as Stamp;
  const now = stampOf(Object.keys(stamp.files).filter((file) => !isOutput(file) && !BUILD_FILES.includes(file)));
  return JSON.stringify(now) === JSON.stringify(stamp);
}

function stampOf(inputs: string[]): Stamp {
  const outputs = [DIST_DIR, FIXTURES_DIST_DIR].flatMap((dir) => filesUnder(dir)).map((f) => path.relative(ROOT, f));
  const files = [...new Set([...BUILD_FILES, ...inputs, ...outputs])].sort();
  const ours = inputs.filter((file) => !file.includes("node_modules"));
  const folders = [...new Set([FUNCTIONS_DIR, ...ours.map((file) => path.dirname(path.join(ROOT, file)))])].sort();
  return {
    files: Object.fromEntries(files.map((file) => [file, sha256Of(path.join(ROOT, file))])),
    listings: Object.fromEntries(folders.map((dir) => [path.relative(ROOT, dir), listing(dir)])),
  };
}

function isOutput(file: string): boolean {
  return [DIST_DIR, FIXTURES_DIST_DIR].some((dir) => path.join(ROOT, file).startsWith(dir + path.sep));
}

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

function listing(dir: string): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
}

/** A missing file hashes as "missing", so that its return is a change too. */
function sha256Of(file: string): string {
  return fs.existsSync(file) ? createHash("sha256").update(fs.readFileSync(file)).digest("hex") : "missing";
}

import { createHash } from "crypto";
import { build, BuildOptions, Plugin } from "esbuild";
import * as fs from "fs";
import * as path from "path";
import { pruneSdkModels } from "./prune-sdk-models";

const ROOT = path.resolve(__dirname, "..");
/** Each folder here is a deployable function, with its index.ts; shared runtime code lives in lib/. */
const FUNCTIONS_DIR = path.join(ROOT, "functions");
export const DIST_DIR = path.join(ROOT, "dist", "functions");
/** Copied beside the bundle, so `dist/functions/<name>/` is a complete Docker build context and `fn deploy` folder. */
const PACKAGING_FILES = ["Dockerfile", "func.yaml"];

/**
 * Most a function bundle may weigh (issue 11): the image carries it and every cold start reads and compiles all of it.
 * function-bundles.test.ts holds every function to it.
 */
export const BUNDLE_BUDGET_BYTES = 800 * 1024;

/** The built bundle of a function in functions/. */
export function functionBundle(name: string): string {
  return path.join(DIST_DIR, name, "func.js");
}

export interface BuiltFunction {
  readonly name: string;
  /** The bundle, `<outDir>/func.js`. */
  readonly bundle: string;
  readonly bytes: number;
  /** sha256 of everything that goes into the image (bundle and Dockerfile), hex. */
  readonly sha256: string;
  /** The image tag to deploy: unchanged code gives an unchanged tag, so Terraform deploys nothing. */
  readonly imageTag: string;
}

/**
 * oci-common 2.139.1 loads node-fetch 2 through isomorphic-fetch, which installs it as the global fetch only where
 * there is none (Node 22 has one, which the SDK's requests use), and calls node-fetch directly only to fetch
 * instance-principal certificates. The runtime's own fetch (shims/node-fetch.js) serves both, and the bundle loses
 * node-fetch with its URL and Unicode tables (whatwg-url, tr46): ~300 KiB, and their load time at every cold start.
 */
const nativeFetch: Plugin = {
  name: "native-fetch",
  setup(build) {
    const shim = path.join(ROOT, "scripts", "shims", "node-fetch.js");
    build.onResolve({ filter: /^(node-fetch|isomorphic-fetch)$/ }, () => ({ path: shim }));
  },
};

/**
 * jsonwebtoken 9 (loaded by oci-common for resource-principal tokens) asks semver at load whether the running Node
 * supports RSA-PSS and key details: `semver.satisfies(process.version, ">=16.9.0")` and two older ranges. Every Node
 * the bundle runs on (node22, `target` below) does, so the answers are written in at build time: the bundle loses
 * semver (27 KB), and each cold start the ~40 regular expressions semver compiles when loaded (7-10 ms of CPU).
 * function-bundles.test.ts checks each answer against the module itself.
 */
export const NODE_FEATURE_CHECKS =
  /[\\/]jsonwebtoken[\\/]lib[\\/](asymmetricKeyDetailsSupported|psSupported|rsaPssKeyDetailsSupported)\.js$/;
const nodeFeatureChecks: Plugin = {
  name: "node-feature-checks",
  setup(build) {
    build.onLoad({ filter: NODE_FEATURE_CHECKS }, () => ({ contents: "module.exports = true;\n", loader: "js" }));
  },
};

const BUNDLE_OPTIONS: BuildOptions = {
  bundle: true,
  platform: "node",
  target: "node22",
  format: "cjs",
  minify: true,
  // No keepNames: it wraps every function and class of the bundle in a naming call (37 KB, run at each cold start).
  // Nothing reads a function's name at run time (our errors set `name` themselves) and our logs carry no stacks; a
  // stack that Node prints for an uncaught error shows minified names, its func.js line:column still locate the code.
  logLevel: "warning",
  absWorkingDir: ROOT,
};

/**
 * Bundles one entry point with its dependencies into a single CommonJS file for the Node 22 runtime. A first pass
 * finds the bundle's own sources, whose words tell pruneSdkModels which SDK models the function can reach.
 */
export async function bundleEntry(entry: string, outfile: string): Promise<void> {
  const scan = await build({
    ...BUNDLE_OPTIONS,
    entryPoints: [entry],
    write: false,
    metafile: true,
    minify: false,
    // Only the bundle's own sources are read here.
    packages: "external",
  });
  const names = new Set<string>();
  // Every word, in code, strings and comments: pruneSdkModels keeps what any of them could name.
  for (const input of Object.keys(scan.metafile.inputs).filter((file) => !file.includes("node_modules"))) {
    for (const name of fs.readFileSync(path.join(ROOT, input), "utf8").match(/[A-Za-z_$][\w$]*/g) ?? [])
      names.add(name);
  }
  await build({
    ...BUNDLE_OPTIONS,
    entryPoints: [entry],
    outfile,
    plugins: [nativeFetch, nodeFeatureChecks, pruneSdkModels(names)],
  });
}

export async function buildFunction(name: string, outRoot: string = DIST_DIR): Promise<BuiltFunction> {
  const sourceDir = path.join(FUNCTIONS_DIR, name);
  const outDir = path.join(outRoot, name);
  fs.rmSync(outDir, { recursive: true, force: true });
  const bundle = path.join(outDir, "func.js");
  await bundleEntry(path.join(sourceDir, "index.ts"), bundle);
  for (const file of PACKAGING_FILES) fs.copyFileSync(path.join(sourceDir, file), path.join(outDir, file));

  const hash = createHash("sha256");
  for (const file of [bundle, path.join(outDir, "Dockerfile")]) hash.update(fs.readFileSync(file));
  const sha256 = hash.digest("hex");
  const imageTag = sha256.slice(0, 32);
  fs.writeFileSync(path.join(outDir, "image-tag.txt"), imageTag + "\n");
  return { name, bundle, bytes: fs.statSync(bundle).size, sha256, imageTag };
}

export function functionNames(): string[] {
  return fs
    .readdirSync(FUNCTIONS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .filter((d) => fs.existsSync(path.join(FUNCTIONS_DIR, d.name, "index.ts")))
    .map((d) => d.name)
    .sort();
}

/** Builds every function and writes `dist/functions/manifest.json` (name -> bundle, size, sha256, image tag). */
export async function buildAll(): Promise<BuiltFunction[]> {
  const built = await Promise.all(functionNames().map((name) => buildFunction(name)));
  const manifest = Object.fromEntries(
    built.map((f) => [
      f.name,
      { bundle: path.relative(ROOT, f.bundle), bytes: f.bytes, sha256: f.sha256, imageTag: f.imageTag },
    ]),
  );
  fs.writeFileSync(path.join(DIST_DIR, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
  return built;
}

if (require.main === module) {
  buildAll().then(
    (built) => {
      for (const f of built) console.log(`${f.name}: ${f.bytes} bytes, image tag ${f.imageTag}`);
    },
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}

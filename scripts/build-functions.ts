import { createHash } from "crypto";
import { build, BuildOptions, Metafile, Plugin } from "esbuild";
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
  /** Every file esbuild read for the bundle, relative to the project root. */
  readonly inputs: readonly string[];
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
 * finds the bundle's own sources, whose words tell pruneSdkModels which SDK models the function can reach. Returns
 * esbuild's metafile of the bundle (inputs and how each imports the others).
 */
export async function bundleEntry(entry: string, outfile: string): Promise<Metafile> {
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
  const bundle = await build({
    ...BUNDLE_OPTIONS,
    entryPoints: [entry],
    outfile,
    metafile: true,
    plugins: [nativeFetch, nodeFeatureChecks, pruneSdkModels(names)],
  });
  return bundle.metafile;
}

/**
 * The only packages a function may evaluate before the FDK listens: the FDK itself, and zod for the configuration
 * check that reports a bad configuration as the container starts. Everything else (the OCI SDK, jsonata, ...) is for
 * calls: serveFunction loads the handler, and so its imports, once the socket is up (lib/fn-handler.ts).
 */
export const START_PACKAGES: readonly string[] = ["@fnproject/fdk", "zod"];

/**
 * The modules a bundle evaluates as it starts, each with the chain of imports that brings it in: everything the
 * entry reaches by import statements and require calls. A dynamic `import()` is where esbuild defers evaluation to
 * the call of import(), so the walk stops there. (A require inside a function of a package counts as if at its top:
 * the answer can only be too large.)
 */
export function startModules(metafile: Metafile, entry: string): Map<string, string[]> {
  const chains = new Map<string, string[]>([[entry, [entry]]]);
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.shift()!;
    for (const edge of metafile.inputs[file]?.imports ?? []) {
      if (edge.kind === "dynamic-import" || edge.external || chains.has(edge.path)) continue;
      chains.set(edge.path, [...chains.get(file)!, edge.path]);
      pending.push(edge.path);
    }
  }
  return chains;
}

/** The package a bundled module belongs to (the innermost node_modules folder decides), or undefined for ours. */
export function packageOf(file: string): string | undefined {
  const match = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*\/node_modules\/)/.exec(file);
  return match?.[1];
}

/** Throws, naming the import chain, if a function's start path evaluates a package outside START_PACKAGES. */
export function checkStartPath(name: string, metafile: Metafile, entry: string): void {
  const early = (file: string) => {
    const pkg = packageOf(file);
    return pkg !== undefined && !START_PACKAGES.includes(pkg);
  };
  // Where the start path first enters such a package; what that package imports in turn is implied.
  const entries = [...startModules(metafile, entry)].filter(([file, chain]) => early(file) && !early(chain.at(-2)!));
  if (entries.length === 0) return;
  const packages = [...new Set(entries.map(([file]) => packageOf(file)))];
  throw new Error(
    `function ${name} evaluates ${packages.join(", ")} before its socket is up (only ${START_PACKAGES.join(", ")} ` +
      `may be): ${entries[0][1].join(" -> ")}. Import it from the handler, which serveFunction loads once the FDK ` +
      `listens, or with import() where it is used.`,
  );
}

export async function buildFunction(name: string, outRoot: string = DIST_DIR): Promise<BuiltFunction> {
  const sourceDir = path.join(FUNCTIONS_DIR, name);
  const outDir = path.join(outRoot, name);
  fs.rmSync(outDir, { recursive: true, force: true });
  const bundle = path.join(outDir, "func.js");
  const entry = path.join(sourceDir, "index.ts");
  const metafile = await bundleEntry(entry, bundle);
  checkStartPath(name, metafile, path.relative(ROOT, entry));
  for (const file of PACKAGING_FILES) fs.copyFileSync(path.join(sourceDir, file), path.join(outDir, file));

  const hash = createHash("sha256");
  for (const file of [bundle, path.join(outDir, "Dockerfile")]) hash.update(fs.readFileSync(file));
  const sha256 = hash.digest("hex");
  const imageTag = sha256.slice(0, 32);
  fs.writeFileSync(path.join(outDir, "image-tag.txt"), imageTag + "\n");
  return { name, bundle, bytes: fs.statSync(bundle).size, sha256, imageTag, inputs: Object.keys(metafile.inputs) };
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

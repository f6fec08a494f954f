import { stop } from "esbuild";
import * as path from "path";
import { bundleEntry, buildAll, functionBundle } from "../../scripts/build-functions";

const ROOT = path.resolve(__dirname, "..", "..");
const FIXTURES_DIR = path.join(ROOT, "__tests__", "fixtures");
const FIXTURES_DIST_DIR = path.join(ROOT, "dist", "test-functions");
/** Functions that exist only for tests, under __tests__/fixtures/<name>/index.ts. */
const FIXTURES = ["platform-probe"];

export { functionBundle };

/** The built bundle of a test fixture function. */
export function fixtureBundle(name: string): string {
  return path.join(FIXTURES_DIST_DIR, name, "func.js");
}

/** Builds every function and fixture, as deployed: tests run the bundles, not the sources. */
export async function buildBundles(): Promise<void> {
  await buildAll();
  await Promise.all(
    FIXTURES.map((name) => bundleEntry(path.join(FIXTURES_DIR, name, "index.ts"), fixtureBundle(name))),
  );
  // esbuild's service process would otherwise live as long as jest's: global teardown counts it as left behind.
  await stop();
}

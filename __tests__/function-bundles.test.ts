import { spawnSync } from "child_process";
import { stop } from "esbuild";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import {
  BUNDLE_BUDGET_BYTES,
  bundleEntry,
  checkStartPath,
  functionBundle,
  functionNames,
  NODE_FEATURE_CHECKS,
  packageOf,
  START_PACKAGES,
  startModules,
} from "../scripts/build-functions";

describe("function bundles", () => {
  afterAll(() => stop());

  // Global setup built them as deployed. Size is what the image carries and what every cold start reads and compiles.
  test.each(functionNames())("%s stays within the bundle budget", (name) => {
    expect(fs.statSync(functionBundle(name)).size).toBeLessThanOrEqual(BUNDLE_BUDGET_BYTES);
  });

  describe("start path: what a cold start evaluates before the FDK listens", () => {
    const ROOT = path.resolve(__dirname, "..");
    let outDir: string;
    beforeAll(() => (outDir = fs.mkdtempSync(path.join(os.tmpdir(), "start-path-"))));
    afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

    test("populate's holds its configuration check and the FDK; its handler and the SDK come after", async () => {
      const entry = "functions/populate/index.ts";
      const modules = startModules(await bundleEntry(path.join(ROOT, entry), path.join(outDir, "p.js")), entry);

      expect([...modules.keys()]).toEqual(
        expect.arrayContaining([entry, "lib/fn-handler.ts", "functions/populate/config.ts"]),
      );
      expect(modules.has("functions/populate/populate.ts")).toBe(false);
      const packages = new Set([...modules.keys()].map(packageOf).filter((pkg) => pkg !== undefined));
      expect([...packages].sort()).toEqual([...START_PACKAGES].sort());
    });

    test("a function that imports the SDK at its top is refused at build, naming the import chain", async () => {
      const entry = "__tests__/fixtures/eager-sdk/index.ts";
      const metafile = await bundleEntry(path.join(ROOT, entry), path.join(outDir, "e.js"));

      expect(() => checkStartPath("eager-sdk", metafile, entry)).toThrow(
        new RegExp(
          "^function eager-sdk evaluates oci-common before its socket is up \\(only @fnproject/fdk, zod may be\\): " +
            "__tests__/fixtures/eager-sdk/index.ts -> (\\S*/)?node_modules/oci-common/index.js\\. Import it from the handler",
        ),
      );
    });
  });

  test("the Node feature checks answered at build time are jsonwebtoken's every use of semver, and answer as it does", async () => {
    // On this Node (package.json engines: >=20, as the bundles' node22): the modules' own answers.
    const root = path.dirname(require.resolve("jsonwebtoken/package.json"));
    const modules = ["", "lib"].flatMap((dir) =>
      fs
        .readdirSync(path.join(root, dir))
        .filter((file) => file.endsWith(".js"))
        .map((file) => path.join(root, dir, file)),
    );
    const askingSemver = modules.filter((file) => /require\(['"]semver/.test(fs.readFileSync(file, "utf8")));
    expect(askingSemver.length).toBeGreaterThan(0);
    for (const file of askingSemver) {
      expect(file).toMatch(NODE_FEATURE_CHECKS);
      expect((await import(file)).default).toBe(true);
    }
  });

  test("SDK models: the ones the named client methods reach are kept, the others throw naming themselves", async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "sdk-models-")), "func.js");
    await bundleEntry(path.join(__dirname, "fixtures", "sdk-models", "index.ts"), out);
    const run = spawnSync(process.execPath, [out], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    const result = JSON.parse(run.stdout);
    expect(result.requestModel).toBe("function");
    expect(result.nestedModel).toBe("function");
    expect(result.unusedModel).toBe(
      "oci-monitoring model Alarm was left out of this bundle by scripts/prune-sdk-models.ts: no client method the function's code names uses it",
    );
    // The kept models serialise the request as the full SDK does (Datapoint's timestamp as an ISO string).
    expect(result.body).toEqual({
      metricData: [
        {
          namespace: "probe",
          compartmentId: "ocid1.compartment.oc1..probe",
          name: "probe",
          dimensions: { stream: "a" },
          datapoints: [{ timestamp: "1970-01-01T00:00:00.000Z", value: 1 }],
        },
      ],
    });
    fs.rmSync(path.dirname(out), { recursive: true, force: true });
  });
});

import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { CODE_CACHE_DIR_VARIABLE, FnProcess } from "../stand-ins/fn-harness";
import { fixtureBundle } from "./support/function-bundles";
import { waitFor } from "./support/local-system";
import { resourcePrincipalEnv } from "../stand-ins/signing";

describe("the test run's code cache for function bundles (stand-ins/code-cache-preload.js)", () => {
  let dir: string;
  const runsCache = process.env[CODE_CACHE_DIR_VARIABLE];

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "code-cache-test-"));
    process.env[CODE_CACHE_DIR_VARIABLE] = dir;
  });

  afterEach(() => {
    process.env[CODE_CACHE_DIR_VARIABLE] = runsCache;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /**
   * Starts the probe and checks that it answers with its configuration; stops it once its cache had time to be written
   * (100 ms after start here, 300 ms are given) and `written` holds.
   */
  async function probe(written: () => boolean = () => true): Promise<void> {
    const fn = await FnProcess.start({
      bundle: fixtureBundle("platform-probe"),
      env: { ...resourcePrincipalEnv(), FN_CODE_CACHE_WRITE_AFTER_MS: "100" },
      config: { PROBE_LABEL: "cached" },
    });
    try {
      const response = await fn.call("{}", { callId: "call-cached" });
      expect(response.httpStatus).toBe(201);
      expect(response.json()).toMatchObject({ callId: "call-cached", label: "cached" });
      await new Promise((resolve) => setTimeout(resolve, 300));
      await waitFor("the code cache", written, 5_000);
    } finally {
      await fn.stop();
    }
  }

  const cacheFiles = () => fs.readdirSync(dir).map((name) => path.join(dir, name));
  const aWholeCache = () => cacheFiles().some((file) => file.endsWith(".bin") && fs.statSync(file).size > 10_000);

  test("a bundle's first process writes its cache; the next compiles from it, keeps it, and answers the same", async () => {
    // WHEN the first process runs
    await probe(aWholeCache);

    // THEN it wrote one whole cache, named by the bundle and its digest
    const [cache, ...others] = cacheFiles();
    expect(others).toEqual([]);
    expect(path.basename(cache)).toMatch(new RegExp(`^platform-probe-[0-9a-f]{32}-${process.version}\\.bin$`));
    const written = fs.statSync(cache);
    expect(written.size).toBeGreaterThan(10_000);

    // WHEN a second process starts: V8 accepts the cache, so nothing is written again
    await probe();
    expect(cacheFiles()).toEqual([cache]);
    expect(fs.statSync(cache).mtimeMs).toBe(written.mtimeMs);
  });

  test("a cache V8 rejects costs a normal compile and is written anew", async () => {
    // GIVEN a cache file for the bundle that is not V8's
    await probe(aWholeCache);
    const [cache] = cacheFiles();
    fs.writeFileSync(cache, "not a code cache");

    // WHEN
    await probe(aWholeCache);

    // THEN the function answered (above) and the file is a real cache again
    expect(cacheFiles()).toEqual([cache]);
    expect(fs.statSync(cache).size).toBeGreaterThan(10_000);
  });
});

import { stop } from "esbuild";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { builtImageTag } from "../constructs/function-image";
import { buildFunction } from "../scripts/build-functions";
import { buildSteps, parseImageRef } from "../scripts/push-function-image";

describe("function images", () => {
  // Building starts esbuild's service process; it must not outlive the test run.
  afterAll(() => stop());

  test("the deployed tag is the one the build derived from the bundle", async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "dist-"));
    const built = await buildFunction("claim-check", out);
    expect(built.imageTag).toMatch(/^[0-9a-f]{32}$/);
    expect(builtImageTag(path.join(out, "claim-check"))).toBe(built.imageTag);
    // Building the same code again gives the same tag: nothing to redeploy.
    expect((await buildFunction("claim-check", out)).imageTag).toBe(built.imageTag);
  });

  test("a missing build is a clear error", () => {
    expect(() => builtImageTag(fs.mkdtempSync(path.join(os.tmpdir(), "empty-")))).toThrow(
      /image-tag\.txt not found\. Run `npm run build:functions` first\./,
    );
  });

  test("with Docker: build for amd64, then push", () => {
    const image = "us-ashburn-1.ocir.io/ns/evs/claim-check:0123456789abcdef";
    expect(buildSteps({ bundleDir: "dist/functions/claim-check", image, builder: "docker", env: {} })).toEqual([
      { command: "docker", args: ["build", "--platform", "linux/amd64", "-t", image, "dist/functions/claim-check"] },
      { command: "docker", args: ["push", image] },
    ]);
  });

  test("without Docker: containerify pushes to the registry with basic auth from the environment", () => {
    const [step] = buildSteps({
      bundleDir: "dist/functions/claim-check",
      image: "us-ashburn-1.ocir.io/ns/evs/claim-check:0123456789abcdef",
      builder: "containerify",
      env: { OCIR_USERNAME: "ns/jane", OCIR_AUTH_TOKEN: "t0ken" },
    });
    expect(step.command).toBe("npx");
    const arg = (flag: string) => step.args[step.args.indexOf(flag) + 1];
    expect(arg("--fromImage")).toBe("fnproject/node:22");
    expect(arg("--toRegistry")).toBe("https://us-ashburn-1.ocir.io/v2/");
    expect(arg("--toImage")).toBe("ns/evs/claim-check:0123456789abcdef");
    expect(arg("--toToken")).toBe(`Basic ${Buffer.from("ns/jane:t0ken").toString("base64")}`);
    expect(arg("--entrypoint")).toBe("node func.js");
  });

  test("without Docker and without registry credentials: a clear error", () => {
    expect(() =>
      buildSteps({ bundleDir: "d", image: "us-ashburn-1.ocir.io/ns/r:t", builder: "containerify", env: {} }),
    ).toThrow("No Docker daemon: set OCIR_USERNAME (<namespace>/<user>) and OCIR_AUTH_TOKEN to push with containerify");
  });

  test("image references are checked", () => {
    expect(parseImageRef("us-ashburn-1.ocir.io/ns/evs/fn:abc")).toEqual({
      host: "us-ashburn-1.ocir.io",
      repository: "ns/evs/fn",
      tag: "abc",
    });
    expect(() => parseImageRef("fn:latest")).toThrow(/--image must look like/);
  });
});

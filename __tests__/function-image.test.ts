import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { bundleHash } from "../constructs/function-image";
import { buildSteps, parseImageRef } from "../scripts/push-function-image";

describe("function images", () => {
  function bundle(files: Record<string, string>): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bundle-"));
    for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
    return dir;
  }

  test("the tag follows the bundle's content, and only its content", () => {
    const a = bundleHash(bundle({ "func.js": "one", Dockerfile: "FROM x" }));
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(bundleHash(bundle({ "func.js": "one", Dockerfile: "FROM x" }))).toBe(a);
    expect(bundleHash(bundle({ "func.js": "two", Dockerfile: "FROM x" }))).not.toBe(a);
    expect(bundleHash(bundle({ "func.js": "one", Dockerfile: "FROM y" }))).not.toBe(a);
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

import { stop } from "esbuild";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { builtImageTag } from "../constructs/resources/function-image";
import { buildFunction, DIST_DIR, functionNames } from "../scripts/build-functions";
import {
  containerifyPlan,
  dockerSteps,
  parseDockerfile,
  parseImageRef,
  pushWithContainerify,
  readRecipe,
} from "../scripts/push-function-image";
import {
  LocalRegistry,
  REGISTRY_BINARY,
  RegistryClient,
  registryBinary,
  startLocalRegistry,
} from "./support/local-registry";
import { pullImage, pushBaseImage } from "./support/oci-image";

const OCIR_IMAGE = "us-ashburn-1.ocir.io/ns/evs/claim-check:0123456789abcdef";
const CREDENTIALS = { OCIR_USERNAME: "ns/jane", OCIR_AUTH_TOKEN: "t0ken" };

/** func.yaml is flat `key: value` lines (Fn's func file format, schema_version 20180708). */
function readFuncYaml(file: string): Record<string, string> {
  return Object.fromEntries(
    fs
      .readFileSync(file, "utf8")
      .split("\n")
      .filter((line) => /^[a-z_]+:/.test(line))
      .map((line) => [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 1).trim()]),
  );
}

describe("function images", () => {
  // Building starts esbuild's service process; it must not outlive the test run.
  afterAll(() => stop());

  test("the deployed tag is the one the build derived from the bundle", async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "dist-"));
    const built = await buildFunction("claim-check", out);
    expect(built.imageTag).toMatch(/^[0-9a-f]{32}$/);
    expect(builtImageTag(path.join(out, "claim-check"))).toBe(built.imageTag);
    // Building the same code again gives the same tag: nothing to redeploy. Global setup built it too, into dist/.
    expect(builtImageTag(path.join(DIST_DIR, "claim-check"))).toBe(built.imageTag);
    fs.rmSync(out, { recursive: true, force: true });
  });

  test("a missing build is a clear error", () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), "empty-"));
    expect(() => builtImageTag(empty)).toThrow(/image-tag\.txt not found\. Run `npm run build:functions` first\./);
    fs.rmSync(empty, { recursive: true });
  });

  test("with Docker: build for amd64, then push", () => {
    expect(dockerSteps({ bundleDir: "dist/functions/claim-check", image: OCIR_IMAGE })).toEqual([
      {
        command: "docker",
        args: ["build", "--platform", "linux/amd64", "-t", OCIR_IMAGE, "dist/functions/claim-check"],
      },
      { command: "docker", args: ["push", OCIR_IMAGE] },
    ]);
  });

  // Fn runs func.yaml's `entrypoint` in its `run_image`, the FDK's runtime base image ("Function Development Kits
  // (FDKs)", https://docs.oracle.com/iaas/Content/Functions/Tasks/functionsfdksandlinuxdistros_faqs.htm); an image built
  // otherwise must be equivalent ("Creating Functions from Existing Docker Images",
  // https://docs.oracle.com/iaas/Content/Functions/Tasks/functionscreatingfunctions.htm).
  test.each(functionNames())("%s: the Dockerfile, func.yaml and the containerify build say the same", (name) => {
    const bundleDir = path.join(DIST_DIR, name);
    const recipe = readRecipe(bundleDir);
    const funcYaml = readFuncYaml(path.join(bundleDir, "func.yaml"));
    expect(recipe).toEqual({
      baseImage: funcYaml.run_image,
      workdir: "/function",
      files: { "func.js": "/function/func.js" },
      entrypoint: funcYaml.entrypoint.split(" "),
    });
    const { options } = containerifyPlan({ bundleDir, image: OCIR_IMAGE, env: CREDENTIALS }, recipe);
    // containerify resolves custom content against --folder: the source must be relative to the bundle.
    const missing = Object.keys(options.customContent).filter((source) => !fs.existsSync(path.join(bundleDir, source)));
    expect(missing).toEqual([]);
    expect(options.nonDefaults).toEqual({ workdir: "/function", entrypoint: funcYaml.entrypoint });
  });

  test("the Dockerfile reader refuses what the Docker-less builder cannot reproduce", () => {
    const base = "FROM fnproject/node:22\nWORKDIR /function\nCOPY func.js /function/func.js\n";
    expect(parseDockerfile(base + 'ENTRYPOINT ["node", "func.js"]\n').entrypoint).toEqual(["node", "func.js"]);
    expect(() => parseDockerfile(base + "RUN npm ci\n" + 'ENTRYPOINT ["node"]')).toThrow(
      "Dockerfile line 4: RUN is not supported by the Docker-less builder (containerify); use only FROM, WORKDIR, COPY and ENTRYPOINT. Received RUN npm ci",
    );
    expect(() => parseDockerfile(base + "ENTRYPOINT node func.js")).toThrow(
      /line 4: ENTRYPOINT must use the exec form, \["executable", "arg"\]\. Received ENTRYPOINT node func\.js/,
    );
    expect(() => parseDockerfile(base.replace("COPY", "COPY --chown=1000") + 'ENTRYPOINT ["node"]')).toThrow(
      /line 3: expected `COPY <file> <destination>` without options or wildcards/,
    );
    expect(() => parseDockerfile('WORKDIR /a\nCOPY a /a\nENTRYPOINT ["a"]')).toThrow("Dockerfile: no FROM instruction");
    expect(() => parseDockerfile('FROM fnproject/node:22\nCOPY func.js /f.js\nENTRYPOINT ["node"]')).toThrow(
      "Dockerfile line 2: COPY before WORKDIR. Received COPY func.js /f.js",
    );
    expect(parseDockerfile(base.replace("/function/func.js", "/app/") + 'ENTRYPOINT ["node"]').files).toEqual({
      "func.js": "/app/func.js",
    });
    // A relative destination is relative to WORKDIR, as in Docker.
    expect(parseDockerfile(base.replace("/function/func.js", "func.js") + 'ENTRYPOINT ["node"]').files).toEqual({
      "func.js": "/function/func.js",
    });
  });

  test("without Docker: containerify pushes over HTTPS with basic auth from the environment", () => {
    const plan = containerifyPlan(
      { bundleDir: "dist/functions/claim-check", image: OCIR_IMAGE, env: CREDENTIALS },
      readRecipe(path.join(DIST_DIR, "claim-check")),
    );
    expect(plan.base).toEqual({ registryUrl: "https://registry-1.docker.io/v2/", image: "fnproject/node:22" });
    expect(plan.target).toEqual({
      registryUrl: "https://us-ashburn-1.ocir.io/v2/",
      repository: "ns/evs/claim-check",
      image: "ns/evs/claim-check:0123456789abcdef",
      token: `Basic ${Buffer.from("ns/jane:t0ken").toString("base64")}`,
    });
    expect(plan.options.platform).toBe("linux/amd64");
  });

  test("without Docker and without registry credentials: a clear error", () => {
    expect(() =>
      containerifyPlan(
        { bundleDir: "d", image: "us-ashburn-1.ocir.io/ns/r:t", env: {} },
        readRecipe(path.join(DIST_DIR, "process")),
      ),
    ).toThrow("No Docker daemon: set OCIR_USERNAME (<namespace>/<user>) and OCIR_AUTH_TOKEN to push with containerify");
  });

  test("image references are checked; only loopback registries take a port", () => {
    expect(parseImageRef("us-ashburn-1.ocir.io/ns/evs/fn:abc")).toEqual({
      host: "us-ashburn-1.ocir.io",
      repository: "ns/evs/fn",
      tag: "abc",
    });
    expect(parseImageRef("127.0.0.1:5000/ns/fn:abc").host).toBe("127.0.0.1:5000");
    expect(() => parseImageRef("fn:latest")).toThrow(/--image must look like/);
    expect(() => parseImageRef("203.0.113.9:5000/ns/fn:abc")).toThrow(/--image must look like/);
  });
});

// The real push: containerify against a real OCI-distribution registry on loopback. Without the registry this is
// skipped on a developer machine, and fails under CI (.ci/run installs it).
const registryInstalled = registryBinary() !== undefined;
const inCi = process.env.CI === "true";
if (!registryInstalled && !inCi) {
  console.warn(
    `function-image: skipping the real push: ${REGISTRY_BINARY} is not installed (apt-get install -y docker-registry)`,
  );
}
// htpasswd: the registry takes the Basic credentials; token: it answers with a Bearer challenge, as OCIR does, and
// the push must first exchange the credentials at the token service for a token scoped to the repository.
(registryInstalled || inCi ? describe.each : describe.skip.each)(["htpasswd", "token"] as const)(
  "function images, pushed to a real registry (%s auth)",
  (auth) => {
    let registry: LocalRegistry;
    let client: RegistryClient;
    const baseFiles = { "etc/base-image": Buffer.from("the base image's own layer\n") };
    const baseConfig = { Cmd: ["node"], Env: ["PATH=/usr/local/bin:/usr/bin:/bin"], User: "", WorkingDir: "" };

    beforeAll(async () => {
      registry = await startLocalRegistry(auth);
      client = new RegistryClient(registry);
      // The base image every Dockerfile names, built by the test (no download), with fnproject/node:22's CMD.
      const [repository, tag] = readRecipe(path.join(DIST_DIR, "process")).baseImage.split(":");
      await pushBaseImage(client, repository, tag, baseFiles, baseConfig);
    });

    afterAll(async () => {
      await registry?.stop();
    });

    async function push(name: string, env: NodeJS.ProcessEnv): Promise<string> {
      const bundleDir = path.join(DIST_DIR, name);
      const image = `${registry.host}/ns/evs/${name}:${builtImageTag(bundleDir)}`;
      const recipe = readRecipe(bundleDir);
      const base = { registryUrl: registry.apiUrl, image: recipe.baseImage, token: registry.basic };
      // containerify reports progress on the console; a failure also comes back as the rejection.
      const log = jest.spyOn(console, "log").mockImplementation(() => undefined);
      const error = jest.spyOn(console, "error").mockImplementation(() => undefined);
      try {
        await pushWithContainerify(containerifyPlan({ bundleDir, image, env }, recipe, base));
      } finally {
        log.mockRestore();
        error.mockRestore();
      }
      return image;
    }

    // One function is enough here: every function's Dockerfile is checked above to give the same build.
    test("/function/func.js is the bundle, run as the Dockerfile says", async () => {
      const name = "process";
      const credentials = { OCIR_USERNAME: registry.username, OCIR_AUTH_TOKEN: registry.password };
      const { repository, tag } = parseImageRef(await push(name, credentials));

      if (auth === "token") {
        expect(registry.tokenScopes).toEqual(
          expect.arrayContaining(["repository:fnproject/node:pull", `repository:${repository}:pull,push`]),
        );
      }
      expect(await client.tags(repository)).toEqual([tag]);
      const image = await pullImage(client, repository, tag);
      const bundle = fs.readFileSync(path.join(DIST_DIR, name, "func.js"));
      const funcJs = image.files.get("function/func.js");
      expect(funcJs?.type).toBe("0");
      expect(funcJs?.data.equals(bundle)).toBe(true);
      // The base image's layer comes first and unchanged; the bundle is one layer on top.
      expect(image.files.get("etc/base-image")?.data).toEqual(baseFiles["etc/base-image"]);
      expect(image.layers).toHaveLength(2);
      expect(image.layers[1].map((e) => e.path).filter((p) => !["", "function"].includes(p))).toEqual([
        "function/func.js",
      ]);
      // What `docker build` makes of the Dockerfile: ENTRYPOINT set and the base image's CMD reset, WORKDIR set, the
      // base image's user and environment kept.
      expect(image.config).toMatchObject({ architecture: "amd64", os: "linux" });
      expect(image.config.config.Entrypoint).toEqual(["node", "func.js"]);
      expect(image.config.config.Cmd ?? null).toBeNull();
      expect(image.config.config.WorkingDir).toBe("/function");
      expect(image.config.config.User).toBe(baseConfig.User);
      expect(image.config.config.Env).toEqual(baseConfig.Env);
    });

    test("a wrong auth token is refused, and nothing is pushed", async () => {
      const wrong = { OCIR_USERNAME: registry.username, OCIR_AUTH_TOKEN: "wrong" };
      await expect(push("retry", wrong)).rejects.toThrow(
        auth === "token" ? /token refused OCIR_USERNAME\/OCIR_AUTH_TOKEN: 401/ : /Got 401 Unauthorized/,
      );
      await expect(client.manifest("ns/evs/retry", builtImageTag(path.join(DIST_DIR, "retry")))).rejects.toThrow(
        /: 404 .*(MANIFEST_UNKNOWN|NAME_UNKNOWN)/,
      );
    });
  },
);

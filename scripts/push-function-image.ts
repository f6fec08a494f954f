/**
 * Builds a function's image from its bundle folder (func.js, Dockerfile) and pushes it to OCI Registry.
 * `cdktf deploy` runs this (a local-exec provisioner) only when the image tag, a hash of the bundle, changed.
 *
 *   push-function-image --bundle dist/functions/<name> --image <region>.ocir.io/<namespace>/<repo>:<tag> [--builder auto|docker|containerify]
 *
 * Docker: uses the daemon and your `docker login <region>.ocir.io`. Without a daemon: containerify (pure
 * JavaScript), authenticated with OCIR_USERNAME (`<namespace>/<user>`, or `<namespace>/<domain>/<user>`) and
 * OCIR_AUTH_TOKEN (a user auth token) from the environment.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { parseArgs } from "util";

export const FN_BASE_IMAGE = "fnproject/node:22";

export interface Step {
  readonly command: string;
  readonly args: string[];
}

export interface BuildRequest {
  readonly bundleDir: string;
  readonly image: string;
  readonly builder: "docker" | "containerify";
  readonly env: NodeJS.ProcessEnv;
}

/** `host/path:tag` split the way a registry API wants it. */
export function parseImageRef(image: string): { host: string; repository: string; tag: string } {
  const match = /^([a-z0-9.-]+\.[a-z]+)\/([a-z0-9._/-]+):([A-Za-z0-9_.-]{1,128})$/.exec(image);
  if (!match)
    throw new Error(`--image must look like <region>.ocir.io/<namespace>/<repository>:<tag>. Received ${image}`);
  return { host: match[1], repository: match[2], tag: match[3] };
}

/** The commands that build and push the image; pure, so that tests can check them without a registry. */
export function buildSteps(request: BuildRequest): Step[] {
  const { host, repository, tag } = parseImageRef(request.image);
  if (request.builder === "docker") {
    return [
      { command: "docker", args: ["build", "--platform", "linux/amd64", "-t", request.image, request.bundleDir] },
      { command: "docker", args: ["push", request.image] },
    ];
  }
  const user = request.env.OCIR_USERNAME;
  const token = request.env.OCIR_AUTH_TOKEN;
  if (!user || !token) {
    throw new Error(
      "No Docker daemon: set OCIR_USERNAME (<namespace>/<user>) and OCIR_AUTH_TOKEN to push with containerify",
    );
  }
  return [
    {
      command: "npx",
      args: [
        "containerify",
        "--fromImage",
        FN_BASE_IMAGE,
        "--toRegistry",
        `https://${host}/v2/`,
        "--toImage",
        `${repository}:${tag}`,
        "--toToken",
        `Basic ${Buffer.from(`${user}:${token}`).toString("base64")}`,
        "--folder",
        request.bundleDir,
        "--customContent",
        `${path.join(request.bundleDir, "func.js")}:/function/func.js`,
        "--workdir",
        "/function",
        "--entrypoint",
        "node func.js",
        "--platform",
        "linux/amd64",
      ],
    },
  ];
}

function dockerDaemonRunning(): boolean {
  return spawnSync("docker", ["info"], { stdio: "ignore" }).status === 0;
}

function main(): void {
  const { values } = parseArgs({
    options: { bundle: { type: "string" }, image: { type: "string" }, builder: { type: "string", default: "auto" } },
  });
  if (!values.bundle || !values.image)
    throw new Error("usage: push-function-image --bundle <dir> --image <ref> [--builder auto|docker|containerify]");
  if (!fs.existsSync(path.join(values.bundle, "func.js"))) {
    throw new Error(`${values.bundle}/func.js not found: run npm run build:functions first`);
  }
  if (!["auto", "docker", "containerify"].includes(values.builder!)) {
    throw new Error(`--builder must be auto, docker or containerify. Received ${values.builder}`);
  }
  const builder = values.builder === "auto" ? (dockerDaemonRunning() ? "docker" : "containerify") : values.builder;
  for (const step of buildSteps({
    bundleDir: values.bundle,
    image: values.image,
    builder: builder as BuildRequest["builder"],
    env: process.env,
  })) {
    console.log(`$ ${step.command} ${step.args.map((a) => (a.startsWith("Basic ") ? "Basic ***" : a)).join(" ")}`);
    const result = spawnSync(step.command, step.args, { stdio: "inherit" });
    if (result.status !== 0) throw new Error(`${step.command} failed with exit code ${result.status}`);
  }
}

if (require.main === module) {
  try {
    main();
  } catch (err) {
    console.error((err as Error).message);
    process.exit(1);
  }
}

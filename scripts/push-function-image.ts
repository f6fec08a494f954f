/**
 * Builds a function's image from its bundle folder (func.js, Dockerfile) and pushes it to OCI Registry.
 * `cdktf deploy` runs this (a local-exec provisioner) only when the image tag, a hash of the bundle, changed.
 *
 *   push-function-image --bundle dist/functions/<name> --image <region-key>.ocir.io/<namespace>/<repo>:<tag> [--builder auto|docker|containerify]
 *
 * Docker: uses the daemon and your `docker login <region-key>.ocir.io`. Without a daemon: containerify (pure
 * JavaScript), authenticated with OCIR_USERNAME (`<namespace>/<user>`, or `<namespace>/<domain>/<user>`) and
 * OCIR_AUTH_TOKEN (a user auth token) from the environment, the credentials `docker login` takes ("Logging in to
 * Oracle Cloud Infrastructure Registry", https://docs.oracle.com/iaas/Content/Functions/Tasks/functionslogintoocir.htm).
 *
 * Both builders follow the bundle's Dockerfile: Docker reads it, and containerify gets the same base image, files,
 * working directory and entrypoint from `parseDockerfile`, so the two images agree.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parseArgs } from "util";
import appLayerCreator from "containerify/lib/appLayerCreator";
import { createRegistry, DEFAULT_DOCKER_REGISTRY } from "containerify/lib/registry";
import { InsecureRegistrySupport, Options } from "containerify/lib/types";
import { getPreferredPlatform } from "containerify/lib/utils";

/** OCI Functions runs linux/amd64 images unless the application uses arm64 shapes. */
export const IMAGE_PLATFORM = "linux/amd64";

export interface Step {
  readonly command: string;
  readonly args: string[];
}

/** What a function's Dockerfile says, in the subset that both builders can reproduce exactly. */
export interface ImageRecipe {
  /** `FROM`: the Fn runtime image, e.g. fnproject/node:22. */
  readonly baseImage: string;
  /** `WORKDIR`: the directory the entrypoint runs in. */
  readonly workdir: string;
  /** `COPY`: bundle-relative source -> absolute path in the image. */
  readonly files: Readonly<Record<string, string>>;
  /** `ENTRYPOINT`, exec form. */
  readonly entrypoint: readonly string[];
}

/**
 * Reads the Dockerfile instructions the containerify builder can reproduce (FROM, WORKDIR, COPY, ENTRYPOINT in exec
 * form) and refuses any other, so that a Dockerfile change can never make the two builders' images differ unseen.
 * Semantics from the Dockerfile reference, https://docs.docker.com/reference/dockerfile/.
 */
export function parseDockerfile(text: string, file = "Dockerfile"): ImageRecipe {
  let baseImage: string | undefined;
  let workdir: string | undefined;
  const files: Record<string, string> = {};
  let entrypoint: string[] | undefined;
  text.split("\n").forEach((raw, index) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const where = `${file} line ${index + 1}`;
    const [instruction, ...rest] = line.split(/\s+/);
    const args = line.slice(instruction.length).trim();
    switch (instruction.toUpperCase()) {
      case "FROM":
        if (baseImage || rest.length !== 1 || rest[0].startsWith("--")) {
          throw new Error(`${where}: expected a single \`FROM <image>\` without options. Received ${line}`);
        }
        baseImage = rest[0];
        return;
      case "WORKDIR":
        if (rest.length !== 1) throw new Error(`${where}: expected \`WORKDIR <path>\`. Received ${line}`);
        workdir = path.posix.resolve(workdir ?? "/", rest[0]);
        return;
      case "COPY":
        if (rest.length !== 2 || rest[0].startsWith("--") || rest.some((a) => /[*?[]/.test(a))) {
          throw new Error(
            `${where}: expected \`COPY <file> <destination>\` without options or wildcards. Received ${line}`,
          );
        }
        if (!workdir) throw new Error(`${where}: COPY before WORKDIR. Received ${line}`);
        // A destination ending in `/` is a directory that receives the file under its own name.
        files[path.posix.normalize(rest[0])] = path.posix.resolve(
          workdir,
          rest[1].endsWith("/") ? path.posix.join(rest[1], path.posix.basename(rest[0])) : rest[1],
        );
        return;
      case "ENTRYPOINT": {
        let parsed: unknown;
        try {
          parsed = JSON.parse(args);
        } catch {
          parsed = undefined;
        }
        if (!Array.isArray(parsed) || parsed.length === 0 || !parsed.every((p) => typeof p === "string" && p !== "")) {
          throw new Error(`${where}: ENTRYPOINT must use the exec form, ["executable", "arg"]. Received ${line}`);
        }
        entrypoint = parsed;
        return;
      }
      default:
        throw new Error(
          `${where}: ${instruction} is not supported by the Docker-less builder (containerify); ` +
            `use only FROM, WORKDIR, COPY and ENTRYPOINT. Received ${line}`,
        );
    }
  });
  if (!baseImage) throw new Error(`${file}: no FROM instruction`);
  if (!workdir) throw new Error(`${file}: no WORKDIR instruction`);
  if (!entrypoint) throw new Error(`${file}: no ENTRYPOINT instruction`);
  if (Object.keys(files).length === 0) throw new Error(`${file}: no COPY instruction`);
  return { baseImage, workdir, files, entrypoint };
}

export function readRecipe(bundleDir: string): ImageRecipe {
  const file = path.join(bundleDir, "Dockerfile");
  return parseDockerfile(fs.readFileSync(file, "utf8"), file);
}

/** Only a registry on this machine may be reached over plain HTTP (the tests' local registry). */
const LOOPBACK_HOST = /^(127\.0\.0\.1|localhost|\[::1\]):\d{1,5}$/;

/** `host/path:tag` split the way a registry API wants it. */
export function parseImageRef(image: string): { host: string; repository: string; tag: string } {
  const match = /^([a-z0-9.-]+\.[a-z]+|[^/]+:\d{1,5})\/([a-z0-9._/-]+):([A-Za-z0-9_.-]{1,128})$/.exec(image);
  if (!match || (match[1].includes(":") && !LOOPBACK_HOST.test(match[1]))) {
    throw new Error(`--image must look like <region-key>.ocir.io/<namespace>/<repository>:<tag>. Received ${image}`);
  }
  return { host: match[1], repository: match[2], tag: match[3] };
}

/** The Registry HTTP API base URL (`/v2/`, OCI distribution spec) of a registry host; HTTPS unless loopback. */
export function registryApiUrl(host: string): string {
  return `${LOOPBACK_HOST.test(host) ? "http" : "https"}://${host}/v2/`;
}

/** Where to pull a `FROM` image: a registry host if it names one, else Docker Hub (`library/` for official images). */
export function baseImageSource(baseImage: string): { registryUrl: string; image: string } {
  const [first, ...rest] = baseImage.split("/");
  if (rest.length > 0 && (first.includes(".") || first.includes(":") || first === "localhost")) {
    return { registryUrl: registryApiUrl(first), image: rest.join("/") };
  }
  return { registryUrl: DEFAULT_DOCKER_REGISTRY, image: rest.length > 0 ? baseImage : `library/${baseImage}` };
}

export interface BuildRequest {
  readonly bundleDir: string;
  readonly image: string;
  readonly env: NodeJS.ProcessEnv;
}

/** The Docker commands: the daemon reads the bundle's Dockerfile itself. */
export function dockerSteps(request: Pick<BuildRequest, "bundleDir" | "image">): Step[] {
  parseImageRef(request.image);
  return [
    { command: "docker", args: ["build", "--platform", IMAGE_PLATFORM, "-t", request.image, request.bundleDir] },
    { command: "docker", args: ["push", request.image] },
  ];
}

export interface ContainerifyPlan {
  /** `token`: Basic credentials for a private base registry; without it, anonymous (Docker Hub's public images). */
  readonly base: { readonly registryUrl: string; readonly image: string; readonly token?: string };
  /** `token` is the user's Basic credentials; `registryCredential` exchanges them if the registry wants a token. */
  readonly target: {
    readonly registryUrl: string;
    readonly repository: string;
    readonly image: string;
    readonly token: string;
  };
  /** containerify's build options (containerify README, "Command line options"), derived from the Dockerfile. */
  readonly options: Options;
}

/**
 * What containerify pulls, builds and pushes; pure, so tests can check it without a registry.
 * @param base where to pull the `FROM` image from; the tests' local registry passes its own.
 */
export function containerifyPlan(
  request: BuildRequest,
  recipe: ImageRecipe,
  base: ContainerifyPlan["base"] = baseImageSource(recipe.baseImage),
): ContainerifyPlan {
  const { host, repository, tag } = parseImageRef(request.image);
  const user = request.env.OCIR_USERNAME;
  const token = request.env.OCIR_AUTH_TOKEN;
  if (!user || !token) {
    throw new Error(
      "No Docker daemon: set OCIR_USERNAME (<namespace>/<user>) and OCIR_AUTH_TOKEN to push with containerify",
    );
  }
  const toImage = `${repository}:${tag}`;
  // The entrypoint string is split on spaces by containerify (quotes group words): refuse what it cannot say.
  const entrypoint = recipe.entrypoint
    .map((part) => {
      if (part.includes('"'))
        throw new Error(`ENTRYPOINT part ${part} contains a quote, which containerify cannot pass`);
      return /\s/.test(part) ? `"${part}"` : part;
    })
    .join(" ");
  return {
    base,
    target: {
      registryUrl: registryApiUrl(host),
      repository,
      image: toImage,
      token: `Basic ${Buffer.from(`${user}:${token}`).toString("base64")}`,
    },
    options: {
      fromImage: base.image,
      toImage,
      folder: request.bundleDir,
      platform: IMAGE_PLATFORM,
      doCrossMount: false,
      // With custom content, containerify sets only what nonDefaults names (workdir, entrypoint) and keeps the base
      // image's user, as the Dockerfile, which has no USER, does.
      customContent: { ...recipe.files },
      nonDefaults: { workdir: recipe.workdir, entrypoint },
      workdir: recipe.workdir,
      entrypoint,
      user: "",
      extraContent: {},
      labels: {},
      envs: [],
      expose: [],
      additionalTags: [],
    },
  };
}

/** The parameters of a `WWW-Authenticate: Bearer realm="...",service="..."` challenge; undefined for other schemes. */
export function bearerChallenge(header: string | null): Record<string, string> | undefined {
  if (!header || !/^Bearer\s/i.test(header)) return undefined;
  const params: Record<string, string> = {};
  for (const [, key, value] of header.matchAll(/([A-Za-z_]+)="([^"]*)"/g)) params[key.toLowerCase()] = value;
  return params;
}

/**
 * The credential containerify sends to a registry. A registry that answers `/v2/` with a Bearer challenge
 * wants the Distribution token flow that `docker push` follows (Distribution's "Token Authentication Specification",
 * docs/spec/auth/token.md): the user's Basic credentials go to the challenge's realm, which returns a token scoped to
 * the repository. OCIR is such a registry: its challenge is
 * `Bearer realm="https://<region-key>.ocir.io/20180419/docker/token",service="<region-key>.ocir.io"` (not in OCI's
 * docs, which document that endpoint only as the Container Registry API's GetAccessToken, "Get a token using basic
 * auth credentials",
 * https://docs.oracle.com/en-us/iaas/tools/python/latest/api/container_registry/client/oci.container_registry.ContainerRegistryClient.html;
 * the challenge is what public OCIR credential helpers parse). Following the challenge, not a hard-coded path, also
 * works for a registry with a Basic challenge, which takes the credentials as they are.
 */
export async function registryCredential(
  registryUrl: string,
  repository: string,
  actions: "pull" | "pull,push",
  basic: string,
): Promise<string> {
  const probe = await fetch(registryUrl);
  await probe.arrayBuffer();
  const challenge = probe.status === 401 ? bearerChallenge(probe.headers.get("www-authenticate")) : undefined;
  if (!challenge) return basic;
  if (!challenge.realm) throw new Error(`${registryUrl} asks for a bearer token but names no realm`);
  const realm = new URL(challenge.realm);
  if (realm.protocol !== "https:" && !LOOPBACK_HOST.test(realm.host)) {
    throw new Error(`Refusing to send registry credentials to ${realm.origin}: not HTTPS`);
  }
  if (challenge.service) realm.searchParams.set("service", challenge.service);
  realm.searchParams.set("scope", `repository:${repository}:${actions}`);
  const response = await fetch(realm, { headers: { authorization: basic } });
  if (!response.ok) {
    throw new Error(
      `${realm.origin}${realm.pathname} refused OCIR_USERNAME/OCIR_AUTH_TOKEN: ${response.status} ${await response.text()}`,
    );
  }
  const body = (await response.json()) as { token?: string; access_token?: string };
  const token = body.token ?? body.access_token;
  if (!token) throw new Error(`${realm.origin}${realm.pathname} returned no token`);
  // containerify sends a credential that does not start with `Basic ` as `Bearer <token>`.
  return token;
}

/**
 * Pulls the base image, adds the bundle and pushes the result, with containerify's own modules (the steps of its CLI,
 * lib/cli.js). Not the CLI, because one step has to be added: a Dockerfile ENTRYPOINT resets the CMD inherited from
 * the base image (Dockerfile reference, "Understand how CMD and ENTRYPOINT interact"; fnproject/node:22 has
 * `CMD ["node"]`, fnproject/fdk-node internal/images/runtime/22/Dockerfile), and containerify keeps it, so the
 * function would run as `node func.js node`.
 */
export async function pushWithContainerify(plan: ContainerifyPlan): Promise<void> {
  const { options } = plan;
  for (const source of Object.keys(options.customContent)) {
    if (!fs.existsSync(path.join(options.folder, source))) {
      throw new Error(`${path.join(options.folder, source)} not found: run npm run build:functions first`);
    }
  }
  const tmpdir = fs.mkdtempSync(path.join(os.tmpdir(), "containerify-"));
  try {
    const fromdir = path.join(tmpdir, "from");
    const todir = path.join(tmpdir, "to");
    fs.mkdirSync(fromdir);
    fs.mkdirSync(todir);
    const insecure = InsecureRegistrySupport.NO;
    const baseToken =
      plan.base.token &&
      (await registryCredential(plan.base.registryUrl, plan.base.image.split(":")[0], "pull", plan.base.token));
    const from = await createRegistry(plan.base.registryUrl, plan.base.image, insecure, baseToken);
    const baseManifest = await from.download(plan.base.image, fromdir, getPreferredPlatform(options.platform));
    const configFile = path.join(fromdir, "config.json");
    const config = JSON.parse(fs.readFileSync(configFile, "utf8"));
    config.config = { ...config.config, Cmd: null };
    fs.writeFileSync(configFile, JSON.stringify(config));
    await appLayerCreator.addLayers(tmpdir, fromdir, todir, options);
    const token = await registryCredential(
      plan.target.registryUrl,
      plan.target.repository,
      "pull,push",
      plan.target.token,
    );
    const to = await createRegistry(plan.target.registryUrl, plan.target.image, insecure, token);
    await to.upload(plan.target.image, todir, false, baseManifest, plan.base.image, []);
  } catch (err) {
    // containerify rejects with plain strings on HTTP errors.
    throw err instanceof Error ? err : new Error(String(err));
  } finally {
    fs.rmSync(tmpdir, { recursive: true, force: true });
  }
}

function dockerDaemonRunning(): boolean {
  return spawnSync("docker", ["info"], { stdio: "ignore" }).status === 0;
}

async function main(): Promise<void> {
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
  if (builder === "containerify") {
    const request = { bundleDir: values.bundle, image: values.image, env: process.env };
    await pushWithContainerify(containerifyPlan(request, readRecipe(values.bundle)));
    return;
  }
  for (const step of dockerSteps({ bundleDir: values.bundle, image: values.image })) {
    console.log(`$ ${step.command} ${step.args.join(" ")}`);
    const result = spawnSync(step.command, step.args, { stdio: "inherit" });
    if (result.status !== 0) throw new Error(`${step.command} failed with exit code ${result.status}`);
  }
}

if (require.main === module) {
  main().then(
    // Exit at once, as containerify's CLI does: its registry sockets are kept alive and would hold the process.
    () => process.exit(0),
    (err) => {
      console.error((err as Error).message);
      process.exit(1);
    },
  );
}

import { spawnSync } from "child_process";
import * as fs from "fs";
import { createServer, Server } from "http";
import { AddressInfo } from "net";
import * as path from "path";
import { parseArgs } from "util";
import type * as common from "oci-common";
import { DIST_DIR } from "../scripts/build-functions";
import { TargetBehaviour } from "./echo-target";
import { LocalInputError } from "./errors";
import type { LocalSystem } from "./system";

const ROOT = path.resolve(__dirname, "..");
const USAGE = `Usage:
  npm run local [-- <environment>] [--port 8080] [--target URL] [--no-synth] [--time-scale 1] [--stack-file FILE]
  npm run local -- secret <secret name> <value> [--env example]
  npm run local -- upload <file> [--bucket NAME] [--name OBJECT] [--env example]
  npm run local -- target --status 503 [--count N] [--latency-ms MS] [--env example]`;

/** What a user got wrong: printed as one line, exit code 2. */
class UsageError extends Error {}

/** Where a running local system keeps its logs, config file and state. */
export function stateDir(environment: string): string {
  return path.join(ROOT, ".local", environment);
}

export function synthFile(environment: string, root = ROOT): string {
  return path.join(root, "cdktf.out", "stacks", environment, "cdk.tf.json");
}

/** Inputs of a synth: when one is newer than cdk.tf.json, the synth is stale. */
const SYNTH_INPUTS = ["main.ts", "config", "constructs", "functions", "lib", ".gen", "package-lock.json"];

function newestInput(root: string): { file: string; mtimeMs: number } {
  let newest = { file: "", mtimeMs: 0 };
  const visit = (file: string) => {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) for (const entry of fs.readdirSync(file)) visit(path.join(file, entry));
    else if (stat.mtimeMs > newest.mtimeMs) newest = { file, mtimeMs: stat.mtimeMs };
  };
  for (const input of SYNTH_INPUTS) visit(path.join(root, input));
  return newest;
}

/** Why the synthesized stack (of the project at `root`) cannot be used as it is, or undefined. */
export function synthProblem(environment: string, root = ROOT): string | undefined {
  const file = synthFile(environment, root);
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat) return `${path.relative(root, file)} is missing`;
  const newest = newestInput(root);
  if (newest.mtimeMs > stat.mtimeMs) {
    return `${path.relative(root, file)} is stale: ${path.relative(root, newest.file)} changed after it was synthesized`;
  }
  return undefined;
}

/** Maps a function's image tag to its built bundle; a tag no bundle has means the code changed after the synth. */
export function bundleFinder(): (imageTag: string, where: string) => string {
  const manifestFile = path.join(DIST_DIR, "manifest.json");
  const manifest: Record<string, { bundle: string; imageTag: string }> = fs.existsSync(manifestFile)
    ? JSON.parse(fs.readFileSync(manifestFile, "utf8"))
    : {};
  return (imageTag, where) => {
    const entry = Object.values(manifest).find((e) => e.imageTag === imageTag);
    if (!entry) {
      throw new LocalInputError(
        `${where}: no built bundle has image tag ${imageTag}: the synth is stale (run npm run synth)`,
      );
    }
    return path.join(ROOT, entry.bundle);
  };
}

function environments(): string[] {
  return fs
    .readdirSync(path.join(ROOT, "config"))
    .filter((f) => f.endsWith(".json"))
    .map((f) => f.replace(/\.json$/, ""));
}

function checkEnvironment(environment: string): void {
  if (!environments().includes(environment)) {
    throw new UsageError(`unknown environment "${environment}": config/ has ${environments().join(", ")}`);
  }
}

interface State {
  pid: number;
  configFile: string;
  objectStorageEndpoint: string;
  secretsEndpoint: string;
  controlUrl?: string;
  buckets: { name: string; namespace: string; objectEvents: boolean; watched: boolean }[];
  secrets: { name: string; id: string }[];
}

function runningState(environment: string): State {
  const file = path.join(stateDir(environment), "state.json");
  if (!fs.existsSync(file))
    throw new UsageError(`no local system of "${environment}" is running: npm run local -- ${environment}`);
  const state: State = JSON.parse(fs.readFileSync(file, "utf8"));
  if (!isAlive(state.pid))
    throw new UsageError(`the local system of "${environment}" is not running (pid ${state.pid} is gone)`);
  return state;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The SDKs load only for the commands that use them: a refusal needs none of their start-up time. */
async function provider(state: State): Promise<common.AuthenticationDetailsProvider> {
  const { ConfigFileAuthenticationDetailsProvider } = await import("oci-common");
  return new ConfigFileAuthenticationDetailsProvider(state.configFile, "DEFAULT");
}

/** `secret <name> <value>`: UpdateSecret on the local vault, as `oci vault secret update-base64` does on OCI's. */
async function setSecret(environment: string, name: string, value: string): Promise<void> {
  const state = runningState(environment);
  const secret = state.secrets.find((s) => s.name === name || s.id === name);
  if (!secret)
    throw new UsageError(`no secret "${name}": the stack has ${state.secrets.map((s) => s.name).join(", ")}`);
  const { VaultsClient } = await import("oci-vault");
  await import("../lib/sdk-patches");
  const client = new VaultsClient({ authenticationDetailsProvider: await provider(state) });
  client.endpoint = state.secretsEndpoint;
  try {
    await client.updateSecret({
      secretId: secret.id,
      updateSecretDetails: { secretContent: { contentType: "BASE64", content: Buffer.from(value).toString("base64") } },
    });
  } finally {
    client.close();
  }
  console.log(`secret ${secret.name} set (a new current version); functions read it within their cache time`);
}

/** `upload <file>`: PutObject into a bucket that an Events rule watches (the first, unless --bucket). */
async function upload(environment: string, file: string, bucketName?: string, objectName?: string): Promise<void> {
  const state = runningState(environment);
  if (!fs.existsSync(file)) throw new UsageError(`no file ${file}`);
  const bucket = bucketName
    ? state.buckets.find((b) => b.name === bucketName)
    : (state.buckets.find((b) => b.watched) ?? state.buckets[0]);
  if (!bucket)
    throw new UsageError(`no bucket "${bucketName}": the stack has ${state.buckets.map((b) => b.name).join(", ")}`);
  const { ObjectStorageClient } = await import("oci-objectstorage");
  await import("../lib/sdk-patches");
  const client = new ObjectStorageClient({ authenticationDetailsProvider: await provider(state) });
  client.endpoint = state.objectStorageEndpoint;
  const body = fs.readFileSync(file);
  const name = objectName ?? path.basename(file);
  try {
    const answer = await client.putObject({
      namespaceName: bucket.namespace,
      bucketName: bucket.name,
      objectName: name,
      putObjectBody: body,
      contentLength: body.length,
    });
    console.log(`uploaded ${file} as ${bucket.name}/${name} (ETag ${answer.eTag})`);
  } finally {
    client.close();
  }
}

async function setTarget(environment: string, behaviour: TargetBehaviour): Promise<void> {
  const state = runningState(environment);
  if (!state.controlUrl) throw new UsageError("this local system uses your own target (--target): tell it yourself");
  const response = await fetch(`${state.controlUrl}/target`, { method: "POST", body: JSON.stringify(behaviour) });
  console.log(await response.text());
}

/** The local runtime's own control endpoint: the built-in target's behaviour. Loopback only. */
function controlServer(system: LocalSystem): Promise<Server> {
  const server = createServer((req, res) => {
    let text = "";
    req.on("data", (chunk) => (text += chunk));
    req.on("end", () => {
      try {
        const behaviour = JSON.parse(text) as TargetBehaviour;
        if (!Number.isInteger(behaviour.status) || behaviour.status < 100 || behaviour.status > 599) {
          throw new Error("status must be an HTTP status (100-599)");
        }
        system.target!.behave(behaviour);
        res.end(
          `target now answers ${behaviour.status}${behaviour.latencyMs ? ` after ${behaviour.latencyMs} ms` : ""}` +
            `${behaviour.count ? ` to the next ${behaviour.count} requests` : ""}\n`,
        );
      } catch (err) {
        res.writeHead(400).end(`${(err as Error).message}\n`);
      }
    });
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/** Refuses a gateway port in use at once, before a synth or a start that would fail on it only later. */
async function checkPortFree(port: number): Promise<void> {
  if (port === 0) return;
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once("error", (err: NodeJS.ErrnoException) =>
      reject(
        err.code === "EADDRINUSE"
          ? new LocalInputError(`port ${port} is in use: pass --port <another port> (or 0 for any)`)
          : err,
      ),
    );
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve()));
  });
}

interface RunOptions {
  environment: string;
  /** A cdk.tf.json to run instead of cdktf.out/stacks/<environment>/ (no synth check). */
  stackFile?: string;
  port: number;
  targetUrl?: string;
  synth: boolean;
  timeScale: number;
}

async function run(options: RunOptions): Promise<void> {
  const { environment } = options;
  checkEnvironment(environment);
  const dir = stateDir(environment);
  const previous = path.join(dir, "state.json");
  if (fs.existsSync(previous)) {
    const { pid } = JSON.parse(fs.readFileSync(previous, "utf8")) as State;
    if (pid !== process.pid && isAlive(pid))
      throw new UsageError(`the local system of "${environment}" already runs (pid ${pid})`);
  }
  await checkPortFree(options.port);
  const problem = options.stackFile ? undefined : synthProblem(environment);
  if (problem && !options.synth) throw new UsageError(`${problem}: run npm run synth (or drop --no-synth)`);
  if (options.stackFile && !fs.existsSync(options.stackFile)) throw new UsageError(`no file ${options.stackFile}`);
  if (problem) {
    console.log(`${problem}: synthesizing (npm run synth)...`);
    const synth = spawnSync("npm", ["run", "--silent", "synth"], { cwd: ROOT, stdio: "inherit" });
    if (synth.status !== 0) throw new UsageError(`npm run synth failed (exit ${synth.status}): see its output above`);
  }
  const json = JSON.parse(fs.readFileSync(options.stackFile ?? synthFile(environment), "utf8"));

  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const { LocalSystem } = await import("./system");
  const system = await LocalSystem.start({
    json,
    environment,
    bundleFor: bundleFinder(),
    stateDir: dir,
    gatewayPort: options.port,
    targetUrl: options.targetUrl,
    timeScale: options.timeScale,
  });
  const control = system.target ? await controlServer(system) : undefined;
  const state = JSON.parse(fs.readFileSync(previous, "utf8"));
  if (control) state.controlUrl = `http://127.0.0.1:${(control.address() as AddressInfo).port}`;
  fs.writeFileSync(previous, JSON.stringify(state, null, 2) + "\n");

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log("\nstopping...");
    control?.close();
    await system.stop();
    fs.rmSync(previous, { force: true });
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
  console.log(readyText(system, environment, (system.startupMs / 1000).toFixed(1)));
}

export function readyText(system: LocalSystem, environment: string, seconds: string): string {
  const rel = (file: string) => path.relative(process.cwd(), file) || ".";
  const lines = [`Local system of stack "${environment}" is up (${seconds} s). Ctrl-C stops it.`, ""];
  for (const api of system.apis) {
    // The first secret the authorizer reads, and its value: a working token (of the client that secret belongs to).
    // With JWT authentication: a token the local issuer signed (it answers the stack's JWKS URI).
    const tokenSecret = api.authorizerSecrets.find((id) => system.secretValue(id) !== undefined);
    const token = (tokenSecret && system.secretValue(tokenSecret)) || api.jwt?.token;
    const tokenName = system.secretList.find((s) => s.id === tokenSecret)?.name;
    lines.push(`API     ${api.url}`);
    if (tokenSecret) {
      const others = api.authorizerSecrets.length - 1;
      lines.push(
        `Token   ${token}   (secret ${tokenName}, one of the ${api.authorizerSecrets.length} the authorizer reads` +
          `${others > 0 ? "; set another with the secret command below" : ""})`,
      );
    } else if (api.jwt) {
      lines.push(
        `Token   ${token}   (a JWT the local issuer signed as ${api.jwt.issuer}, scope "${api.jwt.scopes.join(" ")}", ` +
          `valid 12 h; the stack's JWKS URI is answered locally)`,
      );
    }
    for (const route of api.routes)
      lines.push(`  ${route.methods.join(",")} ${api.url}${route.path} -> ${route.functionName}`);
    // A sample message for the first route whose function lists the targets it knows.
    const sample = api.routes.find((r) => r.targetNames.length > 0 && r.methods.includes("POST"));
    if (sample) {
      const message = JSON.stringify({
        messages: [
          {
            key: "order-1",
            value: { target: sample.targetNames[0], method: "POST", path: "/orders", payload: { id: 1 } },
          },
        ],
      });
      lines.push(
        "Post a message:",
        `  curl -sS -X POST ${api.url}${sample.path} -H 'Authorization: Bearer ${token ?? "<token>"}' ` +
          `-H 'Content-Type: application/json' -d '${message}'`,
      );
    }
  }
  for (const bucket of system.buckets.filter((b) => b.watched)) {
    lines.push(
      `Upload a file to ${bucket.name}:`,
      `  npm run local -- upload ./some-file.json --bucket ${bucket.name} --env ${environment}`,
    );
  }
  lines.push("Read a stream (a stream of several partitions as a consumer group, which reads them all):");
  for (const stream of system.streams) {
    const group = stream.partitions > 1 ? ` --group local-reader` : "";
    lines.push(
      `  npm run stream -- consume --config-file ${rel(system.configFile)} --endpoint ${system.streaming.endpoint} ` +
        `--stream-id ${stream.id}${group}   # ${stream.name}`,
    );
  }
  const outside = system.secretList.filter((s) => s.setOutsideTerraform);
  if (outside.length > 0) {
    lines.push("Secrets set outside Terraform (generated; set one as the deploy guide does):");
    for (const s of outside) lines.push(`  npm run local -- secret ${s.name} <value> --env ${environment}`);
  }
  if (system.target) {
    lines.push(
      `Target  built-in, ${system.target.origin} (every non-loopback host the functions call lands here)`,
      `  make it fail: npm run local -- target --status 503 --count 10 --env ${environment}`,
    );
  }
  lines.push(`Logs    ${rel(system.logDir)}/ (one file per function, connectors, events, notifications, target)`);
  return lines.join("\n");
}

async function main(argv: string[]): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        port: { type: "string" },
        target: { type: "string" },
        "no-synth": { type: "boolean" },
        "time-scale": { type: "string" },
        "stack-file": { type: "string" },
        env: { type: "string" },
        bucket: { type: "string" },
        name: { type: "string" },
        status: { type: "string" },
        count: { type: "string" },
        "latency-ms": { type: "string" },
        help: { type: "boolean" },
      },
    });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return void console.log(USAGE);
  const [first, ...rest] = positionals;
  const environment = values.env ?? "example";
  const number = (flag: string, value: string | undefined, fallback?: number): number | undefined => {
    if (value === undefined) return fallback;
    const n = Number(value);
    if (!Number.isFinite(n) || n < 0) throw new UsageError(`--${flag} must be a number of 0 or more (got ${value})`);
    return n;
  };
  switch (first) {
    case "secret":
      if (rest.length !== 2) throw new UsageError("secret takes a secret name and a value");
      checkEnvironment(environment);
      return setSecret(environment, rest[0], rest[1]);
    case "upload":
      if (rest.length !== 1) throw new UsageError("upload takes one file");
      checkEnvironment(environment);
      return upload(environment, rest[0], values.bucket, values.name);
    case "target":
      checkEnvironment(environment);
      if (values.status === undefined) throw new UsageError("target needs --status");
      return setTarget(environment, {
        status: number("status", values.status)!,
        count: number("count", values.count),
        latencyMs: number("latency-ms", values["latency-ms"]),
      });
    default: {
      if (rest.length > 0) throw new UsageError(`unexpected arguments: ${rest.join(" ")}`);
      if (values.target !== undefined && !URL.canParse(values.target)) {
        throw new UsageError(`--target must be a base URL such as https://my-api.example.net (got ${values.target})`);
      }
      return run({
        environment: first ?? environment,
        port: number("port", values.port, 8080)!,
        targetUrl: values.target,
        synth: !values["no-synth"],
        timeScale: number("time-scale", values["time-scale"], 1)!,
        stackFile: values["stack-file"],
      });
    }
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((err: Error) => {
    const expected = err instanceof UsageError || ["LocalInputError", "UnresolvedReference"].includes(err.name);
    console.error(expected ? `npm run local: ${err.message}` : err);
    if (err instanceof UsageError && /unexpected|takes|needs|must/.test(err.message)) console.error(USAGE);
    process.exit(expected ? 2 : 1);
  });
}

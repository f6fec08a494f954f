import { ChildProcess, execFile, spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { promisify } from "util";
import * as common from "oci-common";
import { SecretsClient } from "oci-secrets";
import { parentPids } from "../../stand-ins/fn-harness";
import { committedStackJson } from "../support/committed-stacks";

/**
 * `npm run local` as a user runs it (local/main.ts, through swc as the npm script does): it comes up and says what a
 * person needs, the commands it prints work as printed, Ctrl-C stops it and everything it started, and a runtime
 * killed outright leaves no function container behind either.
 */

const ROOT = path.join(__dirname, "..", "..");
// The prod stack, so that a developer's own `npm run local` (of example, by default) is not in the way.
const stack = committedStackJson("prod");
let stackFile: string;
/** The prod stack with one function, without what refers to the others: enough to see a container end with the runtime. */
let oneFunctionFile: string;

beforeAll(() => {
  stackFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "local-cli-")), "cdk.tf.json");
  fs.writeFileSync(stackFile, JSON.stringify(stack));
  oneFunctionFile = path.join(path.dirname(stackFile), "one-function.tf.json");
  fs.writeFileSync(oneFunctionFile, JSON.stringify(withOneFunction(stack)));
});

/** The stack without all functions but the first, and without every resource that refers to one removed (in turn). */
function withOneFunction(json: Record<string, any>): Record<string, any> {
  const resource = structuredClone(json.resource);
  let removed = Object.keys(resource.oci_functions_function)
    .slice(1)
    .map((name) => `oci_functions_function.${name}`);
  while (removed.length > 0) {
    for (const address of removed) delete resource[address.split(".")[0]][address.split(".")[1]];
    removed = Object.entries<Record<string, unknown>>(resource).flatMap(([type, bodies]) =>
      Object.entries(bodies)
        .filter(([, body]) => removed.some((address) => JSON.stringify(body).includes(`\${${address}.`)))
        .map(([name]) => `${type}.${name}`),
    );
  }
  return { ...json, resource };
}
afterAll(() => fs.rmSync(path.dirname(stackFile), { recursive: true, force: true }));

/** Starts the runtime; resolves once it says it is up, with what it printed and the pids of its containers. */
async function startRuntime(file = stackFile): Promise<{ child: ChildProcess; output: string; containers: number[] }> {
  const child = spawn(
    process.execPath,
    // Connector batch and retry times at a tenth of the synthesized ones (5 s batches take 0.5 s).
    ["-r", "@swc-node/register", "local/main.ts", "prod", "--port", "0", "--time-scale", "0.1", "--stack-file", file],
    { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] },
  );
  let text = "";
  child.stdout!.on("data", (chunk) => (text += chunk));
  child.stderr!.on("data", (chunk) => (text += chunk));
  await new Promise<void>((resolve, reject) => {
    const poll = setInterval(() => {
      if (text.includes(" is up ") && text.includes("Logs ")) {
        clearInterval(poll);
        resolve();
      }
    }, 20);
    child.once("exit", (code) => {
      clearInterval(poll);
      reject(new Error(`exited ${code}:\n${text}`));
    });
  });
  const containers = childrenOf(child.pid!);
  started.push({ child, containers });
  return { child, output: text, containers };
}

/** Every runtime started, so that one a failed test left running is ended (with its containers) after it. */
const started: { child: ChildProcess; containers: number[] }[] = [];
afterEach(async () => {
  for (const { child, containers } of started.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGKILL");
      await exited;
    }
    await allGone(containers, 3_000);
  }
});

/** Processes whose parent is `pid` (from /proc). */
function childrenOf(pid: number): number[] {
  return [...parentPids()].filter(([, parent]) => parent === pid).map(([child]) => child);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function allGone(pids: number[], withinMs: number): Promise<boolean> {
  const giveUp = Date.now() + withinMs;
  while (pids.some(alive) && Date.now() < giveUp) await new Promise((resolve) => setTimeout(resolve, 50));
  return !pids.some(alive);
}

/**
 * Runs a printed `npm run local -- ...` or `npm run stream -- ...` line as its npm script does (node with swc), each
 * word found in `replace` replaced by the words given.
 */
async function runPrinted(line: string, replace: Record<string, string[]>): Promise<string> {
  const [npm, run, name, dashes, ...words] = line.replace(/\s+#.*$/, "").split(/\s+/);
  expect([npm, run, dashes]).toEqual(["npm", "run", "--"]);
  const script = { local: "local/main.ts", stream: "cli/stream.ts" }[name]!;
  const args = words.flatMap((word) => replace[word] ?? [word]);
  const { stdout } = await promisify(execFile)(process.execPath, ["-r", "@swc-node/register", script, ...args], {
    cwd: ROOT,
    encoding: "utf8",
  });
  return stdout;
}

/** The JSON lines of one of the runtime's logs. */
function readLog(logDir: string, name: string): Record<string, unknown>[] {
  const file = path.join(logDir, `${name}.log`);
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

async function waitFor(what: string, probe: () => boolean, timeoutMs = 8_000): Promise<void> {
  const giveUp = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > giveUp) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

test("it prints what a person needs; Ctrl-C stops it and every function container, exit 0", async () => {
  const { child, output, containers } = await startRuntime();
  expect(containers).toHaveLength(Object.keys(stack.resource.oci_functions_function).length);
  for (const expected of [
    /API {5}http:\/\/127\.0\.0\.1:\d+\/v1/,
    /Token {3}\S+ {3}\(secret evs-prod-client-partner-feed, one of the 2 the authorizer reads/,
    /curl -sS -X POST http:\/\/127\.0\.0\.1:\d+\/v1\/messages -H 'Authorization: Bearer \S+'/,
    /npm run local -- upload \S+ --bucket evs-prod-ingest --env prod/,
    // The data stream has 6 partitions: a consumer group reads them all; the file-references stream has one.
    /npm run stream -- consume --config-file \S+ --endpoint http:\/\/127\.0\.0\.1:\d+ --stream-id ocid1\.stream\.\S+ --group local-reader {3}# evs-prod-data$/m,
    /npm run stream -- consume --config-file \S+ --endpoint http:\/\/127\.0\.0\.1:\d+ --stream-id ocid1\.stream\.\S+ {3}# evs-prod-file-references$/m,
    /Logs {4}\S+\/logs\//,
  ]) {
    expect(output).toMatch(expected);
  }
  // The sample call works as printed: its token is a client's, its message names a target of the stack.
  const curl =
    /curl -sS -X POST (\S+) -H 'Authorization: Bearer (\S+)' -H 'Content-Type: application\/json' -d '(.+)'/.exec(
      output,
    )!;
  const postPrinted = () =>
    fetch(curl[1], {
      method: "POST",
      headers: { authorization: `Bearer ${curl[2]}`, "content-type": "application/json" },
      body: curl[3],
    });
  const sent = await postPrinted();
  expect({ status: sent.status, body: await sent.text() }).toMatchObject({ status: 200 });

  // The other printed commands, run as printed (with a file and a value of ours).
  const printed = (pattern: RegExp) =>
    output
      .split("\n")
      .find((line) => pattern.test(line))!
      .replace(/^.*?(?=npm run )/, "");
  const upload = path.join(path.dirname(stackFile), "order 1+1 ü.json");
  fs.writeFileSync(upload, JSON.stringify({ order: 1 }));
  const tokenSecret = /\(secret (\S+),/.exec(output)![1];
  const [uploaded, secretSet, targetSet] = await Promise.all([
    runPrinted(printed(/npm run local -- upload /), { "./some-file.json": [upload] }),
    runPrinted(printed(new RegExp(`npm run local -- secret ${tokenSecret} `)), { "<value>": ["rotated-5c1e"] }),
    runPrinted(printed(/npm run local -- target --status 503 --count 10 /), { "10": ["1"] }),
  ]);
  expect(uploaded).toMatch(/^uploaded .* as evs-prod-ingest\/order 1\+1 ü\.json \(ETag \S+\)$/m);
  expect(secretSet).toMatch(new RegExp(`^secret ${tokenSecret} set`, "m"));
  expect(targetSet).toMatch(/^target now answers 503 to the next 1 requests$/m);

  // The secret command set a new current version, as the vault serves it to the functions.
  const state = JSON.parse(fs.readFileSync(path.join(ROOT, ".local", "prod", "state.json"), "utf8"));
  const secrets = new SecretsClient({
    authenticationDetailsProvider: new common.ConfigFileAuthenticationDetailsProvider(state.configFile, "DEFAULT"),
  });
  secrets.endpoint = state.secretsEndpoint;
  try {
    const bundle = await secrets.getSecretBundle({
      secretId: state.secrets.find((s: { name: string }) => s.name === tokenSecret).id,
    });
    const content = bundle.secretBundle.secretBundleContent as { content: string };
    expect(Buffer.from(content.content, "base64").toString()).toBe("rotated-5c1e");
  } finally {
    secrets.close();
  }

  // The target answers the next request 503: the message posted now meets it, and the target's log (under the
  // printed Logs folder) shows it.
  const logDir = path.join(ROOT, /Logs {4}(\S+)\//.exec(output)![1]);
  expect((await postPrinted()).status).toBe(200);
  await waitFor("the target's 503 in its log", () => readLog(logDir, "target").some((line) => line.answer === 503));

  // The upload's reference, read with the printed command for the file-references stream.
  await waitFor("the upload's event delivered", () => readLog(logDir, "events").some((line) => line.status === 200));
  // And the posted messages on the data stream (6 partitions), read with its printed consumer-group command.
  const [references, data] = await Promise.all([
    runPrinted(printed(/# evs-prod-file-references$/), { "--stream-id": ["--json", "--stream-id"] }),
    runPrinted(printed(/# evs-prod-data$/), { "--stream-id": ["--json", "--stream-id"] }),
  ]);
  const values = (lines: string) =>
    lines
      .trim()
      .split("\n")
      .map((line) => JSON.parse(JSON.parse(line).value));
  expect(values(data).map((v) => v.path)).toEqual(["/orders", "/orders"]);
  expect(values(references).map((v) => [v.bucket, v.name])).toEqual([["evs-prod-ingest", "order 1+1 ü.json"]]);

  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  child.kill("SIGINT");
  expect(await exited).toBe(0);
  expect(await allGone(containers, 2_000)).toBe(true);
});

test("a runtime killed outright (SIGKILL) leaves no function container behind", async () => {
  const { child, containers } = await startRuntime(oneFunctionFile);
  expect(containers).toHaveLength(1);
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGKILL");
  await exited;
  // Each container notices within half a second that its parent is gone (local/fn-preload.js).
  expect(await allGone(containers, 3_000)).toBe(true);
});

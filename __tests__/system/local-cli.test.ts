import { ChildProcess, spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { environments, synthStack } from "../support/synth";

/**
 * `npm run local` as a user runs it (local/main.ts, through swc as the npm script does): it comes up and says what a
 * person needs, Ctrl-C stops it and everything it started, and a runtime killed outright leaves no function container
 * behind either.
 */

const ROOT = path.join(__dirname, "..", "..");
// The prod stack, so that a developer's own `npm run local` (of example, by default) is not in the way.
const prod = environments().find((env) => env.name === "prod")!;
const stack = synthStack(prod).json;
let stackFile: string;

beforeAll(() => {
  stackFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "local-cli-")), "cdk.tf.json");
  fs.writeFileSync(stackFile, JSON.stringify(stack));
});
afterAll(() => fs.rmSync(path.dirname(stackFile), { recursive: true, force: true }));

/** Starts the runtime; resolves once it says it is up, with what it printed and the pids of its containers. */
async function startRuntime(): Promise<{ child: ChildProcess; output: string; containers: number[] }> {
  const child = spawn(
    process.execPath,
    ["-r", "@swc-node/register", "local/main.ts", "prod", "--port", "0", "--stack-file", stackFile],
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
  return { child, output: text, containers: childrenOf(child.pid!) };
}

/** Processes whose parent is `pid` (from /proc). */
function childrenOf(pid: number): number[] {
  return fs
    .readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
        return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);
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

test("it prints what a person needs; Ctrl-C stops it and every function container, exit 0", async () => {
  const { child, output, containers } = await startRuntime();
  expect(containers).toHaveLength(Object.keys(stack.resource.oci_functions_function).length);
  for (const expected of [
    /API {5}http:\/\/127\.0\.0\.1:\d+\/v1/,
    /Token {3}\S+ {3}\(secret evs-prod-client-partner-feed, one of the 2 the authorizer reads/,
    /curl -sS -X POST http:\/\/127\.0\.0\.1:\d+\/v1\/messages -H 'Authorization: Bearer \S+'/,
    /npm run local -- upload \S+ --bucket evs-prod-ingest --env prod/,
    /npm run stream -- consume --config-file \S+ --endpoint http:\/\/127\.0\.0\.1:\d+ --stream-id ocid1\.stream\.\S+ {3}# evs-prod-data/,
    /Logs {4}\S+\/logs\//,
  ]) {
    expect(output).toMatch(expected);
  }
  // The sample call works as printed: its token is a client's, its message names a target of the stack.
  const curl =
    /curl -sS -X POST (\S+) -H 'Authorization: Bearer (\S+)' -H 'Content-Type: application\/json' -d '(.+)'/.exec(
      output,
    )!;
  const sent = await fetch(curl[1], {
    method: "POST",
    headers: { authorization: `Bearer ${curl[2]}`, "content-type": "application/json" },
    body: curl[3],
  });
  expect({ status: sent.status, body: await sent.text() }).toMatchObject({ status: 200 });
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  child.kill("SIGINT");
  expect(await exited).toBe(0);
  expect(await allGone(containers, 2_000)).toBe(true);
});

test("a runtime killed outright (SIGKILL) leaves no function container behind", async () => {
  const { child, containers } = await startRuntime();
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGKILL");
  await exited;
  // Each container notices within half a second that its parent is gone (local/fn-preload.js).
  expect(await allGone(containers, 3_000)).toBe(true);
});

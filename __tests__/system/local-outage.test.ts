import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { PassThrough } from "stream";
import { main as opsMain } from "../../cli/ops";
import { bundleFinder } from "../../local/main";
import { LocalSystem } from "../../local/system";
import { functionConfigOf, localSecretId, waitFor } from "../support/local-system";
import { environmentWith, synthStack } from "../support/synth";

/**
 * The outage scenario on the whole local system (local/system.ts), with nobody retrying by hand: the target is down,
 * the Resource Scheduler schedule runs the retry function, the recoverable backlog metric rises with each failure,
 * the target comes back and every message is delivered once. The stack is the example's with a 5-minute schedule and a 1-2 s
 * back-off, so that the scenario fits in seconds: schedule and connector times run at TIME_SCALE (5 minutes take
 * 3 s); the back-off, which the retry function measures itself, is real time.
 */

const TIME_SCALE = 0.01;

const synth = synthStack(
  environmentWith((raw) => {
    raw.dataSync.retry = {
      schedule: { intervalInMinutes: 5 },
      backoff: { baseSeconds: 1, multiplier: 2, maxSeconds: 2, jitterRatio: 0 },
    };
  }, "example"),
);
let system: LocalSystem;
let stateDir: string;

const functionConfig = (suffix: string) => functionConfigOf(synth.json, suffix);
const secretId = (reference: string) => localSecretId(system, reference);

async function post(route: string, body: unknown, token: string): Promise<number> {
  const response = await fetch(`${system.apis[0].url}${route}`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  await response.arrayBuffer();
  return response.status;
}

beforeAll(async () => {
  stateDir = fs.mkdtempSync(path.join(os.tmpdir(), "local-outage-"));
  system = await LocalSystem.start({
    json: synth.json,
    environment: "example",
    bundleFor: bundleFinder(),
    stateDir,
    timeScale: TIME_SCALE,
  });
  // Each target's credential set, as `npm run local -- secret` does; the echo target accepts any.
  for (const [name, target] of Object.entries<any>(JSON.parse(functionConfig("process").TARGETS))) {
    system.setSecret(secretId(target.secretId), `local-${name}-credential`);
  }
});

/** `npm run ops -- <argv>` in-process, signed with the local runtime's API key. */
async function ops(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = { stdout: new PassThrough(), stderr: new PassThrough() };
  const text = { stdout: "", stderr: "" };
  out.stdout.on("data", (chunk: Buffer) => (text.stdout += chunk));
  out.stderr.on("data", (chunk: Buffer) => (text.stderr += chunk));
  const code = await opsMain([...argv, "--config-file", system.configFile], { ...out, paceMs: 5 });
  return { code, ...text };
}

afterAll(async () => {
  await system?.stop();
  fs.rmSync(stateDir, { recursive: true, force: true });
});

test("target down: scheduled runs retry and the backlog metric rises with each failure; target back: each message delivered once", async () => {
  const clients: Record<string, { secretId: string; scope: string[] }> = JSON.parse(
    functionConfig("authorizer").CLIENTS,
  );
  const producer = Object.values(clients).find((c) => c.scope.includes("produce"))!;
  const token = system.secretValue(secretId(producer.secretId))!;
  const ids = ["o-0", "o-1", "o-2", "o-3", "o-4", "o-5"];
  const backlog = () =>
    system.monitoring.datapoints("RecoverableBacklogMessages", { function: "retry" }).map((d) => d.value);
  const send = async (wave: string[]) => {
    const messages = wave.map((id) => ({
      value: { target: "crm", method: "POST", path: `/items/${id}`, payload: { id, kind: "customer" } },
    }));
    expect(await post("/messages", { messages }, token)).toBe(200);
  };
  const schedule = [...system.schedules.values()][0];
  const backlogReaches = (n: number) =>
    waitFor(`a scheduled run reporting a backlog of ${n}`, () => backlog().includes(n), 45_000).catch(
      (error: Error) => {
        throw new Error(`${error.message}; backlogs posted: [${backlog().join(", ")}]; runs: ${schedule.runs.length}`);
      },
    );

  // GIVEN the target is down
  system.target!.behave({ status: 503 });
  // WHEN messages arrive in two waves, and nobody calls POST /v1/retry
  await send(ids.slice(0, 3));
  // THEN scheduled runs retry them and report the recoverable backlog, which rises with the second wave. (Its oldest
  // age does not rise while runs put each failure back, which renews its retention: the age alarm is for a backlog
  // that nobody reads.)
  await backlogReaches(3);
  await send(ids.slice(3));
  await backlogReaches(6);
  // AND the operator's view of it, `npm run ops -- status` on the outputs the local runtime writes, shows the failures
  const status = await ops(["status", "--outputs", path.join(stateDir, "outputs.json"), "--json"]);
  expect(status.code).toBe(0);
  const recoverable = JSON.parse(status.stdout).streams.find((s: any) => s.stream === "recoverable");
  expect(recoverable.lastFailures).toEqual(
    expect.arrayContaining([expect.objectContaining({ status: 503, target: "crm" })]),
  );
  // (How few calls back-off costs over hours is measured on a simulated clock: npm run bench:retry-outage.)
  const callsWhileDown = system.target!.requests.filter((r) => r.answer === 503).length;

  // WHEN the target comes back
  system.target!.behave({ status: 200 });

  // THEN the next runs deliver every message, each exactly once, and the backlog empties
  await waitFor(
    "every message delivered",
    () => ids.every((id) => system.target!.requests.some((r) => r.path.endsWith(`/items/${id}`) && r.answer === 200)),
    45_000,
  );
  for (const id of ids) {
    const answers = system.target!.requests.filter((r) => r.path.endsWith(`/items/${id}`)).map((r) => r.answer);
    expect(answers.filter((a) => a === 200)).toHaveLength(1);
    expect(answers.every((a) => a === 200 || a === 503)).toBe(true);
  }
  await waitFor(
    "a run that reports an empty backlog",
    () => system.monitoring.datapoints("RecoverableBacklogMessages", { function: "retry" }).at(-1)?.value === 0,
    45_000,
  );
  console.log(
    `local outage: ${schedule.runs.length} scheduled runs, ${callsWhileDown} calls while down for ${ids.length} messages`,
  );
}, 150_000);

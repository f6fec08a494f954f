import * as fs from "fs";
import { processesTagged, RUN_TAG_VARIABLE } from "../../stand-ins/run-tag";
import { COMMITTED_STACKS_VARIABLE } from "./committed-stacks";
import { CODE_CACHE_DIR_VARIABLE } from "../../stand-ins/fn-harness";

/** How long a process that was just told to stop may take to exit. */
const GRACE_MS = 2_000;

/**
 * Jest globalTeardown: a run ends with nothing of it still running. Whatever a test started and did not stop
 * (a function process, a CLI and its children) fails the run, named, and is then killed.
 */
export default async function globalTeardown(): Promise<void> {
  const tag = process.env[RUN_TAG_VARIABLE];
  if (!tag) throw new Error(`${RUN_TAG_VARIABLE} is not set: global setup did not run`);
  for (const dir of [process.env[COMMITTED_STACKS_VARIABLE], process.env[CODE_CACHE_DIR_VARIABLE]])
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  const giveUp = Date.now() + GRACE_MS;
  let alive = processesTagged(tag);
  while (alive.length > 0 && Date.now() < giveUp) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    alive = processesTagged(tag);
  }
  if (alive.length === 0) return;
  for (const { pid } of alive) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // Exited meanwhile.
    }
  }
  throw new Error(
    `${alive.length} process(es) of this test run were still alive after it (now killed):\n` +
      alive.map((p) => `  pid ${p.pid}: ${p.command}`).join("\n"),
  );
}

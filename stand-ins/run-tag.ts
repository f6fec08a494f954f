import * as fs from "fs";

/**
 * Marks every process a test run starts: global setup puts this variable in jest's environment, which workers and
 * anything they spawn inherit (fn-harness passes it on explicitly, as it builds a function's environment from
 * scratch). Global teardown then finds what is still alive by its environment, wherever it was reparented to.
 */
export const RUN_TAG_VARIABLE = "EVS_TEST_RUN";

export interface TaggedProcess {
  readonly pid: number;
  readonly command: string;
}

/** Live processes (zombies aside) whose initial environment carries `tag`; Linux /proc only. */
export function processesTagged(tag: string): TaggedProcess[] {
  const marker = Buffer.from(`${RUN_TAG_VARIABLE}=${tag}\0`);
  const found: TaggedProcess[] = [];
  for (const entry of fs.readdirSync("/proc")) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    try {
      if (!fs.readFileSync(`/proc/${pid}/environ`).includes(marker)) continue;
      // Field 3 of stat is the state; Z is a zombie, which holds no resources and awaits its parent.
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      if (stat.slice(stat.lastIndexOf(")") + 2).startsWith("Z")) continue;
      const command = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ").trim();
      found.push({ pid, command });
    } catch {
      // Gone meanwhile, or not ours to read.
    }
  }
  return found;
}

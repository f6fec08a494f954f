import * as fs from "fs";
import { BODY_EXCERPT_CHARS, readExcerpt } from "../lib/data-sync/target-call";
import { FnProcess } from "../stand-ins/fn-harness";
import { DataSyncEnv, itemId } from "../stand-ins/data-sync-env";

/**
 * Class: memory bounded by what is kept, not by what a target answers (issue 10, item 5). The process function has
 * 256 MB; a target answering 16 MB bodies to 16 calls at once must not move its peak memory by more than a few MB.
 */

const MB = 1024 * 1024;
/** Allowed growth of the function's peak resident memory over a batch of huge answers. */
const GROWTH_LIMIT_BYTES = 64 * MB;

/** Peak resident set size of a process so far (Linux `VmHWM`), in bytes: a peak, so no sampling can miss it. */
function peakRss(pid: number): number {
  const match = /^VmHWM:\s+(\d+) kB$/m.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
  if (!match) throw new Error(`no VmHWM for process ${pid}`);
  return Number(match[1]) * 1024;
}

describe("readExcerpt", () => {
  test("keeps at most the excerpt, reads about that much, and cancels the rest of the stream", async () => {
    // GIVEN an endless body
    let pulled = 0;
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new TextEncoder().encode("é".repeat(100)));
      },
      cancel() {
        cancelled = true;
      },
    });

    // WHEN
    const excerpt = await readExcerpt(body);

    // THEN
    expect(excerpt).toBe("é".repeat(BODY_EXCERPT_CHARS));
    expect(pulled).toBeLessThanOrEqual(8);
    expect(cancelled).toBe(true);
  });

  test("a short body is kept whole; none is empty", async () => {
    expect(await readExcerpt(new Response("short").body)).toBe("short");
    expect(await readExcerpt(null)).toBe("");
  });
});

describe("process against a target answering huge bodies, through the built bundle", () => {
  let env: DataSyncEnv;
  let fn: FnProcess;

  beforeAll(async () => {
    env = await DataSyncEnv.start();
    fn = await env.start("process", { MAX_CONCURRENCY: "16" });
    // A warm-up batch with small answers, so the baseline includes everything a first call loads.
    env.target.behave = () => ({ status: 500 });
    await fn.call(JSON.stringify(env.connectorBatch(["w0", "w1"].map((id) => env.targetCall(id)))));
  });
  afterAll(() => env.close());

  test.each([
    ["error", 500],
    ["success", 200],
  ])("16 concurrent %s answers of 16 MB each grow peak memory by less than 64 MB", async (_, status) => {
    // GIVEN
    env.target.behave = () => ({ status, bodyBytes: 16 * MB });
    const batch = env.connectorBatch(Array.from({ length: 16 }, (_, i) => env.targetCall(`huge-${status}-${i}`)));
    const records = env.streaming.messages(env.recoverableStreamId).length;
    const before = peakRss(fn.pid!);

    // WHEN
    const response = await fn.call(JSON.stringify(batch), { timeoutMs: 30_000 });

    // THEN every message got its answer, and memory stayed put
    const growth = peakRss(fn.pid!) - before;
    expect(response.json()).toMatchObject(
      status === 200 ? { received: 16, delivered: 16 } : { received: 16, delivered: 0, recoverable: 16 },
    );
    expect(growth).toBeLessThan(GROWTH_LIMIT_BYTES);
    if (status === 500) {
      const errors = env.records(env.recoverableStreamId).slice(records);
      expect(errors).toHaveLength(16);
      for (const record of errors) {
        expect(record.error).toBe(`target answered 500: ${"x".repeat(BODY_EXCERPT_CHARS)}`);
      }
    }
    const answered = env.target.requests.filter((r) => itemId(r.path).startsWith(`huge-${status}-`));
    expect(answered).toHaveLength(16);
  });
});

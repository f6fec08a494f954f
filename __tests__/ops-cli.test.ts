import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { PassThrough } from "stream";
import { main } from "../cli/ops";
import { DataSyncEnv, TARGET_NAME } from "../stand-ins/data-sync-env";
import { FnProcess } from "../stand-ins/fn-harness";
import { ObjectStorageStandIn } from "../stand-ins/object-storage";
import { ConnectorEmulator } from "../stand-ins/service-connector";
import { writeOciConfig } from "../stand-ins/signing";

// The ops CLI end to end: its real SDK client, signed with an API key, against the stand-ins, on streams that the
// real process and retry bundles filled.

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

describe("npm run ops", () => {
  let env: DataSyncEnv;
  let process: FnProcess;
  let retry: FnProcess;
  let configFile: string;
  let outputs: string;
  let fileReferencesStreamId: string;
  const gateway = { method: "POST", url: "/v1/retry" };

  beforeAll(async () => {
    configFile = writeOciConfig({ profile: "TEST" });
    env = await DataSyncEnv.start();
    [process, retry] = await Promise.all([env.start("process"), env.start("retry")]);
  });
  beforeEach(async () => {
    await env.reset([process, retry]);
    fileReferencesStreamId = env.streaming.createStream({ partitions: 1 });
    outputs = join(mkdtempSync(join(tmpdir(), "ops-")), "outputs.json");
    writeFileSync(
      outputs,
      JSON.stringify({
        test: {
          messages_endpoint: env.streaming.endpoint,
          data_stream_id: env.dataStreamId,
          recoverable_stream_id: env.recoverableStreamId,
          unrecoverable_stream_id: env.unrecoverableStreamId,
          file_references_stream_id: fileReferencesStreamId,
          stream_partitions: { data: 2, recoverable: 1, unrecoverable: 1, file_references: 1 },
          archive_bucket_name: "archive",
        },
      }),
    );
  });
  afterAll(() => env.close());

  async function run(argv: string[], signal?: AbortSignal): Promise<Run> {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    const chunks = { out: [] as Buffer[], err: [] as Buffer[] };
    stdout.on("data", (c: Buffer) => chunks.out.push(c));
    stderr.on("data", (c: Buffer) => chunks.err.push(c));
    const code = await main(argv, { stdout, stderr, signal, paceMs: 5, retry: { initialDelayMs: 5, maxDelayMs: 20 } });
    return { code, stdout: Buffer.concat(chunks.out).toString(), stderr: Buffer.concat(chunks.err).toString() };
  }
  const connection = () => ["--outputs", outputs, "--config-file", configFile, "--profile", "TEST"];

  /** Three recoverable failures (one then taken by retry) and two dead letters, all through the real bundles. */
  async function failSome(): Promise<void> {
    env.target.behave = (r) => ({ status: r.path.includes("/gone") ? 404 : 503 });
    const busy = env.connectorBatch(
      ["busy-1", "busy-2", "busy-3"].map((id) => env.targetCall(id)),
      "customer-7",
    );
    const gone = env.connectorBatch(
      ["gone-1", "gone-2"].map((id) => env.targetCall(id)),
      "customer-9",
    );
    await process.call(JSON.stringify([...busy, ...gone]));
    // retry takes the first recoverable one (it fails again and goes back to the end)
    await retry.call(JSON.stringify({ count: 1 }), { gateway });
  }

  test("status: offsets per partition, the retry group's committed offsets and lag, depth, oldest age, last failures", async () => {
    await failSome();

    const { code, stdout } = await run(["status", ...connection(), "--json"]);

    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    const byName = Object.fromEntries(report.streams.map((s: any) => [s.stream, s]));
    expect(byName.data.partitions.reduce((n: number, p: any) => n + p.messages, 0)).toBe(5);
    // busy-2 and busy-3 were held behind busy-1 (same key); retry put busy-1 back at the end (attempt 2)
    expect(byName.recoverable.partitions).toEqual([
      { partition: "0", earliestOffset: 0, latestOffset: 3, messages: 4, truncated: false },
    ]);
    expect(byName.recoverable.group).toEqual({
      group: "retry-recoverable",
      exists: true,
      partitions: { "0": { committedOffset: 1, lag: 3 } },
    });
    expect(byName.recoverable.depth.messages).toBe(3);
    expect(byName.recoverable.depth.oldestAgeSeconds).toBeGreaterThanOrEqual(0);
    expect(byName.unrecoverable.group).toMatchObject({ exists: false });
    expect(byName.unrecoverable.depth.messages).toBe(2);
    const failure = byName.recoverable.lastFailures[0];
    expect(failure).toMatchObject({ status: 503, target: TARGET_NAME });
    expect(failure.error).toMatch(/503/);

    // AND as text
    const text = await run(["status", ...connection()]);
    expect(text.stdout).toMatch(/recoverable \(ocid1\.stream[^)]*\)\n {2}partition 0: offsets 0\.\.3, 4 messages/);
    expect(text.stdout).toMatch(/group retry-recoverable: p0 committed 1 lag 3/);
    expect(text.stdout).toMatch(/group retry-unrecoverable \(not created yet\)/);
  });

  test("status --watch prints until stopped", async () => {
    const abort = new AbortController();
    const stdout = new PassThrough();
    let prints = 0;
    stdout.on("data", (c: Buffer) => {
      if (c.toString().startsWith("stack test")) prints += 1;
      if (prints === 2) abort.abort();
    });
    const code = await main(["status", ...connection(), "--watch", "--interval", "1"], {
      stdout,
      stderr: new PassThrough(),
      signal: abort.signal,
      paceMs: 5,
    });
    expect(code).toBe(0);
    expect(prints).toBe(2);
  });

  test("replay: a dry run first, filtered by error; --execute puts the originals back onto the data stream, keys kept", async () => {
    await failSome();
    const before = env.streaming.messages(env.dataStreamId).length;

    const dry = await run(["replay", ...connection(), "--error", "answered 404", "--json"]);
    expect(dry.code).toBe(0);
    const listed = JSON.parse(dry.stdout);
    expect(listed.dryRun).toBe(true);
    expect(listed.candidates).toHaveLength(2);
    expect(env.streaming.messages(env.dataStreamId).length).toBe(before);

    // nothing matches a time range in the future
    const none = await run(["replay", ...connection(), "--since", "2999-01-01T00:00:00Z"]);
    expect(none.stdout).toMatch(/dry run: 0 dead letters would be published/);

    const done = await run(["replay", ...connection(), "--error", "answered 404", "--key", "customer-9", "--execute"]);
    expect(done.code).toBe(0);
    expect(done.stdout).toMatch(/published 2 of 2 onto the data stream/);
    const republished = env.streaming.messages(env.dataStreamId).slice(before);
    expect(republished.map((m) => JSON.parse(m.value.toString()).payload.id)).toEqual(["gone-1", "gone-2"]);
    expect(republished.map((m) => m.key?.toString())).toEqual(["customer-9", "customer-9"]);
  });

  test("replay --from archive: dead letters the archive connector wrote to the bucket, after the stream lost them", async () => {
    // GIVEN the archive connector copying the unrecoverable stream into the bucket, as the stack deploys it
    const objectStorage = await new ObjectStorageStandIn().start();
    objectStorage.tenancyNamespace = "tenancyns";
    objectStorage.createBucket("tenancyns", "archive");
    const archiver = new ConnectorEmulator(
      {
        name: "deadletters-to-archive",
        source: { kind: "streaming", stream_id: env.unrecoverableStreamId, cursor: { kind: "TRIM_HORIZON" } },
        target: {
          kind: "objectStorage",
          namespace: "tenancyns",
          bucket: "archive",
          object_name_prefix: "deadletters",
          batch_rollover_time_in_ms: 60_000,
        },
      },
      {
        streaming: env.streaming,
        objectStorage,
        invoke: () => Promise.reject(new Error("no function target")),
        timeScale: 0.001,
      },
    ).start();
    try {
      await failSome();
      const archived = () => [...objectStorage.objects("tenancyns", "archive").keys()];
      for (let i = 0; i < 200 && archived().length === 0; i++) await new Promise((r) => setTimeout(r, 25));
      expect(archived()[0]).toMatch(/^deadletters\//);
      // and the stream has lost them (its retention ended): the stack's unrecoverable stream is now an empty one
      const stack = JSON.parse(readFileSync(outputs, "utf8"));
      stack.test.unrecoverable_stream_id = env.streaming.createStream({ partitions: 1 });
      writeFileSync(outputs, JSON.stringify(stack));
      const fromStream = await run(["replay", ...connection(), "--error", "answered 404", "--json"]);
      expect(JSON.parse(fromStream.stdout).candidates).toEqual([]);
      const before = env.streaming.messages(env.dataStreamId).length;
      const archive = ["--from", "archive", "--object-storage-endpoint", objectStorage.endpoint];

      // WHEN an operator lists them (the namespace from GetNamespace), then publishes those of one key
      const dry = await run(["replay", ...connection(), ...archive, "--error", "answered 404", "--json"]);
      expect(dry.code).toBe(0);
      expect(JSON.parse(dry.stdout).candidates.map((c: any) => c.error)).toEqual([
        expect.stringMatching(/answered 404/),
        expect.stringMatching(/answered 404/),
      ]);
      const done = await run(["replay", ...connection(), ...archive, "--key", "customer-9", "--execute"]);

      // THEN the originals are back on the data stream, keys kept
      expect(done.code).toBe(0);
      expect(done.stdout).toMatch(/published 2 of 2 onto the data stream/);
      const republished = env.streaming.messages(env.dataStreamId).slice(before);
      expect(republished.map((m) => JSON.parse(m.value.toString()).payload.id)).toEqual(["gone-1", "gone-2"]);
      expect(republished.map((m) => m.key?.toString())).toEqual(["customer-9", "customer-9"]);

      // A bucket that is not there is one line and exit code 1
      const missing = await run(["replay", ...connection(), ...archive, "--namespace", "othertenancy"]);
      expect(missing.code).toBe(1);
      expect(missing.stderr).toMatch(/^error: Object Storage answered 404 BucketNotFound for bucket archive/);
    } finally {
      await archiver.stop();
      await objectStorage.close();
    }
  });

  test("per-subcommand --help, --version, and exit code 2 for bad arguments", async () => {
    const help = await run(["replay", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: ops replay \[options\]/);
    expect(help.stdout).toMatch(/--execute/);
    expect(help.stdout).not.toMatch(/--watch/);

    const version = await run(["--version"]);
    expect(version).toMatchObject({ code: 0, stdout: "0.1.0\n" });

    const bad = await run(["status", ...connection(), "--scan-limit", "0"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--scan-limit <n>' argument '0' is invalid\. must be a whole number above 0/);
    expect((await run(["status"])).stderr).toMatch(/required option '--outputs <file>' not specified/);
    expect((await run(["bogus"])).code).toBe(2);
  });

  test("a missing outputs file fails with one line and exit code 1", async () => {
    const { code, stderr } = await run(["status", "--outputs", "/nonexistent.json", "--config-file", configFile]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^error: cannot read the outputs file \/nonexistent\.json/);
  });
});

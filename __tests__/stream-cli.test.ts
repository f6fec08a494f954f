import { execFile } from "child_process";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import * as net from "net";
import { AddressInfo } from "net";
import { generate } from "selfsigned";
import { PassThrough, Readable } from "stream";
import * as tls from "tls";
import { main } from "../cli/stream";
import { writeOciConfig } from "../stand-ins/signing";
import { StreamingStandIn } from "../stand-ins/streaming";

// The stream CLI end to end: its real SDK client, signed requests, against the streaming stand-in.

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

let standIn: StreamingStandIn;
let configFile: string;

beforeAll(() => {
  configFile = writeOciConfig({ profile: "TEST" });
});

beforeEach(async () => {
  standIn = await new StreamingStandIn().start();
});

afterEach(() => standIn.close());

function collect(stream: PassThrough): () => string {
  const chunks: Buffer[] = [];
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  return () => Buffer.concat(chunks).toString();
}

/** Runs the CLI in-process with the test credentials and short back-off. */
async function run(
  argv: string[],
  options: { stdin?: string; signal?: AbortSignal; onStdout?: (text: string) => void } = {},
): Promise<Run> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out = collect(stdout);
  if (options.onStdout) stdout.on("data", () => options.onStdout!(out()));
  const err = collect(stderr);
  // Given first, so a test's own --profile or --config-file wins.
  const code = await main(["--config-file", configFile, "--profile", "TEST", ...argv], {
    stdin: Readable.from([options.stdin ?? ""]),
    stdout,
    stderr,
    signal: options.signal,
    retry: { initialDelayMs: 5, maxDelayMs: 20 },
  });
  return { code, stdout: out(), stderr: err() };
}

function at(streamId: string): string[] {
  return ["--endpoint", standIn.endpoint, "--stream-id", streamId];
}

const lines = (text: string) => text.split("\n").filter((line) => line !== "");
const values = (text: string) => lines(text).map((line) => /value=(.*)$/.exec(line)![1]);

describe("produce", () => {
  test("sends each argument and prints its partition and offset", async () => {
    const streamId = standIn.createStream();

    const result = await run(["produce", ...at(streamId), "first", "second"]);

    expect(result).toEqual({
      code: 0,
      stdout: "argument 1: partition 0, offset 0\nargument 2: partition 0, offset 1\n",
      stderr: "",
    });
    expect(standIn.messages(streamId).map((m) => [m.key, m.value.toString()])).toEqual([
      [null, "first"],
      [null, "second"],
    ]);
  });

  test("reads stdin one message per line, KEY<TAB>VALUE with --keyed, and prints JSON with --json", async () => {
    const streamId = standIn.createStream({ partitions: 4 });

    const result = await run(["produce", ...at(streamId), "--keyed", "--json"], {
      stdin: "order-1\tcreated\n\norder-2\tcreated\norder-1\tpaid\n",
    });

    expect(result.code).toBe(0);
    const printed = lines(result.stdout).map((line) => JSON.parse(line));
    expect(printed.map((p) => p.message)).toEqual([1, 2, 3]);
    expect(printed[2].partition).toBe(printed[0].partition);
    expect(printed[2].offset).toBeGreaterThan(printed[0].offset);
    const stored = standIn.messages(streamId).map((m) => `${m.key}=${m.value}`);
    expect(stored.sort()).toEqual(["order-1=created", "order-1=paid", "order-2=created"]);
  });

  test("reads --file, gives every message --key, and prints a summary with --summary", async () => {
    const streamId = standIn.createStream({ partitions: 3 });
    const file = join(mkdtempSync(join(tmpdir(), "stream-cli-")), "messages.txt");
    writeFileSync(file, "a\nb\nc\n");

    const result = await run(["produce", ...at(streamId), "--file", file, "--key", "k", "--summary"]);

    const partition = standIn.messages(streamId)[0].partition;
    expect(result).toEqual({ code: 0, stdout: `sent 3 of 3 messages to partitions ${partition}\n`, stderr: "" });
    expect(standIn.messages(streamId, partition).map((m) => m.value.toString())).toEqual(["a", "b", "c"]);
  });

  test("refuses, before sending anything, a message over 1 MB or a key over 256 bytes", async () => {
    const streamId = standIn.createStream();

    const tooLarge = await run(["produce", ...at(streamId)], { stdin: `small\n${"x".repeat(1024 * 1024 + 1)}\n` });
    const longKey = await run(["produce", ...at(streamId), "--key", "k".repeat(257), "value"]);

    expect(tooLarge.code).toBe(1);
    expect(tooLarge.stderr).toBe(
      "error: nothing was sent; too large: line 2: key and value are 1048577 bytes; the limit is 1048576 bytes per message\n",
    );
    expect(longKey.stderr).toContain("argument 1: key is 257 bytes; the limit is 256 bytes");
    expect(standIn.requestCount()).toBe(0);
  });

  test("splits a large input into requests within the 1 MB limit", async () => {
    const streamId = standIn.createStream();
    const message = "y".repeat(400 * 1024);

    const result = await run(["produce", ...at(streamId), "--summary"], {
      stdin: `${message}\n${message}\n${message}\n`,
    });

    expect(result.code).toBe(0);
    expect(standIn.requestCount("PutMessages")).toBe(2);
    expect(standIn.messages(streamId)).toHaveLength(3);
  });

  test("retries entries that failed and reports the ones that still fail, sending the rest", async () => {
    const streamId = standIn.createStream();
    standIn.failEntries({ match: ({ value }) => value.toString() === "flaky", times: 1 });
    standIn.failEntries({ match: ({ value }) => value.toString() === "doomed" });

    const result = await run(["produce", ...at(streamId), "ok", "flaky", "doomed", "--max-attempts", "3"]);

    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      "argument 3 was not sent after 3 attempts: 429 Request was throttled because bytes limit exhausted\n" +
        "1 of 3 messages were not sent\n",
    );
    expect(standIn.messages(streamId).map((m) => m.value.toString())).toEqual(["ok", "flaky"]);
  });

  test("backs off when throttled and succeeds once the throttling stops", async () => {
    const streamId = standIn.createStream();
    standIn.failNext(2, 429, { operation: "PutMessages" });

    const result = await run(["produce", ...at(streamId), "hello"]);

    expect(result.code).toBe(0);
    expect(standIn.requests.map((r) => r.status)).toEqual([429, 429, 200]);
  });

  test("gives up on steady throttling after --max-attempts with a clear error", async () => {
    const streamId = standIn.createStream();
    standIn.failNext(100, 429);

    const produced = await run(["produce", ...at(streamId), "hello", "--max-attempts", "3"]);
    const consumed = await run(["consume", ...at(streamId), "--max-attempts", "2"]);

    expect(produced.code).toBe(1);
    expect(produced.stderr).toBe(
      "error: OCI Streaming kept throttling the requests after 3 attempts (429 TooManyRequests); " +
        "wait a little and try again, or send less at once\n1 of 1 messages were not sent\n",
    );
    expect(consumed).toMatchObject({
      code: 1,
      stderr: expect.stringContaining("kept throttling the requests after 2 attempts"),
    });
    expect(standIn.requestCount()).toBe(5);
  });

  test("an unknown stream is reported once, without a stack trace", async () => {
    const result = await run(["produce", ...at("ocid1.stream.oc1.iad.missing"), "a", "b"]);

    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `error: stream ocid1.stream.oc1.iad.missing was not found at ${standIn.endpoint}, or you are not allowed to use it ` +
        "(404 NotAuthorizedOrNotFound)\n2 of 2 messages were not sent\n",
    );
  });
});

describe("consume", () => {
  let streamId: string;

  beforeEach(async () => {
    streamId = standIn.createStream();
    standIn.append(streamId, [{ key: "k", value: "m0" }, { value: "m1" }]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    standIn.append(streamId, [{ value: "m2" }]);
  });

  test("reads from TRIM_HORIZON by default and prints partition, offset, timestamp, key and value", async () => {
    const result = await run(["consume", ...at(streamId)]);

    const [first] = standIn.messages(streamId);
    expect(result.code).toBe(0);
    expect(lines(result.stdout)[0]).toBe(
      `partition=0 offset=0 timestamp=${first.timestamp.toISOString()} key=k value=m0`,
    );
    expect(values(result.stdout)).toEqual(["m0", "m1", "m2"]);
  });

  test("honours AT_OFFSET, AFTER_OFFSET, AT_TIME and LATEST", async () => {
    // Four readers of one partition in a row would exceed 5 GetMessages a second.
    standIn.getMessagesPerSecond = Infinity;
    const time = standIn.messages(streamId)[2].timestamp.toISOString();

    expect(values((await run(["consume", ...at(streamId), "--type", "AT_OFFSET", "--offset", "1"])).stdout)).toEqual([
      "m1",
      "m2",
    ]);
    expect(values((await run(["consume", ...at(streamId), "--type", "AFTER_OFFSET", "--offset", "1"])).stdout)).toEqual(
      ["m2"],
    );
    expect(values((await run(["consume", ...at(streamId), "--type", "AT_TIME", "--time", time])).stdout)).toEqual([
      "m2",
    ]);
    expect(await run(["consume", ...at(streamId), "--type", "LATEST"])).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  test("--json prints decoded keys and values, null for no key", async () => {
    const result = await run(["consume", ...at(streamId), "--json", "--max-messages", "2"]);

    expect(lines(result.stdout).map((line) => JSON.parse(line))).toEqual([
      expect.objectContaining({ stream: streamId, partition: "0", offset: 0, key: "k", value: "m0" }),
      expect.objectContaining({ offset: 1, key: null, value: "m1" }),
    ]);
  });

  test("--limit sizes each GetMessages call and --max-messages stops without over-reading", async () => {
    const result = await run(["consume", ...at(streamId), "--limit", "1", "--max-messages", "2"]);

    expect(values(result.stdout)).toEqual(["m0", "m1"]);
    expect(standIn.requestCount("GetMessages")).toBe(2);
  });

  test("a group without --commit-on-get commits after printing, so the next run continues", async () => {
    const group = ["--group", "readers", "--instance", "cli-1"];

    const first = await run(["consume", ...at(streamId), ...group, "--max-messages", "2"]);
    expect(standIn.committedOffsets(streamId, "readers")).toEqual([2]);
    const second = await run(["consume", ...at(streamId), ...group, "--type", "LATEST"]);

    expect(values(first.stdout)).toEqual(["m0", "m1"]);
    expect(values(second.stdout)).toEqual(["m2"]);
    expect(standIn.committedOffsets(streamId, "readers")).toEqual([3]);
  });

  test("with --commit-on-get a batch is committed by the next read, so a run stopped early re-reads it", async () => {
    const group = ["--group", "readers", "--instance", "cli-1", "--commit-on-get"];

    const stopped = await run(["consume", ...at(streamId), ...group, "--max-messages", "2"]);
    expect(standIn.committedOffsets(streamId, "readers")).toEqual([0]);
    const caughtUp = await run(["consume", ...at(streamId), ...group]);

    expect(values(stopped.stdout)).toEqual(["m0", "m1"]);
    expect(values(caughtUp.stdout)).toEqual(["m0", "m1", "m2"]);
    expect(standIn.requests.filter((r) => r.operation === "ConsumerCommit")).toEqual([]);
    expect(standIn.committedOffsets(streamId, "readers")).toEqual([3]);
  });

  test("--follow waits for new messages, stays within 5 GetMessages a second, and stops on abort", async () => {
    const abort = new AbortController();
    // Stopped (as by Ctrl-C) once the late message is printed and the read after it, paced, has been made: that read
    // follows one that found a message, so only the 5-a-second pacing holds it back.
    let stopping = false;
    const running = run(["consume", ...at(streamId), "--type", "LATEST", "--follow"], {
      signal: abort.signal,
      onStdout: (text) => {
        if (stopping || !text.includes("value=late")) return;
        stopping = true;
        setTimeout(() => abort.abort(), 400);
      },
    });
    // Past the first GetMessages at least, which finds nothing.
    await new Promise((resolve) => setTimeout(resolve, 300));
    standIn.append(streamId, [{ value: "late" }]);

    const result = await running;

    expect(result).toEqual({ code: 0, stdout: expect.stringContaining("value=late"), stderr: "" });
    const gets = standIn.requests.filter((r) => r.operation === "GetMessages");
    expect(gets.every((r) => r.status === 200)).toBe(true);
    expect(gets.length).toBeGreaterThanOrEqual(3);
    const gaps = gets.slice(1).map((r, i) => r.receivedAt - gets[i].receivedAt);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(200);
  });

  test("an unknown stream is a clear error", async () => {
    const result = await run(["consume", ...at("ocid1.stream.oc1.iad.missing")]);

    expect(result).toEqual({
      code: 1,
      stdout: "",
      stderr: expect.stringMatching(/^error: stream .*missing was not found.*404/),
    });
  });
});

describe("where to and credentials", () => {
  function outputsFile(content: object): string {
    const file = join(mkdtempSync(join(tmpdir(), "outputs-")), "outputs.json");
    writeFileSync(file, JSON.stringify(content));
    return file;
  }

  test("--outputs reads the stream and endpoint from cdktf's outputs file, --stream picks the stream", async () => {
    const data = standIn.createStream();
    const dlq = standIn.createStream();
    const file = outputsFile({
      dev: { messages_endpoint: standIn.endpoint, data_stream_id: data, unrecoverable_stream_id: dlq },
    });

    expect((await run(["produce", "--outputs", file, "to-data"])).code).toBe(0);
    expect((await run(["produce", "--outputs", file, "--stream", "unrecoverable", "to-dlq"])).code).toBe(0);

    expect(standIn.messages(data).map((m) => m.value.toString())).toEqual(["to-data"]);
    expect(standIn.messages(dlq).map((m) => m.value.toString())).toEqual(["to-dlq"]);
  });

  test("an outputs file with several stacks needs --stack, and a missing output is named", async () => {
    const file = outputsFile({ dev: { messages_endpoint: standIn.endpoint }, prod: {} });

    const ambiguous = await run(["produce", "--outputs", file, "x"]);
    const missing = await run(["produce", "--outputs", file, "--stack", "dev", "x"]);

    expect(ambiguous).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("holds stacks dev, prod: pick one with --stack"),
    });
    expect(missing).toMatchObject({
      code: 1,
      stderr: `error: ${file}: stack "dev" has no output "data_stream_id" (it has: messages_endpoint)\n`,
    });
  });

  test("a profile that is not in the config file is a clear error", async () => {
    const streamId = standIn.createStream();

    const result = await run(["produce", ...at(streamId), "x", "--profile", "NOPE"]);

    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: cannot use profile NOPE of the OCI config file .*config: /);
  });

  test("an endpoint nobody listens on is a clear error after the attempts", async () => {
    const streamId = standIn.createStream();
    const endpoint = standIn.endpoint;
    await standIn.close();

    const result = await run(["consume", "--endpoint", endpoint, "--stream-id", streamId, "--max-attempts", "2"]);

    expect(result).toEqual({
      code: 1,
      stdout: "",
      stderr: `error: cannot reach ${endpoint} after 2 attempts: fetch failed\n`,
    });
  });
});

describe("bad arguments", () => {
  test.each([
    [[], "Usage: stream [options] [command]"],
    [["publish"], "unknown command 'publish'"],
    [["consume", "--endpoint", "http://x"], "--endpoint and --stream-id, or --outputs"],
    [["consume", "--endpoint", "ftp://x", "--stream-id", "s"], "must be an https:// URL"],
    [["consume", "--endpoint", "http://x", "--stream-id", "s", "--bogus"], "unknown option '--bogus'"],
    [
      ["consume", "--endpoint", "http://x", "--stream-id", "s", "--type", "AT_OFFSET"],
      "--type AT_OFFSET needs --offset",
    ],
    [["consume", "--endpoint", "http://x", "--stream-id", "s", "--type", "SOMETIME"], "--type must be one of"],
    [["consume", "--endpoint", "http://x", "--stream-id", "s", "--group", "g", "--type", "AT_OFFSET"], "with --group"],
    [
      ["consume", "--endpoint", "http://x", "--stream-id", "s", "--type", "AT_TIME", "--time", "yesterday"],
      "--time must be an ISO-8601",
    ],
    [
      ["consume", "--endpoint", "http://x", "--stream-id", "s", "--limit", "10001"],
      '--limit must be an integer from 1 to 10000 (got "10001")',
    ],
    [["consume", "--endpoint", "http://x", "--stream-id", "s", "--commit-on-get"], "--commit-on-get needs --group"],
    [
      ["produce", "--endpoint", "http://x", "--stream-id", "s", "--key", "k", "--keyed"],
      "--key and --keyed cannot be combined",
    ],
    [["produce", "--endpoint", "http://x", "--stream-id", "s", "--follow"], "unknown option '--follow'"],
  ])("%j is refused with the reason, the usage and exit code 2", async (argv, reason) => {
    const result = await run(argv);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain(reason);
    // The usage of the command at fault (commander's help), not a global text.
    expect(result.stderr).toMatch(/Usage: stream( (produce|consume))? \[options\]/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  test("--help prints the usage and exits 0", async () => {
    const result = await run(["--help"]);

    expect(result).toEqual({ code: 0, stdout: expect.stringContaining("consume "), stderr: "" });
  });

  test("each command has its own --help, with only its options; --version prints the version", async () => {
    const produce = await run(["produce", "--help"]);
    expect(produce.code).toBe(0);
    expect(produce.stdout).toMatch(/^Usage: stream produce \[options\] \[message\.\.\.\]/);
    expect(produce.stdout).toMatch(/--keyed/);
    expect(produce.stdout).not.toMatch(/--follow/);
    // the credentials, which may come before or after the command
    expect(produce.stdout).toMatch(/Global Options:[\s\S]*--config-file/);

    const consume = await run(["consume", "--help"]);
    expect(consume.stdout).toMatch(/--follow/);
    expect(consume.stdout).not.toMatch(/--keyed/);

    expect(await run(["--version"])).toEqual({ code: 0, stdout: "0.1.0\n", stderr: "" });
  });
});

/** Runs the CLI as `npm run stream` does. */
function spawnCli(args: string[], stdin: string, env: NodeJS.ProcessEnv = process.env): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ["-r", require.resolve("@swc-node/register"), join(__dirname, "..", "cli", "stream.ts"), ...args],
      { env },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
    child.stdin!.end(stdin);
  });
}

describe("as a process (npm run stream)", () => {
  test("produces from stdin and consumes with exit codes 0, and refuses bad arguments with 2", async () => {
    const streamId = standIn.createStream();
    const where = [...at(streamId), "--config-file", configFile, "--profile", "TEST"];

    const produced = await spawnCli(["produce", ...where, "--summary"], "one\ntwo\n");
    const consumed = await spawnCli(["consume", ...where, "--json"], "");
    const refused = await spawnCli(["consume", ...where, "--limit", "0"], "");

    expect(produced).toEqual({ code: 0, stdout: "sent 2 of 2 messages to partitions 0\n", stderr: "" });
    expect(lines(consumed.stdout).map((line) => JSON.parse(line).value)).toEqual(["one", "two"]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^error: --limit must be an integer from 1 to 10000 \(got "0"\)/);
  });
});

describe("through a bastion tunnel (--connect-to)", () => {
  // A private pool is reached through a port-forwarding session: the CLI connects to the session's local end, and
  // TLS must still check the pool's FQDN. Here: the streaming stand-in behind TLS with a self-signed certificate for
  // a made-up FQDN, behind a plain TCP forwarder playing the tunnel. The CLI trusts that certificate the way a user
  // would trust a CA, through NODE_EXTRA_CA_CERTS, and nothing resolves the FQDN: only --connect-to leads anywhere.
  const FQDN = "abcd1234.streaming.eu-test-1.oci.example";
  let tlsServer: tls.Server;
  let tunnel: net.Server;
  let tunnelConnections = 0;
  let caFile: string;
  const sockets = new Set<net.Socket>();

  const listen = (server: net.Server) =>
    new Promise<number>((resolve) =>
      server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)),
    );
  /** Pipes every connection `server` takes to 127.0.0.1:`port`. */
  const forwardTo = (port: () => number) => (socket: net.Socket) => {
    const upstream = net.connect(port(), "127.0.0.1");
    for (const s of [socket, upstream]) {
      sockets.add(s);
      s.on("error", () => undefined).on("close", () => sockets.delete(s));
    }
    socket.pipe(upstream).pipe(socket);
  };
  let tlsPort = 0;
  let tunnelPort = 0;

  beforeAll(async () => {
    const pems = await generate([{ name: "commonName", value: FQDN }], {
      keyType: "ec",
      algorithm: "sha256",
      extensions: [{ name: "subjectAltName", altNames: [{ type: 2, value: FQDN }] }],
    });
    caFile = join(mkdtempSync(join(tmpdir(), "tunnel-")), "pool.pem");
    writeFileSync(caFile, pems.cert);
    tlsServer = tls.createServer(
      { key: pems.private, cert: pems.cert },
      forwardTo(() => new URL(standIn.endpoint).port as unknown as number),
    );
    tlsPort = await listen(tlsServer);
    tunnel = net.createServer((socket) => {
      tunnelConnections++;
      forwardTo(() => tlsPort)(socket);
    });
    tunnelPort = await listen(tunnel);
  });

  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await Promise.all([tlsServer, tunnel].map((server) => new Promise((resolve) => server.close(resolve))));
  });

  const through = (host: string, streamId: string) => [
    "--endpoint",
    `https://${host}`,
    "--stream-id",
    streamId,
    "--connect-to",
    `127.0.0.1:${tunnelPort}`,
    "--config-file",
    configFile,
    "--profile",
    "TEST",
  ];
  const trusting = () => ({ ...process.env, NODE_EXTRA_CA_CERTS: caFile });

  test("produces and consumes through the tunnel, the certificate checked against the pool's FQDN", async () => {
    const streamId = standIn.createStream();
    tunnelConnections = 0;

    const produced = await spawnCli(["produce", ...through(FQDN, streamId), "--summary"], "one\n", trusting());
    const consumed = await spawnCli(["consume", ...through(FQDN, streamId), "--json"], "", trusting());

    expect(produced).toEqual({ code: 0, stdout: "sent 1 of 1 messages to partitions 0\n", stderr: "" });
    expect(lines(consumed.stdout).map((line) => JSON.parse(line).value)).toEqual(["one"]);
    expect(tunnelConnections).toBeGreaterThanOrEqual(2);
    expect(standIn.requests.every((r) => r.status !== 401)).toBe(true);
  });

  test("refuses a certificate that does not name the endpoint, and sends nothing", async () => {
    const streamId = standIn.createStream();

    standIn.append(streamId, [{ value: "secret" }]);
    const before = standIn.requestCount();

    const result = await spawnCli(
      ["consume", ...through("other-pool.streaming.eu-test-1.oci.example", streamId), "--max-attempts", "1"],
      "",
      trusting(),
    );

    expect(result).toEqual({
      code: 1,
      stdout: "",
      stderr: expect.stringMatching(
        /^error: cannot reach https:\/\/other-pool\.\S+: fetch failed \(through --connect-to: Hostname\/IP does not match certificate's altnames: Host: other-pool\.streaming\.eu-test-1\.oci\.example\. is not in the cert's altnames: DNS:abcd1234\.streaming\.eu-test-1\.oci\.example\)\n$/,
      ),
    });
    expect(standIn.requestCount()).toBe(before);
  });

  test("refuses a certificate nobody vouches for, and says so", async () => {
    const streamId = standIn.createStream();
    const before = standIn.requestCount();

    // In this process, which trusts no extra CA.
    const result = await run(["produce", ...through(FQDN, streamId), "--max-attempts", "1"], { stdin: "one\n" });

    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /: fetch failed \(through --connect-to: self[- ]signed certificate\)\n1 of 1 messages/,
    );
    expect(standIn.requestCount()).toBe(before);
  });

  test("--connect-to must be HOST:PORT", async () => {
    const result = await run([
      "produce",
      "--endpoint",
      `https://${FQDN}`,
      "--stream-id",
      "s",
      "--connect-to",
      "127.0.0.1",
    ]);

    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^error: --connect-to must be HOST:PORT such as 127\.0\.0\.1:8443 \(got "127\.0\.0\.1"\)/,
    );
  });
});

import * as fs from "fs";
import { request } from "http";
import * as os from "os";
import * as path from "path";
import { gunzipSync } from "zlib";
import * as common from "oci-common";
import { ObjectStorageClient } from "oci-objectstorage";
import { StreamClient } from "oci-streaming";
import { VaultsClient } from "oci-vault";
import { bundleFinder } from "../../local/main";
import { LocalSystem } from "../../local/system";
import { functionConfigOf, localSecretId, waitFor } from "../support/local-system";
import { committedStack } from "../support/committed-stacks";

/**
 * The whole system as the synthesized example stack describes it (local/system.ts), driven from the outside: the API,
 * an upload, the target's answers, a killed function. Connector batch and retry times run at TIME_SCALE of the
 * synthesized ones (5 s batches take 100 ms), nothing else is changed.
 */

const TIME_SCALE = 0.02;
/** What each target's secret is set to, by its auth type (an OAuth2 secret is the client's id and secret). */
const CREDENTIALS: Record<string, (target: string) => string> = {
  header: (target) => `local-${target}-api-key-5c1e`,
  bearer: (target) => `local-${target}-bearer-5c1e`,
  basic: (target) => `local-${target}:password-5c1e`,
  oauth2: (target) => JSON.stringify({ clientId: `local-${target}-client`, clientSecret: "5c1e" }),
};

const synth = committedStack("example");
let system: LocalSystem;
let stateDir: string;
let apiUrl: string;
/** A token of a client with the `produce` scope, and one of a client with `operator`. */
let token: string;
let operatorToken: string;
/** The stack's targets (the process function's TARGETS), by name. */
let targets: Record<string, { baseUrl: string; auth: { type: string; header?: string } }>;
let provider: common.ConfigFileAuthenticationDetailsProvider;

/** Each test calls from its own loopback address, so the per-client rate limit of one never throttles another. */
let nextClient = 10;

beforeAll(async () => {
  stateDir = fs.mkdtempSync(path.join(os.tmpdir(), "local-system-"));
  system = await LocalSystem.start({
    json: synth.json,
    environment: "example",
    bundleFor: bundleFinder(),
    stateDir,
    timeScale: TIME_SCALE,
  });
  apiUrl = system.apis[0].url;
  // The clients as the authorizer's config lists them: a secret and scopes each.
  const clients: Record<string, { secretId: string; scope: string[] }> = JSON.parse(
    functionConfig("authorizer").CLIENTS,
  );
  const tokenOf = (scope: string) => {
    const client = Object.values(clients).find((c) => c.scope.includes(scope))!;
    return system.secretValue(secretId(client.secretId))!;
  };
  token = tokenOf("produce");
  operatorToken = tokenOf("operator");
  targets = JSON.parse(functionConfig("process").TARGETS);
  provider = new common.ConfigFileAuthenticationDetailsProvider(system.configFile, "DEFAULT");
  // Set each target's credential as a user does (npm run local -- secret): UpdateSecret on the local vault.
  const vaults = new VaultsClient({ authenticationDetailsProvider: provider });
  vaults.endpoint = system.secrets.endpoint;
  for (const [name, target] of Object.entries<any>(targets)) {
    await vaults.updateSecret({
      secretId: secretId(target.secretId),
      updateSecretDetails: {
        secretContent: {
          contentType: "BASE64",
          content: Buffer.from(CREDENTIALS[target.auth.type](name)).toString("base64"),
        },
      },
    });
  }
  vaults.close();
});

const functionConfig = (suffix: string) => functionConfigOf(synth.json, suffix);
const secretId = (reference: string) => localSecretId(system, reference);

/** The headers a target's credential must arrive as at that target (an OAuth2 one: the echo target's token). */
function expectedCredential(name: string): Record<string, string> {
  const target = targets[name];
  const secret = CREDENTIALS[target.auth.type](name);
  switch (target.auth.type) {
    case "header":
      return { [target.auth.header!.toLowerCase()]: secret };
    case "bearer":
      return { authorization: `Bearer ${secret}` };
    case "basic":
      return { authorization: `Basic ${Buffer.from(secret).toString("base64")}` };
    default:
      return { authorization: `Bearer local-token-${JSON.parse(secret).clientId}` };
  }
}

afterAll(async () => {
  await system?.stop();
  fs.rmSync(stateDir, { recursive: true, force: true });
});

beforeEach(() => system.target!.behave({ status: 200 }));

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function post(
  route: string,
  body: unknown,
  options: { token?: string; client?: string; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const url = new URL(`${apiUrl}${route}`);
  const payload = typeof body === "string" || Buffer.isBuffer(body) ? body : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: "POST",
        localAddress: options.client,
        headers: {
          "content-type": "application/json",
          ...options.headers,
          ...(options.token === undefined ? {} : { authorization: `Bearer ${options.token}` }),
        },
      },
      (res) => {
        let text = "";
        res.on("data", (chunk) => (text += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      },
    );
    req.on("error", reject);
    req.end(payload);
  });
}

function newClient(): string {
  return `127.0.0.${nextClient++}`;
}

/**
 * A message value: POST to a target of the stack (crm by default: an API key header, and a filter keeping
 * `kind = 'customer'`), with the id in the path; erp's transform reads `items`.
 */
function call(id: string, target = "crm"): Record<string, unknown> {
  return {
    target,
    method: "POST",
    path: `/items/${id}`,
    payload: { id, kind: "customer", items: [{ sku: `sku-${id}`, quantity: 1 }] },
  };
}

/** The target requests whose path ends with `/items/<prefix>...`. */
function received(prefix: string) {
  return system.target!.requests.filter((r) => r.path.includes(`/items/${prefix}`));
}

function stream(suffix: string) {
  const found = system.streams.find((s) => s.name.endsWith(`-${suffix}`));
  if (!found) throw new Error(`the stack has no stream *-${suffix}`);
  return found;
}

/** A message's value, and an error record's original value (base64) decoded with it. */
function recordText(value: Buffer): string {
  const text = value.toString("utf8");
  const original = JSON.parse(text)?.original?.value;
  return typeof original === "string" ? `${text} ${Buffer.from(original, "base64").toString("utf8")}` : text;
}

function streamTexts(suffix: string): string[] {
  return system.streaming.messages(stream(suffix).id).map((m) => recordText(m.value));
}

/** The target's answers per item id, in arrival order. */
function answersById(prefix: string): Map<string, (number | "reset")[]> {
  const byId = new Map<string, (number | "reset")[]>();
  for (const r of system.target!.requests) {
    const id = r.path.split("/").pop()!;
    if (!id.startsWith(prefix)) continue;
    byId.set(id, [...(byId.get(id) ?? []), r.answer]);
  }
  return byId;
}

function totalStored(): number {
  return system.streams.reduce((n, s) => n + system.streaming.messages(s.id).length, 0);
}

test("1. an uploaded object, odd name and all, becomes exactly one reference, and a reader gets the object through it", async () => {
  const ingest = system.buckets.find((b) => b.objectEvents && b.name.endsWith("-ingest"))!;
  const names = [
    "plain.json",
    "with space.json",
    "plus+sign.json",
    "per%25cent%.json",
    "ünïcødé-日本.json",
    "deep/a/b/c/d/e/f/nested file.json",
  ];
  const objects = new ObjectStorageClient({ authenticationDetailsProvider: provider });
  objects.endpoint = system.objectStorage.endpoint;
  const streams = new StreamClient(
    { authenticationDetailsProvider: provider },
    { retryConfiguration: { terminationStrategy: new common.MaxAttemptsTerminationStrategy(1) } },
  );
  const references = stream("file-references");
  streams.endpoint = system.attributes(references.address).messages_endpoint as string;
  try {
    for (const name of names) {
      const body = JSON.stringify({ name });
      await objects.putObject({
        namespaceName: ingest.namespace,
        bucketName: ingest.name,
        objectName: name,
        putObjectBody: body,
        contentLength: Buffer.byteLength(body),
      });
    }
    const messages = await waitFor("one reference per object", () => {
      const found = system.streaming.messages(references.id);
      return found.length >= names.length && found;
    });
    await system.events!.idle();
    const refs = system.streaming.messages(references.id).map((m) => JSON.parse(m.value.toString()));
    expect(refs.map((r) => r.name).sort()).toEqual([...names].sort());
    expect(messages).toHaveLength(names.length);

    // A reader of the stream (through the Streaming API) follows each reference to its object.
    const cursor = await streams.createCursor({
      streamId: references.id,
      createCursorDetails: { partition: "0", type: "TRIM_HORIZON" as never },
    });
    const read = await streams.getMessages({ streamId: references.id, cursor: cursor.cursor.value, limit: 100 });
    for (const item of read.items) {
      const reference = JSON.parse(Buffer.from(item.value, "base64").toString("utf8"));
      const got = await objects.getObject({
        namespaceName: reference.namespace,
        bucketName: reference.bucket,
        objectName: reference.name,
      });
      const text = await new Response(got.value as ReadableStream).text();
      expect(JSON.parse(text)).toEqual({ name: reference.name });
      expect(got.eTag).toBe(reference.etag);
    }
    expect(read.items).toHaveLength(names.length);
  } finally {
    objects.close();
    streams.close();
  }
});

test("2. POST /v1/messages: one delivery per message at the target, with the credential, in key order", async () => {
  const keys = ["order-a", "order-b", "order-c"];
  const messages = keys.flatMap((key) => [0, 1, 2, 3].map((n) => ({ key, value: call(`s2-${key}-${n}`) })));
  const answer = await post("/messages", { messages }, { token, client: newClient() });
  expect(answer.status).toBe(200);
  expect(JSON.parse(answer.body).messages).toHaveLength(messages.length);

  await waitFor("every delivery", () => answersById("s2-").size === messages.length);
  await new Promise((resolve) => setTimeout(resolve, 300)); // a duplicate would arrive within this
  const byId = answersById("s2-");
  expect([...byId.keys()].sort()).toEqual(messages.map((m) => String((m.value.payload as { id: string }).id)).sort());
  expect([...byId.values()].every((answers) => answers.length === 1 && answers[0] === 200)).toBe(true);
  const arrived = received("s2-");
  // crm's own credential, at crm's host, and the client the gateway named (X-Data-Sync-Client from request.auth).
  const crmHost = new URL(targets.crm.baseUrl).host;
  for (const r of arrived) expect(r.headers).toMatchObject(expectedCredential("crm"));
  expect(arrived.every((r) => r.headers["x-forwarded-host"] === crmHost)).toBe(true);
  expect(arrived.every((r) => r.headers.authorization === undefined)).toBe(true);
  // The functions' custom metrics went to the local Monitoring, not to the target.
  await waitFor("delivery metrics", () => system.monitoring.metrics.length > 0);
  expect(system.target!.requests.filter((r) => r.path.includes("/metrics"))).toEqual([]);
  for (const key of keys) {
    const order = arrived.filter((r) => r.path.includes(`-${key}-`)).map((r) => r.path.split("-").pop());
    expect(order).toEqual(["0", "1", "2", "3"]);
  }
});

test("3. the target answers 503, then recovers: the recoverable stream and POST /v1/retry deliver each exactly once", async () => {
  system.target!.behave({ status: 503 });
  const ids = [0, 1, 2, 3, 4].map((n) => `s3-${n}`);
  const client = newClient();
  expect(
    (await post("/messages", { messages: ids.map((id) => ({ value: call(id) })) }, { token, client })).status,
  ).toBe(200);
  await waitFor("each failure on the recoverable stream", () =>
    ids.every((id) => streamTexts("recoverable").some((text) => text.includes(`/items/${id}"`))),
  );

  system.target!.behave({ status: 200 });
  // Now, not at each message's back-off due time (the scheduled run's way): an operator's ignoreBackoff.
  const retried = await post(
    "/retry",
    { stream: "recoverable", count: 100, ignoreBackoff: true },
    { token: operatorToken, client },
  );
  expect(retried.status).toBe(200);

  const byId = answersById("s3-");
  for (const id of ids) {
    const answers = byId.get(id)!;
    expect(answers.filter((a) => a === 200)).toHaveLength(1);
    expect(answers.every((a) => a === 200 || a === 503)).toBe(true);
  }
});

test("4. the target answers 400: the unrecoverable stream, then the archive bucket as the connector names objects", async () => {
  system.target!.behave({ status: 400 });
  const ids = [0, 1, 2].map((n) => `s4-${n}`);
  const sent = await post(
    "/messages",
    { messages: ids.map((id) => ({ value: call(id) })) },
    { token, client: newClient() },
  );
  expect(sent.status).toBe(200);
  await waitFor("each dead letter", () =>
    ids.every((id) => streamTexts("unrecoverable").some((text) => text.includes(`/items/${id}"`))),
  );

  // The archive connector of the stack (objectStorage target), its bucket and prefix, as synthesized.
  const [archiveName, archive] = Object.entries<any>(synth.json.resource.oci_sch_service_connector).find(
    ([, c]) => c.target.kind === "objectStorage",
  )!;
  const connectorId = system.attributes(`oci_sch_service_connector.${archiveName}`).id;
  const bucketAddress = /\$\{(oci_objectstorage_bucket\.[^.]+)\.name\}/.exec(archive.target.bucket)![1];
  const bucket = system.buckets.find((b) => b.address === bucketAddress)!;
  const archived = await waitFor(
    "the dead letters in the archive",
    () => {
      const objects = [...system.objectStorage.objects(bucket.namespace, bucket.name)];
      const lines = objects.flatMap(([name, o]) =>
        gunzipSync(o.body)
          .toString()
          .trim()
          .split("\n")
          .map((line) => ({ name, message: JSON.parse(line) })),
      );
      const texts = lines.map((l) => ({ ...l, text: recordText(Buffer.from(l.message.value, "base64")) }));
      return ids.every((id) => texts.some((t) => t.text.includes(`/items/${id}"`))) && texts;
    },
    10_000,
  );
  // As OCI names and writes them: <prefix>/<connector OCID>/<partition>/<start>_<end>.<n>.data.gz, gzip JSON Lines
  // with the stream's name, the partition as a string, the offset and epoch-millisecond time as numbers.
  const unrecoverable = stream("unrecoverable");
  const objectName = new RegExp(
    `^${archive.target.object_name_prefix}/${connectorId}/(\\d+)/\\d{8}T\\d{6}Z_\\d{8}T\\d{6}Z\\.\\d+\\.data\\.gz$`,
  );
  for (const { name, message } of archived) {
    expect(name).toMatch(objectName);
    const partition = objectName.exec(name)![1];
    expect(message).toMatchObject({ stream: unrecoverable.name, partition, offset: expect.any(Number) });
    expect(Math.abs(message.timestamp - Date.now())).toBeLessThan(60_000);
  }
  expect(answersById("s4-").size).toBe(ids.length);
});

test("5. 401 without or with a wrong token, 403 out of scope, 429 over the rate limit, 413 over the size limits; nothing reaches a stream", async () => {
  const before = totalStored();
  const message = { messages: [{ value: call("s5-0") }] };

  const none = await post("/messages", message, { client: newClient() });
  expect(none.status).toBe(401);
  const wrong = await post("/messages", message, { token: `${token}x`, client: newClient() });
  expect(wrong.status).toBe(401);
  expect(wrong.headers["www-authenticate"]).toMatch(/invalid_token/);
  // Route authorization ANY_OF: an operator may not produce, a producer may not retry (the gateway refuses both).
  const gatewayRefusals = system.gateway!.requests.length;
  expect((await post("/messages", message, { token: operatorToken, client: newClient() })).status).toBe(403);
  expect((await post("/retry", { stream: "recoverable", count: 1 }, { token, client: newClient() })).status).toBe(403);
  expect(system.gateway!.requests.slice(gatewayRefusals).map((r) => [r.path, r.status, r.refusedBy])).toEqual([
    ["/v1/messages", 403, "authorization"],
    ["/v1/retry", 403, "authorization"],
  ]);

  // A burst from one client: an invalid body, so those admitted are refused by populate (400) and store nothing.
  const burstClient = newClient();
  const burstStarted = Date.now();
  const burst = await Promise.all(
    Array.from({ length: 30 }, () => post("/messages", { messages: [] }, { token, client: burstClient })),
  );
  const burstSeconds = (Date.now() - burstStarted) / 1000;
  const statuses = burst.map((a) => a.status);
  // The synthesized rate: a second's worth at once, then that many a second (a token bucket).
  const rate = Object.values<any>(synth.json.resource.oci_apigateway_deployment)[0].specification.request_policies
    .rate_limiting.rate_in_requests_per_second;
  expect(statuses.filter((s) => s !== 429).length).toBeLessThanOrEqual(Math.ceil(rate * (1 + burstSeconds)));
  expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
  expect(statuses.every((s) => s === 429 || s === 400)).toBe(true);
  expect(burst.find((a) => a.status === 429)!.headers["retry-after"]).toBeDefined();

  // Over the stream's message limit (populate's 413), and over the gateway's 6 MB for a function backend.
  const big = { messages: [{ value: { ...call("s5-1"), payload: { blob: "x".repeat(1_100_000) } } }] };
  expect((await post("/messages", big, { token, client: newClient() })).status).toBe(413);
  expect((await post("/messages", Buffer.alloc(7 * 1024 * 1024, 32), { token, client: newClient() })).status).toBe(413);

  expect(totalStored()).toBe(before);
  expect(answersById("s5-").size).toBe(0);

  // The operator's token is accepted on /v1/retry (nothing is waiting there now).
  const retry = await post(
    "/retry",
    { stream: "recoverable", count: 1 },
    { token: operatorToken, client: newClient() },
  );
  expect(retry.status).toBe(200);
});

test("7. two targets: each receives only its own credential, and the client the gateway named, not one it claims", async () => {
  const names = Object.keys(targets);
  expect(names.length).toBeGreaterThanOrEqual(2);
  const messages = names.flatMap((target) =>
    [0, 1].map((n) => ({ key: `s7-${target}`, value: call(`s7-${target}-${n}`, target) })),
  );
  // A client naming itself in the header the gateway sets: OVERWRITE replaces it with the authorizer's answer.
  const sent = await post(
    "/messages",
    { messages },
    { token, client: newClient(), headers: { "x-data-sync-client": "ops" } },
  );
  expect(sent.status).toBe(200);
  await waitFor("every delivery", () => answersById("s7-").size === messages.length);
  const secrets = names.map((name) => Object.values(expectedCredential(name))[0]);
  for (const name of names) {
    const arrived = received(`s7-${name}-`);
    expect(arrived).toHaveLength(2);
    const host = new URL(targets[name].baseUrl).host;
    for (const r of arrived) {
      expect(r.headers["x-forwarded-host"]).toBe(host);
      expect(r.headers).toMatchObject(expectedCredential(name));
      // No other target's credential, in any header.
      const own = Object.values(expectedCredential(name))[0];
      const values = Object.values(r.headers).flat().map(String);
      for (const other of secrets.filter((s) => s !== own)) expect(values).not.toContain(other);
    }
  }
  // erp's transform sends the message's client as `source`: the producer, as the authorizer named it.
  const producer = Object.entries<any>(JSON.parse(functionConfig("authorizer").CLIENTS)).find(([, c]) =>
    c.scope.includes("produce"),
  )![0];
  expect(received("s7-erp-").map((r) => JSON.parse(r.body).source)).toEqual([producer, producer]);
});

test("6. a process container killed mid-batch: the connector's redelivery loses nothing; duplicates are counted", async () => {
  system.target!.behave({ status: 200, latencyMs: 150 });
  const ids = Array.from({ length: 16 }, (_, n) => `s6-${String(n).padStart(2, "0")}`);
  // One key: one partition, one batch, delivered one after the other.
  const sent = await post(
    "/messages",
    { messages: ids.map((id) => ({ key: "s6", value: call(id) })) },
    {
      token,
      client: newClient(),
    },
  );
  expect(sent.status).toBe(200);
  await waitFor("the batch half delivered", () => (answersById("s6-").size >= 4 ? true : undefined));
  const processId = system.functionId("evs-example-process");
  const killed = system.functions.containers(processId);
  for (const container of killed) process.kill(container.pid!, "SIGKILL");

  await waitFor("every message delivered", () => ids.every((id) => answersById("s6-").get(id)?.includes(200)), 15_000);
  const byId = answersById("s6-");
  const deliveries = [...byId.values()].reduce((n, a) => n + a.length, 0);
  const duplicates = deliveries - ids.length;
  // Those the killed container had delivered (or had in flight) come again: the idempotency key lets the target
  // drop them. Never more than one batch's worth.
  expect(duplicates).toBeGreaterThan(0);
  expect(duplicates).toBeLessThanOrEqual(ids.length);
  expect(killed.length).toBeGreaterThan(0);
  const keys = new Map<string, Set<string>>();
  for (const r of system.target!.requests.filter((r) => r.path.startsWith("/items/s6-"))) {
    const id = r.path.split("/").pop()!;
    keys.set(id, new Set([...(keys.get(id) ?? []), String(r.headers["idempotency-key"])]));
  }
  // A redelivered message carries the same idempotency key as its first delivery.
  expect([...keys.values()].every((set) => set.size === 1)).toBe(true);
  console.log(`scenario 6: ${ids.length} messages, ${deliveries} deliveries, ${duplicates} duplicates after the kill`);
});

test("the failures above reached the operations topic, and its local log a person reads", async () => {
  const published = await waitFor(
    "a failure notice",
    () => system.notifications.published.length > 0 && system.notifications.published,
  );
  const log = fs.readFileSync(path.join(system.logDir, "notifications.log"), "utf8");
  for (const message of published) expect(log).toContain(message.messageId);
});

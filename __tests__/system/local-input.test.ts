import { execFile, spawnSync } from "child_process";
import * as fs from "fs";
import { createServer, Server } from "http";
import { AddressInfo } from "net";
import * as os from "os";
import * as path from "path";
import { promisify } from "util";
import { bundleFinder, readyText, synthProblem } from "../../local/main";
import { LocalSystem } from "../../local/system";
import { committedEnvironmentNames, committedStackJson } from "../support/committed-stacks";
import { environmentWith, synthStack } from "../support/synth";

/** What `npm run local` refuses, each with one line naming the problem, and what it needs no change for. */

const ROOT = path.join(__dirname, "..", "..");
const example = committedStackJson("example");
let stateDir: string;

beforeEach(() => (stateDir = fs.mkdtempSync(path.join(os.tmpdir(), "local-input-"))));
afterEach(() => fs.rmSync(stateDir, { recursive: true, force: true }));

/** The example stack's JSON, changed. */
function changed(change: (json: any) => void): Record<string, any> {
  const json = structuredClone(example);
  change(json);
  return json;
}

function start(json: Record<string, any>, gatewayPort = 0): Promise<LocalSystem> {
  return LocalSystem.start({ json, environment: "example", bundleFor: bundleFinder(), stateDir, gatewayPort });
}

function processFunction(json: any): any {
  return Object.values<any>(json.resource.oci_functions_function).find((f) => f.display_name.endsWith("-process"));
}

test("an unknown environment: one line, exit 2", () => {
  const run = spawnSync(process.execPath, ["-r", "@swc-node/register", "local/main.ts", "staging"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  expect(run.status).toBe(2);
  expect(run.stderr.trim()).toBe('npm run local: unknown environment "staging": config/ has dev, example, prod');
});

/** Runs `check` with a loopback port that something else listens on. */
async function withPortTaken(check: (port: number) => Promise<void>): Promise<void> {
  const taken: Server = await new Promise((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => resolve(server));
  });
  try {
    await check((taken.address() as AddressInfo).port);
  } finally {
    taken.close();
  }
}

test("a port in use: one line, exit 2", async () => {
  await withPortTaken(async (port) => {
    // dev, so that a CLI test's prod runtime running beside this one is not in the way.
    const run = await promisify(execFile)(
      process.execPath,
      ["-r", "@swc-node/register", "local/main.ts", "dev", "--port", String(port), "--no-synth"],
      { cwd: ROOT, encoding: "utf8" },
    ).catch((err: { code: number; stderr: string }) => err);
    expect("code" in run && run.code).toBe(2);
    expect(run.stderr.trim()).toBe(`npm run local: port ${port} is in use: pass --port <another port> (or 0 for any)`);
  });
});

test("a missing or stale synth is named, with the input that changed after it", () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "local-synth-"));
  try {
    const stack = path.join(root, "cdktf.out", "stacks", "example", "cdk.tf.json");
    expect(synthProblem("example", root)).toBe("cdktf.out/stacks/example/cdk.tf.json is missing");
    fs.mkdirSync(path.join(root, "config"));
    fs.writeFileSync(path.join(root, "config", "example.json"), "{}");
    fs.mkdirSync(path.dirname(stack), { recursive: true });
    fs.writeFileSync(stack, "{}");
    const synthesized = Date.now() / 1000;
    fs.utimesSync(path.join(root, "config", "example.json"), synthesized - 10, synthesized - 10);
    fs.utimesSync(stack, synthesized, synthesized);
    expect(synthProblem("example", root)).toBeUndefined();
    fs.utimesSync(path.join(root, "config", "example.json"), synthesized + 10, synthesized + 10);
    expect(synthProblem("example", root)).toBe(
      "cdktf.out/stacks/example/cdk.tf.json is stale: config/example.json changed after it was synthesized",
    );
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test("a reference no local stand-in can resolve is refused by name, before any function starts", async () => {
  const json = changed((j) => {
    const vcn = Object.keys(j.resource.oci_core_vcn)[0];
    processFunction(j).config.VCN_ID = `\${oci_core_vcn.${vcn}.id}`;
  });
  await expect(start(json)).rejects.toThrow(
    /cannot resolve \$\{oci_core_vcn\.Network_Vcn_\w+\.id\} in oci_functions_function\.Functions_process_Function_\w+ config\.VCN_ID: there is no local stand-in for oci_core_vcn/,
  );
});

test("a function whose image tag no built bundle has is a stale synth, named", async () => {
  const json = changed(
    (j) => (processFunction(j).image = processFunction(j).image.replace(/:[0-9a-f]+$/, ":0123abcd")),
  );
  await expect(start(json)).rejects.toThrow(
    /oci_functions_function\.Functions_process_Function_\w+ \(evs-example-process\): no built bundle has image tag 0123abcd: the synth is stale/,
  );
});

test("a port in use is refused before any function starts", async () => {
  await withPortTaken((port) =>
    expect(start(example, port)).rejects.toThrow(`port ${port} is in use: pass --port <another port> (or 0 for any)`),
  );
});

test("a stream, a function and a connector added to the stack need no change in the local runtime; --target's base URL gets the calls", async () => {
  const json = changed((j) => {
    const [, data] = Object.entries<any>(j.resource.oci_streaming_stream)[0];
    j.resource.oci_streaming_stream.AuditStream_0A1B2C3D = { ...data, name: "evs-example-audit", partitions: 3 };
    processFunction(j).config.AUDIT_STREAM_ID = "${oci_streaming_stream.AuditStream_0A1B2C3D.id}";
    // A second process function, fed by its own connector from the new stream.
    j.resource.oci_functions_function.AuditProcess_0A1B2C3D = {
      ...processFunction(j),
      display_name: "evs-example-audit-process",
    };
    const [, connector] = Object.entries<any>(j.resource.oci_sch_service_connector).find(
      ([, c]) => c.target.kind === "functions",
    )!;
    j.resource.oci_sch_service_connector.AuditConnector_0A1B2C3D = {
      ...connector,
      display_name: "evs-example-audit-to-process",
      source: { ...connector.source, stream_id: "${oci_streaming_stream.AuditStream_0A1B2C3D.id}" },
      target: { ...connector.target, function_id: "${oci_functions_function.AuditProcess_0A1B2C3D.id}" },
    };
  });
  // The user's own target (npm run local -- --target http://127.0.0.1:<port>/base) instead of the built-in one.
  const received: { path: string; host: string }[] = [];
  const userTarget: Server = await new Promise((resolve) => {
    const server = createServer((req, res) => {
      received.push({ path: req.url ?? "", host: String(req.headers["x-forwarded-host"]) });
      req.resume();
      res.end("{}");
    });
    server.listen(0, "127.0.0.1", () => resolve(server));
  });
  const system = await LocalSystem.start({
    json,
    environment: "example",
    bundleFor: bundleFinder(),
    stateDir,
    timeScale: 0.02,
    targetUrl: `http://127.0.0.1:${(userTarget.address() as AddressInfo).port}/base`,
  }).catch(async (err) => {
    userTarget.close();
    throw err;
  });
  try {
    expect(system.target).toBeUndefined();
    const audit = system.streams.find((s) => s.name === "evs-example-audit")!;
    expect(audit).toMatchObject({ address: "oci_streaming_stream.AuditStream_0A1B2C3D", partitions: 3 });
    expect(system.attributes(audit.address).messages_endpoint).toBe(system.streaming.endpoint);
    expect(system.connectors.has("evs-example-audit-to-process")).toBe(true);

    // A message on the new stream reaches the target through the new connector and the new function (crm's filter
    // keeps kind = 'customer').
    system.streaming.append(audit.id, [
      {
        key: "audit",
        value: JSON.stringify({ target: "crm", method: "POST", path: "/items/audit-1", payload: { kind: "customer" } }),
      },
    ]);
    const giveUp = Date.now() + 8_000;
    while (!received.some((r) => r.path.endsWith("/items/audit-1")) && Date.now() < giveUp) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    // At the base URL's path, with the host the message's target names.
    const crm = JSON.parse(processFunction(json).config.TARGETS).crm;
    expect(received.filter((r) => r.path.endsWith("/items/audit-1"))).toEqual([
      {
        path: `/base${new URL(crm.baseUrl).pathname.replace(/\/$/, "")}/items/audit-1`,
        host: new URL(crm.baseUrl).host,
      },
    ]);
    expect(system.functions.containers(system.functionId("evs-example-audit-process")).length).toBeGreaterThan(0);
  } finally {
    await system.stop();
    userTarget.close();
  }
});

test.each(committedEnvironmentNames())(
  "every reference, bundle, route, connector and rule of the %s stack has its local stand-in",
  async (name) => {
    await expect(
      LocalSystem.check({ json: committedStackJson(name), environment: name, bundleFor: bundleFinder(), stateDir }),
    ).resolves.toBeUndefined();
  },
);

test("a stack whose API takes JWTs: the local issuer answers its JWKS URI, and its token gets through the gateway", async () => {
  const env = environmentWith((raw) => {
    // With JWT authentication each client is named by its token's `sub` (docs/configuration.md, API clients).
    raw.dataSync.clients.shop.claimValue = "shop-client-id";
    raw.dataSync.clients.ops.claimValue = "ops-client-id";
    raw.dataSync.api = {
      authentication: {
        type: "jwt",
        issuers: ["https://issuer.example.com"],
        audiences: ["evs"],
        jwksUri: "https://issuer.example.com/jwks",
      },
    };
  }, "example");
  const json = synthStack(env).json;
  const system = await LocalSystem.start({ json, environment: "example", bundleFor: bundleFinder(), stateDir });
  try {
    const [api] = system.apis;
    expect(api.jwt).toMatchObject({ issuer: "https://issuer.example.com", scopes: ["produce", "operator"] });
    const target = Object.keys(JSON.parse(processFunction(json).config.TARGETS))[0];
    const post = (route: string, body: unknown, token?: string) =>
      fetch(`${api.url}${route}`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      });
    const message = {
      messages: [{ key: "k", value: { target, method: "POST", path: "/orders", payload: { id: 1 } } }],
    };
    // The ready message shows that token, and its curl uses it.
    const ready = readyText(system, "example", "1.0");
    expect(ready).toContain(`Token   ${api.jwt!.token}   (a JWT the local issuer signed as https://issuer.example.com`);
    expect(ready).toContain(`-H 'Authorization: Bearer ${api.jwt!.token}'`);
    const sent = await post("/messages", message, api.jwt!.token);
    expect({ status: sent.status, body: await sent.text() }).toMatchObject({ status: 200 });
    // The gateway requires the client claim; the token carries that of the client that may send to the sample's target.
    const claimed = JSON.parse(Buffer.from(api.jwt!.token.split(".")[1], "base64url").toString());
    expect(claimed.sub).toBe("shop-client-id");
    expect((await post("/messages", message)).status).toBe(401);
    // A token the local issuer did not sign is refused like any other.
    const [head, claims] = api.jwt!.token.split(".");
    expect((await post("/messages", message, `${head}.${claims}.${"A".repeat(342)}`)).status).toBe(401);
  } finally {
    await system.stop();
  }
});

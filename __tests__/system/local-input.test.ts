import { spawnSync } from "child_process";
import * as fs from "fs";
import { createServer, Server } from "http";
import { AddressInfo } from "net";
import * as os from "os";
import * as path from "path";
import { bundleFinder } from "../../local/main";
import { LocalSystem } from "../../local/system";
import { environments, environmentWith, synthStack } from "../support/synth";

/** What `npm run local` refuses, each with one line naming the problem, and what it needs no change for. */

const ROOT = path.join(__dirname, "..", "..");
const example = synthStack().json;
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
  const taken: Server = await new Promise((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => resolve(server));
  });
  const port = (taken.address() as AddressInfo).port;
  try {
    await expect(start(example, port)).rejects.toThrow(
      `port ${port} is in use: pass --port <another port> (or 0 for any)`,
    );
  } finally {
    taken.close();
  }
});

test("a stream added to the stack, and a function config naming it, need no change in the local runtime", async () => {
  const json = changed((j) => {
    const [, data] = Object.entries<any>(j.resource.oci_streaming_stream)[0];
    j.resource.oci_streaming_stream.AuditStream_0A1B2C3D = { ...data, name: "evs-example-audit", partitions: 3 };
    processFunction(j).config.AUDIT_STREAM_ID = "${oci_streaming_stream.AuditStream_0A1B2C3D.id}";
  });
  const system = await start(json);
  try {
    const audit = system.streams.find((s) => s.name === "evs-example-audit")!;
    expect(audit).toMatchObject({ address: "oci_streaming_stream.AuditStream_0A1B2C3D", partitions: 3 });
    expect(system.streaming.partitionLengths(audit.id)).toEqual([0, 0, 0]);
    expect(system.attributes(audit.address).messages_endpoint).toBe(system.streaming.endpoint);
  } finally {
    await system.stop();
  }
});

test.each(environments().map((env) => [env.name, env] as const))(
  "every reference, bundle, route, connector and rule of the %s stack has its local stand-in",
  async (name, env) => {
    await expect(
      LocalSystem.check({ json: synthStack(env).json, environment: name, bundleFor: bundleFinder(), stateDir }),
    ).resolves.toBeUndefined();
  },
);

test("a stack whose API takes JWTs instead of the authorizer has its local gateway too", async () => {
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
  await expect(
    LocalSystem.check({ json: synthStack(env).json, environment: "example", bundleFor: bundleFinder(), stateDir }),
  ).resolves.toBeUndefined();
});

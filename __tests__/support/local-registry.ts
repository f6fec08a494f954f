/**
 * A real OCI-distribution registry on loopback for tests: Debian's `docker-registry` package (CNCF Distribution,
 * "registry" 2.8), started with its own config and storage in a temp dir, and a small Registry HTTP API client.
 *
 * The package's /etc/docker/registry/config.yml listens on `:5000` (every interface) and stores in
 * /var/lib/docker-registry; none of it is used here: the config below binds 127.0.0.1 on a free port only.
 * Config keys: the package's configuration.md (/usr/share/doc/docker-registry/configuration.md.gz).
 */
import { ChildProcess, spawn, spawnSync } from "child_process";
import { createHash, createPrivateKey, randomBytes } from "crypto";
import * as fs from "fs";
import * as http from "http";
import * as net from "net";
import * as os from "os";
import * as path from "path";
import { generate } from "selfsigned";
import { signJwt } from "../../stand-ins/signing";

export const REGISTRY_BINARY = "docker-registry";

/** The registry binary's path, or undefined when the package is not installed. */
export function registryBinary(): string | undefined {
  const found = spawnSync("sh", ["-c", `command -v ${REGISTRY_BINARY}`], { encoding: "utf8" });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

/**
 * `htpasswd`: the registry takes Basic credentials. `token`: it answers with a Bearer challenge and takes only tokens
 * from its token service, as OCIR does; the service here is the test's own (below), the checks are the registry's.
 */
export type RegistryAuth = "htpasswd" | "token";

export interface LocalRegistry {
  /** `127.0.0.1:<port>`, the host part of image references. */
  readonly host: string;
  /** The Registry HTTP API base, `http://127.0.0.1:<port>/v2/`. */
  readonly apiUrl: string;
  readonly username: string;
  readonly password: string;
  /** `Basic <base64(user:password)>`. */
  readonly basic: string;
  /** The Authorization header for calls on one repository: the Basic credentials, or a token for them. */
  authorization(repository: string): Promise<string>;
  /** The scopes the token service was asked for, in order (token mode). */
  readonly tokenScopes: string[];
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

interface TokenService {
  readonly realm: string;
  readonly scopes: string[];
  readonly certFile: string;
  close(): Promise<void>;
}

const TOKEN_ISSUER = "local-token-service";
const TOKEN_SERVICE = "local-registry";

/**
 * A token service after the Distribution token spec (spec/auth/token.md, jwt.md in the package's docs): checks
 * Basic credentials, answers `{"token": <JWT>}` granting the requested scopes, signed RS256 with the key of a
 * self-signed certificate sent in the `x5c` header, which the registry trusts through `rootcertbundle`.
 */
async function startTokenService(dir: string, username: string, password: string): Promise<TokenService> {
  const pems = await generate([{ name: "commonName", value: TOKEN_ISSUER }], { keySize: 2048, algorithm: "sha256" });
  const certFile = path.join(dir, "token-ca.pem");
  fs.writeFileSync(certFile, pems.cert);
  const der = pems.cert.replace(/-----[A-Z ]+-----|\s/g, "");
  const key = createPrivateKey(pems.private);
  const expected = `Basic ${Buffer.from(`${username}:${password}`).toString("base64")}`;
  const scopes: string[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url!, "http://127.0.0.1");
    if (req.headers.authorization !== expected) {
      res.writeHead(401, { "content-type": "application/json" }).end('{"errors":[{"code":"UNAUTHORIZED"}]}');
      return;
    }
    const access = url.searchParams.getAll("scope").map((scope) => {
      scopes.push(scope);
      const [type, name, actions] = scope.split(":");
      return { type, name, actions: actions.split(",") };
    });
    const now = Math.floor(Date.now() / 1000);
    const claims = {
      iss: TOKEN_ISSUER,
      sub: username,
      aud: url.searchParams.get("service"),
      exp: now + 300,
      nbf: now - 10,
      iat: now,
      jti: randomBytes(8).toString("hex"),
      access,
    };
    const token = signJwt(claims, key, { x5c: [der] });
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ token, expires_in: 300 }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    realm: `http://127.0.0.1:${port}/token`,
    scopes,
    certFile,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * Starts the registry. With htpasswd, its htpasswd file is left missing on purpose: the registry then creates it with
 * user `docker` and a random password, which it logs ("htpasswd is missing, provisioning with default user",
 * configuration.md, `auth.htpasswd`), so the test needs no bcrypt of its own.
 */
export async function startLocalRegistry(auth: RegistryAuth = "htpasswd"): Promise<LocalRegistry> {
  const binary = registryBinary();
  if (!binary) throw new Error(`${REGISTRY_BINARY} not found: apt-get install -y docker-registry`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "local-registry-"));
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  let tokenService: TokenService | undefined;
  let child: ChildProcess | undefined;
  const stop = async (): Promise<void> => {
    if (child) await stopChild(child);
    await tokenService?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    let credentials: { user: string; password: string } | undefined;
    if (auth === "token") {
      credentials = { user: "ns/jane", password: randomBytes(12).toString("hex") };
      tokenService = await startTokenService(dir, credentials.user, credentials.password);
    }
    // JSON is YAML, which the registry reads.
    const config = {
      version: "0.1",
      log: { level: "info", formatter: "json", accesslog: { disabled: true } },
      storage: {
        filesystem: { rootdirectory: path.join(dir, "data") },
        maintenance: { uploadpurging: { enabled: false } },
      },
      http: { addr: host, secret: randomBytes(16).toString("hex") },
      auth: tokenService
        ? {
            token: {
              realm: tokenService.realm,
              service: TOKEN_SERVICE,
              issuer: TOKEN_ISSUER,
              rootcertbundle: tokenService.certFile,
            },
          }
        : { htpasswd: { realm: "local-test", path: path.join(dir, "htpasswd") } },
    };
    const configFile = path.join(dir, "config.yml");
    fs.writeFileSync(configFile, JSON.stringify(config));

    const started = spawn(binary, ["serve", configFile], { stdio: ["ignore", "pipe", "pipe"] });
    child = started;
    let output = "";
    credentials = await new Promise<{ user: string; password: string }>((resolve, reject) => {
      let seen = credentials;
      const onData = (chunk: Buffer): void => {
        output += chunk.toString();
        for (const line of output.split("\n")) {
          let entry: Record<string, string>;
          try {
            entry = JSON.parse(line);
          } catch {
            continue;
          }
          if (entry.msg?.startsWith("htpasswd is missing")) seen = { user: entry.user, password: entry.password };
          if (entry.msg === `listening on ${host}` && seen) resolve(seen);
        }
      };
      started.stdout!.on("data", onData);
      started.stderr!.on("data", onData);
      started.once("exit", (code) => reject(new Error(`${REGISTRY_BINARY} exited with ${code}:\n${output}`)));
      setTimeout(() => reject(new Error(`${REGISTRY_BINARY} did not start in 20 s:\n${output}`)), 20_000).unref();
    });
    const { user, password } = credentials;
    const basic = `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;
    const realm = tokenService?.realm;
    return {
      host,
      apiUrl: `http://${host}/v2/`,
      username: user,
      password,
      basic,
      tokenScopes: tokenService?.scopes ?? [],
      async authorization(repository) {
        if (!realm) return basic;
        const url = `${realm}?service=${TOKEN_SERVICE}&scope=repository:${repository}:pull,push`;
        const response = await fetch(url, { headers: { authorization: basic } });
        if (!response.ok) throw new Error(`token service: ${response.status}`);
        return `Bearer ${((await response.json()) as { token: string }).token}`;
      },
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}

export function sha256(data: Buffer): string {
  return `sha256:${createHash("sha256").update(data).digest("hex")}`;
}

/** A Registry HTTP API client (OCI distribution spec, "Pulling" and "Pushing" endpoints) for one registry. */
export class RegistryClient {
  constructor(private readonly registry: Pick<LocalRegistry, "apiUrl" | "authorization">) {}

  private async call(
    method: string,
    repository: string,
    url: string,
    init: { body?: Buffer; headers?: Record<string, string> } = {},
  ) {
    const response = await fetch(url.startsWith("http") ? url : `${this.registry.apiUrl}${url}`, {
      method,
      body: init.body,
      headers: { authorization: await this.registry.authorization(repository), ...init.headers },
    });
    if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
    return response;
  }

  /** Monolithic upload: POST /v2/<name>/blobs/uploads/, then PUT <location>?digest=<digest>. */
  async pushBlob(repository: string, data: Buffer): Promise<string> {
    const digest = sha256(data);
    const started = await this.call("POST", repository, `${repository}/blobs/uploads/`);
    const location = new URL(started.headers.get("location")!, this.registry.apiUrl);
    location.searchParams.set("digest", digest);
    await this.call("PUT", repository, location.toString(), {
      body: data,
      headers: { "content-type": "application/octet-stream" },
    });
    return digest;
  }

  async pushManifest(
    repository: string,
    tag: string,
    manifest: { mediaType: string; [key: string]: unknown },
  ): Promise<void> {
    await this.call("PUT", repository, `${repository}/manifests/${tag}`, {
      body: Buffer.from(JSON.stringify(manifest)),
      headers: { "content-type": manifest.mediaType },
    });
  }

  async manifest(repository: string, reference: string): Promise<{ mediaType: string; body: Buffer }> {
    const response = await this.call("GET", repository, `${repository}/manifests/${reference}`, {
      headers: {
        accept: "application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json",
      },
    });
    return { mediaType: response.headers.get("content-type")!, body: Buffer.from(await response.arrayBuffer()) };
  }

  async blob(repository: string, digest: string): Promise<Buffer> {
    const data = Buffer.from(await (await this.call("GET", repository, `${repository}/blobs/${digest}`)).arrayBuffer());
    if (sha256(data) !== digest) throw new Error(`blob ${digest} has content ${sha256(data)}`);
    return data;
  }

  async tags(repository: string): Promise<string[]> {
    return ((await (await this.call("GET", repository, `${repository}/tags/list`)).json()) as { tags: string[] }).tags;
  }
}

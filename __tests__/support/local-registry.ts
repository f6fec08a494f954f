/**
 * A real OCI-distribution registry on loopback for tests: Debian's `docker-registry` package (CNCF Distribution,
 * "registry" 2.8), started with its own config and storage in a temp dir, and a small Registry HTTP API client.
 *
 * The package's /etc/docker/registry/config.yml listens on `:5000` (every interface) and stores in
 * /var/lib/docker-registry; none of it is used here: the config below binds 127.0.0.1 on a free port only.
 * Config keys: the package's configuration.md (/usr/share/doc/docker-registry/configuration.md.gz).
 */
import { ChildProcess, spawn, spawnSync } from "child_process";
import { createHash, randomBytes } from "crypto";
import * as fs from "fs";
import * as net from "net";
import * as os from "os";
import * as path from "path";

export const REGISTRY_BINARY = "docker-registry";

/** The registry binary's path, or undefined when the package is not installed. */
export function registryBinary(): string | undefined {
  const found = spawnSync("sh", ["-c", `command -v ${REGISTRY_BINARY}`], { encoding: "utf8" });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

export interface LocalRegistry {
  /** `127.0.0.1:<port>`, the host part of image references. */
  readonly host: string;
  /** The Registry HTTP API base, `http://127.0.0.1:<port>/v2/`. */
  readonly apiUrl: string;
  readonly username: string;
  readonly password: string;
  /** `Basic <base64(user:password)>`, the header every request needs. */
  readonly authorization: string;
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

/**
 * Starts the registry with basic authentication. Its htpasswd file is left missing on purpose: the registry then
 * creates it with user `docker` and a random password, which it logs ("htpasswd is missing, provisioning with
 * default user", configuration.md, `auth.htpasswd`), so the test needs no bcrypt of its own.
 */
export async function startLocalRegistry(): Promise<LocalRegistry> {
  const binary = registryBinary();
  if (!binary) throw new Error(`${REGISTRY_BINARY} not found: apt-get install -y docker-registry`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "local-registry-"));
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  // JSON is YAML, which the registry reads.
  const config = {
    version: "0.1",
    log: { level: "info", formatter: "json", accesslog: { disabled: true } },
    storage: {
      filesystem: { rootdirectory: path.join(dir, "data") },
      maintenance: { uploadpurging: { enabled: false } },
    },
    http: { addr: host, secret: randomBytes(16).toString("hex") },
    auth: { htpasswd: { realm: "local-test", path: path.join(dir, "htpasswd") } },
  };
  const configFile = path.join(dir, "config.yml");
  fs.writeFileSync(configFile, JSON.stringify(config));

  const child = spawn(binary, ["serve", configFile], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const stop = async (): Promise<void> => {
    await stopChild(child);
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    const credentials = await new Promise<{ user: string; password: string }>((resolve, reject) => {
      let credentialsSeen: { user: string; password: string } | undefined;
      const onData = (chunk: Buffer): void => {
        output += chunk.toString();
        for (const line of output.split("\n")) {
          let entry: Record<string, string>;
          try {
            entry = JSON.parse(line);
          } catch {
            continue;
          }
          if (entry.msg?.startsWith("htpasswd is missing"))
            credentialsSeen = { user: entry.user, password: entry.password };
          if (entry.msg === `listening on ${host}` && credentialsSeen) resolve(credentialsSeen);
        }
      };
      child.stdout!.on("data", onData);
      child.stderr!.on("data", onData);
      child.once("exit", (code) => reject(new Error(`${REGISTRY_BINARY} exited with ${code}:\n${output}`)));
      setTimeout(() => reject(new Error(`${REGISTRY_BINARY} did not start in 20 s:\n${output}`)), 20_000).unref();
    });
    const authorization = `Basic ${Buffer.from(`${credentials.user}:${credentials.password}`).toString("base64")}`;
    return {
      host,
      apiUrl: `http://${host}/v2/`,
      username: credentials.user,
      password: credentials.password,
      authorization,
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

  private async call(method: string, url: string, init: { body?: Buffer; headers?: Record<string, string> } = {}) {
    const response = await fetch(url.startsWith("http") ? url : `${this.registry.apiUrl}${url}`, {
      method,
      body: init.body,
      headers: { authorization: this.registry.authorization, ...init.headers },
    });
    if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
    return response;
  }

  /** Monolithic upload: POST /v2/<name>/blobs/uploads/, then PUT <location>?digest=<digest>. */
  async pushBlob(repository: string, data: Buffer): Promise<string> {
    const digest = sha256(data);
    const started = await this.call("POST", `${repository}/blobs/uploads/`);
    const location = new URL(started.headers.get("location")!, this.registry.apiUrl);
    location.searchParams.set("digest", digest);
    await this.call("PUT", location.toString(), {
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
    await this.call("PUT", `${repository}/manifests/${tag}`, {
      body: Buffer.from(JSON.stringify(manifest)),
      headers: { "content-type": manifest.mediaType },
    });
  }

  async manifest(repository: string, reference: string): Promise<{ mediaType: string; body: Buffer }> {
    const response = await this.call("GET", `${repository}/manifests/${reference}`, {
      headers: {
        accept: "application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json",
      },
    });
    return { mediaType: response.headers.get("content-type")!, body: Buffer.from(await response.arrayBuffer()) };
  }

  async blob(repository: string, digest: string): Promise<Buffer> {
    const data = Buffer.from(await (await this.call("GET", `${repository}/blobs/${digest}`)).arrayBuffer());
    if (sha256(data) !== digest) throw new Error(`blob ${digest} has content ${sha256(data)}`);
    return data;
  }

  async tags(repository: string): Promise<string[]> {
    return ((await (await this.call("GET", `${repository}/tags/list`)).json()) as { tags: string[] }).tags;
  }
}

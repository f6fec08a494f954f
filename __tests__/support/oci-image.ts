/**
 * Image layers for registry tests, written and read here rather than with the tar library containerify uses, so
 * that reading an image back checks containerify's output independently.
 * Layer format: POSIX ustar with pax extended headers (POSIX.1-2008, `pax` utility, "ustar Interchange Format"),
 * gzip-compressed (OCI image spec, layer.md). Config and manifest: OCI image spec, config.md and manifest.md.
 */
import { gunzipSync, gzipSync } from "zlib";
import { RegistryClient, sha256 } from "./local-registry";

const BLOCK = 512;

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, "0") + "\0";
}

/** A tar archive of regular files, owned by root, mode 0644, mtime 0. */
export function tarFiles(files: Record<string, Buffer>): Buffer {
  const blocks: Buffer[] = [];
  for (const [name, data] of Object.entries(files)) {
    if (Buffer.byteLength(name) > 100) throw new Error(`tarFiles: name longer than 100 bytes: ${name}`);
    const header = Buffer.alloc(BLOCK);
    header.write(name, 0);
    header.write(octal(0o644, 8), 100);
    header.write(octal(0, 8), 108);
    header.write(octal(0, 8), 116);
    header.write(octal(data.length, 12), 124);
    header.write(octal(0, 12), 136);
    header.write("        ", 148);
    header.write("0", 156);
    header.write("ustar\u000000", 257);
    let sum = 0;
    for (const byte of header) sum += byte;
    header.write(octal(sum, 7) + " ", 148);
    blocks.push(header, data, Buffer.alloc((BLOCK - (data.length % BLOCK)) % BLOCK));
  }
  blocks.push(Buffer.alloc(2 * BLOCK));
  return Buffer.concat(blocks);
}

export interface TarEntry {
  /** Path without a leading `/` or `./`. */
  readonly path: string;
  /** ustar typeflag: "0" file, "5" directory, ... */
  readonly type: string;
  readonly mode: number;
  readonly data: Buffer;
}

function field(header: Buffer, offset: number, length: number): string {
  const raw = header.subarray(offset, offset + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end === -1 ? length : end).toString("utf8");
}

/** Every entry of an (uncompressed) tar archive; pax `path` records override the ustar name. */
export function readTar(archive: Buffer): TarEntry[] {
  const entries: TarEntry[] = [];
  let paxPath: string | undefined;
  for (let offset = 0; offset + BLOCK <= archive.length;) {
    const header = archive.subarray(offset, offset + BLOCK);
    if (header.every((b) => b === 0)) break;
    const size = parseInt(field(header, 124, 12).trim() || "0", 8);
    const type = field(header, 156, 1) || "0";
    const data = archive.subarray(offset + BLOCK, offset + BLOCK + size);
    offset += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    if (type === "x") {
      // Records are "<length> <key>=<value>\n".
      for (const record of data.toString("utf8").split("\n")) {
        const match = /^\d+ path=(.*)$/.exec(record);
        if (match) paxPath = match[1];
      }
      continue;
    }
    if (type === "g") continue;
    const prefix = field(header, 345, 155);
    const name = paxPath ?? (prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100));
    paxPath = undefined;
    entries.push({
      path: name.replace(/^(\.?\/)+/, "").replace(/\/$/, ""),
      type,
      mode: parseInt(field(header, 100, 8).trim() || "0", 8),
      data: Buffer.from(data),
    });
  }
  return entries;
}

export interface ImageConfig {
  readonly architecture: string;
  readonly os: string;
  readonly config: {
    readonly Entrypoint?: string[] | null;
    readonly Cmd?: string[] | null;
    readonly WorkingDir?: string;
    readonly User?: string;
    readonly Env?: string[];
  };
  readonly rootfs: { readonly type: string; readonly diff_ids: string[] };
}

export interface Image {
  readonly mediaType: string;
  readonly manifestDigest: string;
  readonly config: ImageConfig;
  /** The layers in order, uncompressed. */
  readonly layers: TarEntry[][];
  /** The image's file system after applying every layer: path -> entry. */
  readonly files: Map<string, TarEntry>;
}

interface Manifest {
  readonly mediaType: string;
  readonly config: { readonly digest: string };
  readonly layers: { readonly digest: string; readonly mediaType: string }[];
}

/**
 * Pushes a one-layer linux/amd64 image whose config mimics a runtime base image (`CMD ["node"]`, like
 * fnproject/node:22), built here from the given files: nothing is downloaded.
 */
export async function pushBaseImage(
  client: RegistryClient,
  repository: string,
  tag: string,
  files: Record<string, Buffer>,
  config: ImageConfig["config"],
): Promise<void> {
  const tar = tarFiles(files);
  const layer = gzipSync(tar);
  const configBlob = Buffer.from(
    JSON.stringify({
      architecture: "amd64",
      os: "linux",
      config,
      rootfs: { type: "layers", diff_ids: [sha256(tar)] },
      history: [{ created: "1970-01-01T00:00:00Z", created_by: "local-registry test base image" }],
    }),
  );
  const layerDigest = await client.pushBlob(repository, layer);
  const configDigest = await client.pushBlob(repository, configBlob);
  await client.pushManifest(repository, tag, {
    schemaVersion: 2,
    mediaType: "application/vnd.oci.image.manifest.v1+json",
    config: { mediaType: "application/vnd.oci.image.config.v1+json", digest: configDigest, size: configBlob.length },
    layers: [{ mediaType: "application/vnd.oci.image.layer.v1.tar+gzip", digest: layerDigest, size: layer.length }],
  });
}

/** Reads an image back over the Registry API: manifest, config and every layer, each checked against its digest. */
export async function pullImage(client: RegistryClient, repository: string, tag: string): Promise<Image> {
  const { mediaType, body } = await client.manifest(repository, tag);
  const manifest = JSON.parse(body.toString()) as Manifest;
  const config = JSON.parse((await client.blob(repository, manifest.config.digest)).toString()) as ImageConfig;
  const layers: TarEntry[][] = [];
  for (const [index, descriptor] of manifest.layers.entries()) {
    const compressed = await client.blob(repository, descriptor.digest);
    const tar = descriptor.mediaType.endsWith("gzip") ? gunzipSync(compressed) : compressed;
    if (sha256(tar) !== config.rootfs.diff_ids[index]) {
      throw new Error(`layer ${index} does not match diff_id ${config.rootfs.diff_ids[index]}`);
    }
    layers.push(readTar(tar));
  }
  const files = new Map<string, TarEntry>();
  for (const layer of layers) for (const entry of layer) files.set(entry.path, entry);
  return { mediaType, manifestDigest: sha256(body), config, layers, files };
}

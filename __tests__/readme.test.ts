import * as fs from "fs";
import * as path from "path";
import { z } from "zod";
import { configSchema } from "../config/schema";
import { brokenLinks, readmeReferences, schemaHasPath } from "./support/readme-references";
import { committedEnvironmentNames, committedStackJson } from "./support/committed-stacks";

const ROOT = path.join(__dirname, "..");
/** Every document a user reads: the front door, docs/, and the READMEs beside the code they describe. */
const READMES = [
  "README.md",
  ...fs
    .readdirSync(path.join(ROOT, "docs"))
    .filter((f) => f.endsWith(".md"))
    .map((f) => `docs/${f}`),
  "lib/data-sync/README.md",
  "stand-ins/README.md",
];
const topLevelKeys = new Set(Object.keys(configSchema.shape));
let stackOutputs: Set<string> | undefined;
/** The outputs of every environment's stack (some exist only with some settings, e.g. a private pool). */
const outputsOfAllStacks = () =>
  (stackOutputs ??= new Set(
    committedEnvironmentNames().flatMap((name) => Object.keys(committedStackJson(name).output ?? {})),
  ));

describe("the README reference extractor", () => {
  const refs = readmeReferences(
    [
      "Outputs `kafka_bootstrap_servers` (`<pool FQDN>:9092`) and `kafka_sasl_username_format` configure it;",
      "attach it to the NSG in output",
      "`stream_clients_nsg_id`.",
      "```sh",
      "oci vault secret update-base64 --secret-id <api_token_secret_id>",
      `curl "$(jq -r '.["<env>"].api_endpoint' outputs.json)/messages"`,
      'npx cdktf output dev | grep target_api_credential_secret_id  # {"dev": {"data_stream_id": ..., "x": 1}}',
      "npm ci && npm run synth && npm test",
      "```",
      "| `dataSync.api.rateLimitPerSecond`, `.corsAllowedOrigins` | `compartments.network`, `.streaming` |",
      "`streaming.ts` and `secrets.ts` are files.",
      "| `streaming.streams.{data,recoverable}` | `functions.<name>.memoryInMbs` | `cdktf.out` | `request_policies` |",
    ].join("\n"),
    new Set(["dataSync", "compartments", "streaming", "functions"]),
  );

  test("finds outputs in prose, placeholders, jq paths, grep and outputs.json samples, and nothing else", () => {
    expect([...refs.outputs].sort()).toEqual([
      "api_endpoint",
      "api_token_secret_id",
      "data_stream_id",
      "kafka_bootstrap_servers",
      "kafka_sasl_username_format",
      "stream_clients_nsg_id",
      "target_api_credential_secret_id",
    ]);
  });

  test("finds config paths, continuing `.rest` from the previous path, and expands {a,b}", () => {
    expect([...refs.configFields].sort()).toEqual([
      "compartments.network",
      "compartments.streaming",
      "dataSync.api.corsAllowedOrigins",
      "dataSync.api.rateLimitPerSecond",
      "functions.<name>.memoryInMbs",
      "streaming.streams.data",
      "streaming.streams.recoverable",
    ]);
    expect([...refs.npmScripts].sort()).toEqual(["synth", "test"]);
  });

  test("finds relative links whose file or heading does not exist", () => {
    const markdown = [
      "# Title",
      "## Deploying from zero",
      "See [a](#deploying-from-zero), [b](#gone), [c](../README.md#quick-start), [d](missing.md), [e](https://x.org/#y).",
    ].join("\n");
    const read = (file: string) => (file === "README.md" ? "## Quick start\n" : undefined);
    expect(brokenLinks(markdown, "docs/x.md", read)).toEqual([
      '#gone (in docs/x.md): no heading with the anchor "gone" in docs/x.md',
      "missing.md (in docs/x.md): docs/missing.md does not exist",
    ]);
  });

  test("resolves paths through objects, records, defaults and unions", () => {
    const schema = z.strictObject({
      a: z.object({ b: z.number().default(1) }).optional(),
      m: z.record(z.string(), z.object({ c: z.string() })),
      u: z.discriminatedUnion("t", [z.object({ t: z.literal("x"), x: z.string() }), z.object({ t: z.literal("y") })]),
    });
    for (const ok of ["a.b", "m.<k>.c", "u.x", "u.t"]) expect(schemaHasPath(schema, ok)).toBe(true);
    for (const bad of ["a.c", "a.b.c", "m.<k>.d", "u.z", "nope"]) expect(schemaHasPath(schema, bad)).toBe(false);
  });
});

describe.each(READMES)("%s", (readme) => {
  const refs = readmeReferences(fs.readFileSync(path.join(ROOT, readme), "utf8"), topLevelKeys);
  const scripts = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).scripts;

  test("every output it names exists in a stack", () => {
    expect([...refs.outputs].filter((o) => !outputsOfAllStacks().has(o))).toEqual([]);
  });

  test("every config field it names exists in config/schema.ts", () => {
    expect([...refs.configFields].filter((f) => !schemaHasPath(configSchema, f))).toEqual([]);
  });

  test("every npm script it names exists in package.json", () => {
    expect([...refs.npmScripts].filter((s) => !(s in scripts))).toEqual([]);
  });

  test("every relative link points at a file that exists, and at a heading of it", () => {
    const read = (file: string) =>
      fs.existsSync(path.join(ROOT, file)) && fs.statSync(path.join(ROOT, file)).isFile()
        ? fs.readFileSync(path.join(ROOT, file), "utf8")
        : undefined;
    expect(brokenLinks(read(readme)!, readme, read)).toEqual([]);
  });
});

/**
 * Message contracts: for every stream of a synthesized stack, the messages its producers write must be accepted by
 * each of its consumers. Who produces and who consumes is read from the Terraform JSON (which function's config
 * names which stream, which connector reads which stream into which target); the messages are built by the
 * producers' own code and read by the consumers' own parsers. A stream read by no function of the stack (file
 * references, the archived dead letters) has an external consumer: its message kinds must be documented instead.
 */
import * as fs from "fs";
import * as path from "path";
import { objectEventSchema } from "../../functions/claim-check/object-event";
import { referenceMessage } from "../../functions/claim-check/reference";
import { DeliveryOutcome, prepare } from "../../lib/data-sync/delivery";
import { errorMessage, parseErrorRecord } from "../../lib/data-sync/error-record";
import { failureRecord } from "../../lib/data-sync/failure-routing";
import { checkMessagesRequest } from "../../functions/populate/messages-request";
import { Target, targetsConfigSchema } from "../../lib/data-sync/targets";
import { FUNCTION_NAMES, FunctionName } from "../../config/schema";
import { toWireMessage } from "../../stand-ins/streaming";
import { FunctionConfigValues } from "../../functions/contracts";

/** What a message is, by the code that builds it. */
export type MessageKind = "target-request" | "object-reference" | "error-record";

/** How a function uses the stream a config key of it names: what it writes there, and whether it reads it. */
export interface StreamRole {
  readonly produces?: MessageKind;
  readonly consumes?: boolean;
}

/**
 * The stream config keys of each function, from its code: populate and claim-check write STREAM_ID (populate.ts,
 * claim-check.ts); process writes error records to both error streams (error-streams.ts); retry reads either error
 * stream and writes records to both (retry.ts). A function naming a stream under a key not listed here fails the
 * check, so that a new wiring is declared before it can pass.
 */
export const STREAM_ROLES: {
  readonly [N in FunctionName]: { readonly [K in keyof FunctionConfigValues<N>]?: StreamRole };
} = {
  "claim-check": { STREAM_ID: { produces: "object-reference" } },
  populate: { STREAM_ID: { produces: "target-request" } },
  process: {
    RECOVERABLE_STREAM_ID: { produces: "error-record" },
    UNRECOVERABLE_STREAM_ID: { produces: "error-record" },
  },
  retry: {
    RECOVERABLE_STREAM_ID: { produces: "error-record", consumes: true },
    UNRECOVERABLE_STREAM_ID: { produces: "error-record", consumes: true },
  },
  authorizer: {},
};

/** Where each message kind is documented for consumers outside the stack: a file and the heading of its section. */
export const DOCUMENTED_SCHEMAS: Readonly<Record<MessageKind, { readonly file: string; readonly section: string }>> = {
  "object-reference": { file: "docs/function-contracts.md", section: "## claim-check" },
  "target-request": { file: "lib/data-sync/README.md", section: "## `POST /v1/messages` (populate)" },
  "error-record": { file: "lib/data-sync/README.md", section: "## process (Service Connector target)" },
};

export type Consumer =
  | { readonly type: "function"; readonly fn: FunctionName; readonly via: string }
  | { readonly type: "external"; readonly via: string };

export interface StreamWiring {
  readonly stream: string;
  readonly producers: readonly { readonly fn: FunctionName; readonly kind: MessageKind }[];
  readonly consumers: readonly Consumer[];
}

interface FunctionInfo {
  readonly name: FunctionName;
  readonly config: Record<string, string>;
}

const STREAM_REF = /^\$\{oci_streaming_stream\.([^.]+)\.id\}$/;
const FUNCTION_REF = /^\$\{oci_functions_function\.([^.]+)\.id\}$/;

function functionName(displayName: string): FunctionName | undefined {
  return [...FUNCTION_NAMES].sort((a, b) => b.length - a.length).find((n) => displayName.endsWith(`-${n}`));
}

/** Producers and consumers of every stream of the stack, and any stream wiring the roles table does not declare. */
export function streamWiring(json: Record<string, any>): { wiring: StreamWiring[]; problems: string[] } {
  const streams: Record<string, any> = json.resource?.oci_streaming_stream ?? {};
  const functions = new Map<string, FunctionInfo>();
  const problems: string[] = [];
  for (const [key, body] of Object.entries<any>(json.resource?.oci_functions_function ?? {})) {
    const name = functionName(body.display_name);
    if (!name) problems.push(`function ${body.display_name}: not one of ${FUNCTION_NAMES.join(", ")}`);
    else functions.set(key, { name, config: body.config ?? {} });
  }

  const wiring = new Map<
    string,
    { stream: string; producers: StreamWiring["producers"][number][]; consumers: Consumer[] }
  >(Object.entries(streams).map(([key, body]) => [key, { stream: body.name, producers: [], consumers: [] }]));
  for (const fn of functions.values()) {
    for (const [configKey, value] of Object.entries(fn.config)) {
      const streamKey = STREAM_REF.exec(value)?.[1];
      if (!streamKey) continue;
      const entry = wiring.get(streamKey);
      const role = (STREAM_ROLES[fn.name] as Readonly<Record<string, StreamRole | undefined>>)[configKey];
      if (!entry || !role) {
        problems.push(
          `function ${fn.name} names stream ${streamKey} in ${configKey}, a role STREAM_ROLES does not declare`,
        );
        continue;
      }
      if (role.produces) entry.producers.push({ fn: fn.name, kind: role.produces });
      if (role.consumes) entry.consumers.push({ type: "function", fn: fn.name, via: `GetMessages (${configKey})` });
    }
  }
  for (const connector of Object.values<any>(json.resource?.oci_sch_service_connector ?? {})) {
    const streamKey = STREAM_REF.exec(connector.source?.stream_id ?? "")?.[1];
    const entry = streamKey ? wiring.get(streamKey) : undefined;
    if (!entry) continue;
    const target = connector.target ?? {};
    const fn =
      target.kind === "functions" ? functions.get(FUNCTION_REF.exec(target.function_id ?? "")?.[1] ?? "") : undefined;
    entry.consumers.push(
      fn
        ? { type: "function", fn: fn.name, via: `connector ${connector.display_name}` }
        : { type: "external", via: `connector ${connector.display_name} to ${target.kind}` },
    );
  }
  for (const entry of wiring.values()) {
    if (!entry.consumers.some((c) => c.type === "function")) {
      entry.consumers.push({ type: "external", via: "the application that reads it (no consumer in the stack)" });
    }
  }
  return { wiring: [...wiring.values()], problems };
}

/** A message as a producer hands it to PutMessages. */
interface Produced {
  readonly key: Buffer | null;
  readonly value: Buffer;
}

function configOf(json: Record<string, any>, fn: FunctionName): Record<string, string> {
  const body = Object.values<any>(json.resource?.oci_functions_function ?? {}).find(
    (f) => functionName(f.display_name) === fn,
  );
  return body?.config ?? {};
}

/** The target names populate accepts. */
function targetNamesOf(json: Record<string, any>): string[] {
  return (configOf(json, "populate").TARGET_NAMES ?? "").split(",").filter((h) => h !== "");
}

/**
 * A delivering function's targets, parsed by its own config schema. Terraform turns `$${` back into `${` at apply,
 * and a reference becomes an OCID: a secret reference stands in as a secret OCID here.
 */
function targetsOf(json: Record<string, any>, fn: FunctionName): ReadonlyMap<string, Target> {
  const text = (configOf(json, fn).TARGETS ?? "")
    .replace(/(?<!\$)\$\{oci_vault_secret\.[^}]+\}/g, "ocid1.vaultsecret.oc1..contract")
    .replace(/\$\$\{/g, "${")
    .replace(/%%\{/g, "%{");
  const parsed = targetsConfigSchema.safeParse(text);
  if (!parsed.success) throw new Error(`${fn}: TARGETS refused by its own schema: ${parsed.error.message}`);
  return parsed.data;
}

/** Delivered as the connector and GetMessages deliver: base64 key and value, partition, offset, timestamp. */
function delivered(stream: string, message: Produced, offset: number): Record<string, unknown> {
  return toWireMessage(stream, {
    partition: "0",
    offset,
    key: message.key,
    value: message.value,
    timestamp: new Date(0),
  });
}

/** Messages of each kind, built by the code of the producer that writes them, with the stack's own settings. */
export function producedMessages(json: Record<string, any>, kind: MessageKind): Produced[] {
  switch (kind) {
    case "target-request": {
      const names = targetNamesOf(json);
      const checked = checkMessagesRequest(
        {
          messages: names.flatMap((target) => [
            { key: "customer-42", value: { target, method: "POST", path: "/orders", payload: { id: 1 } } },
            { value: { target, method: "GET", path: "/orders/1?full=true", headers: { "X-Trace": "t1" } } },
          ]),
        },
        names,
        "shop",
      );
      if (!checked.ok) throw new Error(`populate refused its own sample: ${JSON.stringify(checked.problems)}`);
      return checked.messages.map((m) => ({
        key: m.key === null ? null : Buffer.from(m.key),
        value: Buffer.from(m.value),
      }));
    }
    case "object-reference": {
      // BUCKET_NAME refers to the bucket resource; Terraform puts the bucket's name there at apply.
      const configured = configOf(json, "claim-check").BUCKET_NAME ?? "ingest";
      const byRef = /^\$\{oci_objectstorage_bucket\.([^.]+)\.name\}$/.exec(configured);
      const bucket: string = byRef ? json.resource.oci_objectstorage_bucket[byRef[1]].name : configured;
      const event = objectEventSchema.parse({
        eventType: "com.oraclecloud.objectstorage.createobject",
        eventID: "contract-event-1",
        eventTime: "2026-11-23T10:15:30Z",
        data: { resourceName: "in/report.json", additionalDetails: { bucketName: bucket, namespace: "tenancyns" } },
      });
      const location = {
        regionId: "us-ashburn-1",
        secondLevelDomain: "oraclecloud.com",
        namespace: "tenancyns",
        bucket,
        name: "in/report.json",
      };
      const metadata = { etag: "etag-1", size: 7, contentType: "application/json" };
      return [
        referenceMessage(event, location, metadata),
        referenceMessage(event, location, metadata, Buffer.from('{"a":1}')),
      ].map(({ message }) => ({ key: Buffer.from(message.key!), value: Buffer.from(message.value) }));
    }
    case "error-record": {
      // Records carry what process and retry read: data-stream messages as the connector delivers them.
      const originals = producedMessages(json, "target-request").map((m, i) =>
        delivered("ocid1.stream.oc1..data", m, i),
      );
      return originals
        .flatMap((original) =>
          [
            failureRecord(
              original,
              { verdict: "recoverable", status: 503, error: "target answered 503", target: "erp", client: "shop" },
              "recoverable",
              1,
            ),
            failureRecord(
              original,
              { verdict: "unrecoverable", status: 404, error: "target answered 404", target: "erp", client: "shop" },
              "unrecoverable",
              2,
            ),
          ].map(errorMessage),
        )
        .map((m) => ({ key: m.key, value: Buffer.from(m.value) }));
    }
  }
}

/** Why a function refuses a message it reads from a stream, by its own parser; undefined when it accepts it. */
export function refusal(
  json: Record<string, any>,
  consumer: FunctionName,
  message: Record<string, unknown>,
): string | undefined {
  switch (consumer) {
    case "process": {
      const prepared = prepare(message, targetsOf(json, "process"));
      return prepared.ok ? undefined : outcomeError(prepared.outcome);
    }
    case "retry": {
      const parsed = parseErrorRecord(Buffer.from(message.value as string, "base64"));
      if (!parsed.ok) return parsed.problem;
      const prepared = prepare(parsed.record.original, targetsOf(json, "retry"));
      return prepared.ok ? undefined : `its original: ${outcomeError(prepared.outcome)}`;
    }
    default:
      return `${consumer} has no stream parser in this check: add it to refusal()`;
  }
}

function outcomeError(outcome: DeliveryOutcome): string {
  return "error" in outcome ? outcome.error : outcome.verdict;
}

const ROOT = path.join(__dirname, "..", "..");

/** Top-level fields of a kind's messages that its documented section does not name (as `"field"` or `field`). */
export function undocumentedFields(kind: MessageKind, messages: readonly Produced[]): string[] {
  const { file, section } = DOCUMENTED_SCHEMAS[kind];
  const text = fs.readFileSync(path.join(ROOT, file), "utf8");
  const start = text.indexOf(`${section}\n`);
  if (start < 0) return [`${file} has no section "${section}"`];
  const level = section.split(" ")[0];
  const next = text.slice(start + section.length).search(new RegExp(`\\n#{1,${level.length}} `));
  const body = next < 0 ? text.slice(start) : text.slice(start, start + section.length + next);
  const fields = new Set(messages.flatMap((m) => Object.keys(JSON.parse(m.value.toString("utf8")))));
  return [...fields]
    .filter((f) => !body.includes(`"${f}"`) && !body.includes(`\`${f}\``))
    .map((f) => `${file} "${section}" does not document field "${f}"`);
}

/** Every broken contract of the stack: a consumer refusing a producer's message, or an external kind undocumented. */
export function checkMessageContracts(json: Record<string, any>): string[] {
  const { wiring, problems } = streamWiring(json);
  for (const { stream, producers, consumers } of wiring) {
    for (const { fn: producer, kind } of producers) {
      const messages = producedMessages(json, kind);
      for (const consumer of consumers) {
        if (consumer.type === "external") {
          for (const gap of undocumentedFields(kind, messages)) {
            problems.push(`stream ${stream}: ${kind} messages from ${producer} reach ${consumer.via}, but ${gap}`);
          }
          continue;
        }
        messages.forEach((message, offset) => {
          const reason = refusal(json, consumer.fn, delivered(stream, message, offset));
          if (reason) {
            problems.push(
              `stream ${stream}: ${kind} messages from ${producer} are refused by ${consumer.fn} (${consumer.via}): ${reason}`,
            );
          }
        });
      }
    }
  }
  return [...new Set(problems)];
}

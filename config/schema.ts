import * as ipaddr from "ipaddr.js";
import { z } from "zod";
import { DEFAULT_INLINE_MAX_BYTES, inlineMaxBytesSchema } from "../lib/object-reference-limits";
import { MAX_TIMEOUT_IN_SECONDS, MEMORY_IN_MBS_CHOICES, MIN_TIMEOUT_IN_SECONDS } from "../lib/functions-limits";
import { LOG_RETENTION_DAYS_CHOICES } from "../lib/logging-limits";
import {
  DEFAULT_MAX_PARTITIONS_PER_STREAM,
  MAX_RETENTION_HOURS,
  MIN_RETENTION_HOURS,
  partitionsForThroughput,
} from "../lib/streaming-limits";
import {
  DEFAULT_IDEMPOTENCY_KEY_HEADER,
  DEFAULT_MAX_ATTEMPTS,
  DEFAULT_MAX_CONCURRENCY,
  idempotencyKeyHeaderSchema,
  DEFAULT_METRICS_NAMESPACE,
  metricsNamespaceSchema,
  maxAttemptsSchema,
  maxConcurrencySchema,
} from "../lib/data-sync/config";
import {
  backoffBaseSecondsSchema,
  backoffJitterRatioSchema,
  backoffMaxSecondsSchema,
  backoffMultiplierSchema,
  DEFAULT_BACKOFF,
  DEFAULT_SCHEDULED_RETRY_COUNT,
  scheduledRetryCountSchema,
} from "../lib/data-sync/backoff";
import { expressionProblem } from "../lib/data-sync/expression-problem";
import { HEADER_NAME } from "../lib/data-sync/http-names";
import { TARGET_NAME, TARGET_NAME_RULE } from "../lib/data-sync/named-settings";
import { baseUrlSchema, TARGET_CONCURRENCY_RANGE, TARGET_TIMEOUT_RANGE } from "../lib/data-sync/targets";

/**
 * The shape of a `config/<environment>.json` file. Every object is strict: an unknown key (a typo)
 * is an error, never silently ignored.
 */

/** OCIDs look like `ocid1.<kind>.<realm>.[region].<unique id>`; `kind` is checked so a VCN OCID cannot pass as a compartment. */
export function ocid(kind: string) {
  const pattern = new RegExp(`^ocid1\\.${kind}\\.oc[0-9]+\\.[a-z0-9-]*(\\.[a-z0-9-]+)?\\.[a-z0-9]{8,}$`);
  return z.string().regex(pattern, { message: `must be an OCID of kind "${kind}" (ocid1.${kind}.oc1..<unique id>)` });
}

export function parseCidr(value: string): [ipaddr.IPv4, number] | undefined {
  if (!ipaddr.IPv4.isValidCIDR(value)) return undefined;
  const [address, bits] = ipaddr.IPv4.parseCIDR(value);
  // OCI rejects a CIDR whose address has host bits set (10.0.0.1/16); say so at synth instead.
  const network = ipaddr.IPv4.networkAddressFromCIDR(value);
  return network.toString() === address.toString() ? [address, bits] : undefined;
}

const cidr = z.string().refine((v) => parseCidr(v) !== undefined, {
  message: "must be an IPv4 CIDR block with no host bits set, such as 10.0.0.0/16",
});

/** True when every address of `inner` is inside `outer`. */
export function cidrContains(outer: string, inner: string): boolean {
  const o = parseCidr(outer);
  const i = parseCidr(inner);
  return !!o && !!i && i[1] >= o[1] && i[0].match(o);
}

export function cidrsOverlap(a: string, b: string): boolean {
  return cidrContains(a, b) || cidrContains(b, a);
}

const tagMap = z.record(
  z.string().regex(/^[A-Za-z0-9_.-]{1,100}$/, { message: "tag keys are 1 to 100 letters, digits, '_', '.' or '-'" }),
  z.string().max(256, { message: "tag values are at most 256 characters" }),
);

export const networkSchema = z
  .strictObject({
    /** The VCN's address range; both subnets must fit inside it. */
    vcnCidr: cidr,
    /** The public subnet holds the API gateway only. */
    publicSubnetCidr: cidr,
    /** The private subnet holds the functions and the stream pool's private endpoint. */
    privateSubnetCidr: cidr,
    /** Who may reach the API gateway on 443. */
    apiIngressCidrs: z.array(cidr).min(1).default(["0.0.0.0/0"]),
    /** Days that VCN flow logs are kept (OCI accepts 30-day steps up to 180). */
    flowLogRetentionInDays: z
      .number()
      .int()
      .refine((d) => (LOG_RETENTION_DAYS_CHOICES as readonly number[]).includes(d), {
        message: `must be one of ${LOG_RETENTION_DAYS_CHOICES.join(", ")}`,
      })
      .default(30),
  })
  .superRefine((net, ctx) => {
    for (const field of ["publicSubnetCidr", "privateSubnetCidr"] as const) {
      if (parseCidr(net.vcnCidr) && parseCidr(net[field]) && !cidrContains(net.vcnCidr, net[field])) {
        ctx.addIssue({
          code: "custom",
          path: [field],
          input: net[field],
          message: `must fit inside the VCN CIDR ${net.vcnCidr}`,
        });
      }
    }
    if (cidrsOverlap(net.publicSubnetCidr, net.privateSubnetCidr)) {
      ctx.addIssue({
        code: "custom",
        path: ["privateSubnetCidr"],
        input: net.privateSubnetCidr,
        message: `overlaps the public subnet ${net.publicSubnetCidr}; subnets of one VCN must not overlap`,
      });
    }
  });

const retentionHours = z.number().int().min(MIN_RETENTION_HOURS).max(MAX_RETENTION_HOURS).default(MIN_RETENTION_HOURS);

/**
 * One stream. OCI cannot change partitions or retention of an existing stream: changing either here
 * destroys and recreates the stream on the next deploy, and its messages are lost (synth warns).
 */
export const streamSchema = z
  .strictObject({
    /** Partitions; give this or `peakWriteMbPerSecond`. */
    partitions: z.number().int().min(1).optional(),
    /** Peak write rate in MB/s: partitions = ceil(peak / 1 MB/s), since a partition takes 1 MB/s of writes. */
    peakWriteMbPerSecond: z.number().positive().optional(),
    /** Hours a message is kept, 24 to 168. */
    retentionInHours: retentionHours,
  })
  .refine((s) => (s.partitions === undefined) !== (s.peakWriteMbPerSecond === undefined), {
    message: "give exactly one of partitions or peakWriteMbPerSecond",
  })
  .transform(({ partitions, peakWriteMbPerSecond, retentionInHours }) => ({
    partitions: partitions ?? partitionsForThroughput(peakWriteMbPerSecond!),
    retentionInHours,
  }));

/** The stack's streams, by their key under streaming.streams. */
export const STREAM_KEYS = ["data", "recoverable", "unrecoverable", "fileReferences"] as const;
export type StreamKey = (typeof STREAM_KEYS)[number];

/** A Kubernetes name (RFC 1123 label) as OKE workload identity matches it. */
const kubernetesName = z.string().regex(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/, {
  message: "must be a Kubernetes name (lower-case letters, digits and '-', at most 63)",
});

/**
 * Who a stream client is, as OCI policy subjects name it ("Policy Syntax: Subjects",
 * https://docs.oracle.com/iaas/Content/Identity/policysyntax/subject.htm): a group (users, such as a Kafka client's
 * user), a dynamic group (instances), or an OKE workload (a service account of an enhanced cluster, "Granting
 * Workloads Access to OCI Resources", https://docs.oracle.com/en-us/iaas/Content/ContEng/Tasks/contenggrantingworkloadaccesstoresources.htm).
 */
export const streamPrincipalSchema = z.discriminatedUnion(
  "type",
  [
    z.strictObject({ type: z.literal("group"), id: ocid("group") }),
    z.strictObject({ type: z.literal("dynamic-group"), id: ocid("dynamicgroup") }),
    z.strictObject({
      type: z.literal("oke-workload"),
      clusterId: ocid("cluster"),
      namespace: kubernetesName,
      serviceAccount: kubernetesName,
    }),
  ],
  { error: 'must be a principal of type "group", "dynamic-group" or "oke-workload"' },
);

/** One application of yours that produces to or consumes from the stack's streams. */
export const streamClientSchema = z.strictObject({
  principal: streamPrincipalSchema,
  /** The streams it may use, by key under streaming.streams, and how. */
  streams: z.record(z.string(), z.enum(["push", "pull", "both"], { error: 'must be "push", "pull" or "both"' })),
  /**
   * It connects through the Kafka API (SASL/PLAIN with a user's auth token, so a group only). The Streaming docs ask
   * for `manage streams` for Kafka users; the stack grants it on the named streams only, without deleting or moving them, and without producing
   * to a stream the client only pulls from (or consuming from one it only pushes to).
   */
  kafka: z.boolean().default(false),
});

export const streamingSchema = z
  .strictObject({
    /** Put the pool on the public Streaming endpoint instead of a private endpoint. Development only. */
    publicEndpoint: z.boolean().default(false),
    /** The most partitions one stream may have: a guard against typos eating the tenancy's partition limit. */
    maxPartitionsPerStream: z.number().int().min(1).max(200).default(DEFAULT_MAX_PARTITIONS_PER_STREAM),
    /** Defaults for topics created through the Kafka API (auto-create stays off). */
    kafka: z
      .strictObject({
        defaultPartitions: z.number().int().min(1).default(1),
        logRetentionHours: retentionHours,
      })
      .prefault({}),
    /** Your own producers and consumers, by a name of yours: each gets scoped statements on the streams it names. */
    clients: z.record(z.string(), streamClientSchema).default({}),
    streams: z.strictObject({
      /** Messages to process. */
      data: streamSchema,
      /** Messages that failed for a reason that may pass (429, 5xx, timeouts): to retry later. */
      recoverable: streamSchema,
      /** Dead letters: messages that will never succeed as they are (4xx, invalid). */
      unrecoverable: streamSchema,
      /** Object references from claim-check, for your application that processes the files (nothing here reads them). */
      fileReferences: streamSchema.prefault({ partitions: 1 }),
    }),
  })
  .superRefine((streaming, ctx) => {
    for (const [name, client] of Object.entries(streaming.clients)) {
      const streams = Object.keys(client.streams);
      if (streams.length === 0) {
        ctx.addIssue({ code: "custom", path: ["clients", name, "streams"], message: "must name at least one stream" });
      }
      for (const stream of streams.filter((s) => !(STREAM_KEYS as readonly string[]).includes(s))) {
        ctx.addIssue({
          code: "custom",
          path: ["clients", name, "streams", stream],
          input: stream,
          message: `is not a stream of this stack (streams: ${STREAM_KEYS.join(", ")})`,
        });
      }
      if (client.kafka && client.principal.type !== "group") {
        ctx.addIssue({
          code: "custom",
          path: ["clients", name, "kafka"],
          input: client.principal.type,
          message:
            "needs a group principal: Kafka clients authenticate as a user with an auth token (SASL/PLAIN), " +
            `not as a ${client.principal.type}`,
        });
      }
    }
    for (const [name, stream] of Object.entries(streaming.streams)) {
      if (stream.partitions > streaming.maxPartitionsPerStream) {
        ctx.addIssue({
          code: "custom",
          path: ["streams", name, "partitions"],
          input: stream.partitions,
          message: `must be at most maxPartitionsPerStream (${streaming.maxPartitionsPerStream})`,
        });
      }
    }
  });

/**
 * An OCI Bastion in the private subnet: the way in to a private stream pool, whose producers and consumers must be
 * inside its subnet (Streaming API, PrivateEndpointDetails.subnetId). Without this section there is no bastion.
 */
export const bastionSchema = z.strictObject({
  /** Networks allowed to open and use sessions (your office, your VPN's egress); never every address. */
  clientCidrBlockAllowList: z
    .array(
      cidr.refine((v) => parseCidr(v)?.[1] !== 0, {
        message: "must name a network, not every address: a bastion is never opened to 0.0.0.0/0",
      }),
    )
    .min(1, { message: "must list at least one network, or leave out the bastion section" }),
  /** Longest session, 1800 to 10800 seconds (3 hours, OCI's maximum). */
  maxSessionTtlInSeconds: z.number().int().min(1800).max(10800).default(10800),
});

/** Every function of the project, by its folder under functions/. */
export const FUNCTION_NAMES = ["claim-check", "populate", "process", "retry", "authorizer"] as const;
export type FunctionName = (typeof FUNCTION_NAMES)[number];

const functionSettings = z.strictObject({
  /** Memory in MB: one of 128, 256, 512, 1024, 2048, 3072 (OCI takes no other size). */
  memoryInMbs: z
    .number()
    .refine((mb) => (MEMORY_IN_MBS_CHOICES as readonly number[]).includes(mb), {
      message: `must be one of ${MEMORY_IN_MBS_CHOICES.join(", ")}`,
    })
    .optional(),
  /** Seconds before OCI stops an invocation, 5 to 300. */
  timeoutInSeconds: z.number().int().min(MIN_TIMEOUT_IN_SECONDS).max(MAX_TIMEOUT_IN_SECONDS).optional(),
  /** Deploy this image instead of building one from the function's bundle. */
  prebuiltImage: z
    .string()
    .regex(/^[a-z0-9.-]+\.ocir\.io\/[a-z0-9._/-]+:[A-Za-z0-9_.-]+$/, {
      message: "must be an OCI Registry image reference, <region>.ocir.io/<namespace>/<repository>:<tag>",
    })
    .optional(),
});

export const functionsSchema = z
  .strictObject(
    Object.fromEntries(FUNCTION_NAMES.map((name) => [name, functionSettings.optional()])) as {
      [K in FunctionName]: z.ZodOptional<typeof functionSettings>;
    },
  )
  .default({});

export const ingestionSchema = z
  .strictObject({
    /** Bucket name; unique in the tenancy's namespace. Default: <namePrefix>-<environment>-ingest. */
    bucketName: z
      .string()
      .regex(/^[A-Za-z0-9_.-]{1,256}$/, { message: "must be 1 to 256 letters, digits, '_', '.' or '-'" })
      .optional(),
    /** Also publish a message when an object is overwritten, not only when it is created. */
    includeUpdates: z.boolean().default(false),
    /** Objects up to this size travel inside the message too (0 = references only). */
    inlineMaxBytes: z._default(inlineMaxBytesSchema, DEFAULT_INLINE_MAX_BYTES),
    /** Removed: a reader of the file-references stream is a streaming.clients entry; refused with how to migrate. */
    consumers: z.unknown().optional(),
  })
  .superRefine((ingestion, ctx) => {
    // One way to grant a reader of a stream: streaming.clients, which also covers OKE workloads and Kafka.
    if (ingestion.consumers === undefined) return;
    const entries = [ingestion.consumers].flat().map((id, i) => {
      const type = String(id).startsWith("ocid1.dynamicgroup.") ? "dynamic-group" : "group";
      return `"files-reader-${i + 1}": {"principal": {"type": "${type}", "id": ${JSON.stringify(id)}}, "streams": {"fileReferences": "pull"}}`;
    });
    ctx.addIssue({
      code: "custom",
      path: ["consumers"],
      input: ingestion.consumers,
      message:
        `moved to streaming.clients, which grants the same read of the file-references stream: ${entries.join(", ")} ` +
        '(docs/configuration.md, "Migrating from ingestion.consumers")',
    });
  })
  .prefault({});

/** Runs a zod/mini schema of lib/ inside a classic one, so a rule the functions apply is written once. */
function libRule(schema: { safeParse(value: unknown): { error?: { issues: { message: string }[] } } }) {
  return (value: unknown, ctx: z.RefinementCtx) => {
    for (const issue of schema.safeParse(value).error?.issues ?? []) {
      ctx.addIssue({ code: "custom", message: issue.message, input: value });
    }
  };
}

/** A JSONata expression: compiled here, so a bad one fails synth naming the target and jsonata's error. */
const expression = z
  .string()
  .min(1)
  .superRefine((text, ctx) => {
    const problem = expressionProblem(text);
    if (problem)
      ctx.addIssue({ code: "custom", message: `is not a valid JSONata expression: ${problem}`, input: text });
  });

export const targetAuthConfigSchema = z.discriminatedUnion("type", [
  /** The secret is a token, sent as `Authorization: Bearer <secret>`. */
  z.strictObject({ type: z.literal("bearer") }),
  /** The secret is `user:password`, sent as HTTP Basic (RFC 7617). */
  z.strictObject({ type: z.literal("basic") }),
  /** The secret is sent as the value of this header (an API key header such as X-Api-Key). */
  z.strictObject({
    type: z.literal("header"),
    header: z
      .string()
      .regex(HEADER_NAME, { message: "must be an HTTP header name" })
      .refine((name) => !["host", "content-length", "content-type", "transfer-encoding"].includes(name.toLowerCase()), {
        message: "must not be a header the HTTP client owns (Host, Content-Length, Content-Type, Transfer-Encoding)",
      }),
  }),
  /** OAuth2 client credentials: the secret is `{"clientId", "clientSecret"}`; tokens are cached until they expire. */
  z.strictObject({
    type: z.literal("oauth2"),
    tokenUrl: z.url({ protocol: /^https$/, message: "must be an https:// URL" }),
    scope: z
      .string()
      .regex(/^[\x21\x23-\x5b\x5d-\x7e]+( [\x21\x23-\x5b\x5d-\x7e]+)*$/, {
        message: "must be space-separated OAuth2 scope tokens (RFC 6749 section 3.3)",
      })
      .optional(),
  }),
]);

/** One target REST API: where messages naming it go, and how the functions authenticate to it. */
export const targetSchema = z.strictObject({
  /** https://host[:port][/path]; a message adds only a path below it. */
  baseUrl: z.string().superRefine(libRule(baseUrlSchema)),
  auth: targetAuthConfigSchema,
  /** An existing Vault secret with this target's credential. Default: a new secret <prefix>-target-<name>. */
  secretId: ocid("vaultsecret").optional(),
  /** Longest one call may take, in milliseconds. */
  timeoutMs: z
    .number()
    .int()
    .min(TARGET_TIMEOUT_RANGE.min)
    .max(TARGET_TIMEOUT_RANGE.max)
    .default(TARGET_TIMEOUT_RANGE.default),
  /** Calls in flight to this target at once, per invocation. */
  concurrency: z
    .number()
    .int()
    .min(TARGET_CONCURRENCY_RANGE.min)
    .max(TARGET_CONCURRENCY_RANGE.max)
    .default(TARGET_CONCURRENCY_RANGE.default),
  /** Overrides of how statuses are classified, e.g. {"409": "delivered", "404": "recoverable"}. */
  statusMapping: z
    .record(
      z.string().regex(/^[1-5][0-9][0-9]$/, { message: "keys must be HTTP statuses (100-599)" }),
      z.enum(["delivered", "recoverable", "unrecoverable"]),
    )
    .default({}),
  /** false pauses the target: its messages wait on the recoverable stream (attempts unchanged) until it is resumed. */
  enabled: z.boolean().default(true),
  /** JSONata over the message ({key, client, target, method, path, headers, payload}): send only when true. */
  filter: expression.optional(),
  /** JSONata over the message: its result is the payload sent instead of the message's own. */
  transform: expression.optional(),
});

/**
 * A JWT claim name the deployment can name in `request.auth[<claim>]` and `verify_claims.key`: OCI documents no
 * syntax for context-table keys, so ours keeps to characters that cannot close the brackets or the `${...}` of a
 * header template.
 */
const JWT_CLAIM_NAME = /^[A-Za-z_][A-Za-z0-9_.:-]{0,63}$/;
const JWT_CLAIM_NAME_RULE =
  "must be a claim name: a letter or '_', then up to 63 letters, digits, '_', '.', ':' or '-'";
/** Claims that say nothing about which client sent the token. */
const RESERVED_CLIENT_CLAIMS = ["scope", "iss", "aud", "exp", "nbf", "iat"];
/**
 * A client's claim value: the client token of its usage-plan subscriber and the value of CLIENT_HEADER. No spaces or
 * commas (the gateway joins a header's values with commas) and no `$`, `%` or braces (Terraform would read them as
 * interpolation); enough for `sub`s such as `auth0|5f7c`, `svc@clients` or a client id. 255 is our bound, as OCI
 * documents no length for a subscriber's client token.
 */
export const JWT_CLAIM_VALUE = /^[A-Za-z0-9._:@|/+=~-]{1,255}$/;
const JWT_CLAIM_VALUE_RULE = "must be 1 to 255 letters, digits or any of . _ : @ | / + = ~ -";

export const apiAuthenticationSchema = z.discriminatedUnion("type", [
  /** A bearer token checked by the authorizer function against a Vault secret (the default). */
  z.strictObject({ type: z.literal("authorizer") }),
  /** JWTs validated by the gateway against the issuer's JWKS. */
  z.strictObject({
    type: z.literal("jwt"),
    issuers: z.array(z.url({ protocol: /^https$/ })).min(1),
    audiences: z.array(z.string().min(1)).min(1),
    jwksUri: z.url({ protocol: /^https$/ }),
    /**
     * The claim that names the API client (dataSync.clients.<name>.claimValue), e.g. `sub` or `client_id`. The
     * gateway requires it in every token, and its value is the client's usage-plan token.
     */
    clientClaim: z
      .string()
      .regex(JWT_CLAIM_NAME, { message: JWT_CLAIM_NAME_RULE })
      .refine((claim) => !RESERVED_CLIENT_CLAIMS.includes(claim), {
        message: `must be a claim that identifies the client, not one of ${RESERVED_CLIENT_CLAIMS.join(", ")}`,
      })
      .default("sub"),
  }),
  /** No authentication: only when an environment says so, with the reason (the security rules record it). */
  z.strictObject({ type: z.literal("none"), reason: z.string().min(10, { message: "say why the API may be open" }) }),
]);

/**
 * Requests per second the gateway may be set to, per client IP (MessagesApi) and per API client (ApiClientPlan): our
 * guard, as OCI documents no range for either; checked by the config and by both constructs.
 */
export const API_RATE_LIMIT_PER_SECOND = { min: 1, max: 10000 } as const;

/**
 * One API client (a producer or an operator): its own bearer token in its own Vault secret (never in Terraform), its
 * own usage plan (rate limit and quota), and the targets it may send to.
 */
export const apiClientSchema = z.strictObject({
  /** Targets (keys of dataSync.targets) this client's messages may name; none for an operator that only retries. */
  allowedTargets: z.array(z.string()).default([]),
  /**
   * May call the operator routes (`POST /v1/retry`): the authorizer gives it the `operator` scope; with JWT its token
   * must carry that scope and the retry function checks this flag too.
   */
  operator: z.boolean().default(false),
  /** Requests per second for this client, enforced by its usage plan (rate_limit unit SECOND). */
  rateLimitPerSecond: z.number().int().min(API_RATE_LIMIT_PER_SECOND.min).max(API_RATE_LIMIT_PER_SECOND.max).optional(),
  /** Requests per period for this client, enforced by its usage plan; the period resets on the calendar. */
  quota: z
    .strictObject({
      /** OCI's quota units (API model Quota.unit): MINUTE, HOUR, DAY, WEEK, MONTH. */
      unit: z.enum(["MINUTE", "HOUR", "DAY", "WEEK", "MONTH"]),
      value: z.number().int().min(1),
      /** REJECT refuses requests over the quota; ALLOW lets them through (and counts them). */
      operationOnBreach: z.enum(["REJECT", "ALLOW"]).default("REJECT"),
    })
    .optional(),
  /** An existing Vault secret with this client's token. Default: a new secret <prefix>-client-<name>. */
  secretId: ocid("vaultsecret").optional(),
  /**
   * JWT authentication only: the value of the token's `dataSync.api.authentication.clientClaim` (e.g. its `sub`) that
   * identifies this client. Required then, and unique across clients.
   */
  claimValue: z.string().regex(JWT_CLAIM_VALUE, { message: JWT_CLAIM_VALUE_RULE }).optional(),
});

/** Messages per batch when the config names no size: what one process invocation delivers within its deadline. */
export const DEFAULT_BATCH_SIZE_IN_NUM = 100;
export const DEFAULT_BATCH_TIME_IN_SEC = 5;
/** The connector batching ranges, written once: the config checks them, and so does the connector construct. */
export const CONNECTOR_BATCH_LIMITS = {
  batchSizeInKbs: { min: 1, max: 6144 },
  batchSizeInNum: { min: 1, max: 10000 },
  batchTimeInSec: { min: 1, max: 600 },
} as const;
const { batchSizeInKbs: kbs, batchSizeInNum: num, batchTimeInSec: sec } = CONNECTOR_BATCH_LIMITS;

/**
 * Batching of the data-to-process connector. OCI takes one size limit, in kilobytes or in messages ("Only one size
 * option can be specified: batchSizeInKbs or batchSizeInNum": SDK model FunctionsTargetDetails, provider docs of
 * oci_sch_service_connector target.batch_size_in_kbs); with neither, batches hold DEFAULT_BATCH_SIZE_IN_NUM messages.
 * The ranges are ours: OCI documents none for these fields (see __tests__/support/argument-constraints.ts).
 */
export const connectorSchema = z
  .strictObject({
    /** Batch size limit in kilobytes; give this or batchSizeInNum, not both. */
    batchSizeInKbs: z.number().int().min(kbs.min).max(kbs.max).optional(),
    /** Batch size limit in messages; give this or batchSizeInKbs, not both. */
    batchSizeInNum: z.number().int().min(num.min).max(num.max).optional(),
    /** Seconds the connector waits to fill a batch. */
    batchTimeInSec: z.number().int().min(sec.min).max(sec.max).default(DEFAULT_BATCH_TIME_IN_SEC),
  })
  .superRefine((connector, ctx) => {
    if (connector.batchSizeInKbs !== undefined && connector.batchSizeInNum !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["batchSizeInNum"],
        input: connector.batchSizeInNum,
        message:
          `cannot be set together with batchSizeInKbs (${connector.batchSizeInKbs}): OCI takes only one batch size, ` +
          `either batchSizeInKbs (${kbs.min}-${kbs.max}) or batchSizeInNum (${num.min}-${num.max}); remove one`,
      });
    }
  })
  .transform(({ batchSizeInKbs, batchSizeInNum, batchTimeInSec }) => ({
    ...(batchSizeInKbs === undefined
      ? { batchSizeInNum: batchSizeInNum ?? DEFAULT_BATCH_SIZE_IN_NUM }
      : { batchSizeInKbs }),
    batchTimeInSec,
  }));

/**
 * Lifecycle rules of an archive bucket: objects move to the Archive tier after `archiveAfterDays` and are deleted
 * after `deleteAfterDays` (each optional; both unset keeps them in Standard for ever).
 */
const lifecycleSchema = z
  .strictObject({
    archiveAfterDays: z.number().int().min(1).max(36500).optional(),
    deleteAfterDays: z.number().int().min(1).max(36500).optional(),
  })
  .superRefine((rules, ctx) => {
    if (
      rules.archiveAfterDays !== undefined &&
      rules.deleteAfterDays !== undefined &&
      rules.deleteAfterDays <= rules.archiveAfterDays
    ) {
      ctx.addIssue({
        code: "custom",
        path: ["deleteAfterDays"],
        input: rules.deleteAfterDays,
        message: `must be more than archiveAfterDays (${rules.archiveAfterDays}): an object is archived before it is deleted`,
      });
    }
  });

/** An Object Storage bucket name (CreateBucketDetails.name: letters, digits, '_', '.', '-'). */
const bucketNameSchema = z
  .string()
  .regex(/^[A-Za-z0-9_.-]{1,256}$/, { message: "must be 1 to 256 letters, digits, '_', '.' or '-'" });

const alarmSwitch = { enabled: z.boolean().default(true) };
const countThreshold = (fallback: number) => z.number().int().min(0).max(1_000_000).default(fallback);

/**
 * The operations alarms (constructs/patterns/data-sync-alarms.ts): whether each exists and its threshold. Defaults:
 * every alarm on; backlog CRITICAL at half the recoverable stream's retention; connector data older than 30
 * minutes; any function error or throttle; more than 100 API 4xx answers in 5 minutes; any 5xx.
 */
export const alarmsSchema = z
  .strictObject({
    /** The oldest recoverable message has spent this share of the stream's retention on it (CRITICAL). */
    recoverableBacklogAge: z
      .strictObject({ ...alarmSwitch, retentionShare: z.number().min(0.05).max(0.95).default(0.5) })
      .prefault({}),
    /** The retry function published no backlog metric for three schedule intervals: it is not running. */
    retryNotRunning: z.strictObject(alarmSwitch).prefault({}),
    /** A connector's DataFreshness (age of the latest data it moved, in ms per Connector Hub) above this. */
    connectorFreshness: z
      .strictObject({ ...alarmSwitch, thresholdMinutes: z.number().int().min(1).max(1440).default(30) })
      .prefault({}),
    /** Errors reading a connector's source or writing its target (both connectors). */
    connectorErrors: z.strictObject(alarmSwitch).prefault({}),
    /**
     * Per target (dataSync.targets): its messages recorded as failed recoverably, per 5 minutes, above this (WARNING),
     * and any of its messages dead-lettered (ERROR). Each alarm names the target.
     */
    targetFailures: z.strictObject({ ...alarmSwitch, threshold: countThreshold(0) }).prefault({}),
    /** Error answers of each function, per 5 minutes, above this. */
    functionErrors: z.strictObject({ ...alarmSwitch, threshold: countThreshold(0) }).prefault({}),
    /** Throttled invocations (HTTP 429 from Functions) of each function, per 5 minutes, above this. */
    functionThrottles: z.strictObject({ ...alarmSwitch, threshold: countThreshold(0) }).prefault({}),
    /** API answers 4xx per 5 minutes above this: a client sending bad requests, or a credential gone wrong. */
    api4xx: z.strictObject({ ...alarmSwitch, threshold: countThreshold(100) }).prefault({}),
    /** API answers 5xx per 5 minutes above this. */
    api5xx: z.strictObject({ ...alarmSwitch, threshold: countThreshold(0) }).prefault({}),
  })
  .prefault({});

/** Intervals a 5-field cron expression repeats evenly: divisors of an hour, or of a day in whole hours. */
export const SCHEDULE_INTERVALS_IN_MINUTES = [5, 10, 15, 20, 30, 60, 120, 180, 240, 360, 480, 720, 1440] as const;

/**
 * Scheduled retry of the recoverable stream (Resource Scheduler) and the back-off by attempt each run honours: a
 * message is due again `min(maxSeconds, baseSeconds * multiplier^(attempt - 1))` seconds, less up to `jitterRatio`
 * of it, after its last failure. Defaults: every 60 minutes, 500 messages a run, 60 s, x2, 1 h, 0.2.
 */
export const retrySchema = z.strictObject({
  schedule: z
    .strictObject({
      /** Whether Resource Scheduler runs the retry function; off leaves retries to operators (POST /v1/retry). */
      enabled: z.boolean().default(true),
      /** Minutes between runs: one of SCHEDULE_INTERVALS_IN_MINUTES (a cron expression repeats them evenly). */
      intervalInMinutes: z
        .number()
        .int()
        .refine((n) => (SCHEDULE_INTERVALS_IN_MINUTES as readonly number[]).includes(n), {
          message: `must be one of ${SCHEDULE_INTERVALS_IN_MINUTES.join(", ")} (minutes)`,
        })
        .default(60),
      /** Messages one scheduled run reads from the recoverable stream. */
      count: z._default(scheduledRetryCountSchema, DEFAULT_SCHEDULED_RETRY_COUNT),
    })
    .prefault({}),
  backoff: z
    .strictObject({
      // The retry function's own rules (lib/data-sync/backoff.ts), so config and function cannot disagree.
      /** Seconds after a first failed delivery; 0 turns back-off off. */
      baseSeconds: z._default(backoffBaseSecondsSchema, DEFAULT_BACKOFF.baseSeconds),
      multiplier: z._default(backoffMultiplierSchema, DEFAULT_BACKOFF.multiplier),
      /** The longest wait, whatever the attempt. */
      maxSeconds: z._default(backoffMaxSecondsSchema, DEFAULT_BACKOFF.maxSeconds),
      /** Share of each wait, 0 to 1, taken off at random so failures of one moment spread out. */
      jitterRatio: z._default(backoffJitterRatioSchema, DEFAULT_BACKOFF.jitterRatio),
    })
    .superRefine((backoff, ctx) => {
      if (backoff.maxSeconds < backoff.baseSeconds) {
        ctx.addIssue({
          code: "custom",
          path: ["maxSeconds"],
          input: backoff.maxSeconds,
          message: `must be at least baseSeconds (${backoff.baseSeconds})`,
        });
      }
    })
    .prefault({}),
});

export const dataSyncSchema = z
  .strictObject({
    api: z
      .strictObject({
        /** How API callers authenticate: a bearer token the authorizer function checks, JWTs, or none with a reason. */
        authentication: apiAuthenticationSchema.default({ type: "authorizer" }),
        /** Requests per second per client IP, enforced by the gateway. */
        rateLimitPerSecond: z
          .number()
          .int()
          .min(API_RATE_LIMIT_PER_SECOND.min)
          .max(API_RATE_LIMIT_PER_SECOND.max)
          .default(10),
        /** Origins allowed to call the API from a browser; none by default. */
        corsAllowedOrigins: z.array(z.union([z.url({ protocol: /^https$/ }), z.literal("*")])).default([]),
      })
      .default({ authentication: { type: "authorizer" }, rateLimitPerSecond: 10, corsAllowedOrigins: [] }),
    /** The target REST APIs, by name: a message names one in "target" and gives a path below its base URL. */
    targets: z.record(z.string(), targetSchema).superRefine((targets, ctx) => {
      if (Object.keys(targets).length === 0) ctx.addIssue({ code: "custom", message: "must name at least one target" });
      for (const name of Object.keys(targets).filter((n) => !TARGET_NAME.test(n))) {
        ctx.addIssue({
          code: "custom",
          path: [name],
          input: name,
          message: `target names must be ${TARGET_NAME_RULE}`,
        });
      }
    }),
    /**
     * The API's clients, by name: each presents its own token (checked by the authorizer, or a JWT whose client claim
     * is its claimValue), has its own usage plan, and the messages it sends carry its name.
     */
    clients: z.record(z.string(), apiClientSchema).default({}),
    /** Removed: refused with how to migrate (see superRefine below). */
    allowedTargetHosts: z.unknown().optional(),
    /** How the Service Connector batches data-stream messages for the process function. */
    connector: connectorSchema.prefault({}),
    /** Calls to the target in flight at once, per invocation; messages sharing a key still go one at a time, in order. */
    // The next three take the functions' own rules (lib/data-sync/config.ts), so config and function cannot disagree.
    /** Calls to the targets in flight at once, per invocation; messages sharing a key still go one at a time, in order. */
    maxConcurrency: z._default(maxConcurrencySchema, DEFAULT_MAX_CONCURRENCY),
    /** Deliveries of a message (first try included) before the retry function dead-letters it. */
    maxAttempts: z._default(maxAttemptsSchema, DEFAULT_MAX_ATTEMPTS),
    /** Header that carries each delivery's idempotency key to the target. */
    idempotencyKeyHeader: z._default(idempotencyKeyHeaderSchema, DEFAULT_IDEMPOTENCY_KEY_HEADER),
    /** Which operations alarms exist and their thresholds. */
    alarms: alarmsSchema,
    /**
     * The Management Dashboard of the data sync (constructs/patterns/data-sync-dashboard.ts): a row of charts per
     * stage. Default: deployed; the deploying user then needs `manage management-dashboard-family`.
     */
    dashboard: z.strictObject({ enabled: z.boolean().default(true) }).prefault({}),
    /** The retry function: its schedule and its back-off by attempt (functions/retry/config.ts has the same ranges). */
    retry: retrySchema.prefault({}),
    /**
     * Custom metrics of process and retry (lib/data-sync/delivery-metrics.ts), posted in the functions' compartment
     * with the dimension `deployment = <namePrefix>-<environment>`.
     */
    metrics: z
      .strictObject({
        /** Monitoring namespace: a letter, then letters, digits, underscores; not oci_ or oracle_ (reserved). */
        namespace: z._default(metricsNamespaceSchema, DEFAULT_METRICS_NAMESPACE),
      })
      .prefault({}),
    /**
     * Lifecycle of the dead-letter archive bucket: objects move to the Archive tier after `archiveAfterDays` and are
     * deleted after `deleteAfterDays` (each optional; both unset keeps them in Standard for ever). Defaults: archive
     * after 30 days, never delete.
     */
    archiveLifecycle: lifecycleSchema.default({ archiveAfterDays: 30 }),
    /** Bucket that archives dead letters beyond the stream's retention. Default: <namePrefix>-<environment>-deadletters. */
    archiveBucketName: bucketNameSchema.optional(),
    /**
     * A copy of every data-stream message in a bucket, for audit: a third connector writes the data stream to
     * `<namePrefix>-audit` (or `bucketName`) under `audit/`, with the lifecycle rules of `lifecycle`. Default: off;
     * when on, objects move to the Archive tier after 30 days and are never deleted unless `lifecycle` says so.
     */
    auditArchive: z
      .strictObject({
        enabled: z.boolean().default(false),
        bucketName: bucketNameSchema.optional(),
        lifecycle: lifecycleSchema.default({ archiveAfterDays: 30 }),
      })
      .prefault({}),
  })
  .superRefine((dataSync, ctx) => {
    const clients = Object.entries(dataSync.clients);
    const auth = dataSync.api.authentication;
    if (auth.type === "authorizer" && clients.length === 0) {
      ctx.addIssue({
        code: "custom",
        path: ["clients"],
        message:
          "must name at least one client when dataSync.api.authentication is the authorizer: each gets its own " +
          'token, e.g. {"shop": {"allowedTargets": ["erp"]}, "ops": {"operator": true}}',
      });
    }
    if (auth.type === "jwt" && clients.length === 0) {
      ctx.addIssue({
        code: "custom",
        path: ["clients"],
        message:
          `must name at least one client when dataSync.api.authentication is jwt: each is the token whose ` +
          `"${auth.clientClaim}" claim is its claimValue, e.g. {"shop": {"claimValue": "<shop's ${auth.clientClaim}>", ` +
          '"allowedTargets": ["erp"]}}',
      });
    }
    if (auth.type === "none" && clients.length > 0) {
      ctx.addIssue({
        code: "custom",
        path: ["clients"],
        input: Object.keys(dataSync.clients),
        message: `needs dataSync.api.authentication of type "authorizer" or "jwt" (got "none"): an open API cannot tell its clients apart`,
      });
    }
    checkJwtClients(auth, clients, ctx);
    const targetNames = Object.keys(dataSync.targets);
    for (const [name, client] of clients) {
      if (!TARGET_NAME.test(name)) {
        ctx.addIssue({
          code: "custom",
          path: ["clients", name],
          input: name,
          message: `client names must be ${TARGET_NAME_RULE}`,
        });
      }
      if (client.allowedTargets.length === 0 && !client.operator) {
        ctx.addIssue({
          code: "custom",
          path: ["clients", name],
          input: client,
          message: "may do nothing: give it allowedTargets (to send messages) or operator: true (to retry), or both",
        });
      }
      client.allowedTargets.forEach((target, i) => {
        if (!targetNames.includes(target)) {
          ctx.addIssue({
            code: "custom",
            path: ["clients", name, "allowedTargets", i],
            input: target,
            message: `is not a target of dataSync.targets (${targetNames.join(", ")})`,
          });
        }
      });
    }
    // One secret per target and per client: a secret two of them share would send one target's credential to the
    // other, or let one client's token pass as another's.
    const secretOwners = new Map<string, string>();
    const owners: [string[], string | undefined][] = [
      ...Object.entries(dataSync.targets).map(([name, t]): [string[], string | undefined] => [
        ["targets", name, "secretId"],
        t.secretId,
      ]),
      ...clients.map(([name, c]): [string[], string | undefined] => [["clients", name, "secretId"], c.secretId]),
    ];
    for (const [path, secretId] of owners) {
      if (secretId === undefined) continue;
      const first = secretOwners.get(secretId);
      if (first) {
        ctx.addIssue({
          code: "custom",
          path,
          input: secretId,
          message: `is also dataSync.${first}: each target and client needs its own secret, or one's credential reaches the other`,
        });
      } else secretOwners.set(secretId, path.join("."));
    }
    if (dataSync.allowedTargetHosts !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["allowedTargetHosts"],
        input: dataSync.allowedTargetHosts,
        message:
          "was replaced by dataSync.targets: name each target with its baseUrl and auth (each gets its own secret), " +
          'and send messages with "target" and "path" instead of "url" (docs/configuration.md, "Migrating from allowedTargetHosts")',
      });
    }
  });

/**
 * With JWT authentication each client is named by its claim value, which must be there and unique (two clients with one
 * value would be one caller with the wider rights of both); a token secret would never be read. With the authorizer a
 * claim value would be ignored, so it is refused too.
 */
function checkJwtClients(
  auth: z.infer<typeof apiAuthenticationSchema>,
  clients: [string, z.infer<typeof apiClientSchema>][],
  ctx: z.RefinementCtx,
): void {
  const owners = new Map<string, string>();
  for (const [name, client] of clients) {
    const path = ["clients", name];
    if (auth.type !== "jwt") {
      if (client.claimValue !== undefined) {
        ctx.addIssue({
          code: "custom",
          path: [...path, "claimValue"],
          input: client.claimValue,
          message: `is only for dataSync.api.authentication of type "jwt" (got "${auth.type}")`,
        });
      }
      continue;
    }
    if (client.secretId !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: [...path, "secretId"],
        input: client.secretId,
        message: "is not read with JWT authentication: the token's issuer authenticates the client; leave it out",
      });
    }
    if (client.claimValue === undefined) {
      ctx.addIssue({
        code: "custom",
        path,
        input: client,
        message: `needs claimValue: the value of the "${auth.clientClaim}" claim in this client's tokens`,
      });
      continue;
    }
    const first = owners.get(client.claimValue);
    if (first) {
      ctx.addIssue({
        code: "custom",
        path: [...path, "claimValue"],
        input: client.claimValue,
        message: `is also dataSync.clients.${first}.claimValue: each client needs its own "${auth.clientClaim}" value`,
      });
    } else owners.set(client.claimValue, name);
  }
}

const regionId = z
  .string()
  .regex(/^[a-z]+(-[a-z]+)+-[0-9]+$/, { message: "must be an OCI region identifier such as us-ashburn-1" });

/**
 * Remote Terraform state in an Object Storage bucket. `oci` is Terraform 1.12+'s native backend (OCI
 * credentials from ~/.oci/config, locking included); `s3` is the S3-compatible API for older Terraform and
 * OpenTofu (credentials are a customer secret key in AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY).
 */
export const stateSchema = z
  .strictObject({
    backend: z.enum(["oci", "s3"], {
      error: 'must be "oci" (Terraform 1.12+ native backend) or "s3" (S3-compatible API)',
    }),
    /** Bucket that holds the state; create it (private, versioned) before the first deploy. */
    bucket: z.string().regex(/^[A-Za-z0-9._-]{1,256}$/, {
      message: "must be a bucket name: 1 to 256 letters, digits, '.', '_' or '-'",
    }),
    /** Object Storage namespace of the tenancy (`oci os ns get`). */
    namespace: z.string().regex(/^[a-z0-9]{1,64}$/, {
      message: "must be an Object Storage namespace: lower-case letters and digits",
    }),
    /** Region of the bucket; defaults to the environment's region. */
    region: regionId.optional(),
    /** Object name of the state file; defaults to `<environment>/terraform.tfstate`. */
    key: z
      .string()
      .regex(/^[^/].{0,1023}$/s, { message: "must be an object name of 1 to 1024 characters, not starting with '/'" })
      .optional(),
    /** Vault key that encrypts the state object (oci backend only); defaults to the bucket's encryption. */
    kmsKeyId: ocid("key").optional(),
  })
  .superRefine((state, ctx) => {
    if (state.backend === "s3" && state.kmsKeyId !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["kmsKeyId"],
        input: state.kmsKeyId,
        message: 'only the "oci" backend encrypts state with a Vault key; with "s3" the bucket\'s own key applies',
      });
    }
  });

export const configSchema = z
  .strictObject({
    /** OCI region identifier, e.g. us-ashburn-1. */
    region: regionId,
    /** The tenancy: dynamic groups and tenancy-wide service policies live in its root compartment. */
    tenancyId: ocid("tenancy"),
    /** Compartment per concern; they may all be the same compartment. */
    compartments: z.strictObject({
      network: ocid("compartment"),
      streaming: ocid("compartment"),
      functions: ocid("compartment"),
      security: ocid("compartment"),
    }),
    /** Prefix of every resource name: lower-case letters and digits, starting with a letter (used in DNS labels too). */
    namePrefix: z.string().regex(/^[a-z][a-z0-9]{1,9}$/, {
      message: "must be 2 to 10 lower-case letters or digits, starting with a letter",
    }),
    network: networkSchema,
    streaming: streamingSchema,
    vault: z
      .strictObject({
        /** Days between automatic rotations of the master key: 60 to 365 (CIS OCI 4.16 asks for at most 365). */
        keyRotationIntervalInDays: z.number().int().min(60).max(365).default(90),
        /** Share an existing virtual private vault (they cost money per hour) instead of creating one. */
        existing: z
          .strictObject({ vaultId: ocid("vault"), managementEndpoint: z.url({ protocol: /^https$/ }) })
          .optional(),
      })
      .default({ keyRotationIntervalInDays: 90 }),
    secrets: z
      .strictObject({
        /** Removed: each target has its own secret (dataSync.targets.<name>.secretId). */
        targetApiCredentialSecretId: z.unknown().optional(),
      })
      .superRefine((secrets, ctx) => {
        if (secrets.targetApiCredentialSecretId !== undefined) {
          ctx.addIssue({
            code: "custom",
            path: ["targetApiCredentialSecretId"],
            input: secrets.targetApiCredentialSecretId,
            message:
              "was replaced by dataSync.targets.<name>.secretId: each target has its own secret, sent to it only",
          });
        }
      })
      .default({}),
    functions: functionsSchema,
    ingestion: ingestionSchema,
    dataSync: dataSyncSchema,
    notifications: z
      .strictObject({
        /** Addresses subscribed to the operations topic; each must confirm the subscription email. */
        emails: z.array(z.email({ message: "must be an email address" })).default([]),
      })
      .default({ emails: [] }),
    /** Freeform tags put on every taggable resource. */
    tags: tagMap.default({}),
    /** Remote Terraform state in Object Storage; without it the state stays in a local file. */
    state: stateSchema.optional(),
    bastion: bastionSchema.optional(),
  })
  .superRefine((config, ctx) => {
    // A message waits on the recoverable stream between runs; each run that puts it back appends it anew, so it
    // outlives the stream's retention only if a run comes within it. Two runs per retention leave room for one to fail.
    const schedule = config.dataSync.retry.schedule;
    const retentionMinutes = config.streaming.streams.recoverable.retentionInHours * 60;
    if (schedule.enabled && schedule.intervalInMinutes * 2 > retentionMinutes) {
      ctx.addIssue({
        code: "custom",
        path: ["dataSync", "retry", "schedule", "intervalInMinutes"],
        input: schedule.intervalInMinutes,
        message:
          `must be at most half the recoverable stream's retention (${retentionMinutes} minutes), ` +
          "so that a message put back by one run is read again before it expires",
      });
    }
    if (config.bastion && config.streaming.publicEndpoint) {
      ctx.addIssue({
        code: "custom",
        path: ["bastion"],
        input: config.bastion,
        message: "has nothing to reach: the pool is on the public endpoint (streaming.publicEndpoint: true); remove it",
      });
    }
  });

export type EnvironmentConfig = z.infer<typeof configSchema>;
export type NetworkConfig = z.infer<typeof networkSchema>;
export type StreamingConfig = z.infer<typeof streamingSchema>;
export type StreamClientConfig = z.infer<typeof streamClientSchema>;
export type DataSyncConfig = z.infer<typeof dataSyncSchema>;
export type AlarmsConfig = z.infer<typeof alarmsSchema>;
export type ApiAuthentication = z.infer<typeof apiAuthenticationSchema>;
export type TargetConfig = z.infer<typeof targetSchema>;
export type ApiClientConfig = z.infer<typeof apiClientSchema>;
export type StateConfig = z.infer<typeof stateSchema>;
export type BastionConfig = z.infer<typeof bastionSchema>;

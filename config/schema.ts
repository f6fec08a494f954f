import * as ipaddr from "ipaddr.js";
import { z } from "zod";
import { DEFAULT_INLINE_MAX_BYTES, inlineMaxBytesSchema } from "../lib/object-reference-limits";
import { MAX_TIMEOUT_IN_SECONDS, MEMORY_IN_MBS_CHOICES, MIN_TIMEOUT_IN_SECONDS } from "../lib/functions-limits";
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
  hostNameSchema,
  idempotencyKeyHeaderSchema,
  maxAttemptsSchema,
  maxConcurrencySchema,
} from "../lib/data-sync/config";

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
      .refine((d) => [30, 60, 90, 120, 150, 180].includes(d), { message: "must be one of 30, 60, 90, 120, 150, 180" })
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
    /**
     * Groups or dynamic groups (by OCID) of the application that consumes the file-references stream: each may read
     * that stream only (`use stream-pull`). Without them, grant your consumer yourself.
     */
    consumers: z
      .array(
        z.string().regex(/^ocid1\.(group|dynamicgroup)\.oc[0-9]+\.[a-z0-9-]*(\.[a-z0-9-]+)?\.[a-z0-9]{8,}$/, {
          message:
            "must be the OCID of a group or a dynamic group (ocid1.group.oc1..<id>, ocid1.dynamicgroup.oc1..<id>)",
        }),
      )
      .default([]),
  })
  .prefault({});

export const apiAuthenticationSchema = z.discriminatedUnion("type", [
  /** A bearer token checked by the authorizer function against a Vault secret (the default). */
  z.strictObject({ type: z.literal("authorizer") }),
  /** JWTs validated by the gateway against the issuer's JWKS. */
  z.strictObject({
    type: z.literal("jwt"),
    issuers: z.array(z.url({ protocol: /^https$/ })).min(1),
    audiences: z.array(z.string().min(1)).min(1),
    jwksUri: z.url({ protocol: /^https$/ }),
  }),
  /** No authentication: only when an environment says so, with the reason (the security rules record it). */
  z.strictObject({ type: z.literal("none"), reason: z.string().min(10, { message: "say why the API may be open" }) }),
]);

/** Messages per batch when the config names no size: what one process invocation delivers within its deadline. */
export const DEFAULT_BATCH_SIZE_IN_NUM = 100;
export const DEFAULT_BATCH_TIME_IN_SEC = 5;

/**
 * Batching of the data-to-process connector. OCI takes one size limit, in kilobytes or in messages ("Only one size
 * option can be specified: batchSizeInKbs or batchSizeInNum": SDK model FunctionsTargetDetails, provider docs of
 * oci_sch_service_connector target.batch_size_in_kbs); with neither, batches hold DEFAULT_BATCH_SIZE_IN_NUM messages.
 * The ranges are ours: OCI documents none for these fields (see __tests__/support/argument-constraints.ts).
 */
export const connectorSchema = z
  .strictObject({
    /** Batch size limit in kilobytes; give this or batchSizeInNum, not both. */
    batchSizeInKbs: z.number().int().min(1).max(6144).optional(),
    /** Batch size limit in messages; give this or batchSizeInKbs, not both. */
    batchSizeInNum: z.number().int().min(1).max(10000).optional(),
    /** Seconds the connector waits to fill a batch. */
    batchTimeInSec: z.number().int().min(1).max(600).default(DEFAULT_BATCH_TIME_IN_SEC),
  })
  .superRefine((connector, ctx) => {
    if (connector.batchSizeInKbs !== undefined && connector.batchSizeInNum !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["batchSizeInNum"],
        input: connector.batchSizeInNum,
        message:
          `cannot be set together with batchSizeInKbs (${connector.batchSizeInKbs}): OCI takes only one batch size, ` +
          "either batchSizeInKbs (1-6144) or batchSizeInNum (1-10000); remove one",
      });
    }
  })
  .transform(({ batchSizeInKbs, batchSizeInNum, batchTimeInSec }) => ({
    ...(batchSizeInKbs === undefined
      ? { batchSizeInNum: batchSizeInNum ?? DEFAULT_BATCH_SIZE_IN_NUM }
      : { batchSizeInKbs }),
    batchTimeInSec,
  }));

export const dataSyncSchema = z.strictObject({
  api: z
    .strictObject({
      authentication: apiAuthenticationSchema.default({ type: "authorizer" }),
      /** Requests per second per client IP, enforced by the gateway. */
      rateLimitPerSecond: z.number().int().min(1).max(10000).default(10),
      /** Origins allowed to call the API from a browser; none by default. */
      corsAllowedOrigins: z.array(z.union([z.url({ protocol: /^https$/ }), z.literal("*")])).default([]),
    })
    .default({ authentication: { type: "authorizer" }, rateLimitPerSecond: 10, corsAllowedOrigins: [] }),
  /** Hosts a message may target; anything else is refused by the populate function (its own host-name rule). */
  allowedTargetHosts: z.array(hostNameSchema).min(1),
  /** How the Service Connector batches data-stream messages for the process function. */
  connector: connectorSchema.prefault({}),
  // The next three take the functions' own rules (lib/data-sync/config.ts), so config and function cannot disagree.
  /** Calls to the target in flight at once, per invocation; messages sharing a key still go one at a time, in order. */
  maxConcurrency: z._default(maxConcurrencySchema, DEFAULT_MAX_CONCURRENCY),
  /** Deliveries of a message (first try included) before the retry function dead-letters it. */
  maxAttempts: z._default(maxAttemptsSchema, DEFAULT_MAX_ATTEMPTS),
  /** Header that carries each delivery's idempotency key to the target. */
  idempotencyKeyHeader: z._default(idempotencyKeyHeaderSchema, DEFAULT_IDEMPOTENCY_KEY_HEADER),
  /** Bucket that archives dead letters beyond the stream's retention. Default: <namePrefix>-<environment>-deadletters. */
  archiveBucketName: z
    .string()
    .regex(/^[A-Za-z0-9_.-]{1,256}$/, { message: "must be 1 to 256 letters, digits, '_', '.' or '-'" })
    .optional(),
});

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
        /** The target REST API's credential: reference an existing secret instead of creating a placeholder. */
        targetApiCredentialSecretId: ocid("vaultsecret").optional(),
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
export type DataSyncConfig = z.infer<typeof dataSyncSchema>;
export type ApiAuthentication = z.infer<typeof apiAuthenticationSchema>;
export type StateConfig = z.infer<typeof stateSchema>;
export type BastionConfig = z.infer<typeof bastionSchema>;

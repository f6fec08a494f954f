import * as ipaddr from "ipaddr.js";
import { z } from "zod";

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

export const configSchema = z.strictObject({
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
});

export type EnvironmentConfig = z.infer<typeof configSchema>;
export type NetworkConfig = z.infer<typeof networkSchema>;
export type StateConfig = z.infer<typeof stateSchema>;

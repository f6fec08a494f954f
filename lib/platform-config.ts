import * as z from "zod/mini";

/** A whole number from `min` to `max`; the message names the range, which config errors and function errors show. */
export function wholeNumber(min: number, max: number) {
  const range = `must be from ${min} to ${max}`;
  return z.number().check(z.int(range), z.minimum(min, range), z.maximum(max, range));
}

/** A number rule applied to a value read from the environment, where every value is a string. */
export function fromEnvironment(schema: z.ZodMiniNumber<number>) {
  return z.pipe(z.coerce.number(), schema);
}

const endpointUrl = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" });

/**
 * Configuration every function reads from its environment (Fn passes function and application config as
 * environment variables). Functions extend it with their own keys.
 */
export const platformConfigSchema = z.object({
  /** Resource principal inside OCI Functions; the OCI config file for a local run. */
  OCI_AUTH: z._default(z.enum(["resource_principal", "config_file"]), "resource_principal"),
  /** For `config_file`: the file (default ~/.oci/config) and profile (default DEFAULT). */
  OCI_CONFIG_FILE: z.optional(z.string().check(z.minLength(1))),
  OCI_CONFIG_PROFILE: z.optional(z.string().check(z.minLength(1))),
  /** Overrides of the region-derived service endpoints, for tests and private endpoints. */
  OBJECT_STORAGE_ENDPOINT: z.optional(endpointUrl),
  SECRETS_ENDPOINT: z.optional(endpointUrl),
  NOTIFICATIONS_ENDPOINT: z.optional(endpointUrl),
  /**
   * Longest back-off between the SDK's retries of one request (sdk-retry.ts, default 2000). The infrastructure does
   * not set it; tests lower it where a retried OCI failure is the setting, not the behaviour under test.
   */
  SDK_RETRY_MAX_DELAY_MS: z.optional(fromEnvironment(wholeNumber(1, 30_000))),
});

export type PlatformConfig = z.output<typeof platformConfigSchema>;

/** The stream's messages endpoint (`messages_endpoint` of the stream or pool) and its OCID. */
export const streamConfigSchema = z.object({
  STREAM_ID: z.string().check(z.regex(/^ocid1\.stream\./, "must be a stream OCID (ocid1.stream....)")),
  STREAM_MESSAGES_ENDPOINT: endpointUrl,
});

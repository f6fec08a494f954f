import * as z from "zod/mini";
import { platformConfigSchema } from "../shared/platform-config";

const HOST_LABELS = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;

/** ALLOWED_TARGET_HOSTS: comma-separated lower-case host names; a message may target no other host. */
export const allowedHostsSchema = z
  .pipe(
    z.string().check(z.minLength(1, "must list at least one host name")),
    z.transform((list) => list.split(",").map((host) => host.trim())),
  )
  .check(
    z.refine((hosts) => hosts.every((host) => HOST_LABELS.test(host)), {
      message: "must be comma-separated lower-case host names such as api.example.com",
    }),
  );

const streamId = z.string().check(z.regex(/^ocid1\.stream\./, "must be a stream OCID (ocid1.stream....)"));
const positiveInt = (max: number) =>
  z.coerce
    .number()
    .check(z.int(), z.minimum(1, `must be from 1 to ${max}`), z.maximum(max, `must be from 1 to ${max}`));

/** Configuration of the functions that deliver messages to the target and record failures: process and retry. */
export const deliveryConfigSchema = z.extend(platformConfigSchema, {
  /** Messages endpoint of the pool holding both error streams. */
  STREAM_MESSAGES_ENDPOINT: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }),
  RECOVERABLE_STREAM_ID: streamId,
  UNRECOVERABLE_STREAM_ID: streamId,
  CREDENTIAL_SECRET_ID: z.string().check(z.regex(/^ocid1\.vaultsecret\./, "must be a secret OCID")),
  NOTIFICATION_TOPIC_ID: z.string().check(z.regex(/^ocid1\.onstopic\./, "must be a topic OCID")),
  ALLOWED_TARGET_HOSTS: allowedHostsSchema,
  /** Target calls in flight at once. */
  MAX_CONCURRENCY: positiveInt(64),
  /** Longest a single target call may take; it is shortened further when the invocation's deadline is nearer. */
  TARGET_TIMEOUT_MS: z._default(positiveInt(300_000), 10_000),
});

export type DeliveryConfig = z.output<typeof deliveryConfigSchema>;

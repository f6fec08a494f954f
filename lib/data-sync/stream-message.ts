import * as z from "zod/mini";

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const base64 = z.string().check(
  z.regex(BASE64, "must be base64"),
  z.refine((text) => text.length % 4 === 0, "must be base64"),
);

/**
 * The types of `offset` and `timestamp` in the connector's batch are not documented: the Streaming API model has a
 * number and a date-time (https://docs.oracle.com/iaas/api/#/en/streaming/20180418/datatypes/Message), the
 * connector's own documentation gives no schema we could find, and objects it archives from a stream were seen with
 * an epoch-milliseconds timestamp. Either form is accepted and normalised (offset a number, timestamp ISO 8601), so
 * a message keeps one idempotency key whichever path delivers it.
 */
const offset = z.pipe(
  z.union([z.number().check(z.int(), z.nonnegative()), z.string().check(z.regex(/^\d+$/, "must be a number"))]),
  z.transform((value) => Number(value)),
);
const timestamp = z.pipe(
  z.union([
    z.number().check(z.nonnegative()),
    z.string().check(z.refine((text) => !Number.isNaN(Date.parse(text)), "must be a date-time")),
  ]),
  z.transform((value) => new Date(value).toISOString()),
);

/**
 * A stream message as the Service Connector delivers it to a function and as GetMessages returns it: key and value
 * base64 (the key null when the producer sent none).
 */
export const streamMessageSchema = z.object({
  stream: z.string(),
  partition: z.string(),
  key: z.nullable(base64),
  value: base64,
  offset,
  timestamp,
});

export type StreamMessage = z.output<typeof streamMessageSchema>;

/** The process function's input: the connector's batch. */
export const connectorBatchSchema = z.array(z.unknown());

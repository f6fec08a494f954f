import * as z from "zod/mini";

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const base64 = z.string().check(
  z.regex(BASE64, "must be base64"),
  z.refine((text) => text.length % 4 === 0, "must be base64"),
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
  offset: z.number(),
  timestamp: z.string(),
});

export type StreamMessage = z.output<typeof streamMessageSchema>;

/** The process function's input: the connector's batch. */
export const connectorBatchSchema = z.array(z.unknown());

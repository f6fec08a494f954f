import * as z from "zod/mini";

/** The object events this function turns into claim checks; a deleted object has nothing to claim. */
export const OBJECT_EVENT_TYPES = [
  "com.oraclecloud.objectstorage.createobject",
  "com.oraclecloud.objectstorage.updateobject",
] as const;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The fields used from an Object Storage event (CloudEvents 0.1 envelope from the Events service):
 * https://docs.oracle.com/iaas/Content/Events/Reference/eventenvelopereference.htm. Other fields are ignored; the
 * event carries no size or content type, which come from a HEAD of the object.
 */
export const objectEventSchema = z.object({
  eventType: z.enum(OBJECT_EVENT_TYPES),
  eventID: z.string().check(z.minLength(1)),
  eventTime: z.iso.datetime({ offset: true }),
  data: z.object({
    /**
     * The object name. Object Names (https://docs.oracle.com/iaas/Content/Object/Tasks/managingobjects.htm): Unicode
     * whose UTF-8 is at most 1024 bytes, any character but line feed, carriage return and NULL. A lone surrogate has no
     * UTF-8 at all (the SDK's encodeURIComponent throws on it).
     */
    resourceName: z.string().check(
      z.minLength(1),
      z.refine((name) => !LONE_SURROGATE.test(name), "must be well-formed Unicode (it has a lone surrogate)"),
      z.refine((name) => !/[\n\r\0]/.test(name), "must not contain line feed, carriage return or NULL"),
      z.refine((name) => Buffer.byteLength(name, "utf8") <= 1024, "must be at most 1024 bytes of UTF-8"),
    ),
    additionalDetails: z.object({
      bucketName: z.string().check(z.minLength(1)),
      namespace: z.string().check(z.minLength(1)),
    }),
  }),
});

export type ObjectEvent = z.output<typeof objectEventSchema>;

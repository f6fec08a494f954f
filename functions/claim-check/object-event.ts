import * as z from "zod/mini";

/** The object events this function turns into claim checks; a deleted object has nothing to claim. */
export const OBJECT_EVENT_TYPES = [
  "com.oraclecloud.objectstorage.createobject",
  "com.oraclecloud.objectstorage.updateobject",
] as const;

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
    /** The object name (Object Storage allows up to 1024 bytes). */
    resourceName: z.string().check(z.minLength(1), z.maxLength(1024)),
    additionalDetails: z.object({
      bucketName: z.string().check(z.minLength(1)),
      namespace: z.string().check(z.minLength(1)),
    }),
  }),
});

export type ObjectEvent = z.output<typeof objectEventSchema>;

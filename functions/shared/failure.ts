import { OciError } from "oci-common";

/**
 * Log fields for anything thrown: an OCI service error (status, service code, request id for support), a
 * connection failure or abort (the SDK rethrows those as plain `{code, message}` objects), or an Error.
 */
export function describeFailure(err: unknown): Record<string, unknown> {
  if (err instanceof OciError) {
    return {
      statusCode: err.statusCode,
      serviceCode: err.serviceCode,
      message: err.message,
      opcRequestId: err.opcRequestId,
    };
  }
  if (err instanceof Error) return { name: err.name, message: err.message };
  if (typeof err === "object" && err !== null) {
    const { code, message } = err as { code?: unknown; message?: unknown };
    return { code, message };
  }
  return { message: String(err) };
}

/** The HTTP status of an OCI service error, or undefined for anything else (connection failures, aborts). */
export function serviceStatus(err: unknown): number | undefined {
  return err instanceof OciError ? err.statusCode : undefined;
}

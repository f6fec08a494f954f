import type { PutOutcome } from "./batching";
import { isOciError } from "./retry";

type PutFailure = Extract<PutOutcome, { ok: false }>;

/** The stream did not take a message, even after retries: the call must fail, never report it as done. */
export class StreamPublishError extends Error {
  constructor(readonly failure: PutFailure) {
    super(
      `the stream did not accept the message after ${failure.attempts} attempt(s): ${failure.error} ${failure.errorMessage}`,
    );
    this.name = "StreamPublishError";
  }
}

/**
 * Log fields for anything thrown: an OCI service error (status, service code, request id for support), a
 * connection failure or abort (the SDK rethrows those as plain `{code, message}` objects), or an Error.
 */
export function describeFailure(err: unknown): Record<string, unknown> {
  if (isOciError(err)) {
    return {
      statusCode: err.statusCode,
      serviceCode: err.serviceCode,
      message: err.message,
      opcRequestId: err.opcRequestId,
    };
  }
  if (err instanceof StreamPublishError) {
    return {
      message: err.message,
      streamError: err.failure.error,
      statusCode: err.failure.status,
      attempts: err.failure.attempts,
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
  return isOciError(err) ? err.statusCode : undefined;
}

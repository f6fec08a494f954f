import { isConnectionError, isOciError } from "../lib/retry";

/** Bad arguments: the CLI prints the reason and the usage, and exits 2. */
export class UsageError extends Error {
  readonly name = "UsageError";
}

/** An expected failure (unknown stream, throttling, bad input data): one clear line, exit 1, no stack trace. */
export class CliError extends Error {
  readonly name = "CliError";
}

/** Where requests went, for error messages. */
export interface Target {
  readonly endpoint: string;
  readonly streamId: string;
}

/** Turns an SDK error into one sentence a user can act on. */
export function describeOciError(error: unknown, target: Target, attempts?: number): string {
  const tries = attempts && attempts > 1 ? ` after ${attempts} attempts` : "";
  if (isOciError(error)) {
    return describeStatus(error.statusCode, error.serviceCode ?? "", error.message, target, tries);
  }
  if (isConnectionError(error)) {
    return `cannot reach ${target.endpoint}${tries}: ${(error as { message?: string }).message ?? "connection failed"}`;
  }
  return error instanceof Error ? error.message : String(error);
}

export function describeStatus(status: number, code: string, message: string, target: Target, tries = ""): string {
  switch (status) {
    case 404:
      return `stream ${target.streamId} was not found at ${target.endpoint}, or you are not allowed to use it (404 ${code})`;
    case 401:
      return `OCI did not accept the request signature (401 ${code}: ${message}); check --config-file and --profile`;
    case 429:
      return `OCI Streaming kept throttling the requests${tries} (429 ${code}); wait a little and try again, or send less at once`;
    default:
      return `${status} ${code}: ${message}${tries}`;
  }
}

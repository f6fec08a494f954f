/**
 * A failure the caller caused or must know about: it becomes a 4xx response `{error, reason}` and a warning in the
 * log, never a retry. Anything else thrown is unexpected and fails the call (non-2xx) so the platform can retry it.
 */
export class FunctionError extends Error {
  constructor(
    /** HTTP status, 400-499. */
    readonly status: number,
    /** Short machine-readable code, e.g. "invalid_event". */
    readonly error: string,
    /** What was wrong, naming the field and value where there is one. */
    readonly reason: string,
    /** Extra fields for the log line (never sent to the caller). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(`${error}: ${reason}`);
    this.name = "FunctionError";
  }
}

/** The function's own configuration is invalid: every call fails until it is fixed. */
export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid function configuration: ${problems.join("; ")}`);
    this.name = "ConfigurationError";
  }
}

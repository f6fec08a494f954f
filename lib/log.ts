/** Fields attached to a log line; values must be JSON-serialisable. */
export type LogFields = Record<string, unknown>;

export type LogLevel = "info" | "warn" | "error";

/**
 * Writes one JSON object per line, so the Functions invoke log (and any log search) can filter on fields.
 * Info goes to stdout, warnings and errors to stderr, as the Fn agent collects both.
 */
export class Logger {
  private fields: LogFields;

  /** `sink` replaces stdout and stderr, for a handler run in-process (stand-ins/retry-outage.ts). */
  constructor(
    fields: LogFields,
    private readonly sink?: (level: LogLevel, line: string) => void,
  ) {
    this.fields = { ...fields };
  }

  /** A logger that adds `fields` to every line, e.g. the call id. */
  child(fields: LogFields): Logger {
    return new Logger({ ...this.fields, ...fields }, this.sink);
  }

  /** Adds fields to every later line of this logger, e.g. an event id once the input is parsed. */
  add(fields: LogFields): void {
    this.fields = { ...this.fields, ...fields };
  }

  info(msg: string, fields: LogFields = {}): void {
    this.write("info", msg, fields);
  }

  warn(msg: string, fields: LogFields = {}): void {
    this.write("warn", msg, fields);
  }

  error(msg: string, fields: LogFields = {}): void {
    this.write("error", msg, fields);
  }

  private write(level: LogLevel, msg: string, fields: LogFields): void {
    const line = JSON.stringify({ time: new Date().toISOString(), level, msg, ...this.fields, ...fields });
    if (this.sink) this.sink(level, line);
    else (level === "info" ? process.stdout : process.stderr).write(line + "\n");
  }
}

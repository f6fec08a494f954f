// Types for the parts of @fnproject/fdk 0.0.76 this project uses; the package ships none.
// Shapes follow node_modules/@fnproject/fdk/fn-fdk.js.
declare module "@fnproject/fdk" {
  /** Request headers, canonicalised to `First-Caps` form; each maps to all its values. */
  export type Headers = Record<string, string[]>;

  export interface HTTPGatewayContext {
    /** Path and query of the client's request (`Fn-Http-Request-Url`). */
    readonly requestURL: string | null;
    /** The client's HTTP method (`Fn-Http-Method`). */
    readonly method: string | null;
    /** The client's headers, without the `Fn-Http-H-` prefix. */
    readonly headers: Headers;
    getHeader(key: string): string | null;
    /** Sent to the gateway as `Fn-Http-Status`. */
    set statusCode(status: number);
    setResponseHeader(key: string, ...values: string[]): void;
  }

  export interface Context {
    readonly callID: string | null;
    /** Parsed `Fn-Deadline`, or null when the header is absent. */
    readonly deadline: Date | null;
    /** A copy of process.env. (`getConfig()` is broken in 0.0.76: it calls `.get` on a plain object.) */
    readonly config: Record<string, string | undefined>;
    readonly headers: Headers;
    readonly httpGateway: HTTPGatewayContext;
    getHeader(key: string): string | null;
    responseContentType: string | null;
    setResponseHeader(key: string, ...values: string[]): void;
  }

  /** A result written as-is, without JSON encoding. */
  export interface RawResult {
    readonly _raw: string | Buffer;
  }

  export type Handler<Input> = (input: Input, ctx: Context) => unknown;

  export function handle(fn: Handler<Buffer>, options: { inputMode: "buffer" }): () => void;
  export function handle(fn: Handler<string>, options: { inputMode: "string" }): () => void;
  export function handle(fn: Handler<unknown>, options?: { inputMode?: "json" }): () => void;
  export function rawResult(raw: string | Buffer): RawResult;
}

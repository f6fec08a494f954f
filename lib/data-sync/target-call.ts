import { classifyStatus, Verdict } from "./classify";

/** How much of a failed response's body is kept for the error record. */
export const BODY_EXCERPT_CHARS = 300;

/** What is read of a failed response's body: enough for the excerpt in UTF-8 (at most 4 bytes a character). */
export const BODY_EXCERPT_BYTES = BODY_EXCERPT_CHARS * 4;

/** The result of one call to the target. */
export interface CallResult {
  readonly verdict: Verdict;
  /** The target's HTTP status, when it answered. */
  readonly status?: number;
  /** What went wrong, for the error record; absent when delivered. */
  readonly error?: string;
  readonly durationMs: number;
}

/** A call ready to send: the URL below the target's base, the message's headers with the credential's. */
export interface OutgoingCall {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  /** JSON-serialisable; absent for no body. */
  readonly payload?: unknown;
}

/**
 * Calls the target once, with a JSON body when there is a payload. Redirects are not followed (the credential must not
 * reach another host). A timeout or a connection failure is recoverable; never throws. `statusMapping` overrides the
 * classification of the statuses it names (the target's `statusMapping`).
 */
export async function callTarget(
  request: OutgoingCall,
  timeoutMs: number,
  statusMapping: Readonly<Record<string, Verdict>> = {},
): Promise<CallResult> {
  const started = Date.now();
  const headers: Record<string, string> = { ...request.headers };
  const hasBody = request.payload !== undefined;
  if (hasBody && !Object.keys(headers).some((name) => name.toLowerCase() === "content-type")) {
    headers["Content-Type"] = "application/json";
  }
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetch(request.url, {
      method: request.method,
      headers,
      body: hasBody ? JSON.stringify(request.payload) : undefined,
      redirect: "manual",
      signal,
    });
    const verdict = statusMapping[String(response.status)] ?? classifyStatus(response.status);
    if (verdict === "delivered") {
      // Nothing of a success is kept: none of its body is read, whatever its size.
      await response.body?.cancel().catch(() => undefined);
      return { verdict, status: response.status, durationMs: Date.now() - started };
    }
    const excerpt = await readExcerpt(response.body);
    return {
      verdict,
      status: response.status,
      error: `target answered ${response.status}${excerpt ? `: ${excerpt}` : ""}`,
      durationMs: Date.now() - started,
    };
  } catch (err) {
    return { verdict: "recoverable", error: describeCallFailure(err, timeoutMs), durationMs: Date.now() - started };
  }
}

/**
 * The start of a body, at most BODY_EXCERPT_CHARS characters, read from at most about BODY_EXCERPT_BYTES bytes; the
 * rest is never read: cancelling the stream makes fetch drop the connection. A target answering 16 MB error bodies to
 * 16 calls at once would otherwise hold 256 MB (the function's whole memory) in strings.
 */
export async function readExcerpt(body: ReadableStream<Uint8Array> | null): Promise<string> {
  if (!body) return "";
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  try {
    while (bytes < BODY_EXCERPT_BYTES) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      bytes += value.length;
    }
  } catch {
    // A body cut short (reset, timeout) still has its start.
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  const head = Buffer.concat(chunks).subarray(0, BODY_EXCERPT_BYTES);
  return new TextDecoder().decode(head).slice(0, BODY_EXCERPT_CHARS);
}

/** fetch reports a timeout as a TimeoutError and a network failure as a TypeError whose cause has the code. */
export function describeCallFailure(err: unknown, timeoutMs: number): string {
  if (err instanceof Error && (err.name === "TimeoutError" || err.name === "AbortError")) {
    return `no answer within ${timeoutMs} ms`;
  }
  const cause = (err as { cause?: { code?: string; message?: string } } | undefined)?.cause;
  if (cause?.code || cause?.message) return `connection failed: ${cause.code ?? ""} ${cause.message ?? ""}`.trim();
  return `connection failed: ${err instanceof Error ? err.message : String(err)}`;
}

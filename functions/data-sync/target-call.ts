import { classifyStatus, Verdict } from "./classify";
import { TargetRequest } from "./target-request";

/** How much of a failed response's body is kept for the error record. */
const BODY_EXCERPT_CHARS = 300;

/** The result of one call to the target. */
export interface CallResult {
  readonly verdict: Verdict;
  /** The target's HTTP status, when it answered. */
  readonly status?: number;
  /** What went wrong, for the error record; absent when delivered. */
  readonly error?: string;
  readonly durationMs: number;
}

/**
 * Calls the target once: the message's method, URL, headers and JSON payload, with `Authorization: Bearer
 * <credential>`. Redirects are not followed (the credential must not reach another host). A timeout or a connection
 * failure is recoverable; never throws.
 */
export async function callTarget(request: TargetRequest, credential: string, timeoutMs: number): Promise<CallResult> {
  const started = Date.now();
  const headers: Record<string, string> = { ...request.headers, Authorization: `Bearer ${credential}` };
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
    const verdict = classifyStatus(response.status);
    if (verdict === "delivered") {
      await response.body?.cancel();
      return { verdict, status: response.status, durationMs: Date.now() - started };
    }
    const excerpt = (await response.text().catch(() => "")).slice(0, BODY_EXCERPT_CHARS);
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

/** fetch reports a timeout as a TimeoutError and a network failure as a TypeError whose cause has the code. */
export function describeCallFailure(err: unknown, timeoutMs: number): string {
  if (err instanceof Error && (err.name === "TimeoutError" || err.name === "AbortError")) {
    return `no answer within ${timeoutMs} ms`;
  }
  const cause = (err as { cause?: { code?: string; message?: string } } | undefined)?.cause;
  if (cause?.code || cause?.message) return `connection failed: ${cause.code ?? ""} ${cause.message ?? ""}`.trim();
  return `connection failed: ${err instanceof Error ? err.message : String(err)}`;
}

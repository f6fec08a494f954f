import { createHash, timingSafeEqual } from "crypto";

/**
 * The token a client presented, from API Gateway's authorizer input: the single-argument form
 * `{"type": "TOKEN", "token": "<Authorization header>"}` or the multi-argument form
 * `{"type": "USER_DEFINED", "data": {"authorization" | "token": ...}}` (a header passed more than once arrives as an
 * array, which is refused). Undefined when there is none or the input has another shape.
 */
export function presentedToken(input: unknown): string | undefined {
  if (typeof input !== "object" || input === null) return undefined;
  const { type, token, data } = input as { type?: unknown; token?: unknown; data?: unknown };
  let header: unknown;
  if (type === "TOKEN") header = token;
  else if (type === "USER_DEFINED" && typeof data === "object" && data !== null) {
    const entries = Object.entries(data).filter(([name]) => ["authorization", "token"].includes(name.toLowerCase()));
    header = entries[0]?.[1];
  }
  if (typeof header !== "string") return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header.trim());
  return match?.[1];
}

/**
 * Compares in constant time. Both sides are hashed first, so neither the comparison nor an early length check can
 * tell an attacker how long the token is or how much of it was right.
 */
export function tokensMatch(presented: string, expected: string): boolean {
  const digest = (text: string) => createHash("sha256").update(text, "utf8").digest();
  return timingSafeEqual(digest(presented), digest(expected));
}

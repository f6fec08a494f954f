import { createHash } from "crypto";

/**
 * A construct id derived from the value an element stands for, not its position in a list: reordering a list in
 * config then keeps every Terraform address, so nothing is destroyed and re-created (an e-mail subscription
 * re-created must be confirmed again). Eight hex digits of SHA-256 keep the id short and free of the characters
 * (`@`, `/`, `.`) that values carry.
 */
export function idFromKey(prefix: string, key: string): string {
  return `${prefix}${createHash("sha256").update(key).digest("hex").slice(0, 8)}`;
}

/** Refuses a list that names the same value twice: two elements would claim one construct id. */
export function requireUnique(field: string, values: readonly string[]): void {
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) throw new Error(`${field}: "${value}" is listed twice; list each value once`);
    seen.add(value);
  }
}

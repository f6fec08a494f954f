/**
 * The deepest nesting of arrays and objects accepted in any JSON a function reads: request bodies and stream message
 * values alike. Deeper documents are refused before they are parsed, because `JSON.stringify`, zod and the error
 * paths recurse and overflow the stack (a RangeError, i.e. a failed call) somewhere past a few thousand levels. 64 is
 * the default of .NET's System.Text.Json, and far deeper than any REST payload needs. Documented in docs/function-contracts.md.
 */
export const MAX_JSON_DEPTH = 64;

/**
 * The nesting depth of a JSON text (0 for a scalar, 1 for `[]` or `{}`), counting brackets outside strings, without
 * parsing it. Stops counting once `limit` is exceeded, so a megabyte of `[` costs one pass and no memory.
 */
export function jsonDepth(text: string, limit: number = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > limit) return deepest;
      }
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    }
  }
  return deepest;
}

export type ParsedJson =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly problem: "too_deep" | "invalid"; readonly reason: string };

/**
 * Parses JSON nested at most MAX_JSON_DEPTH levels; otherwise says why not: `invalid` with the parser's message, or
 * `too_deep`.
 */
export function parseJson(text: string): ParsedJson {
  if (jsonDepth(text, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
    return {
      ok: false,
      problem: "too_deep",
      reason: `nested deeper than ${MAX_JSON_DEPTH} levels of arrays and objects (the limit)`,
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (err) {
    return { ok: false, problem: "invalid", reason: (err as Error).message };
  }
}

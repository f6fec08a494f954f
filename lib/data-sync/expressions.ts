import type jsonata from "jsonata";

/**
 * Filters and transforms are JSONata (https://jsonata.org, jsonata-js 2.x): one language both for a boolean test and
 * for building a new JSON document from the message, which JMESPath (queries only, no arithmetic or string building)
 * and CEL (predicates, no document construction) each cover only half of. Limits on one evaluation, enforced by
 * jsonata itself (options `timeout` and `stack`, jsonata.d.ts): an expression that loops or recurses without end
 * fails that message (D1012, U1001) instead of holding the invocation.
 */
export const EXPRESSION_LIMITS = { timeout: 100, stack: 200 } as const;

/** What an expression sees: the message's value as the producer sent it, with its stream key. */
export interface ExpressionInput {
  readonly key: string | null;
  readonly client?: string;
  readonly target: string;
  readonly method: string;
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly payload?: unknown;
}

/** A jsonata error as `<code> at position <n>: <message>`, or the error's own text. */
export function describeExpressionError(err: unknown): string {
  if (typeof err === "object" && err !== null && "code" in err) {
    const { code, position, message } = err as { code: string; position?: number; message?: string };
    return `${code}${position !== undefined ? ` at position ${position}` : ""}: ${message ?? ""}`.trim();
  }
  return err instanceof Error ? err.message : String(err);
}

/**
 * jsonata is loaded with the first expression a container compiles, not at start: most targets have neither filter nor
 * transform, and evaluating jsonata's module costs every cold start of process and retry about 8 ms of CPU.
 */
let library: Promise<typeof jsonata> | undefined;

function loadJsonata(): Promise<typeof jsonata> {
  return (library ??= import("jsonata").then((m) => m.default));
}

/** Compiled once per container: the text is the key, so a target's expression is parsed on its first message only. */
const compiled = new Map<string, jsonata.Expression>();

/** How many expressions this container has compiled; tests read it to see that each is compiled once. */
export function compiledCount(): number {
  return compiled.size;
}

async function compile(text: string): Promise<jsonata.Expression> {
  let expression = compiled.get(text);
  if (!expression) {
    const compileExpression = await loadJsonata();
    // Messages of one batch can reach here together: the first to resume compiles, the others reuse it.
    expression = compiled.get(text) ?? compileExpression(text, EXPRESSION_LIMITS);
    compiled.set(text, expression);
  }
  return expression;
}

/** Evaluates an expression on a message; throws the expression's error, described. */
export async function evaluate(text: string, input: ExpressionInput): Promise<unknown> {
  try {
    return await (await compile(text)).evaluate(input);
  } catch (err) {
    throw new Error(describeExpressionError(err));
  }
}

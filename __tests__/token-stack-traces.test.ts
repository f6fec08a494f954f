import { Lazy } from "cdktf";
import { CAPTURED_FRAMES } from "../lib/token-stack-traces";

/** setup.js loads lib/token-stack-traces before cdktf, as main.ts does. */

test("a token's creation stack starts at the code that made it and keeps only the first frames", () => {
  // Made 30 calls deep, so that the whole stack is longer than what is kept.
  const make = (depth: number): unknown => (depth === 0 ? Lazy.anyValue({ produce: () => 1 }) : make(depth - 1));
  const { creationStack } = make(30) as { creationStack: string[] };
  expect(creationStack.length).toBe(CAPTURED_FRAMES);
  expect(creationStack[0]).toMatch(/^new LazyBase /);
  expect(creationStack.slice(0, 4).some((frame) => frame.includes("token-stack-traces.test.ts"))).toBe(true);
});

test("a real error keeps every frame the stack trace limit allows, source-mapped to the TypeScript line", () => {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 50;
  const deep = (depth: number): Error => (depth === 0 ? new Error("deep") : deep(depth - 1));
  try {
    const stack = deep(30).stack!.split("\n");
    expect(stack.filter((line) => line.includes("token-stack-traces.test.ts")).length).toBeGreaterThan(30);
    expect(stack[1]).toMatch(/token-stack-traces\.test\.ts:18:/);
  } finally {
    Error.stackTraceLimit = limit;
  }
});

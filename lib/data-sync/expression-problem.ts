import jsonata from "jsonata";
import { describeExpressionError, EXPRESSION_LIMITS } from "./expressions";

/** Why an expression does not compile, or undefined: config checks at synth, where jsonata may load at once. */
export function expressionProblem(text: string): string | undefined {
  try {
    jsonata(text, EXPRESSION_LIMITS);
    return undefined;
  } catch (err) {
    return describeExpressionError(err);
  }
}

import { Token } from "cdktf";

/** The inclusive range a whole-number prop must fall in. */
export interface WholeNumberRange {
  readonly min: number;
  readonly max: number;
}

/**
 * Refuses a whole-number prop outside its range, naming the construct, the prop, the range and the value received. A
 * token (a value Terraform knows only at apply, such as another resource's attribute) is not checked: its number at
 * synth is a placeholder, and OCI checks the real value.
 */
export function checkWholeNumber(
  where: string,
  field: string,
  value: number | undefined,
  { min, max }: WholeNumberRange,
): void {
  if (value === undefined || Token.isUnresolved(value)) return;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${where}: ${field} must be a whole number between ${min} and ${max}. Received ${value}`);
  }
}

/** Refuses a prop that is not one of the values OCI offers, as `checkWholeNumber` does; a token is not checked. */
export function checkOneOf<T extends number | string>(
  where: string,
  field: string,
  value: T | undefined,
  choices: readonly T[],
): void {
  if (value === undefined || Token.isUnresolved(value)) return;
  if (!choices.includes(value)) {
    throw new Error(`${where}: ${field} must be one of ${choices.join(", ")}. Received ${value}`);
  }
}

/**
 * Refuses a token where the construct must know the value at synth, because it computes something from it (a cron
 * expression, a threshold): Terraform would otherwise receive the placeholder number cdktf stands in for the token.
 */
export function requireResolved(where: string, field: string, value: number | string): void {
  if (Token.isUnresolved(value)) {
    throw new Error(`${where}: ${field} must be known at synth (a plain value, not a reference). Received ${value}`);
  }
}

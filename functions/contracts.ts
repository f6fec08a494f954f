import { authorizerConfigSchema } from "./authorizer/config";
import { claimCheckConfigSchema } from "./claim-check/config";
import { populateConfigSchema } from "./populate/config";
import { processConfigSchema } from "./process/config";
import { retryConfigSchema } from "./retry/config";
import { configMap, ConfigValues } from "../lib/function-config";

/**
 * Each function's contract, the schema its index.ts starts with: the constructs build and check the function's config
 * map from it at synth, and the stand-ins and tests write their configs through it.
 */
export const functionContracts = {
  authorizer: authorizerConfigSchema,
  "claim-check": claimCheckConfigSchema,
  populate: populateConfigSchema,
  process: processConfigSchema,
  retry: retryConfigSchema,
};

export type ContractedFunction = keyof typeof functionContracts;

/** The config values of function `N`, typed from its contract. */
export type FunctionConfigValues<N extends ContractedFunction> = ConfigValues<(typeof functionContracts)[N]>;

/** Changes to function `N`'s configuration, keyed by its contract; `undefined` leaves a key unset. */
export type ConfigOverrides<N extends ContractedFunction> = {
  [K in keyof FunctionConfigValues<N>]?: string | number | undefined;
};

/** Function `N`'s config map for `values`, as the constructs write it. */
export function functionConfig<N extends ContractedFunction>(
  name: N,
  values: FunctionConfigValues<N>,
): Record<string, string> {
  return configMap(functionContracts[name], values);
}

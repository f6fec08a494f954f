import { authorizerConfigSchema } from "./authorizer/config";
import { claimCheckConfigSchema } from "./claim-check/config";
import { populateConfigSchema } from "./populate/config";
import { processConfigSchema } from "./process/config";
import { retryConfigSchema } from "./retry/config";
import { ConfigValues } from "../lib/function-config";

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

/**
 * The function-contract check: every oci_functions_function of a synthesized stack has a config map that its own
 * function would accept at start. It runs on the final Terraform JSON, after every aspect and override, with the
 * schema the function's index.ts starts with (functions/contracts.ts).
 */
import { ContractedFunction, functionContracts } from "../../functions/contracts";
import { configProblems } from "../../lib/function-config";

/** A Terraform expression (`${...}`), such as a stream's id: its value exists only at apply, so it is not parsed. */
const isTerraformExpression = (value: string) => value.includes("${");

/** The function a synthesized function resource deploys: its display name is `<namePrefix>-<function>`. */
export function contractedFunctionOf(displayName: string): ContractedFunction | undefined {
  return (Object.keys(functionContracts) as ContractedFunction[]).find((name) => displayName.endsWith(`-${name}`));
}

/** Each problem as `<display name>: KEY: message (got value)`; none when every function's config meets its contract. */
export function functionContractProblems(json: Record<string, any>): string[] {
  return Object.values<any>(json.resource?.oci_functions_function ?? {}).flatMap((fn) => {
    const name = contractedFunctionOf(fn.display_name);
    if (!name) return [`${fn.display_name}: deploys no function of functions/contracts.ts`];
    return configProblems(functionContracts[name], fn.config ?? {}, isTerraformExpression).map(
      (problem) => `${fn.display_name}: ${problem}`,
    );
  });
}

import { TerraformStack } from "cdktf";
import { IConstruct } from "constructs";

/**
 * The Terraform a stack synthesized by cdktf needs at the least: "The Terraform CLI (1.2+)" (CDK for Terraform
 * docs, "Install CDK for Terraform").
 */
export const CDKTF_MINIMUM_TERRAFORM = "1.2.0";

const minimums = new WeakMap<TerraformStack, string>();

function compare(a: string, b: string): number {
  const [x, y] = [a, b].map((v) => v.split(".").map(Number));
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return 0;
}

/**
 * Records that the stack holding `scope` uses a Terraform feature added in `version`, and sets the stack's
 * `terraform.required_version` to the highest version recorded: an older Terraform then says which version
 * it needs instead of failing on the feature ("no backend type named oci").
 */
export function requireTerraform(scope: IConstruct, version: string): void {
  const stack = TerraformStack.of(scope);
  const current = minimums.get(stack) ?? CDKTF_MINIMUM_TERRAFORM;
  const minimum = compare(version, current) > 0 ? version : current;
  minimums.set(stack, minimum);
  stack.addOverride("terraform.required_version", `>= ${minimum}`);
}

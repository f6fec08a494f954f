import { IAspect, TerraformElement, TerraformStack } from "cdktf";
import { Construct, IConstruct } from "constructs";
import { ALL_RULES } from "./security-rules/all-rules";
import { RuleContext, RuleSettings, SecurityRule, SynthesizedResource, TerraformBlock } from "./security-rules/rule";
import { SecurityRules } from "./security-rules/suppressions";

export interface SecurityRulesAspectProps {
  /** The tenancy OCID, to recognise resources placed in the root compartment. */
  readonly tenancyId: string;
  /**
   * Whether this environment may run a stream pool with a public endpoint.
   * @default false
   */
  readonly publicStreamPoolAllowed?: boolean;
  /**
   * The rules to check.
   * @default - every rule in ALL_RULES
   */
  readonly rules?: readonly SecurityRule[];
}

export interface Violation {
  readonly ruleId: string;
  /** Construct path of the resource. */
  readonly path: string;
  /** Terraform address, `<type>.<name>`. */
  readonly address: string;
  readonly type: string;
  readonly message: string;
}

/** Thrown by synthesis when a resource breaks a rule it is not allowed to break. */
export class SecurityRuleViolationError extends Error {
  constructor(
    readonly stackName: string,
    readonly violations: Violation[],
  ) {
    super(
      [
        `Security rules failed in stack "${stackName}" (${violations.length} violation${violations.length === 1 ? "" : "s"}):`,
        ...violations.map((v) => `  - ${v.ruleId} at ${v.path} (${v.type}): ${v.message}`),
        `Fix each resource, or accept one on purpose with SecurityRules.suppress(construct, "<rule id>", "<reason>").`,
      ].join("\n"),
    );
    this.name = "SecurityRuleViolation";
  }
}

/** The resources of a synthesized stack (`stack.toTerraform()`), with the construct path of each. */
export function synthesizedResources(json: TerraformBlock): SynthesizedResource[] {
  return Object.entries<TerraformBlock>(json.resource ?? {}).flatMap(([type, instances]) =>
    Object.entries<TerraformBlock>(instances).map(([name, { "//": meta, ...body }]) => ({
      type,
      name,
      path: meta?.metadata?.path ?? `${type}.${name}`,
      body,
    })),
  );
}

/** Runs `rules` over a synthesized stack and returns the violations that no suppression accepts. */
export function findViolations(
  stack: TerraformStack,
  json: TerraformBlock,
  settings: RuleSettings,
  rules: readonly SecurityRule[] = ALL_RULES,
): Violation[] {
  const resources = synthesizedResources(json);
  const context: RuleContext = {
    settings,
    resources,
    resourcesOf: (type) => resources.filter((r) => r.type === type),
  };
  const constructs = new Map(stack.node.findAll().map((c) => [c.node.path, c]));
  return rules.flatMap((rule) =>
    rule
      .check(context)
      .filter(({ resource }) => {
        const construct = constructs.get(resource.path);
        return !construct || !SecurityRules.suppressionsOf(construct).some((s) => s.ruleId === rule.id);
      })
      .map(({ resource, message }) => ({
        ruleId: rule.id,
        path: resource.path,
        address: `${resource.type}.${resource.name}`,
        type: resource.type,
        message,
      })),
  );
}

/**
 * Emits nothing; when the stack is turned into Terraform it checks the result and throws on violations.
 * Checking there, rather than in a validation, means no synthesis path skips it (`Testing.synth` runs no
 * validations, an App can be told to skip them), and it sees every value other aspects and overrides set.
 */
class SecurityRulesCheck extends TerraformElement {
  private checking = false;

  constructor(
    scope: Construct,
    id: string,
    private readonly settings: RuleSettings,
    private readonly rules: readonly SecurityRule[],
  ) {
    super(scope, id);
  }

  public toTerraform(): TerraformBlock {
    this.enforce();
    return {};
  }

  public toHclTerraform(): TerraformBlock {
    this.enforce();
    return {};
  }

  private enforce(): void {
    // The stack's JSON includes this element's own (empty) output: don't check from inside that call.
    if (this.checking) return;
    this.checking = true;
    let json: TerraformBlock;
    try {
      json = this.cdktfStack.toTerraform();
    } finally {
      this.checking = false;
    }
    const violations = findViolations(this.cdktfStack, json, this.settings, this.rules);
    if (violations.length > 0) throw new SecurityRuleViolationError(this.cdktfStack.node.id, violations);
  }
}

const CHECK_ID = "SecurityRulesCheck";

/**
 * Fails synthesis when a resource of the stack breaks a security rule (see ALL_RULES and docs/security-rules.md),
 * listing every violation with its rule id, construct path and Terraform type. A resource may break a
 * rule only with `SecurityRules.suppress(construct, ruleId, reason)`.
 */
export class SecurityRulesAspect implements IAspect {
  private readonly settings: RuleSettings;
  private readonly rules: readonly SecurityRule[];

  constructor(props: SecurityRulesAspectProps) {
    this.settings = { tenancyId: props.tenancyId, publicStreamPoolAllowed: props.publicStreamPoolAllowed ?? false };
    this.rules = props.rules ?? ALL_RULES;
  }

  visit(node: IConstruct): void {
    const stack = TerraformStack.of(node);
    if (!stack.node.tryFindChild(CHECK_ID)) new SecurityRulesCheck(stack, CHECK_ID, this.settings, this.rules);
  }
}

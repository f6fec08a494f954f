import { IConstruct } from "constructs";
import { ALL_RULES } from "./all-rules";

const SUPPRESSION = "oci-security-rules/suppression";

export interface Suppression {
  readonly ruleId: string;
  readonly reason: string;
}

/** Accepting a rule violation on purpose, with the reason written down next to the resource. */
export class SecurityRules {
  /**
   * Lets `construct`, and every resource below it, break rule `ruleId`. The reason is required: it is
   * what a reviewer reads instead of the rule. Stored as construct metadata, so it travels with the construct.
   */
  public static suppress(construct: IConstruct, ruleId: string, reason: string): void {
    if (!ALL_RULES.some((rule) => rule.id === ruleId)) {
      throw new Error(
        `Cannot suppress unknown security rule "${ruleId}" on ${construct.node.path}; known rules: ${ALL_RULES.map((r) => r.id).join(", ")}`,
      );
    }
    if (typeof reason !== "string" || reason.trim().length === 0) {
      throw new Error(
        `Suppressing ${ruleId} on ${construct.node.path} needs a reason: say why this resource may break the rule`,
      );
    }
    construct.node.addMetadata(SUPPRESSION, { ruleId, reason: reason.trim() } satisfies Suppression);
  }

  /** The suppressions that apply to `construct`: its own and those of every scope above it. */
  public static suppressionsOf(construct: IConstruct): Suppression[] {
    return construct.node.scopes.flatMap((scope) =>
      scope.node.metadata.filter((entry) => entry.type === SUPPRESSION).map((entry) => entry.data as Suppression),
    );
  }
}

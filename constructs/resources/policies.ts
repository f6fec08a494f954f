import { dependable, ITerraformDependable, Lazy, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { IdentityPolicy } from "../../.gen/providers/oci/identity-policy";
import { PolicyStatement } from "./policy-statement";

export interface PoliciesProps {
  /** Prefix of every policy name; names are unique in a tenancy. */
  readonly namePrefix: string;
  /**
   * The compartments statements may target, by a short label that names the policy (`streaming` ->
   * `<prefix>-streaming-policy`). Labels sharing one OCID share one policy.
   */
  readonly compartments: Record<string, string>;
  /** The tenancy OCID: tenancy-wide statements go into a policy attached to the root compartment. */
  readonly tenancyId: string;
}

/** OCI caps a policy at 50 statements. */
const MAX_STATEMENTS_PER_POLICY = 50;

/**
 * Collects the statements that grant methods return and writes one policy per compartment, so that no
 * statement is written by hand twice and each compartment's access can be read in one place.
 */
export class Policies extends Construct {
  /**
   * The one `Policies` of the stack that holds `scope`: grant methods add their statements to it, so no
   * caller collects statements by hand. The stack creates it before anything grants.
   */
  static of(scope: Construct): Policies {
    const stack = TerraformStack.of(scope);
    const found = stack.node.children.filter((c): c is Policies => c instanceof Policies);
    if (found.length !== 1) {
      throw new Error(
        `Stack ${stack.node.path} must hold exactly one Policies construct before anything grants (found ${found.length}); ` +
          `create it with new Policies(stack, "Policies", { ... }) first`,
      );
    }
    return found[0];
  }

  private readonly statements = new Map<string, string[]>();
  private readonly dependables = new Map<string, Set<ITerraformDependable>>();
  private readonly policies = new Map<string, IdentityPolicy>();
  private readonly labelByCompartment = new Map<string, string>();

  constructor(
    scope: Construct,
    id: string,
    private readonly props: PoliciesProps,
  ) {
    super(scope, id);
    for (const [label, compartmentId] of Object.entries(props.compartments)) {
      if (!this.labelByCompartment.has(compartmentId)) this.labelByCompartment.set(compartmentId, label);
    }
  }

  /** Adds statements; a statement already present is not repeated. Returns the policies that hold them. */
  add(...statements: PolicyStatement[]): IdentityPolicy[] {
    return statements.map((statement) => {
      const label = this.labelFor(statement);
      const texts = this.statements.get(label) ?? [];
      if (!texts.includes(statement.text)) texts.push(statement.text);
      if (texts.length > MAX_STATEMENTS_PER_POLICY) {
        throw new Error(
          `The ${label} policy would hold ${texts.length} statements; OCI allows at most ${MAX_STATEMENTS_PER_POLICY}`,
        );
      }
      this.statements.set(label, texts);
      const dependables = this.dependables.get(label) ?? new Set();
      statement.dependsOn.forEach((d) => dependables.add(d));
      this.dependables.set(label, dependables);
      return this.policyFor(label, statement.compartmentId);
    });
  }

  /** Adds one statement, as a grant method does, and returns it. */
  grant(statement: PolicyStatement): PolicyStatement {
    this.add(statement);
    return statement;
  }

  /**
   * The policies that hold these statements, each once: a resource that starts acting on its grants as soon as it
   * exists (a connector, an Events rule) depends on them.
   */
  holding(statements: readonly PolicyStatement[]): IdentityPolicy[] {
    return [...new Set(statements.map((statement) => this.add(statement)[0]))];
  }

  /** The statements collected for a compartment label, in the order they were added. */
  statementsFor(label: string): readonly string[] {
    return this.statements.get(label) ?? [];
  }

  private labelFor(statement: PolicyStatement): string {
    if (statement.scope === "tenancy") {
      if (statement.compartmentId !== this.props.tenancyId) {
        throw new Error(
          `A tenancy-wide statement must be attached to the tenancy ${this.props.tenancyId}: ${statement.text}`,
        );
      }
      return "tenancy";
    }
    const label = this.labelByCompartment.get(statement.compartmentId);
    if (!label) {
      throw new Error(
        `No policy compartment is configured for ${statement.compartmentId} (statement: ${statement.text})`,
      );
    }
    return label;
  }

  private policyFor(label: string, compartmentId: string): IdentityPolicy {
    let policy = this.policies.get(label);
    if (!policy) {
      const name = `${this.props.namePrefix}-${label}-policy`;
      policy = new IdentityPolicy(this, label, {
        compartmentId,
        name,
        description: `Least-privilege grants of ${this.props.namePrefix} in the ${label} compartment`,
        statements: Lazy.listValue({ produce: () => [...this.statementsFor(label)] }),
      });
      // OCI refuses a statement whose subject does not exist yet: the policy waits for every subject it names.
      policy.dependsOn = Lazy.listValue(
        { produce: () => [...(this.dependables.get(label) ?? [])].map((d) => dependable(d)) },
        { omitEmpty: true },
      );
      this.policies.set(label, policy);
    }
    return policy;
  }
}

import { ITerraformDependable } from "cdktf";
import { Construct } from "constructs";
import { IdentityDynamicGroup } from "../../.gen/providers/oci/identity-dynamic-group";
import { Grantee } from "./policy-statement";

export interface DynamicGroupProps {
  /** Dynamic groups live in the tenancy's root compartment: OCI accepts them nowhere else. */
  readonly tenancyId: string;
  /** Unique in the tenancy. */
  readonly name: string;
  /** What the group is for, shown in the console. */
  readonly description: string;
  /** Which resource principals are members, e.g. `ALL {resource.type = 'fnfunc', resource.id = '<ocid>'}`. */
  readonly matchingRule: string;
}

/** Resource principals (such as functions) as a grantee: they carry no keys; policies grant them access. */
export class DynamicGroup extends Construct implements Grantee {
  public readonly group: IdentityDynamicGroup;
  public readonly policySubject: string;
  public readonly policyConditions: readonly string[] = [];
  public readonly policyDependables: readonly ITerraformDependable[];

  constructor(scope: Construct, id: string, props: DynamicGroupProps) {
    super(scope, id);
    this.group = new IdentityDynamicGroup(this, "Group", {
      compartmentId: props.tenancyId,
      name: props.name,
      description: props.description,
      matchingRule: props.matchingRule,
    });
    // The name through the resource attribute, and depends_on as well: a policy naming a group that does not
    // exist yet is refused ("The dynamic_group X specified in the policy statement does not exist",
    // oracle/terraform-provider-oci#785; Oracle's oci-cis-landingzone-quickstart iam-dynamic-group module
    // adds depends_on for the same reason).
    this.policySubject = `dynamic-group ${this.group.name}`;
    this.policyDependables = [this.group];
  }
}

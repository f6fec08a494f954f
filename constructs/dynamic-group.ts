import { Construct } from "constructs";
import { IdentityDynamicGroup } from "../.gen/providers/oci/identity-dynamic-group";
import { Grantee } from "./policy-statement";

export interface DynamicGroupProps {
  /** Dynamic groups live in the tenancy's root compartment: OCI accepts them nowhere else. */
  readonly tenancyId: string;
  /** Unique in the tenancy. */
  readonly name: string;
  readonly description: string;
  /** Which resource principals are members, e.g. `ALL {resource.type = 'fnfunc', resource.id = '<ocid>'}`. */
  readonly matchingRule: string;
}

/** Resource principals (such as functions) as a grantee: they carry no keys; policies grant them access. */
export class DynamicGroup extends Construct implements Grantee {
  public readonly group: IdentityDynamicGroup;
  public readonly policySubject: string;
  public readonly policyConditions: readonly string[] = [];

  constructor(scope: Construct, id: string, props: DynamicGroupProps) {
    super(scope, id);
    this.group = new IdentityDynamicGroup(this, "Group", {
      compartmentId: props.tenancyId,
      name: props.name,
      description: props.description,
      matchingRule: props.matchingRule,
    });
    this.policySubject = `dynamic-group ${props.name}`;
  }
}

import { Construct } from "constructs";
import { IdentityDynamicGroup } from "../.gen/providers/oci/identity-dynamic-group";
import { Grantee } from "./policy-statement";

export interface FunctionsDynamicGroupProps {
  /** Dynamic groups live in the tenancy's root compartment: OCI accepts them nowhere else. */
  readonly tenancyId: string;
  /** The compartment whose functions are members. */
  readonly functionsCompartmentId: string;
  /** The group's name, unique in the tenancy. */
  readonly name: string;
}

/**
 * The functions of one compartment, as a grantee: they authenticate as resource principals, so they
 * carry no keys, and policies grant them access through this group.
 */
export class FunctionsDynamicGroup extends Construct implements Grantee {
  public readonly group: IdentityDynamicGroup;
  public readonly policySubject: string;
  public readonly policyConditions: readonly string[] = [];

  constructor(scope: Construct, id: string, props: FunctionsDynamicGroupProps) {
    super(scope, id);
    this.group = new IdentityDynamicGroup(this, "Group", {
      compartmentId: props.tenancyId,
      name: props.name,
      description: "Functions of this deployment, authenticating as resource principals",
      matchingRule: `ALL {resource.type = 'fnfunc', resource.compartment.id = '${props.functionsCompartmentId}'}`,
    });
    this.policySubject = `dynamic-group ${props.name}`;
  }
}

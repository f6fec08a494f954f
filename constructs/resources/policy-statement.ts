import { ITerraformDependable } from "cdktf";

/**
 * OCI IAM policy statements as values. Constructs hand them out from grant methods
 * (`stream.grantPush(functions)`); the `Policies` construct collects them into policies per compartment.
 */

/** Who a statement allows: a dynamic group, an OCI service, or `any-user` narrowed by request conditions. */
export interface Grantee {
  /** The subject of `Allow <subject> to ...`, e.g. `dynamic-group evs-functions` or `service streaming`. */
  readonly policySubject: string;
  /** Conditions every statement for this grantee must carry, e.g. the principal type for `any-user`. */
  readonly policyConditions: readonly string[];
  /**
   * What the subject names and the stack creates, such as the dynamic group itself: OCI refuses a policy
   * that names a group which does not exist yet (oracle/terraform-provider-oci#785), so the policy depends on it.
   * @default - none: the subject names nothing the stack creates (a service, or `any-user`)
   */
  readonly policyDependables?: readonly ITerraformDependable[];
}

export interface PolicyStatement {
  /** The compartment the statement applies to: the policy holding it is attached there. */
  readonly compartmentId: string;
  /** Where the statement applies: one compartment, or the whole tenancy (only for what OCI requires tenancy-wide). */
  readonly scope: "compartment" | "tenancy";
  readonly text: string;
  /** What must exist before a policy holding this statement is created: the grantee's dependables. */
  readonly dependsOn: readonly ITerraformDependable[];
}

function whereClause(conditions: readonly string[]): string {
  if (conditions.length === 0) return "";
  if (conditions.length === 1) return ` where ${conditions[0]}`;
  return ` where all {${conditions.join(", ")}}`;
}

/** `Allow <grantee> to <permission> in compartment id <compartmentId> [where ...]`. */
export function allow(
  grantee: Grantee,
  permission: string,
  compartmentId: string,
  conditions: readonly string[] = [],
): PolicyStatement {
  const where = whereClause([...grantee.policyConditions, ...conditions]);
  return {
    compartmentId,
    scope: "compartment",
    text: `Allow ${grantee.policySubject} to ${permission} in compartment id ${compartmentId}${where}`,
    dependsOn: grantee.policyDependables ?? [],
  };
}

/** `Allow <grantee> to <permission> in tenancy`: only for grants OCI documents as tenancy-wide. */
export function allowInTenancy(grantee: Grantee, permission: string, tenancyId: string): PolicyStatement {
  const where = whereClause(grantee.policyConditions);
  return {
    compartmentId: tenancyId,
    scope: "tenancy",
    text: `Allow ${grantee.policySubject} to ${permission} in tenancy${where}`,
    dependsOn: grantee.policyDependables ?? [],
  };
}

/** An OCI service acting on its own behalf, e.g. `service streaming`, `service objectstorage-us-ashburn-1`. */
export function serviceGrantee(service: string): Grantee {
  return { policySubject: `service ${service}`, policyConditions: [] };
}

/**
 * A service acting as a resource principal (Service Connector, API Gateway): OCI names these as `any-user`
 * narrowed to the principal type and the compartment the calling resource lives in. Services differ in the variable
 * that names that compartment: Service Connector documents `request.principal.compartment.id`, API Gateway
 * `request.resource.compartment.id`.
 */
export function resourcePrincipalGrantee(
  principalType: string,
  principalCompartmentId: string,
  compartmentVariable:
    | "request.principal.compartment.id"
    | "request.resource.compartment.id" = "request.principal.compartment.id",
): Grantee {
  return {
    policySubject: "any-user",
    policyConditions: [
      `request.principal.type = '${principalType}'`,
      `${compartmentVariable} = '${principalCompartmentId}'`,
    ],
  };
}

/** `target.<kind>.id = '<id>'`: the condition that scopes a statement to one resource. */
export function targetIs(kind: string, id: string): string {
  return `target.${kind}.id = '${id}'`;
}

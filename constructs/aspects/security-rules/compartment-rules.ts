import { SecurityRule, SynthesizedResource } from "./rule";
import { parseAllowStatement } from "./iam-rules";

/**
 * Types that OCI requires in the root compartment. Dynamic groups only exist there. A policy whose
 * statements all grant `in tenancy` (such as `Allow service faas to read repos in tenancy`) must be
 * attached to the root too; a policy with any compartment-level statement belongs in that compartment.
 */
const ALLOWED_IN_ROOT: Record<string, (resource: SynthesizedResource) => boolean> = {
  oci_identity_dynamic_group: () => true,
  oci_identity_policy: ({ body }) =>
    Array.isArray(body.statements) &&
    body.statements.length > 0 &&
    body.statements.every((s: unknown) => typeof s === "string" && parseAllowStatement(s)?.location === "tenancy"),
};

export const nothingInRootCompartment: SecurityRule = {
  id: "OCI-ROOT-COMPARTMENT",
  description:
    "No resource lives in the tenancy's root compartment, except dynamic groups and tenancy-level policies, which OCI requires there.",
  reference: "CIS OCI 5.2.1-5.2.2",
  check: (context) =>
    context.resources
      .filter((r) => r.body.compartment_id === context.settings.tenancyId)
      .filter((r) => !ALLOWED_IN_ROOT[r.type]?.(r))
      .map((resource) => ({
        resource,
        message: `compartment_id is the tenancy (root compartment); put it in a compartment of its concern${
          resource.type === "oci_identity_policy"
            ? " (only policies made solely of 'in tenancy' statements belong in the root)"
            : ""
        }`,
      })),
};

export const compartmentRules = [nothingInRootCompartment];

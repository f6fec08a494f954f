import { Finding, SecurityRule, SynthesizedResource } from "./rule";

/** The parts of an `Allow <subject> to <verb> <resource-type> | {PERMISSIONS} in <location> [where ...]` statement. */
export interface AllowStatement {
  readonly verb?: string;
  readonly resourceType?: string;
  readonly permissions: string[];
  readonly location: "tenancy" | "compartment";
  readonly scoped: boolean;
  /**
   * Permissions the condition takes away (`where request.permission != 'STREAM_DELETE'`, alone or inside `all {...}`;
   * inside `any {...}` it takes nothing away). `request.permission` is "the underlying permission being requested"
   * (https://docs.oracle.com/iaas/Content/Identity/policyreference/policyreference_topic-General_Variables_for_All_Requests.htm).
   */
  readonly excludedPermissions: string[];
}

const ALLOW =
  /^\s*allow\s+.+?\s+to\s+(?:(inspect|read|use|manage)\s+([a-z0-9-]+)|\{([^}]*)\})\s+in\s+(tenancy|compartment)\b(.*)$/is;

/** Parses an Allow statement; other statements (Define, Endorse, Admit) give undefined. */
export function parseAllowStatement(statement: string): AllowStatement | undefined {
  const match = ALLOW.exec(statement);
  if (!match) return undefined;
  const [, verb, resourceType, permissions, location, rest] = match;
  return {
    verb: verb?.toLowerCase(),
    resourceType: resourceType?.toLowerCase(),
    permissions: (permissions ?? "")
      .split(",")
      .map((p) => p.trim().toUpperCase())
      .filter((p) => p.length > 0),
    location: location.toLowerCase() as "tenancy" | "compartment",
    scoped: /\bwhere\b/i.test(rest),
    excludedPermissions: /\bwhere\s+any\s*\{/i.test(rest)
      ? []
      : [...rest.matchAll(/request\.permission\s*!=\s*'([a-z_]+)'/gi)].map((m) => m[1].toUpperCase()),
  };
}

/** Resource types whose grants must name the one stream, bucket, secret or topic they are for. */
const SCOPED_RESOURCE_TYPES = new Set([
  "stream-push",
  "stream-pull",
  "streams",
  "stream-family",
  "objects",
  "buckets",
  "object-family",
  "secrets",
  "secret-bundles",
  "secret-family",
  "ons-topics",
  "ons-family",
]);
const SCOPED_PERMISSION_PREFIXES = ["STREAM_", "OBJECT_", "BUCKET_", "SECRET_", "ONS_"];

function needsCondition(statement: AllowStatement): boolean {
  if (statement.resourceType) return SCOPED_RESOURCE_TYPES.has(statement.resourceType);
  return statement.permissions.some((p) => SCOPED_PERMISSION_PREFIXES.some((prefix) => p.startsWith(prefix)));
}

/** One finding per policy statement for which `problem` has something to say. */
function eachStatement(
  resources: SynthesizedResource[],
  problem: (statement: AllowStatement) => string | undefined,
): Finding[] {
  return resources.flatMap((resource) => {
    const statements: unknown[] = Array.isArray(resource.body.statements) ? resource.body.statements : [];
    return statements.flatMap((text, i) => {
      const parsed = typeof text === "string" ? parseAllowStatement(text) : undefined;
      const message = parsed && problem(parsed);
      return message ? [{ resource, message: `statements[${i}] "${text}": ${message}` }] : [];
    });
  });
}

export const noManageAllResources: SecurityRule = {
  id: "OCI-IAM-MANAGE-ALL",
  description: "No policy statement grants manage all-resources.",
  reference: "CIS OCI 1.2",
  check: (context) =>
    eachStatement(context.resourcesOf("oci_identity_policy"), (s) =>
      s.verb === "manage" && s.resourceType === "all-resources"
        ? "grants manage all-resources; grant the verbs and resource types the principal needs"
        : undefined,
    ),
};

export const noTenancyWideManage: SecurityRule = {
  id: "OCI-IAM-TENANCY-MANAGE",
  description: "No policy statement grants manage on anything in the whole tenancy.",
  reference: "CIS OCI 1.1, 1.2",
  check: (context) =>
    eachStatement(context.resourcesOf("oci_identity_policy"), (s) =>
      s.verb === "manage" && s.location === "tenancy"
        ? "grants manage in tenancy; grant it in the compartment that holds the resources"
        : undefined,
    ),
};

export const scopedDataGrants: SecurityRule = {
  id: "OCI-IAM-UNSCOPED",
  description:
    "Statements on streams, objects and buckets, secrets and topics carry a where condition that names the resource (target.stream.id, target.bucket.name, target.secret.id, ...).",
  reference: "CIS OCI 1.1 (least privilege)",
  check: (context) =>
    eachStatement(context.resourcesOf("oci_identity_policy"), (s) =>
      needsCondition(s) && !s.scoped
        ? `grants ${s.resourceType ?? `{${s.permissions.join(", ")}}`} without a where condition; scope it to the one resource, e.g. where target.stream.id = '<ocid>'`
        : undefined,
    ),
};

/** Whether a statement would let its principal delete a stream: `manage streams`, `manage stream-family`, STREAM_DELETE. */
function grantsStreamDelete(statement: AllowStatement): boolean {
  const byVerb = statement.verb === "manage" && ["streams", "stream-family"].includes(statement.resourceType ?? "");
  return (
    (byVerb || statement.permissions.includes("STREAM_DELETE")) &&
    !statement.excludedPermissions.includes("STREAM_DELETE")
  );
}

export const noStreamDelete: SecurityRule = {
  id: "OCI-IAM-STREAM-DELETE",
  description:
    "No policy statement lets a principal delete a stream: `manage streams` (which holds STREAM_DELETE) carries `request.permission != 'STREAM_DELETE'`.",
  reference: "CIS OCI 1.14 (service-level admins cannot delete what they manage), applied to streams",
  check: (context) =>
    eachStatement(context.resourcesOf("oci_identity_policy"), (s) =>
      grantsStreamDelete(s)
        ? "lets its principal delete the stream and every message on it; add request.permission != 'STREAM_DELETE' to its condition"
        : undefined,
    ),
};

export const iamRules = [noManageAllResources, noTenancyWideManage, scopedDataGrants, noStreamDelete];

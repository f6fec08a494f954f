/**
 * What every security rule works on: the stack's synthesized Terraform JSON (after every aspect and
 * override), one entry per resource, with the construct path cdktf records in each resource's metadata.
 */

/** A block of synthesized Terraform JSON: untyped by nature, each rule reads the few keys it knows. */
// oxlint-disable-next-line typescript/no-explicit-any
export type TerraformBlock = Record<string, any>;

/** One `resource.<type>.<name>` block of the synthesized stack. */
export interface SynthesizedResource {
  /** Terraform type, e.g. `oci_objectstorage_bucket`. */
  readonly type: string;
  /** Terraform name (cdktf's logical id), unique within the type. */
  readonly name: string;
  /** Construct path, e.g. `dev/Ingest/Bucket`. */
  readonly path: string;
  /** The resource's arguments as Terraform JSON: snake_case keys, references as `${type.name.attr}`. */
  readonly body: TerraformBlock;
}

/** Settings of the environment that some rules depend on. */
export interface RuleSettings {
  /** The tenancy OCID: resources whose `compartment_id` equals it sit in the root compartment. */
  readonly tenancyId: string;
  /** True when this environment may run a stream pool with a public endpoint. */
  readonly publicStreamPoolAllowed: boolean;
}

export interface RuleContext {
  readonly settings: RuleSettings;
  /** Every resource of the given Terraform type. */
  resourcesOf(type: string): SynthesizedResource[];
  readonly resources: SynthesizedResource[];
}

/** A resource that breaks a rule, and why, in words that say what to change. */
export interface Finding {
  readonly resource: SynthesizedResource;
  readonly message: string;
}

export interface SecurityRule {
  /** Stable id used in messages and suppressions, e.g. `OCI-BUCKET-PUBLIC`. */
  readonly id: string;
  /** What the rule requires, in one sentence. */
  readonly description: string;
  /** The benchmark controls it implements (checkov ids, CIS OCI Foundations sections). */
  readonly reference: string;
  check(context: RuleContext): Finding[];
}

/**
 * The blocks of a nested-block argument. cdktf writes a block with at most one item as an object and
 * others as arrays; absent means none.
 */
export function blocks(value: unknown): TerraformBlock[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]).filter((b) => typeof b === "object" && b !== null);
}

/** The first (usually only) block of a nested-block argument. */
export function block(value: unknown): TerraformBlock | undefined {
  return blocks(value)[0];
}

/** True when `value` is a Terraform reference to any attribute of `resource`, e.g. `${oci_core_subnet.x.id}`. */
export function refersTo(value: unknown, resource: SynthesizedResource): boolean {
  return typeof value === "string" && value.startsWith(`\${${resource.type}.${resource.name}.`) && value.endsWith("}");
}

/** True for a value that is set: not absent, null or an empty string. */
export function isSet(value: unknown): boolean {
  return value !== undefined && value !== null && value !== "";
}

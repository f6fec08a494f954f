import * as fs from "fs";
import * as path from "path";

/**
 * Checks synthesized Terraform JSON against the OCI provider schema (`terraform providers schema -json`
 * format): unknown arguments, missing required ones, computed-only ones that are set, wrong types, and
 * wrong block nesting or item counts. The same structural checks `terraform validate` makes, without Terraform.
 */

type CtyType = string | [string, unknown] | [string, unknown, unknown];

interface SchemaAttribute {
  type?: CtyType;
  nested_type?: unknown;
  required?: boolean;
  optional?: boolean;
  computed?: boolean;
}

interface SchemaBlockType {
  nesting_mode: "single" | "list" | "set" | "map" | "group";
  min_items?: number;
  max_items?: number;
  block: SchemaBlock;
}

export interface SchemaBlock {
  attributes?: Record<string, SchemaAttribute>;
  block_types?: Record<string, SchemaBlockType>;
}

export interface ProviderSchema {
  provider: { block: SchemaBlock };
  resource_schemas: Record<string, { block: SchemaBlock }>;
  data_source_schemas: Record<string, { block: SchemaBlock }>;
}

const PROVIDER_FQN = "registry.terraform.io/oracle/oci";
/** Terraform meta-arguments (`alias` for providers) and cdktf metadata: valid on every block, never in a provider schema. */
const META_ARGUMENTS = new Set([
  "//",
  "depends_on",
  "count",
  "for_each",
  "provider",
  "lifecycle",
  "provisioner",
  "connection",
  "alias",
]);

export function loadOciSchema(
  file = path.join(__dirname, "..", "..", ".gen", "oci-provider-schema.json"),
): ProviderSchema {
  return JSON.parse(fs.readFileSync(file, "utf8")).provider_schemas[PROVIDER_FQN];
}

function isReference(value: unknown): boolean {
  return typeof value === "string" && /\$\{.*\}/s.test(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function checkType(type: CtyType, value: unknown, where: string, problems: string[]): void {
  if (isReference(value) || value === null) return;
  if (typeof type === "string") {
    const ok =
      type === "dynamic" ||
      (type === "string" && typeof value === "string") ||
      (type === "number" && typeof value === "number") ||
      (type === "bool" && typeof value === "boolean");
    if (!ok) problems.push(`${where}: expected ${type}, got ${JSON.stringify(value)}`);
    return;
  }
  const [kind, inner] = type;
  if (kind === "list" || kind === "set") {
    if (!Array.isArray(value)) {
      problems.push(`${where}: expected a ${kind} of ${JSON.stringify(inner)}, got ${JSON.stringify(value)}`);
      return;
    }
    value.forEach((item, i) => checkType(inner as CtyType, item, `${where}[${i}]`, problems));
  } else if (kind === "map") {
    if (!isPlainObject(value)) {
      problems.push(`${where}: expected a map of ${JSON.stringify(inner)}, got ${JSON.stringify(value)}`);
      return;
    }
    for (const [k, v] of Object.entries(value)) checkType(inner as CtyType, v, `${where}.${k}`, problems);
  } else if (kind === "object") {
    if (!isPlainObject(value)) {
      problems.push(`${where}: expected an object, got ${JSON.stringify(value)}`);
      return;
    }
    const fields = inner as Record<string, CtyType>;
    for (const [k, v] of Object.entries(value)) {
      if (!(k in fields)) problems.push(`${where}.${k}: unknown object attribute`);
      else checkType(fields[k], v, `${where}.${k}`, problems);
    }
  } else if (kind === "tuple") {
    const items = inner as CtyType[];
    if (!Array.isArray(value) || value.length !== items.length) {
      problems.push(`${where}: expected a tuple of ${items.length} items, got ${JSON.stringify(value)}`);
      return;
    }
    value.forEach((item, i) => checkType(items[i], item, `${where}[${i}]`, problems));
  }
}

/** Checks one block's body (a resource, a data source or a nested block) and returns the problems found. */
export function checkBlock(block: SchemaBlock, body: Record<string, unknown>, where: string): string[] {
  const problems: string[] = [];
  const attributes = block.attributes ?? {};
  const blockTypes = block.block_types ?? {};

  for (const [name, value] of Object.entries(body)) {
    const at = `${where}.${name}`;
    if (META_ARGUMENTS.has(name)) continue;
    const attribute = attributes[name];
    const blockType = blockTypes[name];
    if (attribute) {
      if (attribute.computed && !attribute.optional && !attribute.required) {
        problems.push(`${at}: is computed by the provider and cannot be set`);
      } else if (attribute.type) {
        checkType(attribute.type, value, at, problems);
      }
    } else if (blockType) {
      problems.push(...checkNestedBlocks(blockType, value, at));
    } else {
      problems.push(`${at}: unknown argument`);
    }
  }

  for (const [name, attribute] of Object.entries(attributes)) {
    if (attribute.required && !(name in body)) problems.push(`${where}.${name}: required argument is missing`);
  }
  for (const [name, blockType] of Object.entries(blockTypes)) {
    if ((blockType.min_items ?? 0) > 0 && !(name in body)) {
      problems.push(`${where}.${name}: required block is missing (at least ${blockType.min_items})`);
    }
  }
  return problems;
}

function checkNestedBlocks(blockType: SchemaBlockType, value: unknown, where: string): string[] {
  if (isReference(value)) return [];
  if (blockType.nesting_mode === "single" || blockType.nesting_mode === "group") {
    if (!isPlainObject(value)) return [`${where}: expected a single block (an object), got ${JSON.stringify(value)}`];
    return checkBlock(blockType.block, value, where);
  }
  if (blockType.nesting_mode === "map") {
    if (!isPlainObject(value)) return [`${where}: expected a map of blocks, got ${JSON.stringify(value)}`];
    return Object.entries(value).flatMap(([k, v]) =>
      isPlainObject(v)
        ? checkBlock(blockType.block, v, `${where}.${k}`)
        : [`${where}.${k}: expected a block (an object)`],
    );
  }
  // list and set: Terraform's JSON syntax accepts one object or an array of objects.
  const items = Array.isArray(value) ? value : [value];
  const problems: string[] = [];
  if (blockType.max_items !== undefined && items.length > blockType.max_items) {
    problems.push(`${where}: at most ${blockType.max_items} block(s) allowed, got ${items.length}`);
  }
  if (blockType.min_items !== undefined && items.length < blockType.min_items) {
    problems.push(`${where}: at least ${blockType.min_items} block(s) required, got ${items.length}`);
  }
  items.forEach((item, i) => {
    const at = Array.isArray(value) ? `${where}[${i}]` : where;
    if (!isPlainObject(item)) problems.push(`${at}: expected a block (an object), got ${JSON.stringify(item)}`);
    else problems.push(...checkBlock(blockType.block, item, at));
  });
  return problems;
}

/** Terraform's built-in `terraform_data` resource (Terraform 1.4+), which no provider schema lists. */
const BUILTIN_RESOURCES: Record<string, { block: SchemaBlock }> = {
  terraform_data: {
    block: {
      attributes: {
        id: { type: "string", computed: true },
        input: { type: "dynamic", optional: true },
        output: { type: "dynamic", computed: true },
        triggers_replace: { type: "dynamic", optional: true },
      },
    },
  },
};

/**
 * Checks every `resource` and `data` block of a synthesized stack (the parsed cdk.tf.json) that belongs
 * to the OCI provider, and Terraform's built-in `terraform_data`. Types of other providers are listed in
 * `others` so that a caller can check them another way.
 */
export function checkStack(
  stack: Record<string, any>,
  schema: ProviderSchema,
): { problems: string[]; others: string[] } {
  const problems: string[] = [];
  const others: string[] = [];
  for (const [name, body] of Object.entries<Record<string, unknown>[]>(stack.provider ?? {})) {
    if (name !== "oci") continue;
    body.forEach((config, i) => problems.push(...checkBlock(schema.provider.block, config, `provider.oci[${i}]`)));
  }
  for (const [section, schemas] of [
    ["resource", schema.resource_schemas],
    ["data", schema.data_source_schemas],
  ] as const) {
    for (const [type, instances] of Object.entries<Record<string, Record<string, unknown>>>(stack[section] ?? {})) {
      const builtin = section === "resource" ? BUILTIN_RESOURCES[type] : undefined;
      if (!type.startsWith("oci_") && !builtin) {
        others.push(`${section}.${type}`);
        continue;
      }
      const typeSchema = builtin ?? schemas[type];
      if (!typeSchema) {
        problems.push(
          `${section}.${type}: not a type of the OCI provider schema (is it listed in scripts/oci-types.json?)`,
        );
        continue;
      }
      for (const [name, body] of Object.entries(instances)) {
        problems.push(...checkBlock(typeSchema.block, body, `${section}.${type}.${name}`));
      }
    }
  }
  return { problems, others };
}

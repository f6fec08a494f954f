/**
 * Deploy order, checked on synthesized Terraform JSON. Terraform orders creation only by references
 * (`${type.name.attr}`) and `depends_on`; an argument that names another resource of the stack by its literal
 * name orders nothing, so the named resource may not exist yet when OCI validates the argument (a policy naming
 * a dynamic group: oracle/terraform-provider-oci#785; an image pushed before its repository exists lands in a
 * new repository in the root compartment).
 */

/** The part of a Terraform JSON configuration the check reads. */
export interface TerraformJson {
  resource?: Record<string, Record<string, Record<string, unknown>>>;
  data?: Record<string, Record<string, Record<string, unknown>>>;
}

/** Arguments that hold a resource's own name: what other resources would name it by. */
export const NAME_ATTRIBUTES = ["name", "display_name", "secret_name"];
/** Free text for people: a name mentioned there is not used by OCI, so it orders nothing. */
const PROSE_ATTRIBUTES = new Set(["description", "body"]);
/** Meta-arguments and cdktf metadata: not arguments OCI receives. */
const META_ARGUMENTS = new Set(["//", "depends_on", "lifecycle", "provider", "count", "for_each"]);

export interface Violation {
  /** The resource whose argument names another one, e.g. `oci_identity_policy.P`. */
  readonly from: string;
  /** Where, e.g. `statements[0]`. */
  readonly argument: string;
  /** The resource named, e.g. `oci_identity_dynamic_group.G`. */
  readonly to: string;
  readonly name: string;
}

type Body = Record<string, unknown>;

/** Every resource (`type.name`) and data source (`data.type.name`) with its body. */
function blocks(json: TerraformJson): Map<string, Body> {
  const out = new Map<string, Body>();
  for (const [type, byName] of Object.entries(json.resource ?? {})) {
    for (const [name, body] of Object.entries(byName)) out.set(`${type}.${name}`, body);
  }
  for (const [type, byName] of Object.entries(json.data ?? {})) {
    for (const [name, body] of Object.entries(byName)) out.set(`data.${type}.${name}`, body);
  }
  return out;
}

/** Every string in a value, with its path. */
function strings(value: unknown, path: string, out: [string, string][] = []): [string, string][] {
  if (typeof value === "string") out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((item, i) => strings(item, `${path}[${i}]`, out));
  else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) strings(item, path ? `${path}.${key}` : key, out);
  }
  return out;
}

/** The arguments of a block that OCI receives, as strings with their paths. */
function argumentStrings(body: Body, skip: Set<string>): [string, string][] {
  return Object.entries(body)
    .filter(([key]) => !META_ARGUMENTS.has(key) && !skip.has(key))
    .flatMap(([key, value]) => strings(value, key));
}

const ADDRESS = /(?:data\.)?[a-z][a-z0-9_]*\.[A-Za-z0-9_-]+/g;

/** Direct dependencies of each block: the addresses its `${...}` expressions refer to, and its depends_on. */
export function dependencyGraph(json: TerraformJson): Map<string, Set<string>> {
  const all = blocks(json);
  const graph = new Map<string, Set<string>>();
  for (const [address, body] of all) {
    const edges = new Set<string>();
    for (const [, text] of strings(body, "")) {
      for (const expression of text.match(/\$\{[^}]*\}/g) ?? []) {
        for (const candidate of expression.match(ADDRESS) ?? []) if (all.has(candidate)) edges.add(candidate);
      }
    }
    for (const entry of (body.depends_on as string[] | undefined) ?? []) {
      edges.add(entry.replace(/^\$\{(.*)\}$/, "$1"));
    }
    edges.delete(address);
    graph.set(address, edges);
  }
  return graph;
}

/** Whether `from` depends on `to` through any chain of references and depends_on. */
export function dependsOn(graph: Map<string, Set<string>>, from: string, to: string): boolean {
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length > 0) {
    for (const next of graph.get(stack.pop()!) ?? []) {
      if (next === to) return true;
      if (!seen.has(next)) {
        seen.add(next);
        stack.push(next);
      }
    }
  }
  return false;
}

/** The literal names of the stack's resources (names that are references are already dependencies). */
function literalNames(json: TerraformJson): [string, string][] {
  const out: [string, string][] = [];
  for (const [address, body] of blocks(json)) {
    if (address.startsWith("data.")) continue;
    for (const attribute of NAME_ATTRIBUTES) {
      const name = body[attribute];
      if (typeof name === "string" && !name.includes("${")) out.push([name, address]);
    }
  }
  return out;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A dependency cycle, as the addresses along it (the first repeated at the end), or undefined when there is none.
 * Terraform refuses to plan a configuration with a cycle, so a depends_on that closes one breaks every deploy.
 */
export function dependencyCycle(graph: Map<string, Set<string>>): string[] | undefined {
  const done = new Set<string>();
  const path: string[] = [];
  const onPath = new Set<string>();
  const visit = (node: string): string[] | undefined => {
    if (onPath.has(node)) return [...path.slice(path.indexOf(node)), node];
    if (done.has(node)) return undefined;
    path.push(node);
    onPath.add(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    onPath.delete(node);
    done.add(node);
    return undefined;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return undefined;
}

/**
 * Every argument that names another resource of the stack by its literal name without depending on it.
 * A name counts only as a whole word: `evs-data` is not named by `evs-data-to-process`, but `evs/fn` is by
 * `.../ns/evs/fn:tag`.
 */
export function deployOrderViolations(json: TerraformJson): Violation[] {
  const graph = dependencyGraph(json);
  const names = literalNames(json).map(([name, address]) => ({
    name,
    address,
    pattern: new RegExp(`(?<![A-Za-z0-9_-])${escape(name)}(?![A-Za-z0-9_-])`),
  }));
  const violations: Violation[] = [];
  for (const [from, body] of blocks(json)) {
    // A resource's own name is no mention of another resource that happens to share it.
    const skip = new Set([...PROSE_ATTRIBUTES, ...NAME_ATTRIBUTES]);
    for (const [argument, text] of argumentStrings(body, skip)) {
      for (const { name, address: to, pattern } of names) {
        if (to !== from && pattern.test(text) && !dependsOn(graph, from, to)) {
          violations.push({ from, argument, to, name });
        }
      }
    }
  }
  return violations;
}

/** One line per violation, for a failure message that says what to fix. */
export function explain(violations: Violation[]): string[] {
  return violations.map((v) => `${v.from} ${v.argument} names ${v.to} ("${v.name}") but does not depend on it`);
}

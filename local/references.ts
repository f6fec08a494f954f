/**
 * The one resolver of Terraform references in a synthesized `cdk.tf.json`: `${<type>.<name>.<attribute>}` and
 * `${data.<type>.<name>.<attribute>}`, whole strings or interpolated into longer ones, anywhere in a value.
 *
 * An attribute resolves to what the local stand-in of that resource computed (an OCID, an endpoint), or else to the
 * resource's own argument of that name (a bucket's `name`, a repository's `display_name`), itself resolved. Anything
 * else is refused by name: an expression that is not a plain reference, a resource the stack does not have, or an
 * attribute no local stand-in provides.
 *
 * `$${` and `%%{` are Terraform's escapes for a literal `${` and `%{` (an API Gateway context variable such as
 * `$${request.auth[client]}` reaches the API as `${request.auth[client]}`): they become that literal text and are
 * never read as references ("Escape sequences ... `$${` literal `${`, without beginning an interpolation sequence",
 * https://developer.hashicorp.com/terraform/language/expressions/strings, "Escape Sequences"; the same string
 * templates apply in JSON syntax, https://developer.hashicorp.com/terraform/language/syntax/json#expression-mapping).
 * A template directive `%{...}` is not a reference and is refused like any other expression.
 */

export interface Address {
  readonly mode: "resource" | "data";
  readonly type: string;
  readonly name: string;
}

/** Computes the local attributes of a resource, or undefined when there is no local stand-in for its type. */
export type LocalAttributes = (address: Address, body: Record<string, any>) => Record<string, unknown> | undefined;

export class UnresolvedReference extends Error {
  override readonly name = "UnresolvedReference";
}

/** An escape (`$${`, `%%{`), an interpolation `${...}`, or a directive `%{...}`, left to right. */
const TEMPLATE = /\$\$\{|%%\{|\$\{([^}]*)\}|%\{([^}]*)\}/g;
const REFERENCE = /^(?:(data)\.)?([a-z][a-z0-9_]*)\.([A-Za-z0-9_-]+)\.([a-z_][a-z0-9_]*)$/;

export class ReferenceResolver {
  private readonly computed = new Map<string, Record<string, unknown> | undefined>();
  private readonly resolving = new Set<string>();

  constructor(
    private readonly json: Record<string, any>,
    private readonly attributes: LocalAttributes,
  ) {}

  /** The body of a resource or data source, or undefined when the stack has none at that address. */
  body(address: Address): Record<string, any> | undefined {
    const section = address.mode === "data" ? this.json.data : this.json.resource;
    return section?.[address.type]?.[address.name];
  }

  /** Every resource of a type, by name. */
  resourcesOf(type: string): [string, Record<string, any>][] {
    return Object.entries(this.json.resource?.[type] ?? {});
  }

  /** The local attributes of a resource, computed once (this is where its stand-in is created). */
  local(address: Address): Record<string, unknown> | undefined {
    const key = `${address.mode}.${address.type}.${address.name}`;
    if (!this.computed.has(key)) {
      const body = this.body(address);
      if (!body) throw new UnresolvedReference(`${describe(address)} is not in the stack`);
      this.computed.set(key, this.attributes(address, body));
    }
    return this.computed.get(key);
  }

  /** `value` with every reference in it resolved; `where` names the place for errors (`oci_x.Y config.KEY`). */
  resolve<T>(value: T, where: string): T {
    if (typeof value === "string") return this.resolveString(value, where) as T;
    if (Array.isArray(value)) return value.map((item, i) => this.resolve(item, `${where}[${i}]`)) as T;
    if (value !== null && typeof value === "object") {
      return Object.fromEntries(
        Object.entries(value)
          .filter(([key]) => key !== "//")
          .map(([key, item]) => [key, this.resolve(item, `${where}.${key}`)]),
      ) as T;
    }
    return value;
  }

  private resolveString(text: string, where: string): unknown {
    const whole = /^\$\{([^}]*)\}$/.exec(text);
    if (whole) return this.lookup(whole[1], where);
    return text.replace(TEMPLATE, (token: string, expression?: string, directive?: string) => {
      if (token === "$${") return "${";
      if (token === "%%{") return "%{";
      if (directive !== undefined) {
        throw new UnresolvedReference(
          `cannot resolve %{${directive}} in ${where}: template directives have no local stand-in`,
        );
      }
      return String(this.lookup(expression!, where));
    });
  }

  private lookup(expression: string, where: string): unknown {
    const match = REFERENCE.exec(expression.trim());
    if (!match) {
      throw new UnresolvedReference(
        `cannot resolve \${${expression}} in ${where}: only <type>.<name>.<attribute> references have local stand-ins`,
      );
    }
    const address: Address = { mode: match[1] ? "data" : "resource", type: match[2], name: match[3] };
    const attribute = match[4];
    const body = this.body(address);
    if (!body) {
      throw new UnresolvedReference(
        `cannot resolve \${${expression}} in ${where}: ${describe(address)} is not in the stack`,
      );
    }
    const local = this.local(address);
    if (local && attribute in local) return local[attribute];
    if (attribute in body) {
      const key = `${expression} `;
      if (this.resolving.has(key)) throw new UnresolvedReference(`\${${expression}} in ${where} refers to itself`);
      this.resolving.add(key);
      try {
        return this.resolve(body[attribute], `${describe(address)}.${attribute}`);
      } finally {
        this.resolving.delete(key);
      }
    }
    throw new UnresolvedReference(
      local
        ? `cannot resolve \${${expression}} in ${where}: the local ${address.type} has no attribute ${attribute}`
        : `cannot resolve \${${expression}} in ${where}: there is no local stand-in for ${address.type}`,
    );
  }
}

function describe(address: Address): string {
  return `${address.mode === "data" ? "data." : ""}${address.type}.${address.name}`;
}

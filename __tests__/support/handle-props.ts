/**
 * Handles passed as strings, read with the TypeScript compiler: a construct prop typed `string` (or `string[]`) that
 * holds another resource's OCID or name loses the Terraform dependency and the grants that the resource's object
 * carries (issue 12: "a policy names a dynamic group by a string and so does not depend on it").
 *
 * - A resource interface is an exported `I<Name>` interface of constructs/; its handles are its string members named
 *   `<x>Id` or `<x>Name` where `<x>` ends its name or is its initials (`ILogGroup.logGroupId`, `IBucket.bucketName`,
 *   `INetworkSecurityGroup.nsgId`).
 * - A `*Props` prop typed string whose name ends with a handle (`logGroupId`, `publicSubnetId`, `nsgIds`) is a defect:
 *   take the interface.
 * - Any other `*Props` prop named `<x>Id(s)` typed string is an OCID with no interface: add one, or list it.
 * Exceptions are listed with a reason each; an exception that matches no prop is reported too, so the list cannot rot.
 */
import * as ts from "typescript";

export interface SourceFile {
  readonly file: string;
  readonly text: string;
}

/** A prop allowed to stay a string, as `Interface.prop` or `*.prop` for every interface, with why. */
export type HandleExceptions = Readonly<Record<string, string>>;

const STRING_TYPES = new Set(["string", "string[]", "readonly string[]"]);
const HANDLE_SUFFIX = /(Id|Name)$/;
const OCID_PROP = /Ids?$/;

function parse({ file, text }: SourceFile): ts.SourceFile {
  return ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
}

function stringProps(sf: ts.SourceFile, statement: ts.InterfaceDeclaration): ts.PropertySignature[] {
  return statement.members.filter(
    (m): m is ts.PropertySignature =>
      ts.isPropertySignature(m) && m.type !== undefined && STRING_TYPES.has(m.type.getText(sf)),
  );
}

function exported(node: ts.Node): boolean {
  return ts.canHaveModifiers(node) && !!ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
}

/** `logGroupId` -> `ILogGroup`, for every handle of every resource interface in `files`. */
export function resourceHandles(files: readonly SourceFile[]): Map<string, string> {
  const handles = new Map<string, string>();
  for (const source of files) {
    const sf = parse(source);
    for (const statement of sf.statements) {
      if (!ts.isInterfaceDeclaration(statement) || !exported(statement)) continue;
      const name = statement.name.text;
      if (!/^I[A-Z][a-z]/.test(name)) continue;
      const stem = name.slice(1).toLowerCase();
      const initials = name.slice(1).replace(/[a-z]/g, "").toLowerCase();
      for (const member of stringProps(sf, statement)) {
        const prop = member.name.getText(sf);
        if (!HANDLE_SUFFIX.test(prop)) continue;
        const subject = prop.replace(HANDLE_SUFFIX, "").toLowerCase();
        if (stem.endsWith(subject) || subject === initials) handles.set(prop, name);
      }
    }
  }
  return handles;
}

/** The handle `prop` ends with (`publicSubnetId` ends with `subnetId`, `nsgIds` with `nsgId`), if any. */
function handleOf(prop: string, handles: ReadonlyMap<string, string>): string | undefined {
  const singular = prop.endsWith("Ids") || prop.endsWith("Names") ? prop.slice(0, -1) : prop;
  return [...handles.keys()].find(
    (handle) => singular === handle || singular.endsWith(handle.charAt(0).toUpperCase() + handle.slice(1)),
  );
}

/** `file:line Interface.prop: problem` for each string handle of the `*Props` interfaces in `files`. */
export function stringHandleProblems(files: readonly SourceFile[], exceptions: HandleExceptions): string[] {
  const handles = resourceHandles(files);
  const problems: string[] = [];
  const used = new Set<string>();
  for (const source of files) {
    const sf = parse(source);
    for (const statement of sf.statements) {
      if (!ts.isInterfaceDeclaration(statement) || !statement.name.text.endsWith("Props")) continue;
      for (const member of stringProps(sf, statement)) {
        const prop = member.name.getText(sf);
        const handle = handleOf(prop, handles);
        if (!handle && !OCID_PROP.test(prop)) continue;
        const key = [`${statement.name.text}.${prop}`, `*.${prop}`].find((k) => k in exceptions);
        if (key) {
          used.add(key);
          continue;
        }
        const where = `${source.file}:${sf.getLineAndCharacterOfPosition(member.getStart()).line + 1} ${statement.name.text}.${prop}`;
        problems.push(
          handle
            ? `${where}: a string where ${handles.get(handle)} exists (it holds \`${handle}\`): take the interface`
            : `${where}: an OCID as a string with no resource interface: add one, or list it as an exception with a reason`,
        );
      }
    }
  }
  for (const key of Object.keys(exceptions)) {
    if (!used.has(key)) problems.push(`exception ${key} matches no prop: remove it`);
  }
  return problems;
}

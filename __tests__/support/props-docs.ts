/**
 * Props documentation, read with the TypeScript compiler: every property of every exported `*Props` interface has a
 * JSDoc sentence, and every optional one says what happens without it (`@default`), as aws-cdk-lib's props do.
 */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

/** The .ts files under `dir`, relative to `root`, in a stable order. */
export function sourceFiles(root: string, dir: string): string[] {
  const files: string[] = [];
  const walk = (relative: string) => {
    for (const entry of fs.readdirSync(path.join(root, relative), { withFileTypes: true })) {
      const child = path.posix.join(relative, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")) files.push(child);
    }
  };
  walk(dir);
  return files.sort();
}

/** `file:line Interface.prop: problem` for each undocumented prop of the exported `*Props` interfaces in `source`. */
export function propsDocProblems(file: string, source: string): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.ES2022, true);
  const problems: string[] = [];
  const exported = (node: ts.Node) =>
    ts.canHaveModifiers(node) && !!ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  for (const statement of sf.statements) {
    if (!ts.isInterfaceDeclaration(statement) || !exported(statement) || !statement.name.text.endsWith("Props")) {
      continue;
    }
    for (const member of statement.members) {
      if (!ts.isPropertySignature(member)) continue;
      const where = `${file}:${sf.getLineAndCharacterOfPosition(member.getStart()).line + 1} ${statement.name.text}.${member.name.getText(sf)}`;
      const docs = ts.getJSDocCommentsAndTags(member).filter(ts.isJSDoc);
      const sentence = docs
        .map((d) => ts.getTextOfJSDocComment(d.comment) ?? "")
        .join(" ")
        .trim();
      if (!sentence) problems.push(`${where}: no JSDoc sentence saying what it is`);
      const hasDefault = docs.some((d) => d.tags?.some((tag) => tag.tagName.text === "default"));
      if (member.questionToken && !hasDefault)
        problems.push(`${where}: optional, but no @default saying what happens without it`);
    }
  }
  return problems;
}

import * as fs from "fs";
import { builtinModules } from "module";
import * as path from "path";
import { transformSync } from "@swc/core";

const ROOT = path.resolve(__dirname, "..", "..");

/** A package that a project file loads, with the chain of project files that leads to it from the entry. */
export interface PackageReached {
  readonly name: string;
  /** Project files from the entry to the one that requires the package, relative to the repository root. */
  readonly chain: readonly string[];
}

/**
 * The packages that loading `entry` (a project .ts file) loads at run time, each with the first chain of project files
 * that leads to it. Each file is compiled as jest and @swc-node/register compile it (swc, CommonJS), so an import
 * that is only used as a type, which the compiler drops, is not counted.
 */
export function packagesLoadedBy(entry: string): PackageReached[] {
  const packages = new Map<string, readonly string[]>();
  const seen = new Set<string>();
  const queue: string[][] = [[path.resolve(ROOT, entry)]];
  while (queue.length > 0) {
    const chain = queue.shift()!;
    const file = chain[chain.length - 1];
    if (seen.has(file)) continue;
    seen.add(file);
    const { code } = transformSync(fs.readFileSync(file, "utf8"), {
      filename: file,
      swcrc: false,
      module: { type: "commonjs" },
      jsc: { parser: { syntax: "typescript", decorators: true }, target: "es2022" },
    });
    // Only literal names: a require of a computed name cannot be followed here.
    for (const [, specifier] of code.matchAll(/\brequire\("([^"$]+)"\)/g)) {
      if (specifier.startsWith(".")) {
        const required = resolveProjectFile(path.dirname(file), specifier);
        if (required.endsWith(".ts")) queue.push([...chain, required]);
      } else if (!specifier.startsWith("node:") && !builtinModules.includes(specifier)) {
        const name = specifier.startsWith("@") ? specifier.split("/").slice(0, 2).join("/") : specifier.split("/")[0];
        if (!packages.has(name))
          packages.set(
            name,
            chain.map((f) => path.relative(ROOT, f)),
          );
      }
    }
  }
  return [...packages].map(([name, chain]) => ({ name, chain }));
}

/** The .ts file a relative import names, or the data file (e.g. JSON) it names as is. */
function resolveProjectFile(dir: string, specifier: string): string {
  const base = path.resolve(dir, specifier);
  const found = [`${base}.ts`, path.join(base, "index.ts"), base].find(
    (candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile(),
  );
  if (!found) throw new Error(`cannot resolve ${specifier} from ${dir}`);
  return found;
}

import * as path from "path";
/**
 * What a README tells the user to use: stack outputs, configuration fields and npm scripts, extracted from
 * the ways the docs name them, so a test can check each one exists.
 */

export interface ReadmeReferences {
  /** Terraform outputs, e.g. `api_endpoint`. */
  readonly outputs: Set<string>;
  /** Configuration fields as dotted paths; `<name>` stands for any key, e.g. `functions.<name>.memoryInMbs`. */
  readonly configFields: Set<string>;
  /** npm scripts, e.g. `synth` from `npm run synth`; `test` from `npm test`. */
  readonly npmScripts: Set<string>;
}

const SNAKE = "[a-z][a-z0-9]*(?:_[a-z0-9]+)+";

/** Where docs name an output: `<output>` placeholders, jq paths into outputs.json, `output X`, `grep X`. */
const OUTPUT_PATTERNS = [
  new RegExp(`<(${SNAKE})>`, "g"), // --secret-id <target_api_credential_secret_id>
  new RegExp(`\\.\\["[^"]*"\\]\\.(${SNAKE})`, "g"), // jq '.["<env>"].api_endpoint'
  new RegExp(`"(${SNAKE})": \\.\\.\\.`, "g"), // {"dev": {"data_stream_id": ..., ...}}
  new RegExp(`\\bgrep (${SNAKE})`, "g"), // cdktf output <env> | grep target_api_credential_secret_id
];
/** `output `x``, `Outputs `x` (...) and `y``: a list of backticked names after the word output(s). */
const OUTPUT_LIST = new RegExp(`\\boutputs?\\s+((?:\`${SNAKE}\`(?:\\s*\\([^)]*\\))?(?:,\\s*|\\s+and\\s+)?)+)`, "gi");

function matches(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(pattern)].map((m) => m[1]);
}

/** Dotted config paths in backticks; `.rest` continues the previous path of the line (`.corsAllowedOrigins`). */
function configFields(text: string, topLevelKeys: ReadonlySet<string>): string[] {
  const fields: string[] = [];
  const segment = "(?:[A-Za-z][A-Za-z0-9]*|<[a-z]+>|\\{[a-z,]+\\})";
  const full = new RegExp(`^[a-z][A-Za-z0-9]*(?:\\.${segment})+$`);
  const relative = new RegExp(`^(?:\\.${segment})+$`);
  for (const line of text.split("\n")) {
    let previous: string | undefined;
    for (const token of matches(line, /`([^`]+)`/g)) {
      // `streaming.ts` is a file, not a field.
      if (/\.(ts|js|json|md|ya?ml)$/.test(token)) continue;
      if (full.test(token) && topLevelKeys.has(token.split(".")[0])) previous = token;
      else if (previous && relative.test(token)) {
        const depth = token.split(".").length - 1;
        previous = [...previous.split(".").slice(0, -depth), ...token.split(".").slice(1)].join(".");
      } else continue;
      fields.push(previous);
    }
  }
  // `streaming.streams.{data,recoverable}` names each of them.
  return fields.flatMap((field) => {
    const choice = /\{([a-z,]+)\}/.exec(field);
    return choice ? choice[1].split(",").map((c) => field.replace(choice[0], c)) : [field];
  });
}

export function readmeReferences(markdown: string, topLevelConfigKeys: ReadonlySet<string>): ReadmeReferences {
  const flowing = markdown.replace(/\s*\n\s*/g, " ");
  const outputs = new Set(OUTPUT_PATTERNS.flatMap((p) => matches(markdown, p)));
  for (const list of matches(flowing, OUTPUT_LIST))
    matches(list, new RegExp(`\`(${SNAKE})\``, "g")).forEach((o) => outputs.add(o));
  const npmScripts = new Set([
    ...matches(markdown, /\bnpm run ([a-z][\w:-]*)/g),
    ...(/\bnpm test\b/.test(markdown) ? ["test"] : []),
  ]);
  return { outputs, configFields: new Set(configFields(markdown, topLevelConfigKeys)), npmScripts };
}

/** Whether a zod schema has a field at `path` (`<name>` matches any key of a record or object). */
export function schemaHasPath(schema: unknown, path: string): boolean {
  return hasPath(schema, path.split("."));
}

function unwrap(schema: any): any {
  let current = schema;
  for (;;) {
    const def = current?.def ?? current?._zod?.def;
    if (!def) return current;
    if (["optional", "nullable", "default", "prefault", "readonly", "catch", "nonoptional"].includes(def.type)) {
      current = def.innerType;
    } else if (def.type === "pipe") current = def.in;
    else if (def.type === "lazy") current = def.getter();
    else return current;
  }
}

function hasPath(schema: unknown, segments: string[]): boolean {
  if (segments.length === 0) return true;
  const node = unwrap(schema);
  const def = node?.def ?? node?._zod?.def;
  const [head, ...rest] = segments;
  const wildcard = /^<[a-z]+>$/.test(head);
  switch (def?.type) {
    case "object":
      if (wildcard) return Object.values<unknown>(def.shape).some((child) => hasPath(child, rest));
      return head in def.shape && hasPath(def.shape[head], rest);
    case "record":
      return hasPath(def.valueType, rest);
    case "union":
      return def.options.some((option: unknown) => hasPath(option, segments));
    default:
      return false;
  }
}

/** Markdown without its fenced code blocks, where `[x](y)` and `# x` are code, not links or headings. */
function prose(markdown: string): string {
  return markdown.replace(/^```[^\n]*\n[\s\S]*?^```$/gm, "");
}

/** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens. */
export function headingAnchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, "")
    .replace(/ /g, "-");
}

/**
 * Relative links of `markdown` (the file at `file`, relative to the project root) whose target file does not exist
 * or has no heading with the link's anchor. `read` returns a project file's text, or undefined when there is none.
 */
export function brokenLinks(markdown: string, file: string, read: (file: string) => string | undefined): string[] {
  const problems: string[] = [];
  for (const [, , target] of prose(markdown).matchAll(/\[([^\]]*)\]\(([^)\s]+)\)/g)) {
    if (/^[a-z][a-z+.-]*:/i.test(target)) continue;
    const [filePart, anchor] = target.split("#", 2);
    const resolved = filePart ? path.posix.normalize(path.posix.join(path.posix.dirname(file), filePart)) : file;
    const text = resolved === file ? markdown : read(resolved);
    if (text === undefined) {
      problems.push(`${target} (in ${file}): ${resolved} does not exist`);
    } else if (
      anchor &&
      !prose(text)
        .split("\n")
        .some((l) => /^#+ /.test(l) && headingAnchor(l.replace(/^#+ /, "")) === anchor)
    ) {
      problems.push(`${target} (in ${file}): no heading with the anchor "${anchor}" in ${resolved}`);
    }
  }
  return problems;
}

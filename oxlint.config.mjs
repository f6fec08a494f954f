// oxlint's configuration (`npm run lint` passes it with -c: oxlint finds only .oxlintrc.json or, on Node 22.18 and
// later, oxlint.config.ts by itself). A script so that each layer's message is built from the list it enforces.

// eslint:recommended and typescript-eslint's recommended, as @oxlint/migrate maps them. oxlint has no no-dupe-args or
// no-octal: both are syntax errors in strict code and in TypeScript, so only the four CommonJS .js files lose them.
// no-undef is below, for the .js files only: typescript-eslint turns it off for .ts files, where tsc reports the name.
const RECOMMENDED = [
  ...["constructor-super", "for-direction", "getter-return", "no-async-promise-executor", "no-case-declarations"],
  ...["no-class-assign", "no-compare-neg-zero", "no-cond-assign", "no-const-assign", "no-constant-binary-expression"],
  ...["no-constant-condition", "no-control-regex", "no-debugger", "no-delete-var", "no-dupe-class-members"],
  ...["no-dupe-else-if", "no-dupe-keys", "no-duplicate-case", "no-empty", "no-empty-character-class"],
  ...["no-empty-pattern", "no-empty-static-block", "no-ex-assign", "no-extra-boolean-cast", "no-fallthrough"],
  ...["no-func-assign", "no-global-assign", "no-import-assign", "no-invalid-regexp", "no-irregular-whitespace"],
  ...[
    "no-loss-of-precision",
    "no-misleading-character-class",
    "no-new-native-nonconstructor",
    "no-nonoctal-decimal-escape",
  ],
  ...["no-obj-calls", "no-prototype-builtins", "no-redeclare", "no-regex-spaces", "no-self-assign", "no-setter-return"],
  ...["no-shadow-restricted-names", "no-sparse-arrays", "no-this-before-super", "no-unexpected-multiline"],
  ...["no-unreachable", "no-unsafe-finally", "no-unsafe-negation", "no-unsafe-optional-chaining", "no-unused-labels"],
  ...["no-unused-private-class-members", "no-useless-backreference", "no-useless-catch", "no-useless-escape"],
  ...["no-with", "require-yield", "use-isnan", "valid-typeof", "no-array-constructor", "no-unused-expressions"],
  ...["typescript/ban-ts-comment", "typescript/no-duplicate-enum-values", "typescript/no-empty-object-type"],
  ...["typescript/no-explicit-any", "typescript/no-extra-non-null-assertion", "typescript/no-misused-new"],
  ...["typescript/no-namespace", "typescript/no-non-null-asserted-optional-chain", "typescript/no-require-imports"],
  ...[
    "typescript/no-this-alias",
    "typescript/no-unnecessary-type-constraint",
    "typescript/no-unsafe-declaration-merging",
  ],
  ...["typescript/no-unsafe-function-type", "typescript/no-wrapper-object-types", "typescript/prefer-as-const"],
  ...["typescript/prefer-namespace-keyword", "typescript/triple-slash-reference"],
];

/** What typescript-eslint's recommended changes for .ts files: tsc checks these, and these ES2015 forms are asked for. */
const FOR_TYPESCRIPT = {
  ...Object.fromEntries(
    [
      ...["constructor-super", "getter-return", "no-class-assign", "no-const-assign", "no-dupe-class-members"],
      ...["no-dupe-keys", "no-func-assign", "no-import-assign", "no-new-native-nonconstructor", "no-obj-calls"],
      ...[
        "no-redeclare",
        "no-setter-return",
        "no-this-before-super",
        "no-unreachable",
        "no-unsafe-negation",
        "no-with",
      ],
    ].map((rule) => [rule, "off"]),
  ),
  ...Object.fromEntries(
    ["no-var", "prefer-const", "prefer-rest-params", "prefer-spread"].map((rule) => [rule, "error"]),
  ),
};

// Bindings are imported per resource; a barrel would load every generated binding.
const BINDING_BARREL = { regex: "\\.gen/providers/oci$", message: "Import the binding's own folder, not a barrel." };

const CONSTRUCTS_MUST_NOT_REACH = ["cli", "stand-ins", "__tests__", "bench", "local"];

// Constructs build each function's config map from its contract, so they may import functions/contracts.ts, the one
// file that maps a function to the schema it starts with; never the functions' code. (A gitignore-style group: oxlint's
// regular expressions have no look-ahead.)
const ONLY_FUNCTION_CONTRACTS = {
  group: ["**/functions/**", "!**/functions/contracts"],
  message: "constructs/ may import functions/contracts only (the functions' config contracts), not function code.",
};

/**
 * An override that refuses relative imports from `files` into any of the `forbidden` top-level folders, and whatever
 * `extra` patterns refuse.
 */
function layer(files, forbidden, extra = []) {
  const names = forbidden.map((name) => name.replace(".", "\\.")).join("|");
  return {
    files,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            BINDING_BARREL,
            ...extra,
            {
              regex: `^(\\.\\./)+(${names})(/|$)`,
              message: `${files[0].replace("/**/*.ts", "")}/ must not import from ${forbidden.join(", ")}: the layers in README, Project layout.`,
            },
          ],
        },
      ],
    },
  };
}

export default {
  plugins: ["typescript"],
  // Only the rules named here, as eslint ran them.
  categories: { correctness: "off" },
  env: { builtin: true },
  ignorePatterns: [".gen/", "cdktf.out/", "dist/", "coverage/", "node_modules/"],
  rules: {
    ...Object.fromEntries(RECOMMENDED.map((rule) => [rule, "error"])),
    "no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    "no-restricted-imports": ["error", { patterns: [BINDING_BARREL] }],
  },
  overrides: [
    { files: ["**/*.ts"], rules: FOR_TYPESCRIPT },
    // The layers (README, "Project layout"): nothing imports upward. Each folder names what it must not reach.
    layer(
      ["lib/**/*.ts"],
      ["constructs", "config", "functions", "cli", "stand-ins", "__tests__", "bench", "scripts", ".gen", "local"],
    ),
    layer(
      ["functions/**/*.ts"],
      ["constructs", "config", "cli", "stand-ins", "__tests__", "bench", "scripts", ".gen", "local"],
    ),
    layer(["cli/**/*.ts"], ["constructs", "config", "functions", "stand-ins", "__tests__", "bench", "local"]),
    layer(["config/**/*.ts"], ["constructs", "functions", "cli", "stand-ins", "__tests__", "bench", "local"]),
    layer(["constructs/**/*.ts"], CONSTRUCTS_MUST_NOT_REACH, [ONLY_FUNCTION_CONTRACTS]),
    // Later overrides replace the rule for their files, so they repeat the folder's own list.
    layer(
      ["constructs/resources/**/*.ts"],
      [...CONSTRUCTS_MUST_NOT_REACH, "patterns", "stack", "aspects"],
      [ONLY_FUNCTION_CONTRACTS],
    ),
    layer(["constructs/patterns/**/*.ts"], [...CONSTRUCTS_MUST_NOT_REACH, "stack"], [ONLY_FUNCTION_CONTRACTS]),
    layer(["stand-ins/**/*.ts"], ["constructs", "__tests__", "bench", "cli", "local"]),
    layer(["bench/**/*.ts"], ["__tests__"]),
    // Another team's app: it sees the constructs through their entry point (adopt-example.test.ts checks that).
    layer(
      ["examples/**/*.ts"],
      ["config", "functions", "lib", "cli", "stand-ins", "local", "__tests__", "bench", "scripts"],
    ),
    // The local runtime (npm run local) runs the synthesized JSON, not the constructs; only tests and bench import it.
    layer(["local/**/*.ts"], ["constructs", "config", "functions", "cli", "__tests__", "bench"]),
    layer(["scripts/**/*.ts"], ["local"]),
    // The .js files run in Node (eslint took the DOM's globals from typescript-eslint's default lib instead).
    { files: ["**/*.js", "**/*.cjs", "**/*.mjs"], env: { node: true }, rules: { "no-undef": "error" } },
    { files: ["**/*.js", "**/*.cjs"], rules: { "typescript/no-require-imports": "off" } },
    {
      // Tests read synthesized JSON, which is untyped by nature; stand-ins hand them parsed answers and log lines.
      files: ["__tests__/**/*.ts", "stand-ins/**/*.ts", "local/**/*.ts"],
      rules: { "typescript/no-explicit-any": "off" },
    },
  ],
};

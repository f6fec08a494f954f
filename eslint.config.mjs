import eslint from "@eslint/js";
import tseslint from "typescript-eslint";

// Bindings are imported per resource; a barrel would load every generated binding.
const BINDING_BARREL = { regex: "\\.gen/providers/oci$", message: "Import the binding's own folder, not a barrel." };

const CONSTRUCTS_MUST_NOT_REACH = ["cli", "stand-ins", "__tests__", "bench", "local"];

// Constructs build each function's config map from its contract, so they may import functions/contracts.ts, the one
// file that maps a function to the schema it starts with; never the functions' code.
const ONLY_FUNCTION_CONTRACTS = {
  regex: "^(\\.\\./)+functions/(?!contracts$)",
  message: "constructs/ may import functions/contracts only (the functions' config contracts), not function code.",
};

/**
 * A config block that refuses relative imports from `files` into any of the `forbidden` top-level folders, and
 * whatever `extra` patterns refuse.
 */
function layer(files, forbidden, extra = []) {
  const names = forbidden.map((name) => name.replace(".", "\\.")).join("|");
  return [
    {
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
    },
  ];
}

export default tseslint.config(
  { ignores: [".gen/", "cdktf.out/", "dist/", "coverage/", "node_modules/"] },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-imports": ["error", { patterns: [BINDING_BARREL] }],
    },
  },
  // The layers (README, "Project layout"): nothing imports upward. Each folder names what it must not reach.
  ...layer(
    ["lib/**/*.ts"],
    ["constructs", "config", "functions", "cli", "stand-ins", "__tests__", "bench", "scripts", ".gen", "local"],
  ),
  ...layer(
    ["functions/**/*.ts"],
    ["constructs", "config", "cli", "stand-ins", "__tests__", "bench", "scripts", ".gen", "local"],
  ),
  ...layer(["cli/**/*.ts"], ["constructs", "config", "functions", "stand-ins", "__tests__", "bench", "local"]),
  ...layer(["config/**/*.ts"], ["constructs", "functions", "cli", "stand-ins", "__tests__", "bench", "local"]),
  ...layer(["constructs/**/*.ts"], CONSTRUCTS_MUST_NOT_REACH, [ONLY_FUNCTION_CONTRACTS]),
  // Later blocks replace the rule for their files, so they repeat the folder's own list.
  ...layer(
    ["constructs/resources/**/*.ts"],
    [...CONSTRUCTS_MUST_NOT_REACH, "patterns", "stack", "aspects"],
    [ONLY_FUNCTION_CONTRACTS],
  ),
  ...layer(["constructs/patterns/**/*.ts"], [...CONSTRUCTS_MUST_NOT_REACH, "stack"], [ONLY_FUNCTION_CONTRACTS]),
  ...layer(["stand-ins/**/*.ts"], ["constructs", "__tests__", "bench", "cli", "local"]),
  ...layer(["bench/**/*.ts"], ["__tests__"]),
  // Another team's app: it sees the constructs through their entry point (adopt-example.test.ts checks that).
  ...layer(
    ["examples/**/*.ts"],
    ["config", "functions", "lib", "cli", "stand-ins", "local", "__tests__", "bench", "scripts"],
  ),
  // The local runtime (npm run local) runs the synthesized JSON, not the constructs; only tests and bench import it.
  ...layer(["local/**/*.ts"], ["constructs", "config", "functions", "cli", "__tests__", "bench"]),
  ...layer(["scripts/**/*.ts"], ["local"]),
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: {
      globals: { require: "readonly", module: "writable", __dirname: "readonly", process: "readonly" },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Tests read synthesized JSON, which is untyped by nature; stand-ins hand them parsed answers and log lines.
    files: ["__tests__/**/*.ts", "stand-ins/**/*.ts", "local/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
);

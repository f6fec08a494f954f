import * as fs from "fs";
import * as path from "path";
import { z } from "zod";
import { configSchema } from "../config/schema";
import { BEGIN, CONFIG_DOC, END, configFields, configTable, schemaDocs } from "../scripts/config-reference";
import { schemaHasPath } from "./support/readme-references";

const ROOT = path.join(__dirname, "..");

/** The rows of a markdown table as trimmed cells, so that column padding (prettier's) does not matter. */
function rows(table: string): string[][] {
  return table
    .split("\n")
    .filter((line) => line.startsWith("|") && !/^\|[\s|:-]+\|$/.test(line))
    .map((line) =>
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((c) => c.trim()),
    );
}

function committedTable(): string {
  const doc = fs.readFileSync(path.join(ROOT, CONFIG_DOC), "utf8");
  const begin = doc.indexOf(BEGIN);
  const end = doc.indexOf(END);
  if (begin < 0 || end < begin) throw new Error(`${CONFIG_DOC} has lost its generated section (${BEGIN} ... ${END})`);
  return doc.slice(begin + BEGIN.length, end);
}

describe("the configuration reference (docs/configuration.md)", () => {
  test("documents every field of config/schema.ts, and nothing else", () => {
    // GIVEN the fields the schema has and the ones the committed table lists
    const documented = rows(committedTable())
      .slice(1)
      .map((r) => r[0].replace(/`/g, ""));
    const fields = configFields().map((f) => f.path);
    // THEN they are the same (run `npm run docs` after changing the schema)
    const undocumented = fields.filter((f) => !documented.includes(f));
    const stale = documented.filter((f) => !fields.includes(f));
    expect({ undocumented, stale }).toEqual({ undocumented: [], stale: [] });
  });

  test("is exactly what `npm run docs` generates from the schema: types, defaults, limits and meanings", () => {
    // GIVEN the committed rows and the generated ones, by field
    const byPath = (table: string) => new Map(rows(table).map((r) => [r[0], r.join(" | ")]));
    const committed = byPath(committedTable());
    const generated = byPath(configTable());
    // THEN every field's row says what the schema says, in the schema's order (`npm run docs` rewrites it)
    const differing = [...generated]
      .filter(([field, row]) => committed.has(field) && committed.get(field) !== row)
      .map(([field, row]) => ({ field, committed: committed.get(field), generated: row }));
    expect(differing).toEqual([]);
    expect([...committed.keys()]).toEqual([...generated.keys()]);
  });

  test("every path it lists exists in the schema", () => {
    const paths = rows(committedTable())
      .slice(1)
      .map((r) => r[0].replace(/`/g, ""));
    expect(paths.length).toBeGreaterThan(50);
    expect(paths.filter((p) => !schemaHasPath(configSchema, p))).toEqual([]);
  });
});

describe("the reference generator", () => {
  test("takes type, default, limits and refinement messages from the schema, and meanings from its JSDoc", () => {
    // GIVEN a schema and its source, with a documented field, a defaulted section and a record of settings
    const source = `
      const settings = z.strictObject({
        /** Memory in MB. */
        memoryInMbs: z.number().int().min(128).max(3072).optional(),
      });
      export const configSchema = z.strictObject({
        /** How often to rotate. */
        rotationInDays: z.number().int().min(60).max(365).default(90),
        mode: z.enum(["a", "b"]),
        tier: z.strictObject({ size: z.number().int().refine((n) => n % 2 === 0, { message: "must be even" }) })
          .default({ size: 2 }),
        functions: z.strictObject({ one: settings.optional(), two: settings.optional() }),
      });`;
    const settings = z.strictObject({ memoryInMbs: z.number().int().min(128).max(3072).optional() });
    const schema = z.strictObject({
      rotationInDays: z.number().int().min(60).max(365).default(90),
      mode: z.enum(["a", "b"]),
      tier: z
        .strictObject({
          size: z
            .number()
            .int()
            .refine((n) => n % 2 === 0, { message: "must be even" }),
        })
        .default({ size: 2 }),
      functions: z.strictObject({ one: settings.optional(), two: settings.optional() }),
    });
    // WHEN the fields are generated
    const fields = configFields(schema, schemaDocs(source));
    // THEN each row carries what the schema says
    expect(fields).toEqual([
      {
        path: "rotationInDays",
        type: "integer",
        required: false,
        default: "`90`",
        allowed: [">= 60", "<= 365"],
        meaning: "How often to rotate.",
      },
      { path: "mode", type: "string", required: true, allowed: ['one of `"a"`, `"b"`'], meaning: "" },
      {
        path: "tier.size",
        type: "integer",
        required: true,
        default: "`2` when `tier` is left out",
        allowed: ["must be even"],
        meaning: "",
      },
      {
        path: "functions.<name>.memoryInMbs",
        type: "integer",
        required: false,
        allowed: [">= 128", "<= 3072"],
        meaning: "for each of `one`, `two`: Memory in MB.",
      },
    ]);
  });

  test("a discriminated union is one row for its tag, and one per field, naming the variants that have it", () => {
    const schema = z.strictObject({
      who: z.discriminatedUnion("type", [
        z.strictObject({ type: z.literal("group"), id: z.string().regex(/^g/, { message: "must start with g" }) }),
        z.strictObject({ type: z.literal("user"), id: z.string().regex(/^u/, { message: "must start with u" }) }),
        z.strictObject({ type: z.literal("any") }),
      ]),
    });
    expect(configFields(schema, new Map()).map((f) => [f.path, f.allowed.join("; "), f.meaning])).toEqual([
      ["who.type", 'one of `"group"`, `"user"`, `"any"`', ""],
      ["who.id", "must start with g, or must start with u", 'with `type` `"group"` or `"user"`'],
    ]);
  });

  test("a field added to the schema is a row of the table", () => {
    const schema = configSchema.extend({ newSetting: z.number().int().min(1).max(9).default(3) });
    expect(rows(configTable(configFields(schema)))).toContainEqual([
      "`newSetting`",
      "integer",
      "`3`",
      ">= 1; <= 9",
      "-",
    ]);
  });
});

import * as fs from "fs";
import * as path from "path";
import { propsDocProblems, sourceFiles } from "./support/props-docs";

const ROOT = path.join(__dirname, "..");

describe("props documentation", () => {
  test("every prop of every exported *Props interface in constructs/ has a JSDoc sentence, and @default if optional", () => {
    const files = sourceFiles(ROOT, "constructs");
    expect(files.length).toBeGreaterThan(20);
    const problems = files.flatMap((file) => propsDocProblems(file, fs.readFileSync(path.join(ROOT, file), "utf8")));
    expect(problems).toEqual([]);
  });

  test("the check finds a prop without a sentence and an optional prop without @default", () => {
    // GIVEN props with each defect, a documented pair, and a non-exported interface that is not checked
    const source = [
      "export interface QueueProps {",
      "  /** Messages per second. */",
      "  readonly rate: number;",
      "  /**",
      "   * Hours a message is kept.",
      "   * @default 24",
      "   */",
      "  readonly retentionInHours?: number;",
      "  readonly name: string;",
      "  /** Whether it is encrypted. */",
      "  readonly encrypted?: boolean;",
      "  /** @default - a new key */",
      "  readonly key?: string;",
      "}",
      "interface InternalProps { readonly x?: string }",
      "export interface Queue { readonly y?: string }",
    ].join("\n");
    // THEN exactly the defects are reported, with file, line and prop
    expect(propsDocProblems("x.ts", source)).toEqual([
      "x.ts:9 QueueProps.name: no JSDoc sentence saying what it is",
      "x.ts:11 QueueProps.encrypted: optional, but no @default saying what happens without it",
      "x.ts:13 QueueProps.key: no JSDoc sentence saying what it is",
    ]);
  });
});

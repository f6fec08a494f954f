import * as fs from "fs";
import * as path from "path";
import { TerraformVariable, Testing } from "cdktf";
import { checkOneOf, checkWholeNumber, requireResolved } from "../constructs/resources/range-check";

describe("range checks", () => {
  test("a whole number outside its range, or a fraction, is refused naming where, the field, the range and the value", () => {
    const range = { min: 1, max: 10 };
    expect(() => checkWholeNumber("Stream s", "partitions", 0, range)).toThrow(
      "Stream s: partitions must be a whole number between 1 and 10. Received 0",
    );
    expect(() => checkWholeNumber("Stream s", "partitions", 2.5, range)).toThrow(/Received 2.5/);
    expect(() => checkWholeNumber("Stream s", "partitions", 10, range)).not.toThrow();
    expect(() => checkWholeNumber("Stream s", "partitions", undefined, range)).not.toThrow();
  });

  test("a value not among the choices is refused naming them", () => {
    expect(() => checkOneOf("f", "memoryInMbs", 1000, [128, 256])).toThrow(
      "f: memoryInMbs must be one of 128, 256. Received 1000",
    );
    expect(() => checkOneOf("f", "memoryInMbs", 256, [128, 256])).not.toThrow();
  });

  test("a token is left to OCI, unless the construct must compute with it at synth", () => {
    Testing.synthScope((scope) => {
      const token = new TerraformVariable(scope, "n", { type: "number" }).numberValue;
      expect(() => checkWholeNumber("x", "n", token, { min: 1, max: 10 })).not.toThrow();
      expect(() => checkOneOf("x", "n", token, [1, 2])).not.toThrow();
      expect(() => requireResolved("x", "n", token)).toThrow(/^x: n must be known at synth/);
      expect(() => requireResolved("x", "n", 5)).not.toThrow();
    });
  });

  /**
   * Every construct that refuses a value does it through range-check.ts, so that a token (a value known only at apply)
   * is never compared by its placeholder number: the message `... Received <value>` is written nowhere else, except
   * by the checks listed here, each of which skips tokens itself.
   */
  test("no construct writes a range check of its own", () => {
    const ownChecks: Record<string, string> = {
      "constructs/patterns/alarms.ts": "a threshold must be finite (Token.isUnresolved skips a token)",
      "constructs/resources/bastion.ts": "CIDR blocks, not a range (Token.isUnresolved skips a token)",
      "constructs/resources/metric.ts": "an interval's MQL form, not a range (Token.isUnresolved skips a token)",
    };
    const root = path.join(__dirname, "..");
    const files = fs
      .readdirSync(path.join(root, "constructs"), { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".ts"))
      .map((file) => path.posix.join("constructs", file.split(path.sep).join("/")));
    const writers = files.filter((file) => /Received "?\$\{/.test(fs.readFileSync(path.join(root, file), "utf8")));
    expect(writers.filter((file) => file !== "constructs/resources/range-check.ts").sort()).toEqual(
      Object.keys(ownChecks).sort(),
    );
    for (const file of Object.keys(ownChecks)) {
      expect([file, fs.readFileSync(path.join(root, file), "utf8").includes("Token.isUnresolved(")]).toEqual([
        file,
        true,
      ]);
    }
  });
});

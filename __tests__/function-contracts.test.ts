import * as fs from "fs";
import * as path from "path";
import { TerraformStack, Testing } from "cdktf";
import { FunctionsPlatform } from "../constructs/patterns/functions-platform";
import { LogGroup } from "../constructs/resources/log-group";
import { functionConfig, functionContracts } from "../functions/contracts";
import { contractedFunctionOf, functionContractProblems } from "./support/function-contracts";
import { committedEnvironmentNames, committedStackJson } from "./support/committed-stacks";
import { addPlatform, addPolicies } from "./support/bare-stack";

const TOPIC = "ocid1.onstopic.oc1.iad.aaaaaaaaexample";

describe("function contracts", () => {
  describe.each(committedEnvironmentNames())("%s stack", (name) => {
    const json = committedStackJson(name);

    test("every function's config map parses with that function's own schema, with nothing it does not read", () => {
      const deployed = Object.values<any>(json.resource.oci_functions_function).map((fn) =>
        contractedFunctionOf(fn.display_name),
      );
      expect(deployed).toEqual(expect.arrayContaining(["claim-check", "populate", "process", "retry"]));
      expect(functionContractProblems(json)).toEqual([]);
    });
  });

  describe("the check fails on the defects of its class", () => {
    const example = committedStackJson("example");
    const withChange = (fn: string, change: (config: Record<string, string>) => void): string[] => {
      const json = structuredClone(example);
      const body = Object.values<any>(json.resource.oci_functions_function).find((f) => f.display_name.endsWith(fn));
      change(body.config);
      return functionContractProblems(json);
    };

    test("a key the function does not read (a misspelt key, so the function's own stays unset)", () => {
      const problems = withChange("-retry", (config) => {
        config.MAX_ATTEMPT = config.MAX_ATTEMPTS;
        delete config.MAX_ATTEMPTS;
      });
      expect(problems).toEqual([
        expect.stringMatching(
          /^evs-example-retry: MAX_ATTEMPT: is not a key the function reads \(it reads .*MAX_ATTEMPTS/,
        ),
        expect.stringMatching(/^evs-example-retry: MAX_ATTEMPTS: .*expected number/),
      ]);
    });

    test("a value out of the function's range", () => {
      expect(withChange("-process", (config) => (config.MAX_CONCURRENCY = "65"))).toEqual([
        "evs-example-process: MAX_CONCURRENCY: must be from 1 to 64 (got 65)",
      ]);
    });

    test("a required key that is missing", () => {
      expect(withChange("-populate", (config) => delete config.TARGET_NAMES)).toEqual([
        expect.stringMatching(/^evs-example-populate: TARGET_NAMES: /),
      ]);
    });
  });

  describe("synth refuses a construct that writes a config its function would refuse", () => {
    const platform = () => {
      const stack = new TerraformStack(Testing.app(), "s");
      addPolicies(stack);
      return addPlatform(stack, {
        logGroup: LogGroup.fromLogGroupId("ocid1.loggroup.oc1.iad.aaaaaaaaexample"),
        settings: {},
      });
    };
    const delivery = {
      STREAM_MESSAGES_ENDPOINT: "https://cell-1.streaming.us-ashburn-1.oci.oraclecloud.com",
      RECOVERABLE_STREAM_ID: "ocid1.stream.oc1.iad.r",
      UNRECOVERABLE_STREAM_ID: "ocid1.stream.oc1.iad.u",
      NOTIFICATION_TOPIC_ID: TOPIC,
      TARGETS: JSON.stringify({
        erp: {
          baseUrl: "https://erp.example.com",
          auth: { type: "bearer" },
          secretId: "ocid1.vaultsecret.oc1.iad.s",
          timeoutMs: 10_000,
          concurrency: 8,
          statusMapping: {},
          enabled: true,
        },
      }),
      MAX_CONCURRENCY: 8,
    };

    test("a value out of range names the function, the key, the range and the value", () => {
      expect(() => platform().addFunction("retry", { ...delivery, MAX_ATTEMPTS: 101 })).toThrow(
        "retry: its config does not meet the function's contract: MAX_ATTEMPTS: must be from 1 to 100 (got 101)",
      );
    });

    test("a key the function does not read", () => {
      const extra = { ...delivery, MAX_ATTEMPTS: 5 } as Record<string, string | number>;
      extra.ATTEMPTS = 5;
      expect(() => platform().addFunction("process", extra as typeof delivery)).toThrow(
        /process: its config does not meet the function's contract: MAX_ATTEMPTS: is not a key the function reads .*; ATTEMPTS: is not a key/,
      );
    });

    test("values known only at apply (tokens) are left to the function; the rest are still checked", () => {
      // A token (here the namespace, as good as a stream's id) cannot be parsed at synth; a literal can.
      const config = (platform: FunctionsPlatform, targets: string) => ({
        STREAM_ID: platform.namespace,
        STREAM_MESSAGES_ENDPOINT: platform.namespace,
        TARGET_NAMES: targets,
      });
      const good = platform();
      expect(() => good.addFunction("populate", config(good, "erp,crm"))).not.toThrow();
      const bad = platform();
      expect(() => bad.addFunction("populate", config(bad, "ERP"))).toThrow(
        /populate: .*TARGET_NAMES: must be comma-separated target names, each 2 to 32 lower-case letters.*\(got \["ERP"\]\)$/,
      );
    });

    test("the built map writes numbers as the strings Fn passes to the function", () => {
      expect(functionConfig("retry", { ...delivery, MAX_ATTEMPTS: 5 })).toMatchObject({
        MAX_CONCURRENCY: "8",
        MAX_ATTEMPTS: "5",
      });
    });
  });

  test.each(Object.keys(functionContracts) as (keyof typeof functionContracts)[])(
    "%s starts with the schema its contract names",
    async (name) => {
      // The contract is an export of functions/<name>/config.ts, and index.ts hands that export to serveFunction.
      const module = await import(`../functions/${name}/config`);
      const exported = Object.entries(module).find(([, value]) => value === functionContracts[name])?.[0];
      expect(exported).toBeDefined();
      const index = fs.readFileSync(path.join(__dirname, "..", "functions", name, "index.ts"), "utf8");
      expect(index).toMatch(new RegExp(`import \\{ ${exported} \\} from "\\./config";`));
      expect(index).toMatch(new RegExp(`serveFunction\\(\\{\\s*name: "${name}",\\s*config: ${exported},`));
    },
  );
});

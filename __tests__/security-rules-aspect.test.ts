import { execFile } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { promisify } from "util";
import { App, Aspects, IAspect, Testing } from "cdktf";
import { Construct, IConstruct } from "constructs";
import { ObjectstorageBucket } from "../.gen/providers/oci/objectstorage-bucket";
import { buildApp } from "../main";
import { findViolations } from "../constructs/aspects/security-rules-aspect";
import { ALL_RULES } from "../constructs/aspects/security-rules/all-rules";
import { SecurityRules } from "../constructs/aspects/security-rules/suppressions";
import { CONFIG_DIR, environments, synthStack } from "./support/synth";
import { compliantBucket, compliantKey, ruleStack, synthError, violationsOf } from "./support/security-fixtures";

describe("SecurityRulesAspect", () => {
  test("synthesis fails with every violation listed, each with rule id, construct path and Terraform type", () => {
    // GIVEN a stack with a public bucket and a key that is never rotated
    const stack = ruleStack();
    compliantBucket(stack).accessType = "ObjectRead";
    compliantKey(stack).isAutoRotationEnabled = false;

    // THEN Testing.synth throws one error that names both
    expect(synthError(stack)).toBe(
      [
        'Security rules failed in stack "test" (2 violations):',
        '  - OCI-BUCKET-PUBLIC at test/Bucket (oci_objectstorage_bucket): bucket is public (access_type "ObjectRead"); set access_type = "NoPublicAccess"',
        "  - OCI-KMS-ROTATION at test/Key (oci_kms_key): key is not rotated automatically; set is_auto_rotation_enabled = true",
        'Fix each resource, or accept one on purpose with SecurityRules.suppress(construct, "<rule id>", "<reason>").',
      ].join("\n"),
    );
  });

  test("HCL output is checked too", () => {
    const stack = ruleStack();
    compliantBucket(stack).accessType = "ObjectRead";
    expect(() => Testing.synthHcl(stack)).toThrow(/OCI-BUCKET-PUBLIC at test\/Bucket \(oci_objectstorage_bucket\)/);
  });

  test("the app's synth fails too, even with validations skipped and error annotations tolerated", () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "security-rules-"));
    // The cdktf CLI sets this variable so that error annotations only print: the check must not rely on them.
    process.env.CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS = "true";
    try {
      const app = new App({ outdir, skipValidation: true });
      compliantBucket(ruleStack({}, app)).versioning = "Disabled";
      expect(() => app.synth()).toThrow(/OCI-BUCKET-VERSIONING at test\/Bucket \(oci_objectstorage_bucket\)/);
    } finally {
      delete process.env.CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS;
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  });

  test("`cdktf synth` exits non-zero and prints the violation", async () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "security-rules-cli-"));
    const root = path.join(__dirname, "..");
    const cli = path.join(root, "node_modules", ".bin", "cdktf");
    // As cdktf.json runs the real app.
    const app = `node -r @swc-node/register ${path.join("__tests__", "fixtures", "insecure-app.ts")}`;
    try {
      const run = promisify(execFile)(cli, ["synth", "--app", app, "--output", outdir], {
        cwd: root,
        env: { ...process.env, CHECKPOINT_DISABLE: "1", CI: "true" },
      });
      await expect(run).rejects.toMatchObject({
        code: 1,
        stderr: expect.stringMatching(/OCI-BUCKET-PUBLIC at insecure\/Bucket \(oci_objectstorage_bucket\)/),
      });
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  });

  test("sees values that overrides and later aspects set", () => {
    // GIVEN a compliant bucket, and an aspect added after the security aspect that opens every bucket
    const stack = ruleStack();
    compliantBucket(stack);
    const opener: IAspect = {
      visit: (node: IConstruct) => {
        if (node instanceof ObjectstorageBucket) node.accessType = "ObjectReadWithoutList";
      },
    };
    Aspects.of(stack).add(opener);
    // AND an override that switches object events off
    (stack.node.findChild("Bucket") as ObjectstorageBucket).addOverride("object_events_enabled", false);

    expect(violationsOf(stack).map((v) => v.ruleId)).toEqual(["OCI-BUCKET-PUBLIC", "OCI-BUCKET-EVENTS"]);
  });

  test("synthesizing twice checks twice and adds no output", () => {
    const stack = ruleStack();
    compliantBucket(stack);
    const first = Testing.synth(stack);
    expect(Testing.synth(stack)).toBe(first);
    expect(JSON.parse(first).resource.oci_objectstorage_bucket).toBeDefined();
    (stack.node.findChild("Bucket") as ObjectstorageBucket).versioning = "Suspended";
    expect(violationsOf(stack).map((v) => v.ruleId)).toEqual(["OCI-BUCKET-VERSIONING"]);
  });
});

describe("SecurityRules.suppress", () => {
  test("a suppression with a reason lets that resource break that rule only", () => {
    const stack = ruleStack();
    const bucket = compliantBucket(stack);
    bucket.accessType = "ObjectRead";
    bucket.versioning = "Disabled";
    SecurityRules.suppress(bucket, "OCI-BUCKET-PUBLIC", "serves the public status page");
    expect(violationsOf(stack).map((v) => [v.ruleId, v.path])).toEqual([["OCI-BUCKET-VERSIONING", "test/Bucket"]]);
    expect(SecurityRules.suppressionsOf(bucket)).toEqual([
      { ruleId: "OCI-BUCKET-PUBLIC", reason: "serves the public status page" },
    ]);
  });

  test("a suppression on a construct covers the resources below it, not its siblings", () => {
    const stack = ruleStack();
    const site = new Construct(stack, "StatusSite");
    compliantBucket(site).accessType = "ObjectRead";
    compliantBucket(stack, "Other", "other").accessType = "ObjectRead";
    SecurityRules.suppress(site, "OCI-BUCKET-PUBLIC", "the status site is public by design");
    expect(violationsOf(stack).map((v) => [v.ruleId, v.path])).toEqual([["OCI-BUCKET-PUBLIC", "test/Other"]]);
  });

  test.each(["", "   "])("refuses an empty reason (%j)", (reason) => {
    const stack = ruleStack();
    const bucket = compliantBucket(stack);
    expect(() => SecurityRules.suppress(bucket, "OCI-BUCKET-PUBLIC", reason)).toThrow(
      "Suppressing OCI-BUCKET-PUBLIC on test/Bucket needs a reason: say why this resource may break the rule",
    );
    expect(SecurityRules.suppressionsOf(bucket)).toEqual([]);
  });

  test("refuses an unknown rule id, listing the known ones", () => {
    const stack = ruleStack();
    expect(() => SecurityRules.suppress(compliantBucket(stack), "OCI-BUCKET-PUBLC", "typo")).toThrow(
      /Cannot suppress unknown security rule "OCI-BUCKET-PUBLC" on test\/Bucket; known rules: OCI-BUCKET-PUBLIC, /,
    );
  });
});

describe("the project's own stacks", () => {
  describe.each(environments().map((env) => [env.name, env] as const))("%s", (_name, env) => {
    // synthStack fails if any rule fires; each rule is then also run on its own, so that a rule that
    // starts firing on the project's stacks is named by its test.
    const { stack, json } = synthStack(env);
    const settings = { tenancyId: env.config.tenancyId, publicStreamPoolAllowed: env.config.streaming.publicEndpoint };
    // Resolved once for all the rules (~70 ms a time); the stack does not change between them.
    const terraform = stack.toTerraform();

    test.each(ALL_RULES.map((rule) => [rule.id, rule] as const))("%s stays quiet", (_id, rule) => {
      expect(findViolations(stack, terraform, settings, [rule])).toEqual([]);
    });

    test("has resources for the rules to look at", () => {
      expect(Object.keys(json.resource).length).toBeGreaterThan(0);
    });
  });

  test("the whole app synthesizes", () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "security-app-"));
    try {
      buildApp(CONFIG_DIR, outdir).synth();
      for (const env of environments()) {
        expect(fs.existsSync(path.join(outdir, "stacks", env.name, "cdk.tf.json"))).toBe(true);
      }
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  });
});

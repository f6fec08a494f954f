import "cdktf/lib/testing/adapters/jest";
import { TerraformVariable, Testing } from "cdktf";
import { Construct } from "constructs";
import { EventsRule } from "../.gen/providers/oci/events-rule";
import { FunctionsFunction } from "../.gen/providers/oci/functions-function";
import { ObjectstorageBucket } from "../.gen/providers/oci/objectstorage-bucket";
import { FileIngestion, FileIngestionProps } from "../constructs/patterns/file-ingestion";
import { LogGroup } from "../constructs/resources/log-group";
import { functionConfig } from "../functions/contracts";
import {
  addPlatform,
  addPolicies,
  addStream,
  COMPARTMENT,
  idOf,
  resourcesOf,
  statementsOf,
} from "./support/bare-stack";
import { committedStack } from "./support/committed-stacks";
import { environmentWith, refByDisplayName, synthStack } from "./support/synth";

const KEY = { keyId: "ocid1.key.oc1.iad.aaaaaaaakey", vaultId: "ocid1.vault.oc1.iad.aaaaaaaavault" };
const FUNCTIONS = "ocid1.compartment.oc1..aaaaaaaaexamplefunctions000000000000000000000000000000000";
const CREATED = "com.oraclecloud.objectstorage.createobject";
const UPDATED = "com.oraclecloud.objectstorage.updateobject";

/** The pattern on a bare stack: the policy collector, a platform on a prebuilt image, a stream and a key. */
function ingestion(scope: Construct, overrides: Partial<FileIngestionProps> = {}): FileIngestion {
  addPolicies(scope);
  const keyPolicy = new TerraformVariable(scope, "keyPolicy", {});
  return new FileIngestion(scope, "Ingest", {
    platform: addPlatform(scope, {
      logGroup: LogGroup.fromLogGroupId("ocid1.loggroup.oc1.iad.aaaaaaaalogs"),
      settings: { "claim-check": { prebuiltImage: "iad.ocir.io/ns/t/claim-check:1" } },
    }),
    stream: addStream(scope, "Files"),
    encryptionKey: { ...KEY, usableAfter: [keyPolicy] },
    ...overrides,
  });
}

/** `${oci_objectstorage_bucket.<name>.name}` of the pattern's one bucket. */
const bucketName = (synthesized: string) => idOf(synthesized, "oci_objectstorage_bucket", "name");

describe("FileIngestion", () => {
  // GIVEN a bare stack WHEN the pattern is built with a key, a stream and a platform
  const synthesized = Testing.synthScope((scope) => ingestion(scope));

  test("its bucket is named after the prefix, private, and waits until the given key is usable", () => {
    expect(synthesized).toHaveResourceWithProperties(ObjectstorageBucket, {
      name: "t-ingest",
      compartment_id: COMPARTMENT,
      access_type: "NoPublicAccess",
      kms_key_id: KEY.keyId,
      object_events_enabled: true,
      depends_on: ["var.keyPolicy"],
    });
  });

  test("an Events rule sends object-create events of exactly that bucket to the claim-check function", () => {
    const [rule] = Object.values<any>(resourcesOf(synthesized, "oci_events_rule"));
    expect(JSON.parse(rule.condition)).toEqual({
      eventType: [CREATED],
      data: { additionalDetails: { bucketName: [bucketName(synthesized)] } },
    });
    expect(synthesized).toHaveResourceWithProperties(EventsRule, {
      display_name: "t-object-events",
      is_enabled: true,
      actions: {
        action: [{ action_type: "FAAS", function_id: idOf(synthesized, "oci_functions_function"), is_enabled: true }],
      },
    });
  });

  test("object-update events are an option", () => {
    const withUpdates = Testing.synthScope((scope) => ingestion(scope, { includeUpdates: true }));
    const [rule] = Object.values<any>(resourcesOf(withUpdates, "oci_events_rule"));
    expect(JSON.parse(rule.condition).eventType).toEqual([CREATED, UPDATED]);
  });

  test("the function's config names the stream and the bucket by reference, built from its contract", () => {
    expect(synthesized).toHaveResourceWithProperties(FunctionsFunction, {
      display_name: "t-claim-check",
      config: functionConfig("claim-check", {
        STREAM_ID: idOf(synthesized, "oci_streaming_stream"),
        STREAM_MESSAGES_ENDPOINT: idOf(synthesized, "oci_streaming_stream", "messages_endpoint"),
        BUCKET_NAME: bucketName(synthesized),
        INLINE_MAX_BYTES: undefined,
      }),
    });
    const inline = Testing.synthScope((scope) => ingestion(scope, { inlineMaxBytes: 65536 }));
    const [fn] = Object.values<any>(resourcesOf(inline, "oci_functions_function"));
    expect(fn.config.INLINE_MAX_BYTES).toBe("65536");
  });

  test("claim-check may read that bucket's objects and push to that stream, nothing else; Events may invoke it", () => {
    const group = `dynamic-group ${idOf(synthesized, "oci_identity_dynamic_group", "name")}`;
    const statements = statementsOf(synthesized);
    expect(statements.filter((s) => s.startsWith(`Allow ${group} `))).toEqual([
      `Allow ${group} to read objects in compartment id ${COMPARTMENT} where target.bucket.name = '${bucketName(synthesized)}'`,
      `Allow ${group} to use stream-push in compartment id ${COMPARTMENT} where target.stream.id = '${idOf(synthesized, "oci_streaming_stream")}'`,
    ]);
    expect(statements).toContain(`Allow service cloudEvents to use fn-invocation in compartment id ${COMPARTMENT}`);
  });

  test("each configured consumer may pull the stream, and none is granted by default", () => {
    const group = "ocid1.group.oc1..aaaaaaaafilesappgroup";
    const dynamicGroup = "ocid1.dynamicgroup.oc1..aaaaaaaafilesappdg";
    const withConsumers = Testing.synthScope((scope) => ingestion(scope, { consumers: [group, dynamicGroup] }));
    const stream = idOf(withConsumers, "oci_streaming_stream");
    expect(statementsOf(withConsumers).filter((s) => /^Allow (dynamic-)?group id /.test(s))).toEqual([
      `Allow group id ${group} to use stream-pull in compartment id ${COMPARTMENT} where target.stream.id = '${stream}'`,
      `Allow dynamic-group id ${dynamicGroup} to use stream-pull in compartment id ${COMPARTMENT} where target.stream.id = '${stream}'`,
    ]);
    expect(statementsOf(synthesized).filter((s) => s.includes("stream-pull"))).toEqual([]);
  });
});

describe("the stack's file ingestion", () => {
  const synth = committedStack("example");
  const ref = (type: string, key: string, attribute = "id") => `\${${type}.${key}.${attribute}}`;
  const keyOf = (type: string, predicate: (body: any) => boolean) => {
    const entries = Object.entries<any>(synth.json.resource[type] ?? {}).filter(([, body]) => predicate(body));
    expect(entries).toHaveLength(1);
    return entries[0][0];
  };
  const functionKey = keyOf("oci_functions_function", (f) => f.display_name === "evs-example-claim-check");
  const fn = synth.json.resource.oci_functions_function[functionKey];

  test("the application runs in the private subnet behind the functions NSG, with invocation logs", () => {
    const [app] = synth.resources("oci_functions_application");
    expect(app).toMatchObject({
      compartment_id: FUNCTIONS,
      subnet_ids: [refByDisplayName(synth, "oci_core_subnet", "evs-example-private")],
      network_security_group_ids: [
        refByDisplayName(synth, "oci_core_network_security_group", "evs-example-functions-nsg"),
      ],
    });
    const appKey = Object.keys(synth.json.resource.oci_functions_application)[0];
    expect(synth.resources("oci_logging_log")).toContainEqual(
      expect.objectContaining({
        configuration: expect.objectContaining({
          source: expect.objectContaining({
            service: "functions",
            category: "invoke",
            resource: ref("oci_functions_application", appKey),
          }),
        }),
      }),
    );
  });

  test("each function has a private, immutable repository and an image tagged by content", () => {
    const repos = synth.resources("oci_artifacts_container_repository");
    expect(repos).toContainEqual(
      expect.objectContaining({
        display_name: "evs-example/claim-check",
        is_public: false,
        is_immutable: true,
        compartment_id: FUNCTIONS,
      }),
    );
    const repoKey = keyOf("oci_artifacts_container_repository", (r) => r.display_name === "evs-example/claim-check");
    // The image names its repository by reference, so the build (and the function) wait for the repository.
    expect(fn.image).toMatch(
      new RegExp(
        `^us-ashburn-1\\.ocir\\.io/\\$\\{data\\.oci_objectstorage_namespace\\..*\\.namespace\\}/\\$\\{oci_artifacts_container_repository\\.${repoKey}\\.display_name\\}:[0-9a-f]{32}$`,
      ),
    );
    const buildKey = keyOf("terraform_data", (b) => b.triggers_replace[0] === fn.image);
    const build = synth.json.resource.terraform_data[buildKey];
    expect(build.provisioner[0]["local-exec"].command).toContain(
      `--bundle dist/functions/claim-check --image ${fn.image}`,
    );
    expect(fn.depends_on).toContain(`terraform_data.${buildKey}`);
  });

  test("uses the stack's vault key, its file-references stream and the configured bucket name", () => {
    const [bucket] = synth.resources("oci_objectstorage_bucket").filter((b) => b.name === "evs-example-ingest");
    expect(bucket.depends_on).toEqual([expect.stringMatching(/^oci_identity_policy\.Vault_KeyServicePolicy/)]);
    const [streamKey] = Object.entries<any>(synth.json.resource.oci_streaming_stream).find(
      ([, s]) => s.name === "evs-example-file-references",
    )!;
    expect(fn.config.STREAM_ID).toBe(`\${oci_streaming_stream.${streamKey}.id}`);
  });

  test("update events, a reader of the references and a prebuilt image come from config", () => {
    const group = "ocid1.group.oc1..aaaaaaaafilesappgroup000000000000000000000000000000000000";
    const image = "us-ashburn-1.ocir.io/ns/evs/claim-check:v1";
    const configured = synthStack(
      environmentWith((raw) => {
        raw.ingestion = { includeUpdates: true };
        raw.streaming.clients = {
          files: { principal: { type: "group", id: group }, streams: { fileReferences: "pull" } },
        };
        raw.functions = { "claim-check": { prebuiltImage: image, memoryInMbs: 512 } };
      }),
    );
    expect(JSON.parse(configured.resources("oci_events_rule")[0].condition).eventType).toEqual([CREATED, UPDATED]);
    const statements = configured.resources("oci_identity_policy").flatMap((p) => p.statements as string[]);
    expect(statements.filter((s) => s.includes(group))).toEqual([
      expect.stringMatching(
        /^Allow group id ocid1\.group\.\S+ to use stream-pull in compartment id .* where target\.stream\.id = /,
      ),
    ]);
    const claimCheck = configured
      .resources("oci_functions_function")
      .find((f) => f.display_name === "evs-test-claim-check");
    expect(claimCheck).toMatchObject({ image, memory_in_mbs: "512" });
    expect(configured.resources("terraform_data").filter((b) => b.triggers_replace[0].includes("claim-check"))).toEqual(
      [],
    );
  });

  test("ingestion.consumers is refused with the streaming.clients entries that replace it", () => {
    const group = "ocid1.group.oc1..aaaaaaaafilesappgroup000000000000000000000000000000000000";
    const dynamicGroup = "ocid1.dynamicgroup.oc1..aaaaaaaafilesappdg0000000000000000000000000000000000000";
    expect(() => environmentWith((raw) => (raw.ingestion = { consumers: [group, dynamicGroup] }))).toThrow(
      new RegExp(
        "ingestion\\.consumers: moved to streaming\\.clients, which grants the same read of the file-references stream: " +
          `"files-reader-1": \\{"principal": \\{"type": "group", "id": "${group}"\\}, "streams": \\{"fileReferences": "pull"\\}\\}, ` +
          `"files-reader-2": \\{"principal": \\{"type": "dynamic-group", "id": "${dynamicGroup}"\\}`,
      ),
    );
  });

  test.each<[string, (raw: any) => void, RegExp]>([
    [
      "an inline limit over what fits in a message",
      (raw) => (raw.ingestion = { inlineMaxBytes: 900000 }),
      /ingestion\.inlineMaxBytes: must be at most 774120, .*\(got 900000\)/,
    ],
    [
      "a function timeout over 300 s",
      (raw) => (raw.functions = { process: { timeoutInSeconds: 301 } }),
      /functions\.process\.timeoutInSeconds: .*<=300/,
    ],
    ["an unknown function", (raw) => (raw.functions = { "claim-chek": {} }), /functions: unknown key "claim-chek"/],
    [
      "a prebuilt image outside OCI Registry",
      (raw) => (raw.functions = { populate: { prebuiltImage: "docker.io/me/fn:1" } }),
      /functions\.populate\.prebuiltImage: must be an OCI Registry image reference/,
    ],
  ])("config refuses %s", (_name, change, expected) => {
    expect(() => environmentWith(change)).toThrow(expected);
  });
});

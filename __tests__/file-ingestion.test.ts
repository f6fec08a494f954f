import { environmentWith, refByDisplayName, synthStack } from "./support/synth";
import { functionConfig } from "../functions/contracts";

const STREAMING = "ocid1.compartment.oc1..aaaaaaaaexamplestreaming000000000000000000000000000000000";
const FUNCTIONS = "ocid1.compartment.oc1..aaaaaaaaexamplefunctions000000000000000000000000000000000";

describe("file ingestion (claim check)", () => {
  const synth = synthStack();
  const ref = (type: string, key: string, attribute = "id") => `\${${type}.${key}.${attribute}}`;
  const keyOf = (type: string, predicate: (body: any) => boolean) => {
    const entries = Object.entries<any>(synth.json.resource[type] ?? {}).filter(([, body]) => predicate(body));
    expect(entries).toHaveLength(1);
    return entries[0][0];
  };
  const bucketKey = keyOf("oci_objectstorage_bucket", (b) => b.name === "evs-example-ingest");
  const bucket = synth.json.resource.oci_objectstorage_bucket[bucketKey];
  const functionKey = keyOf("oci_functions_function", (f) => f.display_name === "evs-example-claim-check");
  const fn = synth.json.resource.oci_functions_function[functionKey];
  const referencesKey = keyOf("oci_streaming_stream", (s) => s.name === "evs-example-file-references");
  const bucketName = ref("oci_objectstorage_bucket", bucketKey, "name");
  const groupKey = keyOf("oci_identity_dynamic_group", (g) => g.name === "evs-example-claim-check");
  const claimCheckGroup = `dynamic-group ${ref("oci_identity_dynamic_group", groupKey, "name")}`;

  test("the bucket is private, versioned, encrypted with the Vault key and emits object events", () => {
    const keyName = Object.keys(synth.json.resource.oci_kms_key)[0];
    expect(bucket).toMatchObject({
      access_type: "NoPublicAccess",
      versioning: "Enabled",
      object_events_enabled: true,
      kms_key_id: ref("oci_kms_key", keyName),
      compartment_id: STREAMING,
      namespace: expect.stringMatching(/^\$\{data\.oci_objectstorage_namespace\..*\.namespace\}$/),
    });
    expect(bucket.depends_on).toEqual([expect.stringMatching(/^oci_identity_policy\.Vault_KeyServicePolicy/)]);
  });

  test("bucket writes are logged", () => {
    const logs = synth
      .resources("oci_logging_log")
      .filter((l) => l.configuration.source.resource === ref("oci_objectstorage_bucket", bucketKey, "name"));
    expect(logs).toEqual([
      expect.objectContaining({
        is_enabled: true,
        configuration: expect.objectContaining({
          source: {
            category: "write",
            resource: ref("oci_objectstorage_bucket", bucketKey, "name"),
            service: "objectstorage",
            source_type: "OCISERVICE",
          },
        }),
      }),
    ]);
  });

  test("the Events rule sends object-create events of exactly that bucket to the claim-check function", () => {
    const [rule] = synth.resources("oci_events_rule");
    expect(JSON.parse(rule.condition)).toEqual({
      eventType: ["com.oraclecloud.objectstorage.createobject"],
      data: { additionalDetails: { bucketName: [bucketName] } },
    });
    expect(rule.actions).toEqual({
      action: [{ action_type: "FAAS", function_id: ref("oci_functions_function", functionKey), is_enabled: true }],
    });
    expect(rule.is_enabled).toBe(true);
    const ruleKey = Object.keys(synth.json.resource.oci_events_rule)[0];
    expect(synth.resources("oci_logging_log")).toContainEqual(
      expect.objectContaining({
        configuration: expect.objectContaining({
          source: expect.objectContaining({
            service: "cloudevents",
            category: "ruleexecutionlog",
            resource: ref("oci_events_rule", ruleKey),
          }),
        }),
      }),
    );
  });

  test("object-update events are an option", () => {
    const withUpdates = synthStack(environmentWith((raw) => (raw.ingestion = { includeUpdates: true })));
    const [rule] = withUpdates.resources("oci_events_rule");
    expect(JSON.parse(rule.condition).eventType).toEqual([
      "com.oraclecloud.objectstorage.createobject",
      "com.oraclecloud.objectstorage.updateobject",
    ]);
  });

  test("the function is wired to the file-references stream and the bucket by reference, never by hard-coded values", () => {
    expect(fn.config).toEqual(
      functionConfig("claim-check", {
        STREAM_ID: ref("oci_streaming_stream", referencesKey),
        STREAM_MESSAGES_ENDPOINT: ref("oci_streaming_stream", referencesKey, "messages_endpoint"),
        BUCKET_NAME: bucketName,
        INLINE_MAX_BYTES: 0,
      }),
    );
    expect(fn).toMatchObject({ memory_in_mbs: "256", timeout_in_seconds: 30 });
  });

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

  test("the function authenticates as its own dynamic group: grants name exactly this function", () => {
    expect(synth.resources("oci_identity_dynamic_group")).toContainEqual(
      expect.objectContaining({
        name: "evs-example-claim-check",
        matching_rule: `ALL {resource.type = 'fnfunc', resource.id = '${ref("oci_functions_function", functionKey)}'}`,
        compartment_id: "ocid1.tenancy.oc1..aaaaaaaaexampletenancy000000000000000000000000000000000000",
      }),
    );
  });

  test("a prebuilt image is deployed as given, with no build step", () => {
    const image = "us-ashburn-1.ocir.io/ns/evs/claim-check:v1";
    const prebuilt = synthStack(
      environmentWith((raw) => (raw.functions = { "claim-check": { prebuiltImage: image, memoryInMbs: 512 } })),
    );
    const claimCheck = prebuilt
      .resources("oci_functions_function")
      .find((f) => f.display_name === "evs-test-claim-check");
    expect(claimCheck).toMatchObject({ image, memory_in_mbs: "512" });
    expect(prebuilt.resources("terraform_data").filter((b) => b.triggers_replace[0].includes("claim-check"))).toEqual(
      [],
    );
  });

  test("policies: read that bucket's objects, push to the file-references stream, Events may invoke, Functions may pull images", () => {
    const statements = synth.resources("oci_identity_policy").flatMap((p) => p.statements);
    expect(statements).toEqual(
      expect.arrayContaining([
        `Allow ${claimCheckGroup} to read objects in compartment id ${STREAMING} where target.bucket.name = '${bucketName}'`,
        `Allow ${claimCheckGroup} to use stream-push in compartment id ${STREAMING} where target.stream.id = '${ref("oci_streaming_stream", referencesKey)}'`,
        `Allow service cloudEvents to use fn-invocation in compartment id ${FUNCTIONS}`,
        `Allow service faas to read repos in compartment id ${FUNCTIONS}`,
      ]),
    );
    // claim-check gets exactly these two grants, nothing on the data or error streams.
    expect(statements.filter((s) => s.startsWith(`Allow ${claimCheckGroup} `))).toHaveLength(2);
  });

  test("configured consumers may pull the file-references stream, and nothing else", () => {
    // GIVEN a group and a dynamic group of the application that processes the files
    const group = "ocid1.group.oc1..aaaaaaaafilesappgroup000000000000000000000000000000000000";
    const dynamicGroup = "ocid1.dynamicgroup.oc1..aaaaaaaafilesappdg0000000000000000000000000000000000000";
    // WHEN they are configured as consumers
    const withConsumers = synthStack(environmentWith((raw) => (raw.ingestion = { consumers: [group, dynamicGroup] })));
    // THEN each gets use stream-pull on that one stream
    const statements = withConsumers.resources("oci_identity_policy").flatMap((p) => p.statements);
    const streamRef = ref("oci_streaming_stream", referencesKey);
    expect(statements.filter((s) => s.includes(group) || s.includes(dynamicGroup))).toEqual([
      `Allow group id ${group} to use stream-pull in compartment id ${STREAMING} where target.stream.id = '${streamRef}'`,
      `Allow dynamic-group id ${dynamicGroup} to use stream-pull in compartment id ${STREAMING} where target.stream.id = '${streamRef}'`,
    ]);
    // and no consumer is granted by default
    expect(
      synth
        .resources("oci_identity_policy")
        .flatMap((p) => p.statements)
        .filter((s) => / id ocid1\.(dynamic)?group\./.test(s)),
    ).toEqual([]);
  });

  test("a consumer that is not a group or dynamic group OCID is refused", () => {
    expect(() =>
      environmentWith(
        (raw) => (raw.ingestion = { consumers: ["ocid1.user.oc1..aaaaaaaauser0000000000000000000000000"] }),
      ),
    ).toThrow(/ingestion\.consumers\.0: must be the OCID of a group or a dynamic group .*\(got "ocid1\.user/);
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

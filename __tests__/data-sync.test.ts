import { environmentWith, refByDisplayName, synthStack } from "./support/synth";
import { functionConfig, FunctionConfigValues } from "../functions/contracts";

const FUNCTIONS = "ocid1.compartment.oc1..aaaaaaaaexamplefunctions000000000000000000000000000000000";
const STREAMING = "ocid1.compartment.oc1..aaaaaaaaexamplestreaming000000000000000000000000000000000";
const SECURITY = "ocid1.compartment.oc1..aaaaaaaaexamplesecurity0000000000000000000000000000000000";

describe("data sync", () => {
  const synth = synthStack();
  const keyOf = (type: string, predicate: (body: any) => boolean): string => {
    const keys = Object.entries<any>(synth.json.resource[type] ?? {})
      .filter(([, body]) => predicate(body))
      .map(([key]) => key);
    expect(keys).toHaveLength(1);
    return keys[0];
  };
  const ref = (type: string, key: string, attribute = "id") => `\${${type}.${key}.${attribute}}`;
  const fnKey = (name: string) => keyOf("oci_functions_function", (f) => f.display_name === `evs-example-${name}`);
  const fnRef = (name: string) => ref("oci_functions_function", fnKey(name));
  const streamRef = (name: string) =>
    ref(
      "oci_streaming_stream",
      keyOf("oci_streaming_stream", (s) => s.name === `evs-example-${name}`),
    );
  const secretRef = (name: string) =>
    ref(
      "oci_vault_secret",
      keyOf("oci_vault_secret", (s) => s.secret_name === `evs-example-${name}`),
    );
  const statements: string[] = synth.resources("oci_identity_policy").flatMap((p) => p.statements);
  const groupOf = (fn: string) =>
    `dynamic-group ${ref(
      "oci_identity_dynamic_group",
      keyOf("oci_identity_dynamic_group", (g) => g.name === `evs-example-${fn}`),
      "name",
    )}`;
  const grantsOf = (fn: string) => statements.filter((s) => s.startsWith(`Allow ${groupOf(fn)} `));
  const archiveBucketName = ref(
    "oci_objectstorage_bucket",
    keyOf("oci_objectstorage_bucket", (b) => b.name === "evs-example-deadletters"),
    "name",
  );
  const [deployment] = synth.resources("oci_apigateway_deployment");

  test("the gateway is public, in the public subnet behind the gateway NSG", () => {
    const [gateway] = synth.resources("oci_apigateway_gateway");
    expect(gateway).toMatchObject({
      endpoint_type: "PUBLIC",
      subnet_id: refByDisplayName(synth, "oci_core_subnet", "evs-example-public"),
      network_security_group_ids: [
        refByDisplayName(synth, "oci_core_network_security_group", "evs-example-gateway-nsg"),
      ],
    });
  });

  test("routes POST /v1/messages to populate and POST /v1/retry to retry, authenticated", () => {
    expect(deployment.path_prefix).toBe("/v1");
    expect(deployment.specification.routes).toEqual([
      {
        path: "/messages",
        methods: ["POST"],
        backend: { type: "ORACLE_FUNCTIONS_BACKEND", function_id: fnRef("populate") },
        request_policies: { authorization: { type: "AUTHENTICATION_ONLY" } },
      },
      {
        path: "/retry",
        methods: ["POST"],
        backend: { type: "ORACLE_FUNCTIONS_BACKEND", function_id: fnRef("retry") },
        request_policies: { authorization: { type: "AUTHENTICATION_ONLY" } },
      },
    ]);
  });

  test("authentication by default: the authorizer function checks a bearer token against a Vault secret", () => {
    expect(deployment.specification.request_policies.authentication).toEqual({
      type: "CUSTOM_AUTHENTICATION",
      function_id: fnRef("authorizer"),
      token_header: "Authorization",
      is_anonymous_access_allowed: false,
    });
    expect(
      synth.resources("oci_functions_function").find((f) => f.display_name === "evs-example-authorizer")!.config,
    ).toEqual(functionConfig("authorizer", { API_TOKEN_SECRET_ID: secretRef("api-token") }));
    expect(grantsOf("authorizer")).toEqual([
      `Allow ${groupOf("authorizer")} to read secret-bundles in compartment id ${SECURITY} where target.secret.id = '${secretRef("api-token")}'`,
    ]);
  });

  test("JWT validation against a configured issuer instead", () => {
    const jwt = synthStack(
      environmentWith((raw) => {
        raw.dataSync.api = {
          authentication: {
            type: "jwt",
            issuers: ["https://idcs.example.com"],
            audiences: ["evs"],
            jwksUri: "https://idcs.example.com/jwks",
          },
        };
      }),
    );
    const [d] = jwt.resources("oci_apigateway_deployment");
    expect(d.specification.request_policies.authentication).toMatchObject({
      type: "JWT_AUTHENTICATION",
      issuers: ["https://idcs.example.com"],
      audiences: ["evs"],
      public_keys: { type: "REMOTE_JWKS", uri: "https://idcs.example.com/jwks", max_cache_duration_in_hours: 1 },
    });
    expect(jwt.resources("oci_functions_function").map((f) => f.display_name)).not.toContain("evs-test-authorizer");
  });

  test("authentication can be turned off only explicitly, with a reason", () => {
    expect(() => environmentWith((raw) => (raw.dataSync.api = { authentication: { type: "none" } }))).toThrow(
      /dataSync\.api\.authentication\.reason/,
    );
  });

  test("turned off explicitly, the API has no authentication and the security rule records the reason", () => {
    const open = synthStack(
      environmentWith((raw) => {
        raw.dataSync.api = {
          authentication: { type: "none", reason: "internal load test behind a private allow-list" },
        };
      }),
    );
    const [d] = open.resources("oci_apigateway_deployment");
    expect(d.specification.request_policies.authentication).toBeUndefined();
    expect(d.specification.request_policies.rate_limiting).toBeDefined();
    expect(open.stack.dataSync.api.node.metadata).toContainEqual(
      expect.objectContaining({
        data: { ruleId: "OCI-APIGW-AUTH", reason: "internal load test behind a private allow-list" },
      }),
    );
  });

  test("rate limited per client IP, CORS from config, access and execution logs on", () => {
    expect(deployment.specification.request_policies.rate_limiting).toEqual({
      rate_in_requests_per_second: 10,
      rate_key: "CLIENT_IP",
    });
    expect(deployment.specification.request_policies.cors).toBeUndefined();
    expect(deployment.specification.logging_policies).toEqual({
      access_log: { is_enabled: true },
      execution_log: { is_enabled: true, log_level: "INFO" },
    });
    const deploymentRef = ref(
      "oci_apigateway_deployment",
      Object.keys(synth.json.resource.oci_apigateway_deployment)[0],
    );
    const apiLogs = synth.resources("oci_logging_log").filter((l) => l.configuration.source.service === "apigateway");
    expect(apiLogs.map((l) => [l.configuration.source.category, l.configuration.source.resource]).sort()).toEqual([
      ["access", deploymentRef],
      ["execution", deploymentRef],
    ]);

    const cors = synthStack(
      environmentWith(
        (raw) => (raw.dataSync.api = { corsAllowedOrigins: ["https://app.example.com"], rateLimitPerSecond: 50 }),
      ),
    );
    const [d] = cors.resources("oci_apigateway_deployment");
    expect(d.specification.request_policies.cors).toMatchObject({
      allowed_origins: ["https://app.example.com"],
      allowed_methods: ["POST"],
    });
    expect(d.specification.request_policies.rate_limiting.rate_in_requests_per_second).toBe(50);
  });

  test("the connector reads the data stream into the process function, batched from config, with run logs", () => {
    const connectors = synth.resources("oci_sch_service_connector");
    const toProcess = connectors.find((c) => c.display_name === "evs-example-data-to-process");
    expect(toProcess).toMatchObject({
      compartment_id: FUNCTIONS,
      // TRIM_HORIZON: messages stored before the connector first runs are processed too.
      source: { kind: "streaming", stream_id: streamRef("data"), cursor: { kind: "TRIM_HORIZON" } },
      target: { kind: "functions", function_id: fnRef("process"), batch_size_in_num: 100, batch_time_in_sec: 5 },
    });
    // One size limit only: OCI refuses both.
    expect(toProcess!.target.batch_size_in_kbs).toBeUndefined();
    const runLogs = synth.resources("oci_logging_log").filter((l) => l.configuration.source.service === "och");
    expect(runLogs).toHaveLength(2);
    for (const log of runLogs) expect(log.configuration.source.category).toBe("runlog");
  });

  test("dead letters are archived to a private bucket by a second connector", () => {
    const archive = synth
      .resources("oci_sch_service_connector")
      .find((c) => c.display_name === "evs-example-deadletters-to-archive");
    expect(archive).toMatchObject({
      source: { kind: "streaming", stream_id: streamRef("unrecoverable"), cursor: { kind: "TRIM_HORIZON" } },
      target: { kind: "objectStorage", bucket: archiveBucketName, object_name_prefix: "deadletters" },
    });
    expect(synth.resources("oci_objectstorage_bucket").find((b) => b.name === "evs-example-deadletters")).toMatchObject(
      {
        access_type: "NoPublicAccess",
        versioning: "Enabled",
      },
    );
  });

  test("functions are wired to their streams, secret and topic by reference", () => {
    const configOf = (name: string) =>
      synth.resources("oci_functions_function").find((f) => f.display_name === `evs-example-${name}`)!.config;
    const topicRef = ref(
      "oci_ons_notification_topic",
      Object.keys(synth.json.resource.oci_ons_notification_topic)[0],
      "topic_id",
    );
    expect(configOf("populate")).toEqual(
      functionConfig("populate", {
        STREAM_ID: streamRef("data"),
        STREAM_MESSAGES_ENDPOINT: expect.stringMatching(/messages_endpoint\}$/),
        ALLOWED_TARGET_HOSTS: "api.example.com",
      }),
    );
    const errorConfig: FunctionConfigValues<"process"> = {
      STREAM_MESSAGES_ENDPOINT: expect.stringMatching(/messages_endpoint\}$/),
      RECOVERABLE_STREAM_ID: streamRef("recoverable"),
      UNRECOVERABLE_STREAM_ID: streamRef("unrecoverable"),
      CREDENTIAL_SECRET_ID: secretRef("target-api-credential"),
      NOTIFICATION_TOPIC_ID: topicRef,
      ALLOWED_TARGET_HOSTS: "api.example.com",
      MAX_CONCURRENCY: 8,
      IDEMPOTENCY_KEY_HEADER: "Idempotency-Key",
    };
    expect(configOf("process")).toEqual(functionConfig("process", errorConfig));
    expect(configOf("retry")).toEqual(functionConfig("retry", { ...errorConfig, MAX_ATTEMPTS: 5 }));
  });

  test("each function gets exactly the grants it uses", () => {
    const scoped = (verb: string, compartment: string, kind: string, target: string) =>
      `${verb} in compartment id ${compartment} where target.${kind}.id = '${target}'`;
    const publish = `use ons-topics in compartment id ${FUNCTIONS} where request.permission = 'ONS_TOPIC_PUBLISH'`;
    const strip = (fn: string) =>
      grantsOf(fn)
        .map((s) => s.replace(`Allow ${groupOf(fn)} to `, ""))
        .sort();
    expect(strip("populate")).toEqual([scoped("use stream-push", STREAMING, "stream", streamRef("data"))]);
    expect(strip("process")).toEqual(
      [
        scoped("use stream-push", STREAMING, "stream", streamRef("recoverable")),
        scoped("use stream-push", STREAMING, "stream", streamRef("unrecoverable")),
        scoped("read secret-bundles", SECURITY, "secret", secretRef("target-api-credential")),
        publish,
      ].sort(),
    );
    expect(strip("retry")).toEqual(
      [
        scoped("use stream-pull", STREAMING, "stream", streamRef("recoverable")),
        scoped("use stream-pull", STREAMING, "stream", streamRef("unrecoverable")),
        scoped("use stream-push", STREAMING, "stream", streamRef("recoverable")),
        scoped("use stream-push", STREAMING, "stream", streamRef("unrecoverable")),
        scoped("read secret-bundles", SECURITY, "secret", secretRef("target-api-credential")),
        publish,
      ].sort(),
    );
  });

  test("the gateway may invoke functions of the functions compartment; the connector reads only the data stream", () => {
    expect(statements).toContain(
      `Allow any-user to use fn-invocation in compartment id ${FUNCTIONS} where all {request.principal.type = 'ApiGateway', request.resource.compartment.id = '${FUNCTIONS}'}`,
    );
    const connectorReads = statements.filter((s) => s.includes("STREAM_READ"));
    expect(connectorReads).toEqual([
      `Allow any-user to {STREAM_READ, STREAM_CONSUME} in compartment id ${STREAMING} where all {request.principal.type = 'serviceconnector', request.principal.compartment.id = '${FUNCTIONS}', target.stream.id = '${streamRef("data")}'}`,
      `Allow any-user to {STREAM_READ, STREAM_CONSUME} in compartment id ${STREAMING} where all {request.principal.type = 'serviceconnector', request.principal.compartment.id = '${FUNCTIONS}', target.stream.id = '${streamRef("unrecoverable")}'}`,
    ]);
    expect(statements).toContain(
      `Allow any-user to manage objects in compartment id ${STREAMING} where all {request.principal.type = 'serviceconnector', request.principal.compartment.id = '${FUNCTIONS}', target.bucket.name = '${archiveBucketName}'}`,
    );
  });

  test("notifications: a topic with the configured email subscriptions", () => {
    expect(synth.resources("oci_ons_notification_topic")).toEqual([
      expect.objectContaining({ name: "evs-example-operations" }),
    ]);
    expect(synth.resources("oci_ons_subscription")).toEqual([
      expect.objectContaining({ protocol: "EMAIL", endpoint: "streaming-ops@example.com" }),
    ]);
  });

  test("alarms: error-stream puts, function errors, connector target errors and API 5xx, all to the topic", () => {
    const alarms = Object.fromEntries(
      synth.resources("oci_monitoring_alarm").map((a) => [a.display_name.replace("evs-example-", ""), a]),
    );
    expect(Object.keys(alarms).sort()).toEqual(
      [
        "api-5xx",
        "connector-target-errors",
        "dead-letters",
        "populate-errors",
        "process-errors",
        "recoverable-errors",
      ].sort(),
    );
    const topicRef = ref(
      "oci_ons_notification_topic",
      Object.keys(synth.json.resource.oci_ons_notification_topic)[0],
      "topic_id",
    );
    for (const alarm of Object.values<any>(alarms)) {
      expect(alarm.destinations).toEqual([topicRef]);
      expect(alarm.is_enabled).toBe(true);
    }
    expect(alarms["dead-letters"]).toMatchObject({
      namespace: "oci_streaming",
      severity: "CRITICAL",
      query: `PutMessagesThroughput.Count[1m]{resourceId = "${streamRef("unrecoverable")}"}.sum() > 0`,
    });
    expect(alarms["process-errors"].query).toBe(
      `FunctionResponseCount[1m]{resourceId = "${fnRef("process")}", responseType = "Error"}.sum() > 0`,
    );
    expect(alarms["api-5xx"].query).toMatch(
      /^HttpResponses\[1m\]\{resourceId = "\$\{oci_apigateway_gateway\..*\.id\}", httpStatusCategory = "5xx"\}\.sum\(\) > 0$/,
    );
    expect(alarms["connector-target-errors"]).toMatchObject({
      namespace: "oci_service_connector_hub",
      query: `ErrorsAtTarget[5m]{connectorId = "${ref(
        "oci_sch_service_connector",
        keyOf("oci_sch_service_connector", (c) => c.display_name === "evs-example-data-to-process"),
      )}"}.sum() > 0`,
    });
  });

  test.each<[string, (raw: any) => void, RegExp]>([
    ["no allowed target host", (raw) => (raw.dataSync.allowedTargetHosts = []), /dataSync\.allowedTargetHosts: .*>=1/],
    [
      "a target host that is a URL",
      (raw) => (raw.dataSync.allowedTargetHosts = ["https://api.example.com"]),
      /dataSync\.allowedTargetHosts\.0: must be a lower-case DNS host name/,
    ],
    [
      "a batch time over 600 s",
      (raw) => (raw.dataSync.connector = { batchTimeInSec: 900 }),
      /dataSync\.connector\.batchTimeInSec: .*<=600.*\(got 900\)/,
    ],
    [
      "both batch sizes",
      (raw) => (raw.dataSync.connector = { batchSizeInKbs: 2048, batchSizeInNum: 500 }),
      /dataSync\.connector\.batchSizeInNum: cannot be set together with batchSizeInKbs \(2048\): OCI takes only one batch size, either batchSizeInKbs \(1-6144\) or batchSizeInNum \(1-10000\); remove one \(got 500\)/,
    ],
    [
      "an unknown authentication type",
      (raw) => (raw.dataSync.api = { authentication: { type: "basic" } }),
      /dataSync\.api\.authentication\.type/,
    ],
  ])("config refuses %s", (_name, change, expected) => {
    expect(() => environmentWith(change)).toThrow(expected);
  });
});

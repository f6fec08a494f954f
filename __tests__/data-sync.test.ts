import { environmentWith, refByDisplayName, synthStack } from "./support/synth";

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

  test("routes POST /v1/messages to populate (scope produce) and POST /v1/retry to retry (scope operator)", () => {
    expect(deployment.path_prefix).toBe("/v1");
    expect(deployment.specification.routes).toEqual([
      {
        path: "/messages",
        methods: ["POST"],
        backend: { type: "ORACLE_FUNCTIONS_BACKEND", function_id: fnRef("populate") },
        request_policies: {
          authorization: { type: "ANY_OF", allowed_scope: ["produce"] },
          header_transformations: {
            set_headers: {
              items: [{ name: "X-Data-Sync-Client", values: ["$${request.auth[client]}"], if_exists: "OVERWRITE" }],
            },
          },
        },
      },
      {
        path: "/retry",
        methods: ["POST"],
        backend: { type: "ORACLE_FUNCTIONS_BACKEND", function_id: fnRef("retry") },
        request_policies: { authorization: { type: "ANY_OF", allowed_scope: ["operator"] } },
      },
    ]);
  });

  test("authentication by default: the authorizer function checks each client's token against its own secret", () => {
    expect(deployment.specification.request_policies.authentication).toEqual({
      type: "CUSTOM_AUTHENTICATION",
      function_id: fnRef("authorizer"),
      token_header: "Authorization",
      is_anonymous_access_allowed: false,
    });
    expect(
      synth.resources("oci_functions_function").find((f) => f.display_name === "evs-example-authorizer")!.config,
    ).toEqual({
      CLIENTS: JSON.stringify({
        shop: { secretId: secretRef("client-shop"), scope: ["produce"], usagePlanToken: "evs-example-shop" },
        ops: { secretId: secretRef("client-ops"), scope: ["operator"], usagePlanToken: "evs-example-ops" },
      }),
    });
    // One statement per client secret, for the authorizer only.
    expect(grantsOf("authorizer").sort()).toEqual(
      ["client-shop", "client-ops"]
        .map(
          (name) =>
            `Allow ${groupOf("authorizer")} to read secret-bundles in compartment id ${SECURITY} where target.secret.id = '${secretRef(name)}'`,
        )
        .sort(),
    );
    expect(statements.filter((s) => s.includes(secretRef("client-shop")))).toHaveLength(1);
  });

  test("JWT validation against a configured issuer instead", () => {
    const jwt = synthStack(
      environmentWith((raw) => {
        raw.dataSync.clients.shop.claimValue = "shop-client-id";
        raw.dataSync.clients.ops.claimValue = "ops-client-id";
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
    // The JWT's scope claim decides the routes, as the authorizer's scope does; its `sub` names the client, whose
    // usage plan the gateway finds by that value (api-clients-jwt.test.ts runs it).
    expect(d.specification.routes.map((r: any) => r.request_policies.authorization)).toEqual([
      { type: "ANY_OF", allowed_scope: ["produce"] },
      { type: "ANY_OF", allowed_scope: ["operator"] },
    ]);
    expect(d.specification.request_policies.authentication.verify_claims).toEqual([
      { key: "sub", is_required: true, values: ["ops-client-id", "shop-client-id"] },
    ]);
    expect(
      jwt
        .resources("oci_apigateway_subscriber")
        .map((s) => s.clients)
        .sort(),
    ).toEqual([[{ name: "ops", token: "ops-client-id" }], [{ name: "shop", token: "shop-client-id" }]]);
  });

  test("authentication can be turned off only explicitly, with a reason", () => {
    expect(() => environmentWith((raw) => (raw.dataSync.api = { authentication: { type: "none" } }))).toThrow(
      /dataSync\.api\.authentication\.reason/,
    );
  });

  test("turned off explicitly, the API has no authentication and the security rule records the reason", () => {
    const open = synthStack(
      environmentWith((raw) => {
        delete raw.dataSync.clients;
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
    expect(configOf("populate")).toEqual({
      STREAM_ID: streamRef("data"),
      STREAM_MESSAGES_ENDPOINT: expect.stringMatching(/messages_endpoint\}$/),
      TARGET_NAMES: "erp,crm",
      CLIENTS: JSON.stringify({ shop: ["crm", "erp"], ops: [] }),
    });
    const errorConfig = {
      STREAM_MESSAGES_ENDPOINT: expect.stringMatching(/messages_endpoint\}$/),
      RECOVERABLE_STREAM_ID: streamRef("recoverable"),
      UNRECOVERABLE_STREAM_ID: streamRef("unrecoverable"),
      NOTIFICATION_TOPIC_ID: topicRef,
      TARGETS: expect.any(String),
      MAX_CONCURRENCY: "8",
      IDEMPOTENCY_KEY_HEADER: "Idempotency-Key",
      METRICS_NAMESPACE: "event_streaming",
      METRICS_COMPARTMENT_ID: FUNCTIONS,
      METRICS_DEPLOYMENT: "evs-example",
    };
    expect(configOf("process")).toEqual(errorConfig);
    expect(configOf("retry")).toEqual({
      ...errorConfig,
      MAX_ATTEMPTS: "5",
      TARGETS: configOf("process").TARGETS,
      RETRY_BACKOFF_BASE_SECONDS: "60",
      RETRY_BACKOFF_MULTIPLIER: "2",
      RETRY_BACKOFF_MAX_SECONDS: "3600",
      RETRY_BACKOFF_JITTER_RATIO: "0.2",
      SCHEDULED_RETRY_COUNT: "500",
    });

    // Each target carries its own secret, and only its own.
    const targets = JSON.parse(configOf("process").TARGETS);
    expect(Object.keys(targets)).toEqual(["erp", "crm"]);
    expect(targets.erp).toMatchObject({
      baseUrl: "https://erp.example.com/api/v2",
      auth: { type: "oauth2", tokenUrl: "https://login.example.com/oauth2/token", scope: "orders.write" },
      secretId: secretRef("target-erp"),
      timeoutMs: 5000,
      concurrency: 4,
      statusMapping: { "409": "delivered" },
      enabled: true,
    });
    expect(targets.crm).toMatchObject({
      auth: { type: "header", header: "X-Api-Key" },
      secretId: secretRef("target-crm"),
      filter: "payload.kind = 'customer'",
    });
  });

  test("Resource Scheduler runs the retry function hourly by default, allowed to invoke only as that schedule", () => {
    const [schedule] = synth.resources("oci_resource_scheduler_schedule");
    expect(schedule).toMatchObject({
      compartment_id: FUNCTIONS,
      action: "START_RESOURCE",
      recurrence_type: "CRON",
      recurrence_details: "0 */1 * * *",
      resources: [{ id: fnRef("retry") }],
      state: "ACTIVE",
    });
    const scheduleRef = ref(
      "oci_resource_scheduler_schedule",
      keyOf("oci_resource_scheduler_schedule", () => true),
    );
    const principal = `request.principal.type = 'resourceschedule', request.principal.id = '${scheduleRef}'`;
    expect(statements.filter((s) => s.includes("resourceschedule"))).toEqual([
      `Allow any-user to use fn-function in compartment id ${FUNCTIONS} where all {${principal}}`,
      `Allow any-user to use fn-invocation in compartment id ${FUNCTIONS} where all {${principal}}`,
    ]);
  });

  test("the schedule's interval and the back-off come from config; schedule off means no schedule and no grant", () => {
    const tuned = synthStack(
      environmentWith((raw) => {
        raw.dataSync.retry = {
          schedule: { intervalInMinutes: 15, count: 200 },
          backoff: { baseSeconds: 30, multiplier: 3, maxSeconds: 7200, jitterRatio: 0.5 },
        };
      }),
    );
    expect(tuned.resources("oci_resource_scheduler_schedule")[0].recurrence_details).toBe("*/15 * * * *");
    expect(
      tuned.resources("oci_functions_function").find((f) => f.display_name === "evs-test-retry")!.config,
    ).toMatchObject({
      RETRY_BACKOFF_BASE_SECONDS: "30",
      RETRY_BACKOFF_MULTIPLIER: "3",
      RETRY_BACKOFF_MAX_SECONDS: "7200",
      RETRY_BACKOFF_JITTER_RATIO: "0.5",
      SCHEDULED_RETRY_COUNT: "200",
    });
    const off = synthStack(environmentWith((raw) => (raw.dataSync.retry = { schedule: { enabled: false } })));
    expect(off.resources("oci_resource_scheduler_schedule")).toEqual([]);
    expect(
      off
        .resources("oci_identity_policy")
        .flatMap((p) => p.statements.filter((s: string) => s.includes("resourceschedule"))),
    ).toEqual([]);
  });

  test("a target's strings reach the function as written: Terraform's ${ and %{ are escaped", () => {
    const escaped = synthStack(
      environmentWith((raw) => {
        raw.dataSync.targets.crm.filter = "$string(payload.n) = '${x}%{y}'";
      }),
    );
    const config = escaped.resources("oci_functions_function").find((f) => f.display_name.endsWith("-process"))!.config;
    expect(JSON.parse(config.TARGETS).crm.filter).toBe("$string(payload.n) = '$${x}%%{y}'");
  });

  test("a configuration OCI Functions would refuse (over 4 KB) fails synth, naming the function and the key", () => {
    // A valid expression, just long: 20 clauses of 200 characters.
    const long = Array.from({ length: 20 }, (_, i) => `payload.f${i} = '${"x".repeat(190)}'`).join(" or ");
    expect(() =>
      synthStack(
        environmentWith((raw) => {
          raw.dataSync.targets.crm.filter = long;
        }),
      ),
    ).toThrow(
      /function process: its configuration takes about \d+ bytes, more than the 4096 OCI Functions allows .*largest: TARGETS \d+/,
    );
  });

  test("each function gets exactly the grants it uses", () => {
    const scoped = (verb: string, compartment: string, kind: string, target: string) =>
      `${verb} in compartment id ${compartment} where target.${kind}.id = '${target}'`;
    const publish = `use ons-topics in compartment id ${FUNCTIONS} where request.permission = 'ONS_TOPIC_PUBLISH'`;
    const postMetrics = `use metrics in compartment id ${FUNCTIONS} where target.metrics.namespace = 'event_streaming'`;
    const strip = (fn: string) =>
      grantsOf(fn)
        .map((s) => s.replace(`Allow ${groupOf(fn)} to `, ""))
        .sort();
    expect(strip("populate")).toEqual([scoped("use stream-push", STREAMING, "stream", streamRef("data"))]);
    expect(strip("process")).toEqual(
      [
        scoped("use stream-push", STREAMING, "stream", streamRef("recoverable")),
        scoped("use stream-push", STREAMING, "stream", streamRef("unrecoverable")),
        scoped("read secret-bundles", SECURITY, "secret", secretRef("target-erp")),
        scoped("read secret-bundles", SECURITY, "secret", secretRef("target-crm")),
        publish,
        postMetrics,
      ].sort(),
    );
    expect(strip("retry")).toEqual(
      [
        scoped("use stream-pull", STREAMING, "stream", streamRef("recoverable")),
        scoped("use stream-pull", STREAMING, "stream", streamRef("unrecoverable")),
        scoped("use stream-push", STREAMING, "stream", streamRef("recoverable")),
        scoped("use stream-push", STREAMING, "stream", streamRef("unrecoverable")),
        scoped("read secret-bundles", SECURITY, "secret", secretRef("target-erp")),
        scoped("read secret-bundles", SECURITY, "secret", secretRef("target-crm")),
        publish,
        postMetrics,
      ].sort(),
    );
    // No other function reads a target's secret.
    for (const name of ["target-erp", "target-crm"]) {
      const readers = statements.filter((s) => s.includes(`target.secret.id = '${secretRef(name)}'`));
      expect(readers.map((s) => s.split(" to ")[0]).sort()).toEqual(
        [`Allow ${groupOf("process")}`, `Allow ${groupOf("retry")}`].sort(),
      );
    }
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
    const perFunction = ["populate", "process", "retry", "authorizer", "claim-check"].flatMap((fn) => [
      `${fn}-errors`,
      `${fn}-throttles`,
    ]);
    const perConnector = ["connector", "archive-connector"].flatMap((c) => [
      `${c}-target-errors`,
      `${c}-source-errors`,
      `${c}-freshness`,
    ]);
    const perTarget = ["erp", "crm"].flatMap((t) => [`target-${t}-failures`, `target-${t}-dead-letters`]);
    expect(Object.keys(alarms).sort()).toEqual(
      [
        "api-5xx",
        "api-4xx",
        "dead-letters",
        "recoverable-errors",
        "recoverable-backlog-age",
        "retry-not-running",
        ...perFunction,
        ...perConnector,
        ...perTarget,
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
      `FunctionResponseCount[5m]{resourceId = "${fnRef("process")}", responseType = "Error"}.sum() > 0`,
    );
    expect(alarms["claim-check-throttles"].query).toBe(
      `FunctionResponseCount[5m]{resourceId = "${fnRef("claim-check")}", responseType = "Throttled"}.sum() > 0`,
    );
    // The example's recoverable stream keeps messages 168 h: CRITICAL at half of it, 84 h left.
    expect(alarms["recoverable-backlog-age"]).toMatchObject({
      namespace: "event_streaming",
      metric_compartment_id: FUNCTIONS,
      severity: "CRITICAL",
      query: `RecoverableBacklogOldestAgeSeconds[5m]{deployment = "evs-example", function = "retry"}.max() > 302400`,
    });
    expect(alarms["recoverable-backlog-age"].body).toMatch(/about 84 hours are left before OCI deletes it/);
    // Hourly runs: absent for a 60-minute window, held for another hour before it fires.
    expect(alarms["retry-not-running"]).toMatchObject({
      query: `RecoverableBacklogMessages[60m]{deployment = "evs-example", function = "retry"}.absent(72h)`,
      pending_duration: "PT60M",
    });
    // Each target's own alarms, on the custom metrics' target dimension, from process and retry alike.
    expect(alarms["target-erp-failures"]).toMatchObject({
      namespace: "event_streaming",
      severity: "WARNING",
      query: `MessagesFailedRecoverable[5m]{deployment = "evs-example", target = "erp"}.sum() > 0`,
    });
    expect(alarms["target-crm-dead-letters"]).toMatchObject({
      severity: "ERROR",
      query: `MessagesFailedUnrecoverable[5m]{deployment = "evs-example", target = "crm"}.sum() > 0`,
    });
    expect(alarms["connector-freshness"]).toMatchObject({ pending_duration: "PT30M" });
    expect(alarms["connector-freshness"].query).toMatch(
      /^DataFreshness\[5m\]\{connectorId = ".*"\}\.max\(\) > 1800000$/,
    );
    expect(alarms["api-4xx"].query).toMatch(/httpStatusCategory = "4xx"\}\.sum\(\) > 100$/);
    expect(alarms["api-5xx"].query).toMatch(
      /^HttpResponses\[5m\]\{resourceId = "\$\{oci_apigateway_gateway\..*\.id\}", httpStatusCategory = "5xx"\}\.sum\(\) > 0$/,
    );
    expect(alarms["connector-target-errors"]).toMatchObject({
      namespace: "oci_service_connector_hub",
      query: `ErrorsAtTarget[5m]{connectorId = "${ref(
        "oci_sch_service_connector",
        keyOf("oci_sch_service_connector", (c) => c.display_name === "evs-example-data-to-process"),
      )}"}.sum() > 0`,
    });
  });

  test("the archive bucket moves dead letters to the Archive tier after 30 days by default, Object Storage allowed on it only", () => {
    const [lifecycle] = synth.resources("oci_objectstorage_object_lifecycle_policy");
    expect(lifecycle).toMatchObject({
      bucket: archiveBucketName,
      rules: [
        {
          name: "archive",
          action: "ARCHIVE",
          target: "objects",
          time_amount: "30",
          time_unit: "DAYS",
          is_enabled: true,
        },
      ],
    });
    expect(statements).toContain(
      `Allow service objectstorage-us-ashburn-1 to manage object-family in compartment id ${STREAMING} where target.bucket.name = '${archiveBucketName}'`,
    );
    expect(lifecycle.depends_on).toEqual([expect.stringMatching(/^oci_identity_policy\./)]);
  });

  test("archive and delete ages come from config; a versioned bucket's previous versions are deleted too", () => {
    const tuned = synthStack(
      environmentWith((raw) => (raw.dataSync.archiveLifecycle = { archiveAfterDays: 7, deleteAfterDays: 365 })),
    );
    const [lifecycle] = tuned.resources("oci_objectstorage_object_lifecycle_policy");
    expect(lifecycle.rules.map((r: any) => [r.action, r.target, r.time_amount])).toEqual([
      ["ARCHIVE", "objects", "7"],
      ["DELETE", "objects", "365"],
      ["DELETE", "previous-object-versions", "365"],
    ]);
    const none = synthStack(environmentWith((raw) => (raw.dataSync.archiveLifecycle = {})));
    expect(none.resources("oci_objectstorage_object_lifecycle_policy")).toEqual([]);
  });

  test("alarm thresholds and existence come from config", () => {
    const tuned = synthStack(
      environmentWith((raw) => {
        raw.dataSync.alarms = {
          recoverableBacklogAge: { retentionShare: 0.25 },
          api4xx: { threshold: 500 },
          functionThrottles: { enabled: false },
          connectorFreshness: { thresholdMinutes: 90 },
          targetFailures: { threshold: 25 },
        };
      }),
    );
    const byName = Object.fromEntries(
      tuned.resources("oci_monitoring_alarm").map((a) => [a.display_name.replace("evs-test-", ""), a]),
    );
    expect(byName["recoverable-backlog-age"].query).toMatch(/\.max\(\) > 151200$/);
    expect(byName["recoverable-backlog-age"].body).toMatch(/about 126 hours are left/);
    expect(byName["api-4xx"].query).toMatch(/> 500$/);
    expect(byName["connector-freshness"].query).toMatch(/> 5400000$/);
    expect(Object.keys(byName).filter((n) => n.endsWith("-throttles"))).toEqual([]);
    expect(byName["target-erp-failures"].query).toMatch(/\.sum\(\) > 25$/);
    expect(Object.keys(byName).filter((n) => n.startsWith("target-"))).toHaveLength(4);
    const off = synthStack(environmentWith((raw) => (raw.dataSync.alarms = { targetFailures: { enabled: false } })));
    expect(off.resources("oci_monitoring_alarm").filter((a) => a.display_name.startsWith("evs-test-target-"))).toEqual(
      [],
    );
  });

  test.each<[string, (raw: any) => void, RegExp]>([
    [
      "deleting archived dead letters before they are archived",
      (raw) => (raw.dataSync.archiveLifecycle = { archiveAfterDays: 90, deleteAfterDays: 30 }),
      /dataSync\.archiveLifecycle\.deleteAfterDays: must be more than archiveAfterDays \(90\)/,
    ],
    [
      "a backlog alarm share of retention outside 0.05..0.95",
      (raw) => (raw.dataSync.alarms = { recoverableBacklogAge: { retentionShare: 1.5 } }),
      /dataSync\.alarms\.recoverableBacklogAge\.retentionShare: .*0\.95/,
    ],
    [
      "a negative 4xx threshold",
      (raw) => (raw.dataSync.alarms = { api4xx: { threshold: -1 } }),
      /dataSync\.alarms\.api4xx\.threshold: .*0/,
    ],
    [
      "the old allowedTargetHosts, saying what replaces it",
      (raw) => (raw.dataSync.allowedTargetHosts = ["api.example.com"]),
      /dataSync\.allowedTargetHosts: was replaced by dataSync\.targets: name each target with its baseUrl and auth/,
    ],
    [
      "the old shared target credential",
      (raw) => (raw.secrets = { targetApiCredentialSecretId: "ocid1.vaultsecret.oc1..aaaaaaaaexample" }),
      /secrets\.targetApiCredentialSecretId: was replaced by dataSync\.targets\.<name>\.secretId/,
    ],
    ["no target", (raw) => (raw.dataSync.targets = {}), /dataSync\.targets: must name at least one target/],
    [
      "two targets sharing one secret, which would send one's credential to the other",
      (raw) => {
        raw.dataSync.targets.erp.secretId = "ocid1.vaultsecret.oc1.iad.aaaaaaaashared";
        raw.dataSync.targets.crm.secretId = "ocid1.vaultsecret.oc1.iad.aaaaaaaashared";
      },
      /dataSync\.targets\.crm\.secretId: is also dataSync\.targets\.erp\.secretId: each target and client needs its own secret/,
    ],
    [
      "a client whose token secret is a target's credential",
      (raw) => {
        raw.dataSync.targets.erp.secretId = "ocid1.vaultsecret.oc1.iad.aaaaaaaashared";
        raw.dataSync.clients.shop.secretId = "ocid1.vaultsecret.oc1.iad.aaaaaaaashared";
      },
      /dataSync\.clients\.shop\.secretId: is also dataSync\.targets\.erp\.secretId/,
    ],
    [
      "a client allowed a target that does not exist, by name",
      (raw) => (raw.dataSync.clients.shop.allowedTargets = ["erp", "billing"]),
      /dataSync\.clients\.shop\.allowedTargets\.1: is not a target of dataSync\.targets \(erp, crm\) \(got "billing"\)/,
    ],
    [
      "no client with the authorizer",
      (raw) => (raw.dataSync.clients = {}),
      /dataSync\.clients: must name at least one client when dataSync\.api\.authentication is the authorizer/,
    ],
    [
      "clients without the authorizer",
      (raw) => (raw.dataSync.api = { authentication: { type: "none", reason: "internal load test only" } }),
      /dataSync\.clients: needs dataSync\.api\.authentication of type "authorizer" or "jwt" \(got "none"\)/,
    ],
    ...jwtClientCases(),
    [
      "a filter that is not JSONata, naming the target and jsonata's error",
      (raw) => (raw.dataSync.targets.crm.filter = "payload.kind = "),
      /dataSync\.targets\.crm\.filter: is not a valid JSONata expression: S0207 at position 15: Unexpected end of expression/,
    ],
    [
      "a transform that is not JSONata",
      (raw) => (raw.dataSync.targets.erp.transform = "{ 'a': payload.id "),
      /dataSync\.targets\.erp\.transform: is not a valid JSONata expression: S0203/,
    ],
    [
      "an http base URL",
      (raw) => (raw.dataSync.targets.crm.baseUrl = "http://crm.example.com"),
      /dataSync\.targets\.crm\.baseUrl: must be an https:\/\/ URL/,
    ],
    [
      "a base URL with a query",
      (raw) => (raw.dataSync.targets.crm.baseUrl = "https://crm.example.com/?k=1"),
      /dataSync\.targets\.crm\.baseUrl: must be https:\/\/host\[:port\]\[\/path\] without user info, query or fragment/,
    ],
    [
      "a target name that is no DNS-style name",
      (raw) => (raw.dataSync.targets.Bad_Name = raw.dataSync.targets.crm),
      /dataSync\.targets\.Bad_Name: target names must be 2 to 32 lower-case letters/,
    ],
    [
      "a status mapping to an unknown verdict",
      (raw) => (raw.dataSync.targets.crm.statusMapping = { "404": "ignored" }),
      /dataSync\.targets\.crm\.statusMapping\.404/,
    ],
    [
      "a target timeout over 300 s",
      (raw) => (raw.dataSync.targets.crm.timeoutMs = 400_000),
      /dataSync\.targets\.crm\.timeoutMs: .*<=300000/,
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

/** Bad JWT client settings, each refused naming the field and the value. */
function jwtClientCases(): [string, (raw: any) => void, RegExp][] {
  const jwt = (raw: any, clientClaim?: string) => {
    raw.dataSync.api = {
      authentication: {
        type: "jwt",
        issuers: ["https://login.example.com"],
        audiences: ["evs"],
        jwksUri: "https://login.example.com/jwks",
        ...(clientClaim ? { clientClaim } : {}),
      },
    };
    raw.dataSync.clients.shop.claimValue = "shop-id";
    raw.dataSync.clients.ops.claimValue = "ops-id";
  };
  return [
    [
      "JWT clients sharing one claim value, which would make them one caller with both's rights",
      (raw) => {
        jwt(raw);
        raw.dataSync.clients.ops.claimValue = "shop-id";
      },
      /dataSync\.clients\.ops\.claimValue: is also dataSync\.clients\.shop\.claimValue: each client needs its own "sub" value \(got "shop-id"\)/,
    ],
    [
      "a JWT client without its claim value",
      (raw) => {
        jwt(raw, "client_id");
        delete raw.dataSync.clients.ops.claimValue;
      },
      /dataSync\.clients\.ops: needs claimValue: the value of the "client_id" claim in this client's tokens/,
    ],
    [
      "a JWT client allowed a target that does not exist",
      (raw) => {
        jwt(raw);
        raw.dataSync.clients.shop.allowedTargets = ["billing"];
      },
      /dataSync\.clients\.shop\.allowedTargets\.0: is not a target of dataSync\.targets \(erp, crm\) \(got "billing"\)/,
    ],
    [
      "a JWT client with a token secret, which nothing would read",
      (raw) => {
        jwt(raw);
        raw.dataSync.clients.shop.secretId = "ocid1.vaultsecret.oc1..aaaaaaaashop";
      },
      /dataSync\.clients\.shop\.secretId: is not read with JWT authentication/,
    ],
    [
      "a claim value with the authorizer",
      (raw) => (raw.dataSync.clients.shop.claimValue = "shop-id"),
      /dataSync\.clients\.shop\.claimValue: is only for dataSync\.api\.authentication of type "jwt" \(got "authorizer"\)/,
    ],
    [
      "a claim value Terraform would interpolate",
      (raw) => {
        jwt(raw);
        raw.dataSync.clients.shop.claimValue = "${var.x}";
      },
      /dataSync\.clients\.shop\.claimValue: must be 1 to 255 letters, digits or any of/,
    ],
    [
      "the scope claim as the client claim",
      (raw) => jwt(raw, "scope"),
      /dataSync\.api\.authentication\.clientClaim: must be a claim that identifies the client, not one of scope/,
    ],
    [
      "JWT authentication without clients",
      (raw) => {
        jwt(raw);
        raw.dataSync.clients = {};
      },
      /dataSync\.clients: must name at least one client when dataSync\.api\.authentication is jwt/,
    ],
  ];
}

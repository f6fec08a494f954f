import { IEncryptionKey } from "../resources/encryption-key";
import { Construct } from "constructs";
import { z } from "zod";
import { describeIssue } from "../../config/load";
import { DataSyncConfig, dataSyncSchema } from "../../config/schema";
import { AlarmDefinition, Alarms } from "./alarms";
import { dataSyncAlarms } from "./data-sync-alarms";
import { dataSyncDashboardRows } from "./data-sync-dashboard";
import { Bucket } from "../resources/bucket";
import { BucketLifecycle } from "../resources/bucket-lifecycle";
import { ContainerFunction } from "../resources/container-function";
import { CustomMetrics } from "../resources/custom-metrics";
import { FunctionSchedule } from "../resources/function-schedule";
import { ManagementDashboard } from "../resources/management-dashboard";
import { FunctionsPlatform } from "./functions-platform";
import { MessagesApi, ROUTE_SCOPES } from "../resources/messages-api";
import { INetworkSecurityGroup } from "../resources/network-security-group";
import { INotificationTopic, NotificationTopic } from "../resources/notification-topic";
import { ISecret, Secret } from "../resources/secret";
import { ILogGroup } from "../resources/log-group";
import { BucketTarget, FunctionTarget } from "../resources/connector-targets";
import { ServiceConnector } from "../resources/service-connector";
import { IStream } from "../resources/stream";
import { ISubnet } from "../resources/subnet";
import { Vault } from "../resources/vault";
import { DEAD_LETTER_ARCHIVE_PREFIX } from "../../lib/data-sync/error-record";
import { TargetConfig } from "../../config/schema";

/**
 * Terraform reads `${` and `%{` in any string as interpolation and directives; a target's strings (a JSONata
 * expression may hold either) are escaped as `$${` and `%%{`, which reach the function as written.
 */
function terraformLiteral(text: string): string {
  return text.replace(/\$\{/g, () => "$${").replace(/%\{/g, () => "%%{");
}

/**
 * CLIENT_CLAIMS (populate, JWT authentication): client name by claim value, as the gateway passes the claim value in
 * CLIENT_HEADER. Sorted, so reordering the config changes nothing.
 */
function jwtClientNames(clients: DataSyncConfig["clients"]): Record<string, string> {
  return Object.fromEntries(
    Object.entries(clients)
      .map(([name, client]) => [client.claimValue!, name])
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

/** The TARGETS function config (lib/data-sync/targets.ts): every target's settings, with its own secret's OCID. */
export function targetsConfig(
  targets: Readonly<Record<string, TargetConfig>>,
  secrets: ReadonlyMap<string, ISecret>,
): string {
  const escaped = (value: unknown): unknown =>
    typeof value === "string"
      ? terraformLiteral(value)
      : Array.isArray(value)
        ? value.map(escaped)
        : typeof value === "object" && value !== null
          ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escaped(v)]))
          : value;
  return JSON.stringify(
    Object.fromEntries(
      Object.entries(targets).map(([name, { secretId: _existing, ...settings }]) => [
        name,
        { ...(escaped(settings) as object), secretId: secrets.get(name)!.secretId },
      ]),
    ),
  );
}

export interface DataSyncProps {
  /**
   * Prefix of every resource name of the pattern.
   * @default - the platform's `namePrefix`
   */
  readonly namePrefix?: string;
  /**
   * Compartment of the gateway and the connectors.
   * @default - the platform's compartment
   */
  readonly compartmentId?: string;
  /**
   * Compartment of the archive bucket (the data's compartment).
   * @default - `compartmentId`
   */
  readonly dataCompartmentId?: string;
  /**
   * Compartment of the API token and target secrets, and of the vault the pattern creates.
   * @default - `compartmentId`
   */
  readonly securityCompartmentId?: string;
  /** The functions platform the populate, process, retry and authorizer functions run on. */
  readonly platform: FunctionsPlatform;
  /** The stream the API's messages are put on and the process connector reads. */
  readonly dataStream: IStream;
  /** The stream of failures worth retrying, replayed by `POST /v1/retry`. */
  readonly recoverableStream: IStream;
  /** The dead-letter stream, archived to a bucket. */
  readonly unrecoverableStream: IStream;
  /**
   * Key (and its vault) for the API token, the target secrets and the archive bucket.
   * @default - a new virtual private vault and master key, rotated automatically, in `securityCompartmentId`
   */
  readonly encryptionKey?: IEncryptionKey;
  /**
   * Topic that receives the alarms and the functions' failure summaries.
   * @default - a new topic `<namePrefix>-operations` with no subscriptions
   */
  readonly topic?: INotificationTopic;
  /** Subnet of the API gateway. */
  readonly publicSubnet: ISubnet;
  /** NSG of the API gateway (443 in). */
  readonly gatewayNsg: INetworkSecurityGroup;
  /**
   * Log group of the API, function and connector logs.
   * @default - the platform's log group
   */
  readonly logGroup?: ILogGroup;
  /**
   * The `dataSync` settings as a configuration file holds them (only `targets` is required), validated against
   * config/schema.ts: a bad value fails naming the field.
   */
  readonly settings: DataSyncSettings;
  /**
   * The region, whose Object Storage service principal applies the archive's lifecycle rules.
   * @default - the platform's region
   */
  readonly region?: string;
  /**
   * The stack's other functions (claim-check), which get errors and throttles alarms with these.
   * @default - none
   */
  readonly otherFunctions?: Readonly<Record<string, ContainerFunction>>;
}

/** The `dataSync` section of a configuration file, before defaults are applied. */
export type DataSyncSettings = z.input<typeof dataSyncSchema>;

/** DataSyncProps with every default applied. */
/** A stream archived to a bucket by a connector. */
export interface StreamArchive {
  readonly bucket: Bucket;
  /** Present when the lifecycle config sets an age. */
  readonly lifecycle?: BucketLifecycle;
  readonly connector: ServiceConnector;
}

interface ArchiveSpec {
  readonly source: IStream;
  readonly bucketName: string;
  readonly lifecycle: { readonly archiveAfterDays?: number; readonly deleteAfterDays?: number };
  readonly connectorName: string;
  readonly description: string;
  readonly objectNamePrefix: string;
}

type ResolvedDataSyncProps = Required<Omit<DataSyncProps, "settings" | "otherFunctions">> &
  Pick<DataSyncProps, "otherFunctions"> & { readonly settings: DataSyncConfig };

/**
 * Data sync: `POST /v1/messages` -> populate -> data stream -> Service Connector -> process -> target REST
 * API. Failures go to the recoverable or unrecoverable stream; `POST /v1/retry` replays an error stream;
 * dead letters are archived in a bucket; alarms notify the operations topic.
 */
export class DataSync extends Construct {
  public readonly populate: ContainerFunction;
  public readonly process: ContainerFunction;
  public readonly retry: ContainerFunction;
  public readonly authorizer?: ContainerFunction;
  /** Each API client's own token, by client name (authorizer authentication; with JWT the issuer holds them). */
  public readonly clientSecrets: ReadonlyMap<string, ISecret>;
  /** Each target's own credential, by target name. */
  public readonly targetSecrets: ReadonlyMap<string, ISecret>;
  /** Runs the retry function every `retry.schedule.intervalInMinutes`. */
  public readonly retrySchedule?: FunctionSchedule;
  /** The custom metrics process and retry post. */
  public readonly metrics: CustomMetrics;
  public readonly api: MessagesApi;
  public readonly connector: ServiceConnector;
  public readonly archiveBucket: Bucket;
  public readonly archiveConnector: ServiceConnector;
  /** The archive bucket's lifecycle rules, when `archiveLifecycle` sets any. */
  public readonly archiveLifecycle?: BucketLifecycle;
  public readonly alarms: Alarms;
  /** The audit copy of the data stream, when `auditArchive.enabled`. */
  public readonly auditArchive?: StreamArchive;
  /** The data sync's Management Dashboard, unless `dashboard.enabled` is false. */
  public readonly dashboard?: ManagementDashboard;

  /** The vault this pattern created because no `encryptionKey` was given. */
  public readonly vault?: Vault;

  constructor(scope: Construct, id: string, given: DataSyncProps) {
    super(scope, id);
    const { props, vault } = withDefaults(this, given);
    this.vault = vault;
    const { platform, dataStream, recoverableStream, unrecoverableStream, topic, logGroup, settings } = props;
    const auth = settings.api.authentication;
    // A secret the config names is referenced; otherwise a new one holds a placeholder, encrypted with the key.
    const secret = (id: string, existingSecretId: string | undefined, secretName: string, description: string) =>
      existingSecretId
        ? Secret.fromSecretId(this, id, existingSecretId, props.securityCompartmentId)
        : new Secret(this, id, {
            compartmentId: props.securityCompartmentId,
            secretName,
            description,
            encryptionKey: props.encryptionKey,
          });
    this.targetSecrets = new Map(
      Object.entries(settings.targets).map(([name, target]) => [
        name,
        secret(
          `TargetSecret-${name}`,
          target.secretId,
          `${props.namePrefix}-target-${name}`,
          `Credential of target ${name} (${target.auth.type}); sent to ${target.baseUrl} only`,
        ),
      ]),
    );
    this.metrics = new CustomMetrics(this, "Metrics", {
      namespace: settings.metrics.namespace,
      compartmentId: platform.application.compartmentId,
    });
    const errorStreams = {
      STREAM_MESSAGES_ENDPOINT: recoverableStream.messagesEndpoint,
      RECOVERABLE_STREAM_ID: recoverableStream.streamId,
      UNRECOVERABLE_STREAM_ID: unrecoverableStream.streamId,
      NOTIFICATION_TOPIC_ID: topic.topicId,
      TARGETS: targetsConfig(settings.targets, this.targetSecrets),
      MAX_CONCURRENCY: settings.maxConcurrency,
      IDEMPOTENCY_KEY_HEADER: settings.idempotencyKeyHeader,
      METRICS_NAMESPACE: this.metrics.namespace,
      METRICS_COMPARTMENT_ID: this.metrics.compartmentId,
      METRICS_DEPLOYMENT: props.namePrefix,
    };

    this.populate = platform.addFunction("populate", {
      STREAM_ID: dataStream.streamId,
      STREAM_MESSAGES_ENDPOINT: dataStream.messagesEndpoint,
      TARGET_NAMES: Object.keys(settings.targets).join(","),
      ...(Object.keys(settings.clients).length > 0
        ? {
            CLIENTS: JSON.stringify(
              // Sorted: a set, so reordering the config list changes nothing.
              Object.fromEntries(
                Object.entries(settings.clients).map(([name, c]) => [name, [...c.allowedTargets].sort()]),
              ),
            ),
          }
        : {}),
      ...(auth.type === "jwt" ? { CLIENT_CLAIMS: JSON.stringify(jwtClientNames(settings.clients)) } : {}),
    });
    this.process = platform.addFunction("process", errorStreams);
    const { backoff, schedule } = settings.retry;
    this.retry = platform.addFunction("retry", {
      ...errorStreams,
      MAX_ATTEMPTS: settings.maxAttempts,
      RETRY_BACKOFF_BASE_SECONDS: backoff.baseSeconds,
      RETRY_BACKOFF_MULTIPLIER: backoff.multiplier,
      RETRY_BACKOFF_MAX_SECONDS: backoff.maxSeconds,
      RETRY_BACKOFF_JITTER_RATIO: backoff.jitterRatio,
      SCHEDULED_RETRY_COUNT: schedule.count,
      ...(auth.type === "jwt"
        ? {
            OPERATOR_CLIENT_CLAIMS: JSON.stringify(
              jwtClientNames(Object.fromEntries(Object.entries(settings.clients).filter(([, c]) => c.operator))),
            ),
          }
        : {}),
    });
    if (schedule.enabled) {
      this.retrySchedule = new FunctionSchedule(this, "RetrySchedule", {
        compartmentId: platform.application.compartmentId,
        displayName: `${props.namePrefix}-retry`,
        description: "Replays the recoverable stream with back-off by attempt",
        function: this.retry,
        intervalInMinutes: schedule.intervalInMinutes,
      });
      this.retry.grantInvoke(this.retrySchedule);
    }

    // Each client's own token secret: read by the authorizer only, one statement each.
    this.clientSecrets = new Map(
      Object.entries(auth.type === "authorizer" ? settings.clients : {}).map(([name, client]) => [
        name,
        secret(
          `ClientSecret-${name}`,
          client.secretId,
          `${props.namePrefix}-client-${name}`,
          `Bearer token of API client ${name}; checked by the authorizer function`,
        ),
      ]),
    );
    // With JWT the gateway reads the client token from the client claim, so it is the client's claim value.
    const usagePlanToken = (name: string) =>
      auth.type === "jwt" ? settings.clients[name].claimValue! : `${props.namePrefix}-${name}`;
    if (auth.type === "authorizer") {
      this.authorizer = platform.addFunction("authorizer", {
        CLIENTS: JSON.stringify(
          Object.fromEntries(
            Object.entries(settings.clients).map(([name, client]) => [
              name,
              {
                secretId: this.clientSecrets.get(name)!.secretId,
                scope: [
                  ...(client.allowedTargets.length > 0 ? [ROUTE_SCOPES.messages] : []),
                  ...(client.operator ? [ROUTE_SCOPES.retry] : []),
                ],
                usagePlanToken: usagePlanToken(name),
              },
            ]),
          ),
        ),
      });
    }

    // What the functions do themselves. The API and the connectors grant what they need when they bind their ends.
    dataStream.grantPush(this.populate);
    recoverableStream.grantPush(this.process);
    unrecoverableStream.grantPush(this.process);
    topic.grantPublish(this.process);
    // Retry drains either error stream and re-routes to either.
    recoverableStream.grantPull(this.retry);
    unrecoverableStream.grantPull(this.retry);
    recoverableStream.grantPush(this.retry);
    unrecoverableStream.grantPush(this.retry);
    // Each target's secret is read by the two functions that call targets, one statement per secret.
    for (const secret of this.targetSecrets.values()) {
      secret.grantRead(this.process);
      secret.grantRead(this.retry);
    }
    topic.grantPublish(this.retry);
    this.metrics.grantPost(this.process);
    this.metrics.grantPost(this.retry);
    if (this.authorizer) for (const secret of this.clientSecrets.values()) secret.grantRead(this.authorizer);

    this.api = new MessagesApi(this, "Api", {
      compartmentId: props.compartmentId,
      namePrefix: props.namePrefix,
      subnet: props.publicSubnet,
      networkSecurityGroups: [props.gatewayNsg],
      logGroup,
      populate: this.populate,
      retry: this.retry,
      authentication: settings.api.authentication,
      authorizer: this.authorizer,
      rateLimitPerSecond: settings.api.rateLimitPerSecond,
      corsAllowedOrigins: settings.api.corsAllowedOrigins,
      clients: Object.entries(settings.clients).map(([name, client]) => ({
        name,
        usagePlanToken: usagePlanToken(name),
        rateLimitPerSecond: client.rateLimitPerSecond ?? settings.api.rateLimitPerSecond,
        quota: client.quota,
      })),
    });

    this.connector = new ServiceConnector(this, "ProcessConnector", {
      compartmentId: props.compartmentId,
      displayName: `${props.namePrefix}-data-to-process`,
      description: "Delivers data-stream messages to the process function in batches",
      source: dataStream,
      // One size limit, in KB or in messages: the config refuses both (OCI takes only one).
      target: new FunctionTarget(this.process, settings.connector),
      logGroup,
    });

    const archive = this.addArchive(
      "Archive",
      {
        source: unrecoverableStream,
        bucketName: settings.archiveBucketName ?? `${props.namePrefix}-deadletters`,
        lifecycle: settings.archiveLifecycle,
        connectorName: `${props.namePrefix}-deadletters-to-archive`,
        description: "Archives dead letters beyond the stream's retention",
        objectNamePrefix: DEAD_LETTER_ARCHIVE_PREFIX,
      },
      props,
    );
    this.archiveBucket = archive.bucket;
    this.archiveLifecycle = archive.lifecycle;
    this.archiveConnector = archive.connector;
    if (settings.auditArchive.enabled) {
      this.auditArchive = this.addArchive(
        "AuditArchive",
        {
          source: dataStream,
          bucketName: settings.auditArchive.bucketName ?? `${props.namePrefix}-audit`,
          lifecycle: settings.auditArchive.lifecycle,
          connectorName: `${props.namePrefix}-data-to-audit`,
          description: "Copies every data-stream message to the audit bucket",
          objectNamePrefix: "audit",
        },
        props,
      );
    }

    this.alarms = new Alarms(this, "Alarms", {
      compartmentId: props.compartmentId,
      namePrefix: props.namePrefix,
      topic,
      alarms: this.alarmDefinitions(props),
    });
    if (settings.dashboard.enabled) {
      this.dashboard = new ManagementDashboard(this, "Dashboard", {
        compartmentId: props.compartmentId,
        displayName: `${props.namePrefix} data sync`,
        description: "Ingest, streams, delivery per target, error-stream backlog and connector lag of the data sync",
        region: props.region,
        rows: dataSyncDashboardRows({
          api: this.api,
          streams: { data: dataStream, recoverable: recoverableStream, unrecoverable: unrecoverableStream },
          functions: this.functions(props),
          ingestFunctions: props.otherFunctions ?? {},
          metrics: this.metrics,
          deployment: props.namePrefix,
          processConnector: this.connector,
          archiveConnector: this.archiveConnector,
          auditConnector: this.auditArchive?.connector,
        }),
      });
    }
  }

  /**
   * A private, customer-key-encrypted bucket that a connector fills from a stream, with its lifecycle rules. The
   * connector batches up to 10 MB or one minute per object (BucketTarget), so an archived message is at most about a
   * minute behind its stream.
   */
  private addArchive(id: string, archive: ArchiveSpec, props: ResolvedDataSyncProps): StreamArchive {
    const bucket = new Bucket(this, id, {
      compartmentId: props.dataCompartmentId,
      namespace: props.platform.namespace,
      name: archive.bucketName,
      encryptionKey: props.encryptionKey,
      logGroup: props.logGroup,
    });
    const { archiveAfterDays, deleteAfterDays } = archive.lifecycle;
    const lifecycle =
      archiveAfterDays !== undefined || deleteAfterDays !== undefined
        ? new BucketLifecycle(this, `${id}Lifecycle`, {
            bucket,
            region: props.region,
            archiveAfterDays,
            deleteAfterDays,
          })
        : undefined;
    const connector = new ServiceConnector(this, `${id}Connector`, {
      compartmentId: props.compartmentId,
      displayName: archive.connectorName,
      description: archive.description,
      source: archive.source,
      target: new BucketTarget(bucket, {
        objectNamePrefix: archive.objectNamePrefix,
        batchRolloverSizeInMbs: 10,
        batchRolloverTimeInMs: 60000,
      }),
      logGroup: props.logGroup,
    });
    return { bucket, lifecycle, connector };
  }

  /** Every function of the stack by name: data sync's own and `otherFunctions`. */
  private functions(props: ResolvedDataSyncProps): Record<string, ContainerFunction> {
    return {
      populate: this.populate,
      process: this.process,
      retry: this.retry,
      ...(this.authorizer ? { authorizer: this.authorizer } : {}),
      ...props.otherFunctions,
    };
  }

  private alarmDefinitions(props: ResolvedDataSyncProps): AlarmDefinition[] {
    const errorStream = (
      stream: IStream,
      name: string,
      severity: AlarmDefinition["severity"],
      body: string,
    ): AlarmDefinition => ({ name, metric: stream.metricPuts(), severity, body });
    return [
      errorStream(
        props.recoverableStream,
        "recoverable-errors",
        "WARNING",
        "Messages failed recoverably; the scheduled retry replays them with back-off (operators: POST /v1/retry).",
      ),
      errorStream(
        props.unrecoverableStream,
        "dead-letters",
        "CRITICAL",
        "Messages were dead-lettered; read the unrecoverable stream or the archive bucket (npm run ops -- replay).",
      ),
      ...dataSyncAlarms({
        settings: props.settings.alarms,
        functions: this.functions(props),
        processConnector: this.connector,
        archiveConnector: this.archiveConnector,
        auditConnector: this.auditArchive?.connector,
        api: this.api,
        metrics: this.metrics,
        deployment: props.namePrefix,
        recoverableRetentionInHours: props.recoverableStream.retentionInHours,
        retryIntervalInMinutes: this.retrySchedule ? props.settings.retry.schedule.intervalInMinutes : undefined,
        targets: Object.keys(props.settings.targets),
      }),
    ];
  }
}

/** The props with every default applied, creating what is not given (secure defaults: a vault, a topic). */
function withDefaults(scope: Construct, given: DataSyncProps): { props: ResolvedDataSyncProps; vault?: Vault } {
  const { platform } = given;
  const namePrefix = given.namePrefix ?? platform.namePrefix;
  const compartmentId = given.compartmentId ?? platform.compartmentId;
  const securityCompartmentId = given.securityCompartmentId ?? compartmentId;
  const parsed = dataSyncSchema.safeParse(given.settings, { reportInput: true });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => describeIssue(issue, ["dataSync"]));
    throw new Error(`DataSync ${scope.node.path}: invalid settings:\n  - ${problems.join("\n  - ")}`);
  }
  const vault = given.encryptionKey
    ? undefined
    : new Vault(scope, "Vault", {
        compartmentId: securityCompartmentId,
        namePrefix: `${namePrefix}-sync`,
        region: platform.region,
      });
  const props: ResolvedDataSyncProps = {
    ...given,
    namePrefix,
    compartmentId,
    dataCompartmentId: given.dataCompartmentId ?? compartmentId,
    securityCompartmentId,
    encryptionKey: given.encryptionKey ?? vault!.masterKey,
    topic:
      given.topic ??
      new NotificationTopic(scope, "Topic", {
        compartmentId,
        name: `${namePrefix}-operations`,
        description: "Alarms and delivery-failure summaries",
        emails: [],
      }),
    logGroup: given.logGroup ?? platform.logGroup,
    region: given.region ?? platform.region,
    settings: parsed.data,
  };
  return { props, vault };
}

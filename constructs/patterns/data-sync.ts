import { IEncryptionKey } from "../resources/encryption-key";
import { Construct } from "constructs";
import { DataSyncConfig } from "../../config/schema";
import { AlarmDefinition, Alarms } from "./alarms";
import { Bucket } from "../resources/bucket";
import { ContainerFunction } from "../resources/container-function";
import { FunctionsPlatform } from "./functions-platform";
import { MessagesApi } from "../resources/messages-api";
import { NotificationTopic } from "../resources/notification-topic";
import { ISecret, Secret } from "../resources/secret";
import { ServiceConnector } from "../resources/service-connector";
import { IStream } from "../resources/stream";

export interface DataSyncProps {
  readonly namePrefix: string;
  /** Compartment of the gateway and the connectors. */
  readonly compartmentId: string;
  /** Compartment of the archive bucket (the data's compartment). */
  readonly dataCompartmentId: string;
  /** Compartment of the API token secret. */
  readonly securityCompartmentId: string;
  readonly platform: FunctionsPlatform;
  readonly dataStream: IStream;
  readonly recoverableStream: IStream;
  readonly unrecoverableStream: IStream;
  /** The target REST API's credential. */
  readonly credential: ISecret;
  /** Key (and its vault) for the API token secret and the archive bucket. */
  readonly encryptionKey: IEncryptionKey;
  readonly topic: NotificationTopic;
  readonly publicSubnetId: string;
  readonly gatewayNsgId: string;
  readonly logGroupId: string;
  readonly settings: DataSyncConfig;
}

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
  public readonly apiToken?: Secret;
  public readonly api: MessagesApi;
  public readonly connector: ServiceConnector;
  public readonly archiveBucket: Bucket;
  public readonly archiveConnector: ServiceConnector;
  public readonly alarms: Alarms;

  constructor(scope: Construct, id: string, props: DataSyncProps) {
    super(scope, id);
    const { platform, dataStream, recoverableStream, unrecoverableStream, credential, topic, settings } = props;
    const allowedTargetHosts = settings.allowedTargetHosts.join(",");
    const errorStreams = {
      STREAM_MESSAGES_ENDPOINT: recoverableStream.messagesEndpoint,
      RECOVERABLE_STREAM_ID: recoverableStream.streamId,
      UNRECOVERABLE_STREAM_ID: unrecoverableStream.streamId,
      CREDENTIAL_SECRET_ID: credential.secretId,
      NOTIFICATION_TOPIC_ID: topic.topicId,
      ALLOWED_TARGET_HOSTS: allowedTargetHosts,
      MAX_CONCURRENCY: settings.maxConcurrency,
      IDEMPOTENCY_KEY_HEADER: settings.idempotencyKeyHeader,
    };

    this.populate = platform.addFunction("populate", {
      STREAM_ID: dataStream.streamId,
      STREAM_MESSAGES_ENDPOINT: dataStream.messagesEndpoint,
      ALLOWED_TARGET_HOSTS: allowedTargetHosts,
    });
    this.process = platform.addFunction("process", errorStreams);
    this.retry = platform.addFunction("retry", { ...errorStreams, MAX_ATTEMPTS: settings.maxAttempts });

    if (settings.api.authentication.type === "authorizer") {
      this.apiToken = new Secret(this, "ApiToken", {
        compartmentId: props.securityCompartmentId,
        secretName: `${props.namePrefix}-api-token`,
        description: "Bearer token API clients present; checked by the authorizer function",
        vaultId: props.encryptionKey.vaultId,
        keyId: props.encryptionKey.keyId,
      });
      this.authorizer = platform.addFunction("authorizer", { API_TOKEN_SECRET_ID: this.apiToken.secretId });
    }

    this.api = new MessagesApi(this, "Api", {
      compartmentId: props.compartmentId,
      namePrefix: props.namePrefix,
      subnetId: props.publicSubnetId,
      nsgIds: [props.gatewayNsgId],
      logGroupId: props.logGroupId,
      populateFunctionId: this.populate.functionId,
      retryFunctionId: this.retry.functionId,
      authentication: settings.api.authentication,
      authorizerFunctionId: this.authorizer?.functionId,
      rateLimitPerSecond: settings.api.rateLimitPerSecond,
      corsAllowedOrigins: settings.api.corsAllowedOrigins,
    });

    this.connector = new ServiceConnector(this, "ProcessConnector", {
      compartmentId: props.compartmentId,
      displayName: `${props.namePrefix}-data-to-process`,
      description: "Delivers data-stream messages to the process function in batches",
      sourceStreamId: dataStream.streamId,
      target: {
        kind: "functions",
        functionId: this.process.functionId,
        // One size limit, in KB or in messages: the config refuses both (OCI takes only one).
        ...settings.connector,
      },
      logGroupId: props.logGroupId,
    });

    this.archiveBucket = new Bucket(this, "Archive", {
      compartmentId: props.dataCompartmentId,
      namespace: platform.namespace,
      name: settings.archiveBucketName ?? `${props.namePrefix}-deadletters`,
      encryptionKey: props.encryptionKey,
      logGroupId: props.logGroupId,
    });
    this.archiveConnector = new ServiceConnector(this, "ArchiveConnector", {
      compartmentId: props.compartmentId,
      displayName: `${props.namePrefix}-deadletters-to-archive`,
      description: "Archives dead letters beyond the stream's retention",
      sourceStreamId: unrecoverableStream.streamId,
      target: {
        kind: "objectStorage",
        bucket: this.archiveBucket.bucketName,
        namespace: platform.namespace,
        objectNamePrefix: "deadletters",
        batchRolloverSizeInMbs: 10,
        batchRolloverTimeInMs: 60000,
      },
      logGroupId: props.logGroupId,
    });

    this.alarms = new Alarms(this, "Alarms", {
      compartmentId: props.compartmentId,
      namePrefix: props.namePrefix,
      topicId: topic.topicId,
      alarms: this.alarmDefinitions(props),
    });

    dataStream.grantPush(this.populate);
    recoverableStream.grantPush(this.process);
    unrecoverableStream.grantPush(this.process);
    credential.grantRead(this.process);
    topic.grantPublish(this.process);
    // Retry drains either error stream and re-routes to either.
    recoverableStream.grantPull(this.retry);
    unrecoverableStream.grantPull(this.retry);
    recoverableStream.grantPush(this.retry);
    unrecoverableStream.grantPush(this.retry);
    credential.grantRead(this.retry);
    topic.grantPublish(this.retry);
    if (this.authorizer && this.apiToken) this.apiToken.grantRead(this.authorizer);
    platform.grantInvoke(this.api);
    dataStream.grantConnectorRead(this.connector);
    platform.grantInvoke(this.connector);
    unrecoverableStream.grantConnectorRead(this.archiveConnector);
    this.archiveBucket.grantConnectorWrite(this.archiveConnector);
  }

  private alarmDefinitions(props: DataSyncProps): AlarmDefinition[] {
    const functionErrors = (fn: ContainerFunction, name: string): AlarmDefinition => ({
      name: `${name}-errors`,
      namespace: "oci_faas",
      metricCompartmentId: props.platform.application.compartmentId,
      query: `FunctionResponseCount[1m]{resourceId = "${fn.functionId}", responseType = "Error"}.sum() > 0`,
      severity: "ERROR",
      body: `The ${name} function answered with errors. Read its invocation log.`,
    });
    const errorStream = (
      stream: IStream,
      name: string,
      severity: AlarmDefinition["severity"],
      body: string,
    ): AlarmDefinition => ({
      name,
      namespace: "oci_streaming",
      metricCompartmentId: props.dataCompartmentId,
      query: `PutMessagesThroughput.Count[1m]{resourceId = "${stream.streamId}"}.sum() > 0`,
      severity,
      body,
    });
    return [
      errorStream(
        props.recoverableStream,
        "recoverable-errors",
        "WARNING",
        "Messages failed recoverably; replay them with POST /v1/retry.",
      ),
      errorStream(
        props.unrecoverableStream,
        "dead-letters",
        "CRITICAL",
        "Messages were dead-lettered; read the unrecoverable stream or the archive bucket.",
      ),
      functionErrors(this.populate, "populate"),
      functionErrors(this.process, "process"),
      {
        name: "connector-target-errors",
        namespace: "oci_service_connector_hub",
        metricCompartmentId: props.compartmentId,
        // Connector Hub metrics are dimensioned by connectorId, not resourceId (Connector Hub Metrics Reference).
        query: `ErrorsAtTarget[5m]{connectorId = "${this.connector.connectorId}"}.sum() > 0`,
        severity: "ERROR",
        body: "The Service Connector could not deliver batches to the process function. Read its run log.",
      },
      {
        name: "api-5xx",
        namespace: "oci_apigateway",
        metricCompartmentId: props.compartmentId,
        query: `HttpResponses[1m]{resourceId = "${this.api.gateway.id}", httpStatusCategory = "5xx"}.sum() > 0`,
        severity: "ERROR",
        body: "The API answered 5xx. Read the API execution log and the function logs.",
      },
    ];
  }
}

import { App, Aspects, TerraformOutput, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { OciProvider } from "../../.gen/providers/oci/provider";
import { Environment } from "../../config/load";
import { FreeformTagsAspect } from "../aspects/freeform-tags-aspect";
import { Bastion } from "../resources/bastion";
import { DataSync } from "../patterns/data-sync";
import { StreamClients } from "../patterns/stream-clients";
import { FileIngestion } from "../patterns/file-ingestion";
import { FunctionsPlatform } from "../patterns/functions-platform";
import { Network } from "../patterns/network";
import { LogGroup } from "../resources/log-group";
import { NotificationTopic } from "../resources/notification-topic";
import { Policies } from "../resources/policies";
import { previousStreamSettings } from "./previous-synth";
import { Stream } from "../resources/stream";
import { StreamPool } from "../resources/stream-pool";
import { Vault } from "../resources/vault";
import { SecurityRulesAspect } from "../aspects/security-rules-aspect";
import { SecurityRules } from "../aspects/security-rules/suppressions";
import { configureStateBackend } from "./state-backend";
import { CDKTF_MINIMUM_TERRAFORM, requireTerraform } from "../resources/terraform-version";

/**
 * One environment of the event-streaming system: everything one `config/<environment>.json` describes.
 * The stack is named after the environment, so `cdktf deploy <environment>` deploys it.
 */
export class EventStreamingStack extends TerraformStack {
  public readonly network: Network;
  public readonly vault: Vault;
  public readonly streamPool: StreamPool;
  public readonly dataStream: Stream;
  public readonly recoverableStream: Stream;
  public readonly unrecoverableStream: Stream;
  public readonly fileReferencesStream: Stream;
  public readonly functions: FunctionsPlatform;
  public readonly ingestion: FileIngestion;
  public readonly operationsTopic: NotificationTopic;
  public readonly dataSync: DataSync;
  public readonly policies: Policies;
  /** The way in to a private pool, when the config has a `bastion` section. */
  public readonly bastion?: Bastion;

  constructor(scope: Construct, env: Environment) {
    super(scope, env.name);
    const { config } = env;
    const { compartments } = config;
    const namePrefix = `${config.namePrefix}-${env.name}`;

    // Credentials come from the user's OCI configuration (~/.oci/config), never from this repository.
    new OciProvider(this, "oci", { region: config.region });
    configureStateBackend(this, config.state, env.name, config.region);
    requireTerraform(this, CDKTF_MINIMUM_TERRAFORM);
    // Grant methods add their statements here (Policies.of), so it exists before anything grants.
    this.policies = new Policies(this, "Policies", {
      namePrefix,
      compartments: { ...compartments },
      tenancyId: config.tenancyId,
    });

    this.network = new Network(this, "Network", {
      compartmentId: compartments.network,
      namePrefix,
      dnsLabel: config.namePrefix,
      vcnCidr: config.network.vcnCidr,
      publicSubnetCidr: config.network.publicSubnetCidr,
      privateSubnetCidr: config.network.privateSubnetCidr,
      apiIngressCidrs: config.network.apiIngressCidrs,
      privateStreamPool: !config.streaming.publicEndpoint,
      flowLogRetentionInDays: config.network.flowLogRetentionInDays,
    });

    this.vault = new Vault(this, "Vault", {
      compartmentId: compartments.security,
      namePrefix,
      region: config.region,
      keyRotationIntervalInDays: config.vault.keyRotationIntervalInDays,
      existingVault: config.vault.existing,
    });

    const { streaming } = config;
    this.streamPool = new StreamPool(this, "StreamPool", {
      compartmentId: compartments.streaming,
      name: `${namePrefix}-pool`,
      encryptionKey: this.vault.masterKey,
      publicEndpoint: streaming.publicEndpoint,
      ...(this.network.streamPoolNsg
        ? { subnet: this.network.privateSubnet, networkSecurityGroups: [this.network.streamPoolNsg] }
        : {}),
      kafkaDefaultPartitions: streaming.kafka.defaultPartitions,
      kafkaLogRetentionHours: streaming.kafka.logRetentionHours,
    });

    const previous = previousStreamSettings(App.of(this).outdir, env.name);
    const stream = (id: string, suffix: string, settings: { partitions: number; retentionInHours: number }) => {
      const name = `${namePrefix}-${suffix}`;
      return new Stream(this, id, {
        streamPool: this.streamPool,
        compartmentId: compartments.streaming,
        name,
        partitions: settings.partitions,
        retentionInHours: settings.retentionInHours,
        maxPartitions: streaming.maxPartitionsPerStream,
        previousSettings: previous.get(name),
      });
    };
    this.dataStream = stream("DataStream", "data", streaming.streams.data);
    this.recoverableStream = stream("RecoverableStream", "recoverable", streaming.streams.recoverable);
    this.unrecoverableStream = stream("UnrecoverableStream", "unrecoverable", streaming.streams.unrecoverable);
    this.fileReferencesStream = stream("FileReferencesStream", "file-references", streaming.streams.fileReferences);

    const serviceLogs = new LogGroup(this, "ServiceLogs", {
      compartmentId: compartments.functions,
      displayName: `${namePrefix}-service-logs`,
      description: "Function invocations, Events rule executions, bucket writes, API and connector logs",
    });
    this.functions = new FunctionsPlatform(this, "Functions", {
      namePrefix,
      region: config.region,
      tenancyId: config.tenancyId,
      compartmentId: compartments.functions,
      networkCompartmentId: compartments.network,
      subnet: this.network.privateSubnet,
      networkSecurityGroups: [this.network.functionsNsg],
      logGroup: serviceLogs,
      settings: config.functions,
    });
    new StreamClients(this, "StreamClients", {
      streams: {
        data: this.dataStream,
        recoverable: this.recoverableStream,
        unrecoverable: this.unrecoverableStream,
        fileReferences: this.fileReferencesStream,
      },
      clients: streaming.clients,
    });
    this.ingestion = new FileIngestion(this, "Ingestion", {
      namePrefix,
      compartmentId: compartments.streaming,
      platform: this.functions,
      stream: this.fileReferencesStream,
      encryptionKey: this.vault.masterKey,
      logGroup: serviceLogs,
      bucketName: config.ingestion.bucketName,
      includeUpdates: config.ingestion.includeUpdates,
      inlineMaxBytes: config.ingestion.inlineMaxBytes,
    });
    this.operationsTopic = new NotificationTopic(this, "OperationsTopic", {
      compartmentId: compartments.functions,
      name: `${namePrefix}-operations`,
      description: "Alarms and delivery-failure summaries",
      emails: config.notifications.emails,
    });
    this.dataSync = new DataSync(this, "DataSync", {
      namePrefix,
      compartmentId: compartments.functions,
      dataCompartmentId: compartments.streaming,
      securityCompartmentId: compartments.security,
      platform: this.functions,
      dataStream: this.dataStream,
      recoverableStream: this.recoverableStream,
      unrecoverableStream: this.unrecoverableStream,
      encryptionKey: this.vault.masterKey,
      topic: this.operationsTopic,
      publicSubnet: this.network.publicSubnet,
      gatewayNsg: this.network.gatewayNsg,
      logGroup: serviceLogs,
      settings: config.dataSync,
      region: config.region,
      otherFunctions: { "claim-check": this.ingestion.function },
    });

    if (this.network.streamPoolNsg) {
      // Every connector reads its stream through a reverse connection endpoint in the pool's subnet; the rule names
      // the connector's computed RCE address, so Terraform creates it once the connector exists.
      this.network.admitServiceConnectors(this);
      if (config.bastion) {
        this.bastion = new Bastion(this, "Bastion", {
          compartmentId: compartments.network,
          name: `${config.namePrefix}${env.name}`.replace(/[^A-Za-z0-9]/g, "") + "bastion",
          targetSubnet: this.network.privateSubnet,
          clientCidrBlockAllowList: config.bastion.clientCidrBlockAllowList,
          maxSessionTtlInSeconds: config.bastion.maxSessionTtlInSeconds,
        });
        this.network.admitToStreamPool(
          "Bastion",
          this.bastion.privateEndpointIpAddress,
          ["https", "kafka"],
          "the bastion's port-forwarding sessions",
        );
      }
    }

    Aspects.of(this).add(new FreeformTagsAspect(config.tags));
    Aspects.of(this).add(
      new SecurityRulesAspect({ tenancyId: config.tenancyId, publicStreamPoolAllowed: streaming.publicEndpoint }),
    );
    const apiAuthentication = config.dataSync.api.authentication;
    if (apiAuthentication.type === "none") {
      SecurityRules.suppress(this.dataSync.api, "OCI-APIGW-AUTH", apiAuthentication.reason);
    }

    const output = (id: string, value: string, description: string) =>
      new TerraformOutput(this, id, { value, description });
    output("vcn_id", this.network.vcn.id, "VCN OCID");
    output("private_subnet_id", this.network.privateSubnet.id, "Subnet of the functions and the stream pool endpoint");
    output("public_subnet_id", this.network.publicSubnet.id, "Subnet of the API gateway");
    output("stream_pool_id", this.streamPool.streamPoolId, "Stream pool OCID");
    output(
      "stream_pool_fqdn",
      this.streamPool.endpointFqdn,
      "Stream pool endpoint FQDN (private unless the pool is public)",
    );
    if (this.network.streamPoolNsg) {
      output(
        "stream_pool_private_ip",
        this.streamPool.pool.privateEndpointSettings.privateEndpointIp,
        "The pool's private endpoint address: the target of a bastion port-forwarding session",
      );
    }
    if (this.bastion) {
      output("bastion_id", this.bastion.bastionId, "Bastion for port-forwarding sessions to the stream pool");
    }
    output(
      "kafka_bootstrap_servers",
      this.streamPool.kafkaBootstrapServers,
      "Kafka bootstrap server (SASL_SSL, PLAIN)",
    );
    output(
      "kafka_sasl_username_format",
      this.streamPool.kafkaSaslUsernameFormat,
      "Kafka SASL username; the password is an auth token",
    );
    output("data_stream_id", this.dataStream.streamId, "Data stream OCID");
    output("recoverable_stream_id", this.recoverableStream.streamId, "Recoverable-error stream OCID");
    output(
      "unrecoverable_stream_id",
      this.unrecoverableStream.streamId,
      "Unrecoverable-error (dead letter) stream OCID",
    );
    output(
      "file_references_stream_id",
      this.fileReferencesStream.streamId,
      "Stream of object references from claim-check, for your application that processes the files",
    );
    output("messages_endpoint", this.dataStream.messagesEndpoint, "Messages API endpoint of the pool's streams");
    // For `npm run ops -- status`: the Messages API tells no partition count.
    new TerraformOutput(this, "stream_partitions", {
      value: {
        data: this.dataStream.stream.partitions,
        recoverable: this.recoverableStream.stream.partitions,
        unrecoverable: this.unrecoverableStream.stream.partitions,
        file_references: this.fileReferencesStream.stream.partitions,
      },
      description: "Partitions of each stream",
    });
    output("vault_key_id", this.vault.keyId, "Master encryption key OCID");
    new TerraformOutput(this, "target_secret_ids", {
      value: Object.fromEntries([...this.dataSync.targetSecrets].map(([name, secret]) => [name, secret.secretId])),
      description: "Secret of each target's credential, by target name: set each outside Terraform",
    });
    output(
      "api_endpoint",
      this.dataSync.api.endpoint,
      "Base URL of the data-sync API: POST <api_endpoint>/messages and <api_endpoint>/retry",
    );
    new TerraformOutput(this, "client_secret_ids", {
      value: Object.fromEntries([...this.dataSync.clientSecrets].map(([name, secret]) => [name, secret.secretId])),
      description: "Secret of each API client's bearer token, by client name: set each outside Terraform",
    });
    output(
      "ingest_bucket_name",
      this.ingestion.bucket.bucketName,
      "Bucket whose new objects become claim-check messages",
    );
    output(
      "archive_bucket_name",
      this.dataSync.archiveBucket.bucketName,
      "Bucket that archives dead letters under deadletters/",
    );
  }
}

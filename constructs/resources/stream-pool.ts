import { Construct } from "constructs";
import { StreamingStreamPool } from "../../.gen/providers/oci/streaming-stream-pool";
import { IEncryptionKey } from "./encryption-key";
import { INetworkSecurityGroup } from "./network-security-group";
import { ISubnet } from "./subnet";
import { MIN_RETENTION_HOURS } from "../../lib/streaming-limits";

export interface StreamPoolProps {
  /** Compartment of the pool and its streams. */
  readonly compartmentId: string;
  /** Name of the pool, unique in its compartment. */
  readonly name: string;
  /** Master key that encrypts the pool's streams; the pool waits for what the key is usable after. */
  readonly encryptionKey: IEncryptionKey;
  /**
   * Subnet of the private endpoint. Required unless `publicEndpoint` is true.
   * @default - none: required for a private pool
   */
  readonly subnet?: ISubnet;
  /**
   * NSGs of the private endpoint.
   * @default - none: the subnet's security lists alone apply
   */
  readonly networkSecurityGroups?: readonly INetworkSecurityGroup[];
  /**
   * Expose the pool on the public Streaming endpoint instead of a private endpoint. Only for development.
   * @default false
   */
  readonly publicEndpoint?: boolean;
  /**
   * Partitions of topics created through the Kafka API.
   * @default 1
   */
  readonly kafkaDefaultPartitions?: number;
  /**
   * Retention of topics created through the Kafka API.
   * @default 24
   */
  readonly kafkaLogRetentionHours?: number;
}

/** Kafka clients reach a pool's bootstrap server on this port. */
export const KAFKA_PORT = 9092;

/** A stream pool as streams take it: the pool whose endpoint and key serve them. */
export interface IStreamPool {
  /** OCID of the stream pool. */
  readonly streamPoolId: string;
}

/**
 * A stream pool reached through a private endpoint in a private subnet, encrypted with a customer-managed
 * key. Kafka clients must not create topics by accident: auto-create is off.
 */
export class StreamPool extends Construct implements IStreamPool {
  /** A stream pool made elsewhere, by its OCID. */
  static fromStreamPoolId(streamPoolId: string): IStreamPool {
    return { streamPoolId };
  }

  public readonly pool: StreamingStreamPool;
  public readonly streamPoolId: string;
  /** The pool's FQDN: private when the pool has a private endpoint. Clients must use it, not an IP, for TLS. */
  public readonly endpointFqdn: string;
  /** `host:port` for Kafka clients (SASL_SSL, PLAIN). */
  public readonly kafkaBootstrapServers: string;
  /** Username for Kafka SASL PLAIN; the password is the user's auth token. */
  public readonly kafkaSaslUsernameFormat: string;

  constructor(scope: Construct, id: string, props: StreamPoolProps) {
    super(scope, id);
    const publicEndpoint = props.publicEndpoint ?? false;
    if (!publicEndpoint && !props.subnet) {
      throw new Error(`Stream pool ${props.name}: a private endpoint needs a subnet (or set publicEndpoint: true)`);
    }
    if (publicEndpoint && (props.subnet || props.networkSecurityGroups)) {
      throw new Error(`Stream pool ${props.name}: a public pool takes no subnet or networkSecurityGroups`);
    }

    this.pool = new StreamingStreamPool(this, "Pool", {
      compartmentId: props.compartmentId,
      name: props.name,
      customEncryptionKey: { kmsKeyId: props.encryptionKey.keyId },
      kafkaSettings: {
        autoCreateTopicsEnable: false,
        numPartitions: props.kafkaDefaultPartitions ?? 1,
        logRetentionHours: props.kafkaLogRetentionHours ?? MIN_RETENTION_HOURS,
      },
      privateEndpointSettings: publicEndpoint
        ? undefined
        : { subnetId: props.subnet?.subnetId, nsgIds: props.networkSecurityGroups?.map((nsg) => nsg.nsgId) },
      dependsOn: [...props.encryptionKey.usableAfter],
    });
    this.streamPoolId = this.pool.id;
    this.endpointFqdn = this.pool.endpointFqdn;
    this.kafkaBootstrapServers = `${this.endpointFqdn}:${KAFKA_PORT}`;
    this.kafkaSaslUsernameFormat = `<tenancyName>/<identityDomain>/<userName>/${this.streamPoolId}`;
  }
}

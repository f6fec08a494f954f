import { Construct } from "constructs";
import { SchServiceConnector } from "../../.gen/providers/oci/sch-service-connector";
import { IConnectorTarget } from "./connector-targets";
import { ILogGroup } from "./log-group";
import { Metric, MetricOptions } from "./metric";
import { Policies } from "./policies";
import { Grantee, resourcePrincipalGrantee } from "./policy-statement";
import { ServiceLog } from "./service-log";
import { IStream } from "./stream";

export interface ServiceConnectorProps {
  /** Compartment of the connector; as a policy subject it is the connector service acting from here. */
  readonly compartmentId: string;
  /** Display name of the connector, and prefix of its run log's name. */
  readonly displayName: string;
  /** What the connector is for, shown in the console. */
  readonly description: string;
  /** The stream the connector reads: the connector is granted `{STREAM_READ, STREAM_CONSUME}` on it. */
  readonly source: IStream;
  /**
   * Where a new connector starts reading. `TRIM_HORIZON`, the oldest message the stream holds, loses nothing: messages
   * stored before the connector's first successful run (right after a deploy, or after the connector was replaced)
   * are delivered too, at the price of delivering again what a replaced connector had delivered. `LATEST` reads only
   * what is published after the connector is created (SDK models TrimHorizonStreamingCursor, LatestStreamingCursor;
   * docs "Creating a Connector with a Streaming Source", Read position).
   * @default "TRIM_HORIZON"
   */
  readonly sourceCursor?: "LATEST" | "TRIM_HORIZON";
  /** Where the connector delivers (`FunctionTarget`, `BucketTarget`): binding it grants what delivery needs. */
  readonly target: IConnectorTarget;
  /** Log group of the connector's run log. */
  readonly logGroup: ILogGroup;
}

/** Connector Hub metrics: https://docs.oracle.com/en-us/iaas/Content/connector-hub/metrics-reference.htm */
const CONNECTOR_NAMESPACE = "oci_service_connector_hub";

/**
 * A Service Connector from a stream to a target, its run log on. It binds its source and target as aws-lambda-event-
 * sources binds an event source: the grants it needs to read and to deliver are added to the stack's policies, the
 * connector names both ends by reference and waits for the policies that hold its grants.
 */
export class ServiceConnector extends Construct implements Grantee {
  public readonly connector: SchServiceConnector;
  public readonly connectorId: string;
  /**
   * The address the connector reads a private stream pool from: its reverse connection endpoint (RCE) in the pool's
   * subnet, which the pool's rules must admit (provider: `source.private_endpoint_metadata.rce_traffic_ip_address`;
   * Connector Hub docs: Getting IP Addresses for a Private Endpoint). Known only once the connector exists.
   */
  public readonly rceTrafficIpAddress: string;
  /** The RCE the connector writes a target stream through, when its target is a stream (same rules as the source). */
  public readonly targetRceTrafficIpAddress?: string;
  public readonly policySubject: string;
  public readonly policyConditions: readonly string[];
  private readonly compartmentId: string;

  constructor(scope: Construct, id: string, props: ServiceConnectorProps) {
    super(scope, id);
    this.compartmentId = props.compartmentId;
    const principal = resourcePrincipalGrantee("serviceconnector", props.compartmentId);
    this.policySubject = principal.policySubject;
    this.policyConditions = principal.policyConditions;
    const read = props.source.grantConnectorRead(this);
    const { target, grants } = props.target.bind({ ...principal, path: this.node.path });
    this.connector = new SchServiceConnector(this, "Connector", {
      compartmentId: props.compartmentId,
      displayName: props.displayName,
      description: props.description,
      state: "ACTIVE",
      source: {
        kind: "streaming",
        streamId: props.source.streamId,
        cursor: { kind: props.sourceCursor ?? "TRIM_HORIZON" },
      },
      target,
      // An ACTIVE connector starts moving data when it is created and fails until its grants exist; OCI may deactivate
      // a connector that does not move data (https://docs.oracle.com/en-us/iaas/Content/connector-hub/managingconnectors.htm).
      dependsOn: Policies.of(this).holding([read, ...grants]),
    });
    this.connectorId = this.connector.id;
    this.rceTrafficIpAddress = this.connector.source.privateEndpointMetadata.get(0).rceTrafficIpAddress;
    if (target.kind === "streaming") {
      this.targetRceTrafficIpAddress = this.connector.target.privateEndpointMetadata.get(0).rceTrafficIpAddress;
    }
    new ServiceLog(this, "RunLog", {
      logGroup: props.logGroup,
      displayName: `${props.displayName}-run`,
      compartmentId: props.compartmentId,
      service: "och",
      category: "runlog",
      resource: this.connectorId,
    });
  }

  /** Errors reading from the source (`ErrorsAtSource`). */
  metricErrorsAtSource(options: MetricOptions = {}): Metric {
    return this.metric("ErrorsAtSource", options);
  }

  /** Errors delivering to the target (`ErrorsAtTarget`), e.g. a function that fails or cannot be invoked. */
  metricErrorsAtTarget(options: MetricOptions = {}): Metric {
    return this.metric("ErrorsAtTarget", { ...options, interval: options.interval ?? "5m" });
  }

  /**
   * How far behind the connector's data movement is (`DataFreshness`; its unit is on the metrics reference page), as a
   * maximum by default.
   */
  metricDataFreshness(options: MetricOptions = {}): Metric {
    return this.metric("DataFreshness", { ...options, statistic: options.statistic ?? "max" });
  }

  private metric(metricName: string, options: MetricOptions): Metric {
    // Connector Hub metrics carry connectorId, not resourceId (Connector Hub Metrics Reference, "Dimensions").
    return new Metric({
      namespace: CONNECTOR_NAMESPACE,
      metricName,
      compartmentId: this.compartmentId,
      dimensions: { connectorId: this.connectorId },
      ...options,
    });
  }
}

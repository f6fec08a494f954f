import { Construct } from "constructs";
import { SchServiceConnector, SchServiceConnectorTarget } from "../../.gen/providers/oci/sch-service-connector";
import { Grantee, resourcePrincipalGrantee } from "./policy-statement";
import { ServiceLog } from "./service-log";

export interface ServiceConnectorProps {
  /** Compartment of the connector. */
  readonly compartmentId: string;
  /** Name of the connector, unique in its compartment. */
  readonly displayName: string;
  /** What the connector moves, shown in the console. */
  readonly description: string;
  /** The stream the connector reads. */
  readonly sourceStreamId: string;
  /**
   * Where a new connector starts reading. `TRIM_HORIZON`, the oldest message the stream holds, loses nothing: messages
   * stored before the connector's first successful run (right after a deploy, or after the connector was replaced)
   * are delivered too, at the price of delivering again what a replaced connector had delivered. `LATEST` reads only
   * what is published after the connector is created (SDK models TrimHorizonStreamingCursor, LatestStreamingCursor;
   * docs "Creating a Connector with a Streaming Source", Read position).
   * @default "TRIM_HORIZON"
   */
  readonly sourceCursor?: "LATEST" | "TRIM_HORIZON";
  /** The target: a function or a bucket, with its batching. */
  readonly target: SchServiceConnectorTarget;
  /** Log group of the connector's run log. */
  readonly logGroupId: string;
}

/**
 * A Service Connector from a stream to a target, its run log on. As a grantee it is the connector service
 * acting from its compartment: grant it the source stream and the target.
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

  constructor(scope: Construct, id: string, props: ServiceConnectorProps) {
    super(scope, id);
    const principal = resourcePrincipalGrantee("serviceconnector", props.compartmentId);
    this.policySubject = principal.policySubject;
    this.policyConditions = principal.policyConditions;
    this.connector = new SchServiceConnector(this, "Connector", {
      compartmentId: props.compartmentId,
      displayName: props.displayName,
      description: props.description,
      state: "ACTIVE",
      source: {
        kind: "streaming",
        streamId: props.sourceStreamId,
        cursor: { kind: props.sourceCursor ?? "TRIM_HORIZON" },
      },
      target: props.target,
    });
    this.connectorId = this.connector.id;
    this.rceTrafficIpAddress = this.connector.source.privateEndpointMetadata.get(0).rceTrafficIpAddress;
    if (props.target.kind === "streaming") {
      this.targetRceTrafficIpAddress = this.connector.target.privateEndpointMetadata.get(0).rceTrafficIpAddress;
    }
    new ServiceLog(this, "RunLog", {
      logGroupId: props.logGroupId,
      displayName: `${props.displayName}-run`,
      compartmentId: props.compartmentId,
      service: "och",
      category: "runlog",
      resource: this.connectorId,
    });
  }
}

import { Construct } from "constructs";
import { CoreInternetGateway } from "../../.gen/providers/oci/core-internet-gateway";
import { CoreNatGateway } from "../../.gen/providers/oci/core-nat-gateway";
import { CoreNetworkSecurityGroup } from "../../.gen/providers/oci/core-network-security-group";
import { CoreNetworkSecurityGroupSecurityRule } from "../../.gen/providers/oci/core-network-security-group-security-rule";
import { CoreRouteTable } from "../../.gen/providers/oci/core-route-table";
import { CoreSecurityList } from "../../.gen/providers/oci/core-security-list";
import { CoreServiceGateway } from "../../.gen/providers/oci/core-service-gateway";
import { CoreVcn } from "../../.gen/providers/oci/core-vcn";
import { DataOciCoreServices } from "../../.gen/providers/oci/data-oci-core-services";
import { LogGroup } from "../resources/log-group";
import { NetworkSecurityGroup } from "../resources/network-security-group";
import { idFromKey, requireUnique } from "../resources/stable-id";
import { ServiceConnector } from "../resources/service-connector";
import { ServiceLog } from "../resources/service-log";
import { KAFKA_PORT } from "../resources/stream-pool";
import { Subnet } from "../resources/subnet";

export interface NetworkProps {
  /** Compartment of the VCN, its subnets, gateways, NSGs and flow logs. */
  readonly compartmentId: string;
  /** Prefix of every display name. */
  readonly namePrefix: string;
  /** DNS label of the VCN: letters and digits, starting with a letter, at most 15 characters. */
  readonly dnsLabel: string;
  /** The VCN's IPv4 address range; both subnets must fit inside it. */
  readonly vcnCidr: string;
  /** Subnet for the API gateway: the only subnet with a route to the internet gateway. */
  readonly publicSubnetCidr: string;
  /** Subnet for functions and the stream pool's private endpoint: no public IPs, egress through NAT and the service gateway. */
  readonly privateSubnetCidr: string;
  /**
   * Sources allowed to reach the API gateway on 443.
   * @default ["0.0.0.0/0"]
   */
  readonly apiIngressCidrs?: string[];
  /**
   * Whether the stream pool has a private endpoint in the private subnet: only then is there a `streamPoolNsg` (a pool
   * on the public endpoint sits behind no NSG, and an NSG with nothing in it guards nothing).
   * @default true
   */
  readonly privateStreamPool?: boolean;
  /**
   * How long VCN flow logs are kept.
   * @default 30
   */
  readonly flowLogRetentionInDays?: number;
}

type PeerType = "CIDR_BLOCK" | "NETWORK_SECURITY_GROUP" | "SERVICE_CIDR_BLOCK";

const TCP = "6";
const HTTPS = 443;
/** The ports of a stream pool: the REST API (HTTPS) and the Kafka API. */
export const STREAM_POOL_PORTS = { https: HTTPS, kafka: KAFKA_PORT } as const;
export type StreamPoolPort = keyof typeof STREAM_POOL_PORTS;

/**
 * A VCN with a public subnet (API gateway) and a private subnet (functions, stream pool), the gateways
 * they route through, and network security groups that carry the traffic rules. Security lists stay empty
 * (NSGs scope rules to the resources that need them, a subnet-wide list cannot), except the private subnet's
 * egress towards the stream pool for the VNICs OCI puts there in no NSG of ours (`admitToStreamPool`).
 */
export class Network extends Construct {
  public readonly vcn: CoreVcn;
  public readonly publicSubnet: Subnet;
  public readonly privateSubnet: Subnet;
  /** Attached to the API gateway: 443 in from `apiIngressCidrs`. */
  public readonly gatewayNsg: NetworkSecurityGroup;
  /** Attached to the functions: nothing in, 443 out. */
  public readonly functionsNsg: NetworkSecurityGroup;
  /**
   * Attached to the stream pool's private endpoint (private pools only): 443 in from the functions, and from the
   * private-subnet addresses given to `admitToStreamPool` (Service Connectors' reverse connection endpoints, the bastion).
   */
  public readonly streamPoolNsg?: NetworkSecurityGroup;
  public readonly flowLogGroup: LogGroup;
  /** The CIDR label of "All <region> Services In Oracle Services Network", for rules that target OCI services. */
  public readonly allServicesCidr: string;

  private readonly privateSubnetCidr: string;
  private readonly privateSecurityList: CoreSecurityList;
  private readonly privateEgressPorts = new Set<number>();

  constructor(scope: Construct, id: string, props: NetworkProps) {
    super(scope, id);
    const { compartmentId, namePrefix } = props;
    this.privateSubnetCidr = props.privateSubnetCidr;
    const apiIngressCidrs = props.apiIngressCidrs ?? ["0.0.0.0/0"];
    const flowLogRetentionInDays = props.flowLogRetentionInDays ?? 30;

    this.vcn = new CoreVcn(this, "Vcn", {
      compartmentId,
      cidrBlocks: [props.vcnCidr],
      displayName: `${namePrefix}-vcn`,
      dnsLabel: props.dnsLabel,
    });
    const vcnId = this.vcn.id;

    const services = new DataOciCoreServices(this, "OracleServices", {
      filter: [{ name: "name", values: ["All .* Services In Oracle Services Network"], regex: true }],
    });
    const allServices = services.services.get(0);
    this.allServicesCidr = allServices.cidrBlock;

    const internetGateway = new CoreInternetGateway(this, "InternetGateway", {
      compartmentId,
      vcnId,
      enabled: true,
      displayName: `${namePrefix}-igw`,
    });
    const natGateway = new CoreNatGateway(this, "NatGateway", {
      compartmentId,
      vcnId,
      displayName: `${namePrefix}-nat`,
    });
    const serviceGateway = new CoreServiceGateway(this, "ServiceGateway", {
      compartmentId,
      vcnId,
      displayName: `${namePrefix}-sgw`,
      services: [{ serviceId: allServices.id }],
    });

    const publicRoutes = new CoreRouteTable(this, "PublicRoutes", {
      compartmentId,
      vcnId,
      displayName: `${namePrefix}-public-rt`,
      routeRules: [{ destination: "0.0.0.0/0", destinationType: "CIDR_BLOCK", networkEntityId: internetGateway.id }],
    });
    // Private traffic to OCI services stays on Oracle's network (service gateway); everything else leaves through NAT.
    const privateRoutes = new CoreRouteTable(this, "PrivateRoutes", {
      compartmentId,
      vcnId,
      displayName: `${namePrefix}-private-rt`,
      routeRules: [
        { destination: "0.0.0.0/0", destinationType: "CIDR_BLOCK", networkEntityId: natGateway.id },
        {
          destination: allServices.cidrBlock,
          destinationType: "SERVICE_CIDR_BLOCK",
          networkEntityId: serviceGateway.id,
        },
      ],
    });

    const securityList = (name: string, label: string) =>
      new CoreSecurityList(this, name, { compartmentId, vcnId, displayName: `${namePrefix}-${label}-sl` });
    this.privateSecurityList = securityList("PrivateSecurityList", "private");

    this.publicSubnet = new Subnet(this, "PublicSubnet", {
      compartmentId,
      vcnId,
      cidrBlock: props.publicSubnetCidr,
      displayName: `${namePrefix}-public`,
      dnsLabel: "pub",
      prohibitPublicIpOnVnic: false,
      routeTableId: publicRoutes.id,
      securityListIds: [securityList("PublicSecurityList", "public").id],
    });
    this.privateSubnet = new Subnet(this, "PrivateSubnet", {
      compartmentId,
      vcnId,
      cidrBlock: props.privateSubnetCidr,
      displayName: `${namePrefix}-private`,
      dnsLabel: "priv",
      prohibitPublicIpOnVnic: true,
      prohibitInternetIngress: true,
      routeTableId: privateRoutes.id,
      securityListIds: [this.privateSecurityList.id],
    });

    const nsg = (name: string, label: string) =>
      new NetworkSecurityGroup(this, name, { compartmentId, vcnId, displayName: `${namePrefix}-${label}-nsg` });
    this.gatewayNsg = nsg("GatewayNsg", "gateway");
    this.functionsNsg = nsg("FunctionsNsg", "functions");

    // Keyed by CIDR, so reordering the list re-creates no rule.
    requireUnique("network.apiIngressCidrs", apiIngressCidrs);
    apiIngressCidrs.forEach((cidr) =>
      this.httpsRule(
        idFromKey("GatewayIngress", cidr),
        this.gatewayNsg,
        "INGRESS",
        cidr,
        "CIDR_BLOCK",
        `HTTPS to the API from ${cidr}`,
      ),
    );
    // The gateway reaches its backend functions through the Functions service endpoint.
    this.httpsRule(
      "GatewayToServices",
      this.gatewayNsg,
      "EGRESS",
      "0.0.0.0/0",
      "CIDR_BLOCK",
      "HTTPS to OCI services and function backends",
    );

    this.httpsRule(
      "FunctionsToServices",
      this.functionsNsg,
      "EGRESS",
      allServices.cidrBlock,
      "SERVICE_CIDR_BLOCK",
      "HTTPS to OCI services through the service gateway",
    );
    // The data-sync target is a REST API on the internet, reached through NAT.
    this.httpsRule(
      "FunctionsToInternet",
      this.functionsNsg,
      "EGRESS",
      "0.0.0.0/0",
      "CIDR_BLOCK",
      "HTTPS to target APIs through NAT",
    );

    if (props.privateStreamPool ?? true) {
      this.streamPoolNsg = nsg("StreamPoolNsg", "streampool");
      this.httpsRule(
        "FunctionsToStreamPool",
        this.functionsNsg,
        "EGRESS",
        this.streamPoolNsg.id,
        "NETWORK_SECURITY_GROUP",
        "HTTPS to the stream pool's private endpoint",
      );
      this.httpsRule(
        "StreamPoolFromFunctions",
        this.streamPoolNsg,
        "INGRESS",
        this.functionsNsg.id,
        "NETWORK_SECURITY_GROUP",
        "HTTPS from the functions",
      );
    }

    this.flowLogGroup = new LogGroup(this, "FlowLogGroup", {
      compartmentId,
      displayName: `${namePrefix}-flow-logs`,
      description: "VCN flow logs of every subnet",
    });
    for (const [name, subnet] of [
      ["PublicSubnetFlowLog", this.publicSubnet],
      ["PrivateSubnetFlowLog", this.privateSubnet],
    ] as const) {
      new ServiceLog(this, name, {
        logGroup: this.flowLogGroup,
        displayName: `${subnet.displayNameInput}-flow-log`,
        compartmentId,
        service: "flowlogs",
        category: "all",
        resource: subnet.id,
        retentionInDays: flowLogRetentionInDays,
      });
    }
  }

  /**
   * Lets one address of the private subnet reach the stream pool's private endpoint on `ports`. For what OCI places in
   * the subnet without an NSG of ours: a Service Connector's reverse connection endpoint ("use these RCE IP addresses to
   * configure ingress and egress rules", Connector Hub docs: Getting IP Addresses for a Private Endpoint,
   * https://docs.oracle.com/en-us/iaas/Content/connector-hub/get-service-connector-stream-private.htm) and a bastion's
   * private endpoint. Ingress: the pool's NSG admits that one address. Egress: such a VNIC is in no NSG, so only the
   * subnet's security list can let it out; it gets one stateful rule per port towards the subnet (the pool's own IP
   * would close a cycle: subnet, list, pool, subnet), and the pool's NSG stays the only way in.
   */
  public admitToStreamPool(id: string, sourceIp: string, ports: readonly StreamPoolPort[], what: string): void {
    if (!this.streamPoolNsg) {
      throw new Error(`Network: ${what} cannot be admitted to the stream pool: the pool is public and has no NSG`);
    }
    for (const port of ports) {
      const number = STREAM_POOL_PORTS[port];
      this.tcpRule(
        `StreamPoolFrom${id}${port === "https" ? "" : "Kafka"}`,
        this.streamPoolNsg,
        "INGRESS",
        `${sourceIp}/32`,
        "CIDR_BLOCK",
        `${port === "https" ? "HTTPS" : "Kafka"} from ${what}`,
        number,
      );
      this.allowPrivateSubnetEgress(number);
    }
  }

  /**
   * Admits the reverse connection endpoints of every Service Connector under `scope` (a stack, once its patterns are
   * built) to the stream pool: each connector reads its stream, and writes a stream target, through them.
   */
  public admitServiceConnectors(scope: Construct): void {
    for (const connector of scope.node.findAll().filter((c): c is ServiceConnector => c instanceof ServiceConnector)) {
      const id = connector.node.path.split("/").slice(1).join("");
      const what = `the reverse connection endpoint of connector ${connector.node.path}`;
      this.admitToStreamPool(id, connector.rceTrafficIpAddress, ["https"], what);
      if (connector.targetRceTrafficIpAddress) {
        this.admitToStreamPool(`${id}Target`, connector.targetRceTrafficIpAddress, ["https"], `${what} (target)`);
      }
    }
  }

  private allowPrivateSubnetEgress(port: number): void {
    if (this.privateEgressPorts.has(port)) return;
    this.privateEgressPorts.add(port);
    this.privateSecurityList.putEgressSecurityRules(
      [...this.privateEgressPorts]
        .sort((a, b) => a - b)
        .map((p) => ({
          destination: this.privateSubnetCidr,
          destinationType: "CIDR_BLOCK",
          protocol: TCP,
          stateless: false,
          description: `TCP ${p} to the stream pool's private endpoint, from VNICs in no NSG (connector RCEs, bastion)`,
          tcpOptions: { min: p, max: p },
        })),
    );
  }

  private httpsRule(
    id: string,
    group: CoreNetworkSecurityGroup,
    direction: "INGRESS" | "EGRESS",
    peer: string,
    peerType: PeerType,
    description: string,
  ): CoreNetworkSecurityGroupSecurityRule {
    return this.tcpRule(id, group, direction, peer, peerType, description, HTTPS);
  }

  /** A stateful TCP rule for one destination port. */
  private tcpRule(
    id: string,
    group: CoreNetworkSecurityGroup,
    direction: "INGRESS" | "EGRESS",
    peer: string,
    peerType: PeerType,
    description: string,
    port: number,
  ): CoreNetworkSecurityGroupSecurityRule {
    const peerArgs =
      direction === "INGRESS"
        ? { source: peer, sourceType: peerType }
        : { destination: peer, destinationType: peerType };
    return new CoreNetworkSecurityGroupSecurityRule(this, id, {
      networkSecurityGroupId: group.id,
      direction,
      protocol: TCP,
      stateless: false,
      description,
      ...peerArgs,
      tcpOptions: { destinationPortRange: { min: port, max: port } },
    });
  }
}

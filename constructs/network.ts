import { Construct } from "constructs";
import { CoreInternetGateway } from "../.gen/providers/oci/core-internet-gateway";
import { CoreNatGateway } from "../.gen/providers/oci/core-nat-gateway";
import { CoreNetworkSecurityGroup } from "../.gen/providers/oci/core-network-security-group";
import { CoreNetworkSecurityGroupSecurityRule } from "../.gen/providers/oci/core-network-security-group-security-rule";
import { CoreRouteTable } from "../.gen/providers/oci/core-route-table";
import { CoreSecurityList } from "../.gen/providers/oci/core-security-list";
import { CoreServiceGateway } from "../.gen/providers/oci/core-service-gateway";
import { CoreSubnet } from "../.gen/providers/oci/core-subnet";
import { CoreVcn } from "../.gen/providers/oci/core-vcn";
import { DataOciCoreServices } from "../.gen/providers/oci/data-oci-core-services";
import { LoggingLogGroup } from "../.gen/providers/oci/logging-log-group";
import { ServiceLog } from "./service-log";
import { KAFKA_PORT } from "./stream-pool";

export interface NetworkProps {
  /** Compartment of the VCN, its subnets, gateways, NSGs and flow logs. */
  readonly compartmentId: string;
  /** Prefix of every display name. */
  readonly namePrefix: string;
  /** DNS label of the VCN: letters and digits, starting with a letter, at most 15 characters. */
  readonly dnsLabel: string;
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
   * Networks outside this VCN's NSGs (peered VCNs, on-premises over a DRG) whose producers and consumers may reach
   * the stream pool's private endpoint: 443 for the REST API, 9092 for Kafka. Inside the VCN, attach the client to
   * `streamClientsNsg` instead.
   * @default []
   */
  readonly streamClientCidrs?: string[];
  /**
   * Create `streamClientsNsg` and the pool's rules for stream clients. Off for a pool on the public endpoint, which
   * no NSG guards.
   * @default true
   */
  readonly streamClients?: boolean;
  /**
   * How long VCN flow logs are kept.
   * @default 30
   */
  readonly flowLogRetentionInDays?: number;
}

type PeerType = "CIDR_BLOCK" | "NETWORK_SECURITY_GROUP" | "SERVICE_CIDR_BLOCK";

const TCP = "6";
const HTTPS = 443;
/** What a stream client needs: the REST API (HTTPS) and the Kafka API. */
const STREAM_CLIENT_PORTS = [
  { name: "Https", port: HTTPS, what: "HTTPS (REST API)" },
  { name: "Kafka", port: KAFKA_PORT, what: "Kafka" },
] as const;

/**
 * A VCN with a public subnet (API gateway) and a private subnet (functions, stream pool), the gateways
 * they route through, and network security groups that carry all the traffic rules. Security lists are
 * empty on purpose: NSGs scope rules to the resources that need them, a subnet-wide list cannot.
 */
export class Network extends Construct {
  public readonly vcn: CoreVcn;
  public readonly publicSubnet: CoreSubnet;
  public readonly privateSubnet: CoreSubnet;
  /** Attached to the API gateway: 443 in from `apiIngressCidrs`. */
  public readonly gatewayNsg: CoreNetworkSecurityGroup;
  /** Attached to the functions: nothing in, 443 out. */
  public readonly functionsNsg: CoreNetworkSecurityGroup;
  /** Attached to the stream pool's private endpoint: 443 in from the functions, 443 and 9092 from stream clients. */
  public readonly streamPoolNsg: CoreNetworkSecurityGroup;
  /**
   * For the user's own producers and consumers in this VCN (instances, OKE nodes, containers): attach their VNICs to
   * it to reach the stream pool on 443 (REST) and 9092 (Kafka). Nothing else is opened.
   */
  public readonly streamClientsNsg?: CoreNetworkSecurityGroup;
  public readonly flowLogGroup: LoggingLogGroup;
  /** The CIDR label of "All <region> Services In Oracle Services Network", for rules that target OCI services. */
  public readonly allServicesCidr: string;

  constructor(scope: Construct, id: string, props: NetworkProps) {
    super(scope, id);
    const { compartmentId, namePrefix } = props;
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

    const emptyList = (name: string, label: string) =>
      new CoreSecurityList(this, name, { compartmentId, vcnId, displayName: `${namePrefix}-${label}-sl` });

    this.publicSubnet = new CoreSubnet(this, "PublicSubnet", {
      compartmentId,
      vcnId,
      cidrBlock: props.publicSubnetCidr,
      displayName: `${namePrefix}-public`,
      dnsLabel: "pub",
      prohibitPublicIpOnVnic: false,
      routeTableId: publicRoutes.id,
      securityListIds: [emptyList("PublicSecurityList", "public").id],
    });
    this.privateSubnet = new CoreSubnet(this, "PrivateSubnet", {
      compartmentId,
      vcnId,
      cidrBlock: props.privateSubnetCidr,
      displayName: `${namePrefix}-private`,
      dnsLabel: "priv",
      prohibitPublicIpOnVnic: true,
      prohibitInternetIngress: true,
      routeTableId: privateRoutes.id,
      securityListIds: [emptyList("PrivateSecurityList", "private").id],
    });

    const nsg = (name: string, label: string) =>
      new CoreNetworkSecurityGroup(this, name, { compartmentId, vcnId, displayName: `${namePrefix}-${label}-nsg` });
    this.gatewayNsg = nsg("GatewayNsg", "gateway");
    this.functionsNsg = nsg("FunctionsNsg", "functions");
    this.streamPoolNsg = nsg("StreamPoolNsg", "streampool");

    apiIngressCidrs.forEach((cidr, i) =>
      this.httpsRule(
        `GatewayIngress${i}`,
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
      "FunctionsToStreamPool",
      this.functionsNsg,
      "EGRESS",
      this.streamPoolNsg.id,
      "NETWORK_SECURITY_GROUP",
      "HTTPS to the stream pool's private endpoint",
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

    this.httpsRule(
      "StreamPoolFromFunctions",
      this.streamPoolNsg,
      "INGRESS",
      this.functionsNsg.id,
      "NETWORK_SECURITY_GROUP",
      "HTTPS from the functions only",
    );

    if (props.streamClients ?? true) {
      this.streamClientsNsg = this.allowStreamClients(
        nsg("StreamClientsNsg", "stream-clients"),
        props.streamClientCidrs,
      );
    } else if (props.streamClientCidrs?.length) {
      throw new Error("Network: streamClientCidrs need streamClients (a public pool has no NSG to open)");
    }

    this.flowLogGroup = new LoggingLogGroup(this, "FlowLogGroup", {
      compartmentId,
      displayName: `${namePrefix}-flow-logs`,
      description: "VCN flow logs of every subnet",
    });
    for (const [name, subnet] of [
      ["PublicSubnetFlowLog", this.publicSubnet],
      ["PrivateSubnetFlowLog", this.privateSubnet],
    ] as const) {
      new ServiceLog(this, name, {
        logGroupId: this.flowLogGroup.id,
        displayName: `${subnet.displayNameInput}-flow-log`,
        compartmentId,
        service: "flowlogs",
        category: "all",
        resource: subnet.id,
        retentionInDays: flowLogRetentionInDays,
      });
    }
  }

  /** Opens the stream pool to `clients` (an NSG) and to `cidrs` on 443 and 9092; `clients` may reach only the pool. */
  private allowStreamClients(
    clients: CoreNetworkSecurityGroup,
    cidrs: readonly string[] = [],
  ): CoreNetworkSecurityGroup {
    for (const { name, port, what } of STREAM_CLIENT_PORTS) {
      this.tcpRule(
        `StreamClientsToPool${name}`,
        clients,
        "EGRESS",
        this.streamPoolNsg.id,
        "NETWORK_SECURITY_GROUP",
        `${what} to the stream pool's private endpoint`,
        port,
      );
      this.tcpRule(
        `StreamPoolFromClients${name}`,
        this.streamPoolNsg,
        "INGRESS",
        clients.id,
        "NETWORK_SECURITY_GROUP",
        `${what} from the stream-clients NSG`,
        port,
      );
      cidrs.forEach((cidr, i) =>
        this.tcpRule(
          `StreamPoolFromCidr${i}${name}`,
          this.streamPoolNsg,
          "INGRESS",
          cidr,
          "CIDR_BLOCK",
          `${what} from stream clients in ${cidr}`,
          port,
        ),
      );
    }
    return clients;
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

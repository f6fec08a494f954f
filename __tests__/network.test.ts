import "cdktf/lib/testing/adapters/jest";
import { Testing, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { Bastion, BastionProps } from "../constructs/resources/bastion";
import { Network, NetworkProps } from "../constructs/patterns/network";
import { committedStack, StackJson } from "./support/committed-stacks";
import { environmentWith, refByDisplayName, synthStack } from "./support/synth";
import { Subnet } from "../constructs/resources/subnet";

type Synthesized = StackJson;

/** Rules of the NSG displayed as `nsgDisplayName`. */
function rulesIn(synth: Synthesized, nsgDisplayName: string): Record<string, any>[] {
  const nsgId = refByDisplayName(synth, "oci_core_network_security_group", nsgDisplayName);
  return synth
    .resources("oci_core_network_security_group_security_rule")
    .filter((r) => r.network_security_group_id === nsgId);
}

/** The private subnet's security list as [direction, peer, protocol, stateless, ports] rows. */
function privateListRules(synth: Synthesized): unknown[][] {
  const priv = synth.resources("oci_core_security_list").find((l) => l.display_name === "evs-example-private-sl")!;
  const rows = (direction: string, rules: any[] | undefined) =>
    (rules ?? []).map((r) => [direction, r.destination ?? r.source, r.protocol, r.stateless, r.tcp_options]);
  return [...rows("EGRESS", priv.egress_security_rules), ...rows("INGRESS", priv.ingress_security_rules)];
}

/** What VNICs in no NSG (RCEs, a bastion) need to reach the pool: out to the private subnet on 443 and 9092, no more. */
const PRIVATE_EGRESS_TO_POOL = [
  ["EGRESS", "10.0.1.0/24", "6", false, { min: 443, max: 443 }],
  ["EGRESS", "10.0.1.0/24", "6", false, { min: 9092, max: 9092 }],
];

/** The pattern alone on a bare stack, with the example environment's addresses; `build` may use it further. */
function bareNetwork(overrides: Partial<NetworkProps> = {}, build?: (network: Network, scope: Construct) => void) {
  const json = JSON.parse(
    Testing.synthScope((scope) => {
      const network = new Network(scope, "Network", {
        compartmentId: "ocid1.compartment.oc1..aaaaaaaanetwork",
        namePrefix: "evs-example",
        dnsLabel: "evs",
        vcnCidr: "10.0.0.0/16",
        publicSubnetCidr: "10.0.0.0/24",
        privateSubnetCidr: "10.0.1.0/24",
        ...overrides,
      });
      build?.(network, scope);
    }),
  );
  return {
    json,
    resources: (type: string): Record<string, any>[] => Object.values(json.resource?.[type] ?? {}),
    data: (type: string): Record<string, any>[] => Object.values(json.data?.[type] ?? {}),
  };
}

describe("Network", () => {
  // GIVEN a bare stack WHEN the network is built for a private stream pool
  const synth = bareNetwork();
  const ref = (type: string, name: string) => refByDisplayName(synth, type, `evs-example-${name}`);
  const nsgRules = synth.resources("oci_core_network_security_group_security_rule");
  const rulesOf = (nsgName: string) => rulesIn(synth, `evs-example-${nsgName}`);

  test("the VCN and subnets use the configured CIDRs", () => {
    expect(synth.resources("oci_core_vcn")).toEqual([
      expect.objectContaining({ cidr_blocks: ["10.0.0.0/16"], dns_label: "evs" }),
    ]);
    const subnets = synth.resources("oci_core_subnet");
    expect(subnets).toHaveLength(2);
    expect(subnets).toContainEqual(
      expect.objectContaining({ display_name: "evs-example-public", cidr_block: "10.0.0.0/24" }),
    );
    expect(subnets).toContainEqual(
      expect.objectContaining({ display_name: "evs-example-private", cidr_block: "10.0.1.0/24" }),
    );
    for (const subnet of subnets) expect(subnet.vcn_id).toBe(ref("oci_core_vcn", "vcn"));
  });

  test("the private subnet allows no public IPs and no internet ingress", () => {
    const priv = synth.resources("oci_core_subnet").find((s) => s.display_name === "evs-example-private");
    expect(priv).toMatchObject({ prohibit_public_ip_on_vnic: true, prohibit_internet_ingress: true });
  });

  test("the public subnet routes to the internet gateway, the private one to NAT and the service gateway", () => {
    const subnets = synth.resources("oci_core_subnet");
    const pub = subnets.find((s) => s.display_name === "evs-example-public")!;
    const priv = subnets.find((s) => s.display_name === "evs-example-private")!;
    expect(pub.route_table_id).toBe(ref("oci_core_route_table", "public-rt"));
    expect(priv.route_table_id).toBe(ref("oci_core_route_table", "private-rt"));

    const tables = synth.resources("oci_core_route_table");
    const publicRules = tables.find((t) => t.display_name === "evs-example-public-rt")!.route_rules;
    expect(publicRules).toEqual([
      {
        destination: "0.0.0.0/0",
        destination_type: "CIDR_BLOCK",
        network_entity_id: ref("oci_core_internet_gateway", "igw"),
      },
    ]);
    const privateRules = tables.find((t) => t.display_name === "evs-example-private-rt")!.route_rules;
    expect(privateRules).toEqual([
      {
        destination: "0.0.0.0/0",
        destination_type: "CIDR_BLOCK",
        network_entity_id: ref("oci_core_nat_gateway", "nat"),
      },
      {
        destination: expect.stringMatching(/^\$\{data\.oci_core_services\..*\.services\[0\]\.cidr_block\}$/),
        destination_type: "SERVICE_CIDR_BLOCK",
        network_entity_id: ref("oci_core_service_gateway", "sgw"),
      },
    ]);
  });

  test("the service gateway covers all Oracle services", () => {
    expect(synth.data("oci_core_services")).toEqual([
      { filter: [{ name: "name", regex: true, values: ["All .* Services In Oracle Services Network"] }] },
    ]);
    const [sgw] = synth.resources("oci_core_service_gateway");
    expect(sgw.services).toEqual([{ service_id: expect.stringMatching(/oci_core_services.*\.services\[0\]\.id/) }]);
  });

  test("security lists admit nothing; the public one lets nothing out either", () => {
    const lists = synth.resources("oci_core_security_list");
    expect(lists).toHaveLength(2);
    for (const list of lists) expect(list.ingress_security_rules).toBeUndefined();
    expect(lists.find((l) => l.display_name === "evs-example-public-sl")!.egress_security_rules).toBeUndefined();
  });

  test("the gateway NSG takes 443 from the internet only", () => {
    const ingress = rulesOf("gateway-nsg").filter((r) => r.direction === "INGRESS");
    expect(ingress).toEqual([
      expect.objectContaining({
        source: "0.0.0.0/0",
        source_type: "CIDR_BLOCK",
        protocol: "6",
        tcp_options: { destination_port_range: { min: 443, max: 443 } },
      }),
    ]);
  });

  test("the functions NSG is egress only, on 443", () => {
    const rules = rulesOf("functions-nsg");
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) {
      expect(rule.direction).toBe("EGRESS");
      expect(rule.tcp_options).toEqual({ destination_port_range: { min: 443, max: 443 } });
    }
    expect(rules).toContainEqual(
      expect.objectContaining({
        destination: ref("oci_core_network_security_group", "streampool-nsg"),
        destination_type: "NETWORK_SECURITY_GROUP",
      }),
    );
  });

  const port = (p: number) => ({ destination_port_range: { min: p, max: p } });
  /** Rules in a stable order: Terraform JSON lists resources by logical id, not by creation. */
  const sorted = (rows: unknown[][]) => [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

  test("admitToStreamPool lets one address into the pool's NSG and out of the private subnet, per port", () => {
    const admitted = bareNetwork({}, (network) =>
      network.admitToStreamPool("Bastion", "10.0.1.7", ["https", "kafka"], "the bastion"),
    );
    const rules = rulesIn(admitted, "evs-example-streampool-nsg").filter((r) => r.source_type === "CIDR_BLOCK");
    expect(sorted(rules.map((r) => [r.direction, r.source, r.tcp_options]))).toEqual(
      sorted([
        ["INGRESS", "10.0.1.7/32", port(443)],
        ["INGRESS", "10.0.1.7/32", port(9092)],
      ]),
    );
    expect(privateListRules(admitted)).toEqual(PRIVATE_EGRESS_TO_POOL);
  });

  test("no rule opens 22 or 3389, and every rule names its ports", () => {
    for (const rule of nsgRules) {
      const range = rule.tcp_options?.destination_port_range;
      expect(range).toBeDefined();
      for (const port of [22, 3389]) expect(port >= range.min && port <= range.max).toBe(false);
    }
  });

  test("every subnet has an enabled flow log in the flow-log group", () => {
    const logs = synth.resources("oci_logging_log");
    const flowLogs = logs.filter((l) => l.configuration?.source?.service === "flowlogs");
    const subnetRefs = ["public", "private"].map((n) => ref("oci_core_subnet", n));
    expect(flowLogs.map((l) => l.configuration.source.resource).sort()).toEqual([...subnetRefs].sort());
    for (const log of flowLogs) {
      expect(log).toMatchObject({
        is_enabled: true,
        log_type: "SERVICE",
        log_group_id: ref("oci_logging_log_group", "flow-logs"),
        configuration: { source: { category: "all", source_type: "OCISERVICE" } },
      });
    }
  });

  test("for a public pool: no stream pool NSG, no rules for it and no egress in any list", () => {
    const publicPool = bareNetwork({ privateStreamPool: false });
    const nsgNames = publicPool.resources("oci_core_network_security_group").map((n) => n.display_name);
    expect(nsgNames.sort()).toEqual(["evs-example-functions-nsg", "evs-example-gateway-nsg"]);
    for (const list of publicPool.resources("oci_core_security_list"))
      expect(list.egress_security_rules).toBeUndefined();
  });

  test("API ingress sources are the given networks", () => {
    const custom = bareNetwork({ apiIngressCidrs: ["203.0.113.0/24", "198.51.100.0/24"] });
    const ingress = rulesIn(custom, "evs-example-gateway-nsg").filter((r) => r.direction === "INGRESS");
    expect(ingress.map((r) => r.source).sort()).toEqual(["198.51.100.0/24", "203.0.113.0/24"]);
  });
});

describe("the stack's network", () => {
  // GIVEN the example environment, whose connectors and bastion the stack admits to the pool
  const synth = committedStack("example");
  const ref = (type: string, name: string) => refByDisplayName(synth, type, `evs-example-${name}`);
  const rulesOf = (nsgName: string) => rulesIn(synth, `evs-example-${nsgName}`);
  const port = (p: number) => ({ destination_port_range: { min: p, max: p } });
  /** Rules in a stable order: Terraform JSON lists resources by logical id, not by creation. */
  const sorted = (rows: unknown[][]) => [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

  test("the stream pool NSG takes 443 from the functions and each connector's RCE, 443 and 9092 from the bastion", () => {
    const functions = ref("oci_core_network_security_group", "functions-nsg");
    const rce = (name: string) =>
      `\${oci_sch_service_connector.DataSync_${name}Connector_${name === "Process" ? "C9F7DE6C" : "363A663C"}.source[0].private_endpoint_metadata[0].rce_traffic_ip_address}/32`;
    const bastion = "${oci_bastion_bastion.Bastion_8E2E98C8.private_endpoint_ip_address}/32";
    const rules = rulesOf("streampool-nsg");
    expect(rules.every((r) => r.direction === "INGRESS" && r.protocol === "6" && r.stateless === false)).toBe(true);
    expect(sorted(rules.map((r) => [r.source_type, r.source, r.tcp_options]))).toEqual(
      sorted([
        ["NETWORK_SECURITY_GROUP", functions, port(443)],
        ["CIDR_BLOCK", rce("Process"), port(443)],
        ["CIDR_BLOCK", rce("Archive"), port(443)],
        ["CIDR_BLOCK", bastion, port(443)],
        ["CIDR_BLOCK", bastion, port(9092)],
      ]),
    );
  });

  test("the private subnet's list lets VNICs in no NSG (RCEs, bastion) out to the subnet on 443 and 9092 only", () => {
    expect(privateListRules(synth)).toEqual(PRIVATE_EGRESS_TO_POOL);
  });

  test("the bastion sits in the private subnet, open to the configured networks only", () => {
    expect(synth.resources("oci_bastion_bastion")).toEqual([
      expect.objectContaining({
        bastion_type: "standard",
        name: "evsexamplebastion",
        target_subnet_id: ref("oci_core_subnet", "private"),
        client_cidr_block_allow_list: ["203.0.113.0/24"],
        max_session_ttl_in_seconds: 10800,
      }),
    ]);
    expect(synth.json.output.bastion_id.value).toMatch(/^\$\{oci_bastion_bastion\..*\.id\}$/);
    expect(synth.json.output.stream_pool_private_ip.value).toMatch(
      /private_endpoint_settings\[0\]\.private_endpoint_ip/,
    );
  });

  test("without a bastion section there is no bastion and no Kafka port open anywhere", () => {
    const noBastion = synthStack(environmentWith((raw) => delete raw.bastion));
    expect(noBastion.resources("oci_bastion_bastion")).toEqual([]);
    const ports = noBastion
      .resources("oci_core_network_security_group_security_rule")
      .map((r) => r.tcp_options.destination_port_range.min);
    expect(ports).not.toContain(9092);
    expect(noBastion.json.output.bastion_id).toBeUndefined();
  });

  test("a public pool gets no stream pool NSG, no rules for it, no bastion and no egress in any list", () => {
    const publicPool = synthStack(
      environmentWith((raw) => {
        raw.streaming.publicEndpoint = true;
        delete raw.bastion;
      }),
    );
    const nsgNames = publicPool.resources("oci_core_network_security_group").map((n) => n.display_name);
    expect(nsgNames.sort()).toEqual(["evs-test-functions-nsg", "evs-test-gateway-nsg"]);
    for (const list of publicPool.resources("oci_core_security_list"))
      expect(list.egress_security_rules).toBeUndefined();
    expect(publicPool.resources("oci_bastion_bastion")).toEqual([]);
    expect(publicPool.json.output.stream_pool_private_ip).toBeUndefined();
  });

  test("API ingress sources and the flow-log retention come from config", () => {
    const custom = synthStack(
      environmentWith((raw) => {
        raw.network.apiIngressCidrs = ["203.0.113.0/24", "198.51.100.0/24"];
        raw.network.flowLogRetentionInDays = 180;
      }),
    );
    const ingress = rulesIn(custom, "evs-test-gateway-nsg").filter((r) => r.direction === "INGRESS");
    expect(ingress.map((r) => r.source).sort()).toEqual(["198.51.100.0/24", "203.0.113.0/24"]);
    const flowLogs = custom.resources("oci_logging_log").filter((l) => l.configuration?.source?.service === "flowlogs");
    expect(flowLogs.map((l) => l.retention_duration)).toEqual([180, 180]);
  });
});

describe("Network.admitToStreamPool", () => {
  test("refuses a public pool, which has no NSG to admit anyone to", () => {
    // GIVEN a network for a pool on the public endpoint
    const stack = new TerraformStack(Testing.app(), "test");
    const network = new Network(stack, "Network", {
      compartmentId: "ocid1.compartment.oc1..aaaaaaaatest",
      namePrefix: "t",
      dnsLabel: "t",
      vcnCidr: "10.0.0.0/16",
      publicSubnetCidr: "10.0.0.0/24",
      privateSubnetCidr: "10.0.1.0/24",
      privateStreamPool: false,
    });
    // WHEN / THEN
    expect(() => network.admitToStreamPool("X", "10.0.1.7", ["https"], "a client")).toThrow(
      /a client cannot be admitted to the stream pool: the pool is public and has no NSG/,
    );
  });
});

describe("Bastion", () => {
  const make = (props: Partial<BastionProps>) => () =>
    new Bastion(new TerraformStack(Testing.app(), "test"), "Bastion", {
      compartmentId: "ocid1.compartment.oc1..aaaaaaaatest",
      name: "evstestbastion",
      targetSubnet: Subnet.fromSubnetId("ocid1.subnet.oc1..aaaaaaaatest"),
      clientCidrBlockAllowList: ["203.0.113.0/24"],
      ...props,
    });

  test("refuses every address, an empty allow list, a bad name and a session lifetime out of range", () => {
    expect(make({ clientCidrBlockAllowList: ["10.0.0.0/8", "0.0.0.0/0"] })).toThrow(
      /clientCidrBlockAllowList must list networks .*, not every address. Received 0\.0\.0\.0\/0/,
    );
    expect(make({ clientCidrBlockAllowList: [] })).toThrow(/clientCidrBlockAllowList is empty/);
    expect(make({ name: "evs-test" })).toThrow(/letters and digits only/);
    expect(make({ maxSessionTtlInSeconds: 20000 })).toThrow(
      /maxSessionTtlInSeconds must be a whole number between 1800 and 10800. Received 20000/,
    );
  });
});

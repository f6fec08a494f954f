import { environmentWith, refByDisplayName, SynthesizedStack, synthStack } from "./support/synth";

describe("Network", () => {
  // GIVEN the example environment
  const synth = synthStack();
  const ref = (type: string, name: string) => refByDisplayName(synth, type, `evs-example-${name}`);
  const nsgRules = synth.resources("oci_core_network_security_group_security_rule");
  /** The rules of the NSG displayed as `nsgDisplayName` in `stack`. */
  const rulesIn = (stack: SynthesizedStack, nsgDisplayName: string) => {
    const nsgId = refByDisplayName(stack, "oci_core_network_security_group", nsgDisplayName);
    return stack
      .resources("oci_core_network_security_group_security_rule")
      .filter((r) => r.network_security_group_id === nsgId);
  };
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

  test("security lists allow nothing: all rules live in NSGs", () => {
    const lists = synth.resources("oci_core_security_list");
    expect(lists).toHaveLength(2);
    for (const list of lists) {
      expect(list.ingress_security_rules).toBeUndefined();
      expect(list.egress_security_rules).toBeUndefined();
    }
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

  test("the stream pool NSG takes 443 from the functions, 443 and 9092 from the stream-clients NSG, nothing else", () => {
    const functions = ref("oci_core_network_security_group", "functions-nsg");
    const clients = ref("oci_core_network_security_group", "stream-clients-nsg");
    const rules = rulesOf("streampool-nsg");
    expect(rules.every((r) => r.direction === "INGRESS" && r.protocol === "6" && r.stateless === false)).toBe(true);
    expect(sorted(rules.map((r) => [r.source_type, r.source, r.tcp_options]))).toEqual(
      sorted([
        ["NETWORK_SECURITY_GROUP", functions, port(443)],
        ["NETWORK_SECURITY_GROUP", clients, port(443)],
        ["NETWORK_SECURITY_GROUP", clients, port(9092)],
      ]),
    );
  });

  test("the stream-clients NSG only reaches the stream pool, on 443 and 9092, and takes nothing in", () => {
    const pool = ref("oci_core_network_security_group", "streampool-nsg");
    expect(
      rulesOf("stream-clients-nsg").map((r) => [r.direction, r.destination_type, r.destination, r.tcp_options]),
    ).toEqual([
      ["EGRESS", "NETWORK_SECURITY_GROUP", pool, port(443)],
      ["EGRESS", "NETWORK_SECURITY_GROUP", pool, port(9092)],
    ]);
    expect(synth.json.output.stream_clients_nsg_id.value).toBe(
      ref("oci_core_network_security_group", "stream-clients-nsg"),
    );
  });

  test("stream clients outside the VCN come from streaming.clientCidrs, on 443 and 9092 only", () => {
    const custom = synthStack(
      environmentWith((raw) => (raw.streaming.clientCidrs = ["172.16.0.0/16", "192.168.10.0/24"])),
    );
    const fromCidrs = rulesIn(custom, "evs-test-streampool-nsg").filter((r) => r.source_type === "CIDR_BLOCK");
    expect(fromCidrs.map((r) => [r.direction, r.source, r.tcp_options.destination_port_range.min]).sort()).toEqual([
      ["INGRESS", "172.16.0.0/16", 443],
      ["INGRESS", "172.16.0.0/16", 9092],
      ["INGRESS", "192.168.10.0/24", 443],
      ["INGRESS", "192.168.10.0/24", 9092],
    ]);
  });

  test("a public pool gets no stream-clients NSG, no rules for it and no output: no NSG guards that pool", () => {
    const publicPool = synthStack(environmentWith((raw) => (raw.streaming.publicEndpoint = true)));
    const nsgNames = publicPool.resources("oci_core_network_security_group").map((n) => n.display_name);
    expect(nsgNames).not.toContain("evs-test-stream-clients-nsg");
    expect(nsgNames).toContain("evs-test-streampool-nsg");
    const ports = publicPool
      .resources("oci_core_network_security_group_security_rule")
      .map((r) => r.tcp_options.destination_port_range.min);
    expect(ports).not.toContain(9092);
    expect(publicPool.json.output.stream_clients_nsg_id).toBeUndefined();
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

  test("API ingress sources come from config", () => {
    const custom = synthStack(
      environmentWith((raw) => (raw.network.apiIngressCidrs = ["203.0.113.0/24", "198.51.100.0/24"])),
    );
    const ingress = rulesIn(custom, "evs-test-gateway-nsg").filter((r) => r.direction === "INGRESS");
    expect(ingress.map((r) => r.source).sort()).toEqual(["198.51.100.0/24", "203.0.113.0/24"]);
  });
});

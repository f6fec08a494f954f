import { cidrContains, parseCidr } from "../../config/schema";

/**
 * A model of a synthesized stack's network, read from its Terraform JSON: which resource sits in which subnet behind
 * which NSGs, the rules of those NSGs and of the subnets' security lists, and the routes out. `allows(from, to, port)`
 * answers whether a TCP connection can be opened, the way OCI decides it:
 *
 * - a packet leaves a VNIC if an egress rule of its subnet's security lists OR of one of its NSGs allows it, and enters
 *   a VNIC if an ingress rule of the destination's security lists or NSGs does (Networking docs, "Security Rules":
 *   https://docs.oracle.com/en-us/iaas/Content/Network/Concepts/securityrules.htm, the union of lists and NSGs);
 * - rules are stateful, so replies need no rule; a stateless rule would need its reverse and is refused here;
 * - inside the VCN traffic needs no route; leaving it needs the subnet's route to a gateway (NAT or internet gateway
 *   for the internet, the service gateway for Oracle services' CIDR label, the longest prefix winning).
 *
 * Addresses OCI computes at apply (a bastion's or a connector RCE's private IP) are kept as the Terraform expression
 * that names them: a `${...}/32` rule matches exactly the endpoint with that address, a CIDR matches an endpoint when
 * it covers the endpoint's whole subnet. Only TCP is modelled: any other protocol fails the model, loudly.
 */

export type Via = "vcn" | "nat-gateway" | "internet-gateway" | "service-gateway";
export interface Flow {
  readonly from: string;
  readonly to: string;
  readonly port: number;
  readonly via: Via;
}

/** Places outside the VCN: any internet address, and the "All <region> Services" label of the service gateway. */
export const INTERNET = "internet";
export const ORACLE_SERVICES = "oracle-services";

interface Rule {
  readonly direction: "INGRESS" | "EGRESS";
  /** CIDR, `${expr}/32`, NSG reference or service label. */
  readonly peer: string;
  readonly peerType: "CIDR_BLOCK" | "NETWORK_SECURITY_GROUP" | "SERVICE_CIDR_BLOCK";
  readonly ports: { readonly min: number; readonly max: number };
}

/** A VNIC (or OCI's endpoint in the subnet) of one resource of the stack. */
export interface Endpoint {
  readonly name: string;
  readonly subnet: string;
  readonly nsgs: readonly string[];
  /** The address, when the stack names it: a Terraform expression OCI resolves at apply. */
  readonly ip?: string;
}

interface Subnet {
  readonly cidr: string;
  readonly securityLists: readonly string[];
  readonly routeTable: string;
}

const ref = (type: string, name: string, attribute = "id") => `\${${type}.${name}.${attribute}}`;

export class NetworkModel {
  public readonly endpoints: Endpoint[] = [];
  /** Every NSG of the stack, by reference, with the endpoints attached to it. */
  public readonly nsgMembers = new Map<string, string[]>();
  private readonly vcnCidrs: string[];
  private readonly subnets = new Map<string, Subnet>();
  private readonly rulesOf = new Map<string, Rule[]>();
  private readonly gatewayKind = new Map<string, Via>();
  private readonly routes = new Map<string, { destination: string; type: string; target: string }[]>();

  constructor(json: Record<string, any>) {
    const resources = (type: string): [string, Record<string, any>][] => Object.entries(json.resource?.[type] ?? {});
    this.vcnCidrs = resources("oci_core_vcn").flatMap(([, vcn]) => vcn.cidr_blocks);

    for (const [type, via] of [
      ["oci_core_nat_gateway", "nat-gateway"],
      ["oci_core_internet_gateway", "internet-gateway"],
      ["oci_core_service_gateway", "service-gateway"],
    ] as const) {
      for (const [name] of resources(type)) this.gatewayKind.set(ref(type, name), via);
    }
    for (const [name, table] of resources("oci_core_route_table")) {
      this.routes.set(
        ref("oci_core_route_table", name),
        (table.route_rules ?? []).map((r: any) => ({
          destination: r.destination,
          type: r.destination_type,
          target: r.network_entity_id,
        })),
      );
    }
    for (const [name, subnet] of resources("oci_core_subnet")) {
      this.subnets.set(ref("oci_core_subnet", name), {
        cidr: subnet.cidr_block,
        securityLists: subnet.security_list_ids ?? [],
        routeTable: subnet.route_table_id,
      });
    }
    for (const [name, list] of resources("oci_core_security_list")) {
      const rules = [
        ...(list.ingress_security_rules ?? []).map((r: any) => listRule("INGRESS", r.source, r.source_type, r)),
        ...(list.egress_security_rules ?? []).map((r: any) => listRule("EGRESS", r.destination, r.destination_type, r)),
      ];
      this.rulesOf.set(ref("oci_core_security_list", name), rules);
    }
    for (const [name] of resources("oci_core_network_security_group")) {
      this.rulesOf.set(ref("oci_core_network_security_group", name), []);
      this.nsgMembers.set(ref("oci_core_network_security_group", name), []);
    }
    for (const [name, r] of resources("oci_core_network_security_group_security_rule")) {
      const rules = this.rulesOf.get(r.network_security_group_id);
      if (!rules) throw new Error(`NSG rule ${name} belongs to no NSG of the stack (${r.network_security_group_id})`);
      const ingress = r.direction === "INGRESS";
      rules.push(
        tcpRule(name, r.direction, ingress ? r.source : r.destination, ingress ? r.source_type : r.destination_type, r),
      );
    }

    this.findEndpoints(resources, json);
    for (const endpoint of this.endpoints) {
      for (const nsg of endpoint.nsgs) this.nsgMembers.get(nsg)?.push(endpoint.name);
    }
  }

  /** Where each resource with a network presence sits; a resource type this model does not know fails it. */
  private findEndpoints(resources: (type: string) => [string, Record<string, any>][], json: Record<string, any>) {
    const add = (endpoint: Endpoint) => {
      if (!this.subnets.has(endpoint.subnet)) throw new Error(`${endpoint.name} sits in an unknown subnet`);
      this.endpoints.push(endpoint);
    };
    for (const [, app] of resources("oci_functions_application")) {
      add({ name: "functions", subnet: app.subnet_ids[0], nsgs: app.network_security_group_ids ?? [] });
    }
    for (const [, gateway] of resources("oci_apigateway_gateway")) {
      add({ name: "api-gateway", subnet: gateway.subnet_id, nsgs: gateway.network_security_group_ids ?? [] });
    }
    const privatePools = new Map<string, string>();
    for (const [name, pool] of resources("oci_streaming_stream_pool")) {
      const settings = pool.private_endpoint_settings;
      if (!settings) continue; // on the public endpoint: part of Oracle services, outside the VCN
      privatePools.set(ref("oci_streaming_stream_pool", name), settings.subnet_id);
      add({
        name: "stream-pool",
        subnet: settings.subnet_id,
        nsgs: settings.nsg_ids ?? [],
        ip: ref("oci_streaming_stream_pool", name, "private_endpoint_settings[0].private_endpoint_ip"),
      });
    }
    for (const [name, bastion] of resources("oci_bastion_bastion")) {
      // A bastion takes no NSG: its private endpoint is governed by the target subnet's security lists.
      add({
        name: "bastion",
        subnet: bastion.target_subnet_id,
        nsgs: [],
        ip: ref("oci_bastion_bastion", name, "private_endpoint_ip_address"),
      });
    }
    // A connector reads (source) or writes (target) a private pool's stream through a reverse connection endpoint in
    // the pool's subnet.
    const subnetOfStream = (streamId: string | undefined) => {
      const stream = /^\$\{oci_streaming_stream\.([^.]+)\.id\}$/.exec(streamId ?? "");
      const pool = stream && json.resource.oci_streaming_stream[stream[1]]?.stream_pool_id;
      return pool && privatePools.get(pool);
    };
    for (const [name, connector] of resources("oci_sch_service_connector")) {
      for (const [end, label] of [
        ["source", ""],
        ["target", " (target)"],
      ] as const) {
        const subnet = connector[end]?.kind === "streaming" && subnetOfStream(connector[end].stream_id);
        if (!subnet) continue;
        add({
          name: `connector:${connector.display_name}${label}`,
          subnet,
          nsgs: [],
          ip: ref("oci_sch_service_connector", name, `${end}[0].private_endpoint_metadata[0].rce_traffic_ip_address`),
        });
      }
    }
    const known = new Set([
      "oci_functions_application",
      "oci_apigateway_gateway",
      "oci_streaming_stream_pool",
      "oci_bastion_bastion",
    ]);
    for (const [type, byName] of Object.entries<Record<string, any>>(json.resource ?? {})) {
      if (known.has(type)) continue;
      for (const [name, body] of Object.entries(byName)) {
        if (/"(subnet_ids?|target_subnet_id|nsg_ids|network_security_group_ids)"/.test(JSON.stringify(body))) {
          throw new Error(`the network model does not know where ${type}.${name} sits: teach findEndpoints`);
        }
      }
    }
  }

  /** Security lists and route tables no subnet uses. */
  public unattached(): string[] {
    const used = new Set([...this.subnets.values()].flatMap((s) => [...s.securityLists, s.routeTable]));
    return [...this.rulesOf.keys(), ...this.routes.keys()]
      .filter((id) => id.startsWith("${oci_core_security_list.") || id.startsWith("${oci_core_route_table."))
      .filter((id) => !used.has(id));
  }

  public endpoint(name: string): Endpoint {
    const found = this.endpoints.find((e) => e.name === name);
    if (!found) throw new Error(`no endpoint ${name} (have: ${this.endpoints.map((e) => e.name).join(", ")})`);
    return found;
  }

  /** How a TCP connection from `from` to `to` on `port` gets through, or undefined when OCI drops it. */
  public allows(from: string, to: string, port: number): Via | undefined {
    const source = from === INTERNET ? undefined : this.endpoint(from);
    const target = to === INTERNET || to === ORACLE_SERVICES ? undefined : this.endpoint(to);
    if (!source && !target) return undefined;
    if (source && !this.permits(source, "EGRESS", to, target, port)) return undefined;
    if (target && !this.permits(target, "INGRESS", from, source, port)) return undefined;
    if (source && target) return "vcn";
    // Leaving or entering the VCN: the inside end's subnet must route the outside end to a gateway.
    const inside = (source ?? target)!;
    const via = this.route(inside, target ? INTERNET : to);
    if (!source && via !== "internet-gateway") return undefined; // only an internet gateway takes connections in
    return via;
  }

  /** Every flow the network allows between its endpoints and the places outside, on `ports`. */
  public allFlows(ports: readonly number[]): Flow[] {
    const places = [...this.endpoints.map((e) => e.name), INTERNET, ORACLE_SERVICES];
    const flows: Flow[] = [];
    for (const from of places.filter((p) => p !== ORACLE_SERVICES)) {
      for (const to of places.filter((p) => p !== from)) {
        for (const port of ports) {
          const via = this.allows(from, to, port);
          if (via) flows.push({ from, to, port, via });
        }
      }
    }
    return flows;
  }

  /** Every destination port some rule names, for `allFlows`. */
  public rulePorts(): number[] {
    const ports = new Set<number>();
    for (const rules of this.rulesOf.values()) for (const r of rules) ports.add(r.ports.min).add(r.ports.max);
    return [...ports];
  }

  private permits(
    at: Endpoint,
    direction: Rule["direction"],
    peer: string,
    peerEndpoint: Endpoint | undefined,
    port: number,
  ) {
    const subnet = this.subnets.get(at.subnet)!;
    return [...subnet.securityLists, ...at.nsgs]
      .flatMap((id) => this.rulesOf.get(id) ?? [])
      .some(
        (r) =>
          r.direction === direction &&
          port >= r.ports.min &&
          port <= r.ports.max &&
          this.matches(r, peer, peerEndpoint),
      );
  }

  private matches(rule: Rule, peer: string, peerEndpoint: Endpoint | undefined): boolean {
    if (rule.peerType === "NETWORK_SECURITY_GROUP") return !!peerEndpoint?.nsgs.includes(rule.peer);
    if (rule.peerType === "SERVICE_CIDR_BLOCK") return peer === ORACLE_SERVICES;
    if (rule.peer.startsWith("${")) return !!peerEndpoint?.ip && rule.peer === `${peerEndpoint.ip}/32`;
    if (!parseCidr(rule.peer)) throw new Error(`rule peer ${rule.peer} is neither a CIDR nor a known address`);
    if (peerEndpoint) return cidrContains(rule.peer, this.subnets.get(peerEndpoint.subnet)!.cidr);
    // Outside the VCN: any range that is not the VCN's own covers some internet address or Oracle service.
    return !this.vcnCidrs.some((vcn) => cidrContains(vcn, rule.peer));
  }

  private route(inside: Endpoint, outside: string): Via | undefined {
    const rules = this.routes.get(this.subnets.get(inside.subnet)!.routeTable) ?? [];
    const service = rules.find((r) => r.type === "SERVICE_CIDR_BLOCK");
    const chosen =
      outside === ORACLE_SERVICES && service
        ? service
        : rules.find((r) => r.type === "CIDR_BLOCK" && r.destination === "0.0.0.0/0");
    return chosen && this.gatewayKind.get(chosen.target);
  }
}

function tcpRule(name: string, direction: string, peer: string, peerType: string, r: any): Rule {
  if (r.protocol !== "6") throw new Error(`rule ${name}: protocol ${r.protocol}; the model knows TCP ("6") only`);
  if (r.stateless !== false) throw new Error(`rule ${name} is not stateful; the model needs stateful rules`);
  const range = r.tcp_options?.destination_port_range;
  if (!range) throw new Error(`rule ${name} opens every port`);
  return { direction: direction as Rule["direction"], peer, peerType: peerType as Rule["peerType"], ports: range };
}

function listRule(direction: string, peer: string, peerType: string, r: any): Rule {
  const ports = r.tcp_options && { min: r.tcp_options.min, max: r.tcp_options.max };
  return tcpRule(`in a security list (${r.description})`, direction, peer, peerType ?? "CIDR_BLOCK", {
    ...r,
    tcp_options: ports && { destination_port_range: ports },
  });
}

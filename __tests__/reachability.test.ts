import { Flow, INTERNET, NetworkModel, ORACLE_SERVICES, Via } from "./support/network-model";
import { committedEnvironmentNames, committedStackJson } from "./support/committed-stacks";
import { synthAdoptionExample } from "./support/synth";

/**
 * The flows the system needs, and nothing else, checked on the network model of every environment's stack.
 * `connector:*` stands for every Service Connector the model finds reading a private pool (through its RCE). A
 * connector's function or bucket target, and the gateway's function backends, are reached by OCI's services outside
 * the VCN: they need policies, not network rules (the deploy-order and policy checks cover those).
 */
const NEEDED: readonly { from: string; to: string; ports: number[]; via: Via; why: string }[] = [
  { from: "functions", to: "stream-pool", ports: [443], via: "vcn", why: "produce and consume over the REST API" },
  { from: "connector:*", to: "stream-pool", ports: [443], via: "vcn", why: "a connector reads through its RCE" },
  { from: "bastion", to: "stream-pool", ports: [443, 9092], via: "vcn", why: "port-forwarding sessions: REST, Kafka" },
  { from: INTERNET, to: "api-gateway", ports: [443], via: "internet-gateway", why: "API clients" },
  { from: "api-gateway", to: ORACLE_SERVICES, ports: [443], via: "internet-gateway", why: "the Functions endpoint" },
  { from: "api-gateway", to: INTERNET, ports: [443], via: "internet-gateway", why: "a JWT issuer's JWKS" },
  { from: "functions", to: INTERNET, ports: [443], via: "nat-gateway", why: "the target REST API" },
  { from: "functions", to: ORACLE_SERVICES, ports: [443], via: "service-gateway", why: "Vault, Object Storage, ..." },
];

/** Allowed without being needed, and why nothing narrower can be written. */
const TOLERATED: typeof NEEDED = [
  {
    from: "functions",
    to: "api-gateway",
    ports: [443],
    via: "vcn",
    why: "the API admits network.apiIngressCidrs (default everyone), the functions may reach any HTTPS host, and an NSG rule cannot exclude the VCN",
  },
];

/** Ports every check probes besides those the rules name: remote logins must never be open. */
const PROBE_PORTS = [22, 80, 443, 3389, 9092];

/** The flows of `table`, expanded for the endpoints this stack has (a public pool has no endpoint in the VCN). */
function flowsOf(table: typeof NEEDED, model: NetworkModel): Flow[] {
  const names = [...model.endpoints.map((e) => e.name), INTERNET, ORACLE_SERVICES];
  const expand = (pattern: string) =>
    pattern.endsWith("*")
      ? names.filter((n) => n.startsWith(pattern.slice(0, -1)))
      : names.filter((n) => n === pattern);
  return table.flatMap(({ from, to, ports, via }) =>
    expand(from).flatMap((f) => expand(to).flatMap((t) => ports.map((port) => ({ from: f, to: t, port, via })))),
  );
}

const key = (f: Flow) => `${f.from} -> ${f.to}:${f.port} via ${f.via}`;

/** Every environment's stack, and the adoption example (examples/adopt/main.ts), built from the same constructs. */
const stacks: readonly (readonly [string, () => Record<string, any>])[] = [
  ...committedEnvironmentNames().map((name) => [name, () => committedStackJson(name)] as const),
  ["examples/adopt", () => synthAdoptionExample().json] as const,
];

describe.each(stacks)("reachability of %s", (_name, synthesize) => {
  const json = synthesize();
  const model = new NetworkModel(json);
  const allowed = model
    .allFlows([...new Set([...PROBE_PORTS, ...model.rulePorts()])])
    .map(key)
    .sort();

  test("every flow the system needs is allowed", () => {
    const missing = flowsOf(NEEDED, model)
      .map(key)
      .filter((flow) => !allowed.includes(flow));
    expect(missing).toEqual([]);
  });

  test("nothing else is allowed", () => {
    const expected = [...flowsOf(NEEDED, model), ...flowsOf(TOLERATED, model)].map(key);
    expect(allowed.filter((flow) => !expected.includes(flow))).toEqual([]);
  });

  test("a private pool is read by every Service Connector of the stack, through its RCE", () => {
    const connectors = Object.keys(json.resource.oci_sch_service_connector ?? {});
    const readers = model.endpoints.filter((e) => e.name.startsWith("connector:") && !e.name.endsWith("(target)"));
    const poolIsPrivate = model.endpoints.some((e) => e.name === "stream-pool");
    expect(readers).toHaveLength(poolIsPrivate ? connectors.length : 0);
  });

  test("every NSG has members: an NSG nothing is attached to guards nothing", () => {
    const empty = [...model.nsgMembers].filter(([, members]) => members.length === 0).map(([nsg]) => nsg);
    expect(empty).toEqual([]);
  });

  test("every security list and route table is some subnet's: one attached nowhere does nothing", () => {
    expect(model.unattached()).toEqual([]);
  });
});

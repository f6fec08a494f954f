import { block, blocks, Finding, refersTo, SecurityRule, SynthesizedResource, TerraformBlock } from "./rule";

/** Remote administration ports that must never face the whole internet. */
const ADMIN_PORTS = [22, 3389];
const ANYWHERE = new Set(["0.0.0.0/0", "::/0"]);
const PROTOCOLS_WITH_PORTS: Record<string, string> = { "6": "tcp_options", "17": "udp_options" };

interface PortRange {
  min?: number;
  max?: number;
}

/**
 * The admin ports an ingress rule opens to anywhere. `range` reads the destination port range of the
 * rule's TCP or UDP options (security lists and NSG rules nest it differently); no options or no range
 * means every port, and protocol "all" opens every port of every protocol.
 */
function exposedAdminPorts(rule: TerraformBlock, range: (options: TerraformBlock) => PortRange | undefined): number[] {
  if (!ANYWHERE.has(rule.source) || (rule.source_type ?? "CIDR_BLOCK") !== "CIDR_BLOCK") return [];
  const protocol = String(rule.protocol).toLowerCase();
  if (protocol === "all") return ADMIN_PORTS;
  const optionsKey = PROTOCOLS_WITH_PORTS[protocol];
  if (!optionsKey) return [];
  const options = block(rule[optionsKey]);
  const ports = options ? range(options) : undefined;
  if (!ports || ports.min === undefined || ports.max === undefined) return ADMIN_PORTS;
  return ADMIN_PORTS.filter((port) => port >= ports.min! && port <= ports.max!);
}

function describe(rule: TerraformBlock, ports: number[]): string {
  return `ingress from ${rule.source} (protocol ${JSON.stringify(rule.protocol)}) opens port ${ports.join(" and ")}`;
}

export const noAdminPortsFromInternet: SecurityRule = {
  id: "OCI-NET-ADMIN-PORTS",
  description:
    "No security list or NSG rule opens port 22 or 3389 to 0.0.0.0/0, counting rules without a port range and protocol all.",
  reference: "checkov CKV_OCI_19, CKV_OCI_20, CKV_OCI_22; CIS OCI 2.1-2.4",
  check: (context) => {
    const findings: Finding[] = [];
    const fix = "; allow those ports from a bastion or a narrow CIDR only";
    for (const resource of context.resourcesOf("oci_core_security_list")) {
      blocks(resource.body.ingress_security_rules).forEach((rule, i) => {
        const ports = exposedAdminPorts(rule, (options) => options);
        if (ports.length > 0) {
          findings.push({ resource, message: `ingress_security_rules[${i}]: ${describe(rule, ports)}${fix}` });
        }
      });
    }
    for (const resource of context.resourcesOf("oci_core_network_security_group_security_rule")) {
      if (resource.body.direction !== "INGRESS") continue;
      const ports = exposedAdminPorts(resource.body, (options) => block(options.destination_port_range));
      if (ports.length > 0) findings.push({ resource, message: `${describe(resource.body, ports)}${fix}` });
    }
    return findings;
  },
};

function isFlowLogOf(log: SynthesizedResource, subnet: SynthesizedResource): boolean {
  const source = block(block(log.body.configuration)?.source);
  return log.body.is_enabled !== false && source?.service === "flowlogs" && refersTo(source.resource, subnet);
}

export const subnetFlowLogs: SecurityRule = {
  id: "OCI-NET-FLOW-LOGS",
  description:
    'Every subnet has an enabled oci_logging_log with source service "flowlogs" whose resource is the subnet.',
  reference: "CIS OCI 4.13",
  check: (context) => {
    const logs = context.resourcesOf("oci_logging_log");
    return context
      .resourcesOf("oci_core_subnet")
      .filter((subnet) => !logs.some((log) => isFlowLogOf(log, subnet)))
      .map((resource) => ({
        resource,
        message:
          'subnet has no flow log; add an oci_logging_log with source service "flowlogs" and resource = subnet.id',
      }));
  },
};

export const networkRules = [noAdminPortsFromInternet, subnetFlowLogs];

import { Deployment, Subscriber, UsagePlan } from "../../stand-ins/api-gateway";
import { ReferenceResolver } from "../../local/references";
import { SynthesizedStack } from "./synth";

/**
 * What the API Gateway emulator takes from a synthesized stack: its deployments, usage plans and subscribers, with
 * every reference resolved to the resource's own address (`oci_functions_function.<name>` for a function's OCID), and
 * the address of each function by its display name, so a test can map the OCIDs the gateway invokes to processes.
 */
export function gatewayInputs(synth: SynthesizedStack) {
  const resolver = new ReferenceResolver(synth.json, (address) => ({ id: `${address.type}.${address.name}` }));
  const resolved = <T>(type: string, build: (name: string, body: Record<string, any>) => T): T[] =>
    resolver.resourcesOf(type).map(([name, body]) => build(name, resolver.resolve(body, `${type}.${name}`)));
  const deployments: Deployment[] = resolved("oci_apigateway_deployment", (name, body) => ({
    name,
    id: `oci_apigateway_deployment.${name}`,
    pathPrefix: body.path_prefix,
    specification: body.specification,
  }));
  const usagePlans: UsagePlan[] = resolved("oci_apigateway_usage_plan", (name, body) => ({
    id: `oci_apigateway_usage_plan.${name}`,
    entitlements: body.entitlements,
  }));
  const subscribers: Subscriber[] = resolved("oci_apigateway_subscriber", (name, body) => ({
    name,
    usagePlans: body.usage_plans,
    clients: body.clients,
  }));
  const functionAddress = (displayName: string) => {
    const [key] = Object.entries<any>(synth.json.resource.oci_functions_function).find(
      ([, f]) => f.display_name === displayName,
    )!;
    return `oci_functions_function.${key}`;
  };
  return { deployments, usage: { usagePlans, subscribers }, functionAddress };
}

import { Aspects, TerraformOutput, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { OciProvider } from "../.gen/providers/oci/provider";
import { Environment } from "../config/load";
import { FreeformTagsAspect } from "./freeform-tags-aspect";
import { Network } from "./network";
import { SecurityRulesAspect } from "./security-rules-aspect";
import { configureStateBackend } from "./state-backend";

/**
 * One environment of the event-streaming system: everything one `config/<environment>.json` describes.
 * The stack is named after the environment, so `cdktf deploy <environment>` deploys it.
 */
export class EventStreamingStack extends TerraformStack {
  public readonly network: Network;

  constructor(scope: Construct, env: Environment) {
    super(scope, env.name);
    const { config } = env;
    const namePrefix = `${config.namePrefix}-${env.name}`;

    // Credentials come from the user's OCI configuration (~/.oci/config or OCI_* variables), never from this repository.
    new OciProvider(this, "oci", { region: config.region });
    configureStateBackend(this, config.state, env.name, config.region);

    this.network = new Network(this, "Network", {
      compartmentId: config.compartments.network,
      namePrefix,
      dnsLabel: config.namePrefix,
      vcnCidr: config.network.vcnCidr,
      publicSubnetCidr: config.network.publicSubnetCidr,
      privateSubnetCidr: config.network.privateSubnetCidr,
      apiIngressCidrs: config.network.apiIngressCidrs,
      flowLogRetentionInDays: config.network.flowLogRetentionInDays,
    });

    Aspects.of(this).add(new FreeformTagsAspect(config.tags));
    Aspects.of(this).add(new SecurityRulesAspect({ tenancyId: config.tenancyId }));

    new TerraformOutput(this, "vcn_id", { value: this.network.vcn.id });
    new TerraformOutput(this, "public_subnet_id", { value: this.network.publicSubnet.id });
    new TerraformOutput(this, "private_subnet_id", { value: this.network.privateSubnet.id });
  }
}

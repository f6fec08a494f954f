import { Construct } from "constructs";
import {
  CoreNetworkSecurityGroup,
  CoreNetworkSecurityGroupConfig,
} from "../../.gen/providers/oci/core-network-security-group";

/** A network security group as other constructs take it: the rules their VNICs or endpoints get. */
export interface INetworkSecurityGroup {
  /** OCID of the network security group. */
  readonly nsgId: string;
}

/**
 * A network security group. It is the provider resource itself, not a wrapper, so that it keeps the Terraform address
 * of the group the stack created before it existed (a wrapper would add a path segment, and Terraform would recreate
 * the group and its rules).
 */
export class NetworkSecurityGroup extends CoreNetworkSecurityGroup implements INetworkSecurityGroup {
  /** A network security group made elsewhere, by its OCID. */
  static fromNsgId(nsgId: string): INetworkSecurityGroup {
    return { nsgId };
  }

  public readonly nsgId: string;

  constructor(scope: Construct, id: string, config: CoreNetworkSecurityGroupConfig) {
    super(scope, id, config);
    this.nsgId = this.id;
  }
}

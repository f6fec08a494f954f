import { Construct } from "constructs";
import { CoreSubnet, CoreSubnetConfig } from "../../.gen/providers/oci/core-subnet";

/** A subnet as other constructs take it: where their VNICs or private endpoints go. */
export interface ISubnet {
  /** OCID of the subnet. */
  readonly subnetId: string;
}

/**
 * A VCN subnet. It is the provider resource itself, not a wrapper, so that it keeps the Terraform address of the
 * subnet the stack created before it existed (a wrapper would add a path segment, and Terraform would recreate the
 * subnet and everything attached to it).
 */
export class Subnet extends CoreSubnet implements ISubnet {
  /** A subnet made elsewhere, by its OCID. */
  static fromSubnetId(subnetId: string): ISubnet {
    return { subnetId };
  }

  public readonly subnetId: string;

  constructor(scope: Construct, id: string, config: CoreSubnetConfig) {
    super(scope, id, config);
    this.subnetId = this.id;
  }
}

import { Token } from "cdktf";
import { Construct } from "constructs";
import { BastionBastion } from "../../.gen/providers/oci/bastion-bastion";
import { parseCidr } from "../../config/schema";
import { checkWholeNumber } from "./range-check";

export interface BastionProps {
  /** Compartment of the bastion. */
  readonly compartmentId: string;
  /** Name of the bastion: letters and digits (it cannot change after creation; OCI's exact rule is *unverified*, this is the safe subset). */
  readonly name: string;
  /** Subnet the bastion connects to: the stream pool's, since only that subnet reaches a private pool. */
  readonly targetSubnetId: string;
  /** Networks allowed to connect to the bastion's sessions; never every address. */
  readonly clientCidrBlockAllowList: readonly string[];
  /**
   * How long a session may stay open, 1800 to 10800 seconds.
   * @default 10800
   */
  readonly maxSessionTtlInSeconds?: number;
}

/**
 * A session's lifetime: at most 3 hours (OCI's default and maximum, as the provider's `max_session_ttl_in_seconds` and
 * Bastion guides describe it). *Unverified* in OCI's own pages: the 30-minute minimum, taken from the Console's range.
 */
export const MAX_SESSION_TTL_RANGE = { min: 1800, max: 10800 } as const;

/**
 * An OCI Bastion (the managed service, type `standard`) whose private endpoint sits in the stream pool's subnet, so
 * that a port-forwarding session reaches the pool's private endpoint from inside that subnet, as OCI requires of a
 * private pool's producers and consumers (Streaming API, PrivateEndpointDetails.subnetId). Sessions are opened by the
 * user, time-limited, and only from `clientCidrBlockAllowList` (Bastion Overview:
 * https://docs.oracle.com/en-us/iaas/Content/Bastion/Concepts/bastionoverview.htm).
 */
export class Bastion extends Construct {
  public readonly bastion: BastionBastion;
  public readonly bastionId: string;
  /** The bastion's address in the target subnet: the source of every session's traffic, to admit at the target. */
  public readonly privateEndpointIpAddress: string;

  constructor(scope: Construct, id: string, props: BastionProps) {
    super(scope, id);
    const ttl = props.maxSessionTtlInSeconds ?? MAX_SESSION_TTL_RANGE.max;
    if (!/^[A-Za-z0-9]+$/.test(props.name)) {
      throw new Error(`Bastion ${props.name}: the name must be letters and digits only`);
    }
    if (props.clientCidrBlockAllowList.length === 0) {
      throw new Error(`Bastion ${props.name}: clientCidrBlockAllowList is empty, so nobody could connect`);
    }
    for (const cidr of props.clientCidrBlockAllowList) {
      if (Token.isUnresolved(cidr)) continue;
      const parsed = parseCidr(cidr);
      if (!parsed || parsed[1] === 0) {
        throw new Error(
          `Bastion ${props.name}: clientCidrBlockAllowList must list networks (such as 203.0.113.0/24), not every address. Received ${cidr}`,
        );
      }
    }
    checkWholeNumber(`Bastion ${props.name}`, "maxSessionTtlInSeconds", ttl, MAX_SESSION_TTL_RANGE);

    this.bastion = new BastionBastion(this, "Bastion", {
      bastionType: "standard",
      compartmentId: props.compartmentId,
      name: props.name,
      targetSubnetId: props.targetSubnetId,
      clientCidrBlockAllowList: [...props.clientCidrBlockAllowList],
      maxSessionTtlInSeconds: ttl,
    });
    this.bastionId = this.bastion.id;
    this.privateEndpointIpAddress = this.bastion.privateEndpointIpAddress;
  }
}

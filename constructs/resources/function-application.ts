import { Construct } from "constructs";
import { FunctionsApplication } from "../../.gen/providers/oci/functions-application";
import { ILogGroup } from "./log-group";
import { INetworkSecurityGroup } from "./network-security-group";
import { ServiceLog } from "./service-log";
import { ISubnet } from "./subnet";

export interface FunctionApplicationProps {
  /** Compartment of the application and its functions. */
  readonly compartmentId: string;
  /** Name of the application, unique in its compartment. */
  readonly displayName: string;
  /** The private subnet: functions get no public IP. */
  readonly subnet: ISubnet;
  /** NSGs of the functions' VNICs. */
  readonly networkSecurityGroups: readonly INetworkSecurityGroup[];
  /** Log group of the invocation log. */
  readonly logGroup: ILogGroup;
}

/** A Functions application in a private subnet, its invocation log on. */
export class FunctionApplication extends Construct {
  public readonly application: FunctionsApplication;
  public readonly applicationId: string;
  public readonly compartmentId: string;

  constructor(scope: Construct, id: string, props: FunctionApplicationProps) {
    super(scope, id);
    this.compartmentId = props.compartmentId;
    this.application = new FunctionsApplication(this, "Application", {
      compartmentId: props.compartmentId,
      displayName: props.displayName,
      subnetIds: [props.subnet.subnetId],
      networkSecurityGroupIds: props.networkSecurityGroups.map((nsg) => nsg.nsgId),
      shape: "GENERIC_X86",
    });
    this.applicationId = this.application.id;
    new ServiceLog(this, "InvokeLog", {
      logGroup: props.logGroup,
      displayName: `${props.displayName}-invoke`,
      compartmentId: props.compartmentId,
      service: "functions",
      category: "invoke",
      resource: this.applicationId,
    });
  }
}

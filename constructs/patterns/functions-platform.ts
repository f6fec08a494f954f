import { Construct } from "constructs";
import { DataOciObjectstorageNamespace } from "../../.gen/providers/oci/data-oci-objectstorage-namespace";
import { FunctionName } from "../../config/schema";
import { functionConfig, functionContracts, FunctionConfigValues } from "../../functions/contracts";
import { ContainerFunction } from "../resources/container-function";
import { FunctionApplication } from "../resources/function-application";
import { ILogGroup, LogGroup } from "../resources/log-group";
import { INetworkSecurityGroup } from "../resources/network-security-group";
import { Policies } from "../resources/policies";
import { allow, serviceGrantee } from "../resources/policy-statement";
import { ISubnet } from "../resources/subnet";

export interface FunctionSettings {
  readonly memoryInMbs?: number;
  readonly timeoutInSeconds?: number;
  readonly prebuiltImage?: string;
}

export interface FunctionsPlatformProps {
  /** Prefix of the application's, functions' and repositories' names. */
  readonly namePrefix: string;
  /** Region of the registry the functions are pulled from (`<region>.ocir.io`). */
  readonly region: string;
  /** The tenancy: its namespace names the registry, and the functions' dynamic groups live there. */
  readonly tenancyId: string;
  /** Compartment of the application, its functions and their repositories. */
  readonly compartmentId: string;
  /** Compartment of the VCN the functions attach to. */
  readonly networkCompartmentId: string;
  /** The private subnet the functions attach to. */
  readonly subnet: ISubnet;
  /** NSGs of the functions' VNICs. */
  readonly networkSecurityGroups: readonly INetworkSecurityGroup[];
  /**
   * Log group of the invocation logs, and the default of the patterns built on the platform.
   * @default - a new log group `<namePrefix>-service-logs` in `compartmentId`
   */
  readonly logGroup?: ILogGroup;
  /**
   * Per-function memory, timeout and prebuilt image, from config.
   * @default - every function at its defaults, built from its bundle
   */
  readonly settings?: Partial<Record<FunctionName, FunctionSettings>>;
}

/**
 * What every function of the project stands on: one application in the private subnet, the registry the
 * functions are pulled from, and the service grants OCI Functions needs.
 */
export class FunctionsPlatform extends Construct {
  public readonly application: FunctionApplication;
  /** The tenancy's Object Storage namespace (also its registry namespace). */
  public readonly namespace: string;
  /** Prefix of the platform's names; patterns built on the platform default to it. */
  public readonly namePrefix: string;
  /** Region of the platform; patterns built on the platform default to it. */
  public readonly region: string;
  /** Compartment of the application; patterns built on the platform default to it. */
  public readonly compartmentId: string;
  /** Log group of the invocation logs; patterns built on the platform default to it. */
  public readonly logGroup: ILogGroup;
  private readonly props: FunctionsPlatformProps;

  constructor(scope: Construct, id: string, props: FunctionsPlatformProps) {
    super(scope, id);
    this.props = props;
    this.namePrefix = props.namePrefix;
    this.region = props.region;
    this.compartmentId = props.compartmentId;
    this.logGroup =
      props.logGroup ??
      new LogGroup(this, "Logs", {
        compartmentId: props.compartmentId,
        displayName: `${props.namePrefix}-service-logs`,
        description: "Function invocations, Events rule executions, bucket writes, API and connector logs",
      });
    this.namespace = new DataOciObjectstorageNamespace(this, "Namespace", { compartmentId: props.tenancyId }).namespace;
    this.application = new FunctionApplication(this, "App", {
      compartmentId: props.compartmentId,
      displayName: `${props.namePrefix}-app`,
      subnet: props.subnet,
      networkSecurityGroups: props.networkSecurityGroups,
      logGroup: this.logGroup,
    });
    const faas = serviceGrantee("faas");
    // What the platform itself needs: Functions pulling images, attaching to the VCN.
    const policies = Policies.of(this);
    policies.grant(allow(faas, "read repos", props.compartmentId));
    policies.grant(allow(faas, "use virtual-network-family", props.networkCompartmentId));
  }

  /**
   * A function of the application, sized and imaged from config; its config map is built from `values`, typed by the
   * function's contract (functions/contracts.ts), and checked against that contract at synth.
   */
  addFunction<N extends FunctionName>(name: N, values: FunctionConfigValues<N>): ContainerFunction {
    const settings: FunctionSettings = this.props.settings?.[name] ?? {};
    return new ContainerFunction(this, name, {
      application: this.application,
      functionName: name,
      namePrefix: this.props.namePrefix,
      tenancyId: this.props.tenancyId,
      repositoryCompartmentId: this.props.compartmentId,
      registry: `${this.props.region}.ocir.io`,
      registryNamespace: this.namespace,
      memoryInMbs: settings.memoryInMbs,
      timeoutInSeconds: settings.timeoutInSeconds,
      prebuiltImage: settings.prebuiltImage,
      config: functionConfig(name, values),
      contract: functionContracts[name],
    });
  }
}

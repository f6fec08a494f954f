import { ITerraformDependable, Token } from "cdktf";
import { Construct } from "constructs";
import { ArtifactsContainerRepository } from "../../.gen/providers/oci/artifacts-container-repository";
import { FunctionsFunction } from "../../.gen/providers/oci/functions-function";
import { DynamicGroup } from "./dynamic-group";
import { FunctionApplication } from "./function-application";
import { FunctionImage } from "./function-image";
import { Metric, MetricOptions } from "./metric";
import { Policies } from "./policies";
import { allow, Grantee, PolicyStatement } from "./policy-statement";
import { ConfigSchema, configProblems } from "../../lib/function-config";
import { checkOneOf, checkWholeNumber } from "./range-check";
import { MAX_TIMEOUT_IN_SECONDS, MEMORY_IN_MBS_CHOICES, MIN_TIMEOUT_IN_SECONDS } from "../../lib/functions-limits";

/**
 * "The maximum size for all configuration keys and values is limited to 4KB. This is measured as the sum of octets
 * necessary to represent each key and value in UTF-8" (OCI Functions API, CreateFunctionDetails.config:
 * https://docs.oracle.com/en-us/iaas/tools/typescript/2.3.1/modules/_functions_lib_model_create_function_details_.createfunctiondetails.html).
 */
export const FUNCTION_CONFIG_MAX_BYTES = 4096;

/** A Terraform reference is an OCID (or endpoint) at apply: counted at this size, more than any OCID takes. */
const RESOLVED_REFERENCE_BYTES = 120;

/** Refuses at synth a configuration that OCI would refuse at apply, saying which keys take the room. */
export function checkConfigSize(functionName: string, config: Record<string, string>): void {
  const size = (text: string) => Buffer.byteLength(text.replace(/\$\{[^}]*\}/g, "x".repeat(RESOLVED_REFERENCE_BYTES)));
  const entries = Object.entries(config).map(([key, value]) => [key, size(key) + size(value)] as const);
  const total = entries.reduce((sum, [, bytes]) => sum + bytes, 0);
  if (total > FUNCTION_CONFIG_MAX_BYTES) {
    const largest = [...entries].sort((a, b) => b[1] - a[1]).slice(0, 3);
    throw new Error(
      `function ${functionName}: its configuration takes about ${total} bytes, more than the ${FUNCTION_CONFIG_MAX_BYTES} ` +
        `OCI Functions allows for all keys and values; largest: ${largest.map(([k, b]) => `${k} ${b}`).join(", ")} ` +
        "(shorten target expressions or remove targets)",
    );
  }
}

export interface ContainerFunctionProps {
  /** The application the function belongs to. */
  readonly application: FunctionApplication;
  /** The function's folder name under functions/, e.g. `claim-check`. */
  readonly functionName: string;
  /** Prefix of the function's and its repository's names. */
  readonly namePrefix: string;
  /** The tenancy, where the function's dynamic group lives. */
  readonly tenancyId: string;
  /** Compartment of the function's container repository. */
  readonly repositoryCompartmentId: string;
  /** `<region>.ocir.io` */
  readonly registry: string;
  /** The tenancy's Object Storage namespace, which is also its registry namespace. */
  readonly registryNamespace: string;
  /**
   * Memory in MB, one of 128, 256, 512, 1024, 2048, 3072.
   * @default 256
   */
  readonly memoryInMbs?: number;
  /**
   * Seconds before OCI stops an invocation (5 to 300).
   * @default 30
   */
  readonly timeoutInSeconds?: number;
  /** Function configuration (environment variables): endpoints and OCIDs, never credentials. */
  readonly config: Record<string, string>;
  /**
   * The schema the function parses its configuration with at start: `config` is checked against it at synth (keys
   * it does not read, keys it requires, values it refuses; values known only at apply are skipped).
   * @default - the config is not checked
   */
  readonly contract?: ConfigSchema;
  /**
   * A prebuilt image to run.
   * @default - built from dist/functions/<functionName> at deploy
   */
  readonly prebuiltImage?: string;
}

/** A function as other constructs take it: its identity, an invoke grant and its metrics. */
export interface IFunction extends Grantee {
  /** OCID of the function. */
  readonly functionId: string;
  /** Lets a service (Events, API Gateway, Service Connector) invoke this function; statements go to the stack's policies. */
  grantInvoke(grantee: Grantee): PolicyStatement[];
  /** Invocations that answered with an error (`FunctionResponseCount`, `responseType = "Error"`). */
  metricErrors(options?: MetricOptions): Metric;
  /** Invocations refused because of the concurrency limit (`FunctionResponseCount`, `responseType = "Throttled"`). */
  metricThrottles(options?: MetricOptions): Metric;
  /** Invocations (`FunctionInvocationCount`). */
  metricInvocations(options?: MetricOptions): Metric;
  /** Execution time in milliseconds (`FunctionExecutionDuration`), as a mean by default. */
  metricDuration(options?: MetricOptions): Metric;
}

/** OCI Functions metrics: https://docs.oracle.com/en-us/iaas/Content/Functions/Reference/functionsmetrics.htm */
const FUNCTIONS_NAMESPACE = "oci_faas";

/**
 * A function of the application, with its own private container repository, its content-tagged image,
 * and its own dynamic group: grants name this one function, so each function gets exactly what it uses.
 */
export class ContainerFunction extends Construct implements IFunction {
  public readonly function: FunctionsFunction;
  public readonly functionId: string;
  public readonly repository: ArtifactsContainerRepository;
  public readonly image: FunctionImage;
  public readonly identity: DynamicGroup;
  public readonly policySubject: string;
  public readonly policyConditions: readonly string[] = [];
  public readonly policyDependables: readonly ITerraformDependable[];
  /** Compartment of the function's application: its metrics and invoke grants are there. */
  public readonly compartmentId: string;

  constructor(scope: Construct, id: string, props: ContainerFunctionProps) {
    super(scope, id);
    this.compartmentId = props.application.compartmentId;
    const memoryInMbs = props.memoryInMbs ?? 256;
    const timeoutInSeconds = props.timeoutInSeconds ?? 30;
    checkWholeNumber(props.functionName, "timeoutInSeconds", timeoutInSeconds, {
      min: MIN_TIMEOUT_IN_SECONDS,
      max: MAX_TIMEOUT_IN_SECONDS,
    });
    checkOneOf(props.functionName, "memoryInMbs", memoryInMbs, MEMORY_IN_MBS_CHOICES);
    if (props.contract) {
      const problems = configProblems(props.contract, props.config, (value) => Token.isUnresolved(value));
      if (problems.length > 0) {
        throw new Error(
          `${props.functionName}: its config does not meet the function's contract: ${problems.join("; ")}`,
        );
      }
    }
    const repositoryName = `${props.namePrefix}/${props.functionName}`;
    this.repository = new ArtifactsContainerRepository(this, "Repository", {
      compartmentId: props.repositoryCompartmentId,
      displayName: repositoryName,
      isPublic: false,
      // Tags are content hashes: a tag never needs to point at other content.
      isImmutable: true,
    });
    this.image = new FunctionImage(this, "Image", {
      registry: props.registry,
      namespace: props.registryNamespace,
      repository: this.repository,
      ...(props.prebuiltImage
        ? { prebuiltImage: props.prebuiltImage }
        : { bundleDir: `dist/functions/${props.functionName}` }),
    });
    checkConfigSize(props.functionName, props.config);
    this.function = new FunctionsFunction(this, "Function", {
      applicationId: props.application.applicationId,
      displayName: `${props.namePrefix}-${props.functionName}`,
      image: this.image.imageRef,
      memoryInMbs: String(memoryInMbs),
      timeoutInSeconds,
      config: props.config,
      dependsOn: [this.repository, ...(this.image.buildStep ? [this.image.buildStep] : [])],
    });
    this.functionId = this.function.id;
    this.identity = new DynamicGroup(this, "Identity", {
      tenancyId: props.tenancyId,
      name: `${props.namePrefix}-${props.functionName}`,
      description: `The ${props.functionName} function of ${props.namePrefix}, as a resource principal`,
      matchingRule: `ALL {resource.type = 'fnfunc', resource.id = '${this.functionId}'}`,
    });
    this.policySubject = this.identity.policySubject;
    this.policyDependables = this.identity.policyDependables;
  }

  /**
   * Lets a service invoke this function. Functions support only general policy variables, so the grant cannot name
   * one function: it names the application's compartment ("Supported Variables",
   * https://docs.oracle.com/iaas/Content/Identity/Reference/functionspolicyreference.htm).
   */
  grantInvoke(grantee: Grantee): PolicyStatement[] {
    const policies = Policies.of(this);
    return [
      policies.grant(allow(grantee, "use fn-function", this.compartmentId)),
      policies.grant(allow(grantee, "use fn-invocation", this.compartmentId)),
    ];
  }

  metricErrors(options: MetricOptions = {}): Metric {
    return this.metric("FunctionResponseCount", { responseType: "Error" }, options);
  }

  metricThrottles(options: MetricOptions = {}): Metric {
    return this.metric("FunctionResponseCount", { responseType: "Throttled" }, options);
  }

  metricInvocations(options: MetricOptions = {}): Metric {
    return this.metric("FunctionInvocationCount", {}, options);
  }

  metricDuration(options: MetricOptions = {}): Metric {
    return this.metric("FunctionExecutionDuration", {}, { ...options, statistic: options.statistic ?? "mean" });
  }

  private metric(metricName: string, dimensions: Record<string, string>, options: MetricOptions): Metric {
    return new Metric({
      namespace: FUNCTIONS_NAMESPACE,
      metricName,
      compartmentId: this.compartmentId,
      dimensions: { resourceId: this.functionId, ...dimensions },
      ...options,
    });
  }
}

import { ITerraformDependable, Token } from "cdktf";
import { Construct } from "constructs";
import { ArtifactsContainerRepository } from "../../.gen/providers/oci/artifacts-container-repository";
import { FunctionsFunction } from "../../.gen/providers/oci/functions-function";
import { DynamicGroup } from "./dynamic-group";
import { FunctionApplication } from "./function-application";
import { FunctionImage } from "./function-image";
import { Grantee } from "./policy-statement";
import { ConfigSchema, configProblems } from "../../lib/function-config";
import { MAX_TIMEOUT_IN_SECONDS, MEMORY_IN_MBS_CHOICES, MIN_TIMEOUT_IN_SECONDS } from "../../lib/functions-limits";

export interface ContainerFunctionProps {
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

/**
 * A function of the application, with its own private container repository, its content-tagged image,
 * and its own dynamic group: grants name this one function, so each function gets exactly what it uses.
 */
export class ContainerFunction extends Construct implements Grantee {
  public readonly function: FunctionsFunction;
  public readonly functionId: string;
  public readonly repository: ArtifactsContainerRepository;
  public readonly image: FunctionImage;
  public readonly identity: DynamicGroup;
  public readonly policySubject: string;
  public readonly policyConditions: readonly string[] = [];
  public readonly policyDependables: readonly ITerraformDependable[];

  constructor(scope: Construct, id: string, props: ContainerFunctionProps) {
    super(scope, id);
    const memoryInMbs = props.memoryInMbs ?? 256;
    const timeoutInSeconds = props.timeoutInSeconds ?? 30;
    if (timeoutInSeconds < MIN_TIMEOUT_IN_SECONDS || timeoutInSeconds > MAX_TIMEOUT_IN_SECONDS) {
      throw new Error(
        `${props.functionName}: timeoutInSeconds must be between ${MIN_TIMEOUT_IN_SECONDS} and ${MAX_TIMEOUT_IN_SECONDS}. Received ${timeoutInSeconds}`,
      );
    }
    if (!(MEMORY_IN_MBS_CHOICES as readonly number[]).includes(memoryInMbs)) {
      throw new Error(
        `${props.functionName}: memoryInMbs must be one of ${MEMORY_IN_MBS_CHOICES.join(", ")}. Received ${memoryInMbs}`,
      );
    }
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
}

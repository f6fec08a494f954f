import * as fs from "fs";
import * as path from "path";
import { TerraformResource } from "cdktf";
import { Construct } from "constructs";
import { ArtifactsContainerRepository } from "../../.gen/providers/oci/artifacts-container-repository";
import { requireTerraform } from "./terraform-version";

/** The project root, where `cdktf deploy` finds the build script and bundles. */
const PROJECT_ROOT = path.resolve(__dirname, "..", "..");

export interface FunctionImageProps {
  /** Registry host, `<region>.ocir.io`. */
  readonly registry: string;
  /** The tenancy's registry namespace (its Object Storage namespace). */
  readonly namespace: string;
  /**
   * The repository the image is pushed to. The build refers to it, so Terraform creates it first: with the
   * tenancy's `is_repository_created_on_first_push`, a push to a missing repository creates one, and such
   * repositories "belong to the root compartment" (provider docs, data source oci_artifacts_container_configuration).
   */
  readonly repository: ArtifactsContainerRepository;
  /**
   * The function's built bundle (func.js and Dockerfile), relative to the project root. Its content hash is
   * the image tag, so unchanged code deploys nothing and changed code redeploys exactly that function.
   * @default - none: `prebuiltImage` must be given instead
   */
  readonly bundleDir?: string;
  /**
   * A prebuilt image reference to deploy instead of building one.
   * @default - built from `bundleDir`
   */
  readonly prebuiltImage?: string;
}

/** The tag `npm run build:functions` derived from the bundle's content (scripts/build-functions.ts). */
export function builtImageTag(bundleDir: string): string {
  const tagFile = path.join(path.resolve(PROJECT_ROOT, bundleDir), "image-tag.txt");
  if (!fs.existsSync(tagFile)) {
    throw new Error(
      `FunctionImage: ${path.relative(PROJECT_ROOT, tagFile)} not found. Run \`npm run build:functions\` first.`,
    );
  }
  return fs.readFileSync(tagFile, "utf8").trim();
}

/**
 * `terraform_data` (built into Terraform 1.4+) whose replacement runs the image build: it is replaced, and
 * the provisioner runs, only when the image reference, and so the bundle hash, changes.
 */
class ImageBuildStep extends TerraformResource {
  constructor(
    scope: Construct,
    id: string,
    private readonly image: string,
    bundleDir: string,
  ) {
    super(scope, id, {
      terraformResourceType: "terraform_data",
      provisioners: [
        {
          type: "local-exec",
          // Terraform runs in cdktf.out/stacks/<stack>: the project root is three levels up.
          workingDir: "${path.module}/../../..",
          command: `npx ts-node --transpile-only scripts/push-function-image.ts --bundle ${bundleDir} --image ${image}`,
        },
      ],
    });
    // terraform_data is built into Terraform 1.4.0 and later (Terraform 1.4 changelog; hashicorp/terraform#31757).
    requireTerraform(this, "1.4.0");
  }

  protected synthesizeAttributes(): Record<string, unknown> {
    return { triggers_replace: [this.image] };
  }
}

/** The image a function runs: built and pushed at deploy when its content changed, or a prebuilt reference. */
export class FunctionImage extends Construct {
  public readonly imageRef: string;
  /** The step that pushes the image; the function must be created after it. */
  public readonly buildStep?: TerraformResource;

  constructor(scope: Construct, id: string, props: FunctionImageProps) {
    super(scope, id);
    if (props.prebuiltImage && props.bundleDir) {
      throw new Error("FunctionImage: give either prebuiltImage or bundleDir, not both");
    }
    if (props.prebuiltImage) {
      this.imageRef = props.prebuiltImage;
      return;
    }
    if (!props.bundleDir) throw new Error("FunctionImage: give prebuiltImage or bundleDir");
    this.imageRef = `${props.registry}/${props.namespace}/${props.repository.displayName}:${builtImageTag(props.bundleDir)}`;
    this.buildStep = new ImageBuildStep(this, "Build", this.imageRef, props.bundleDir);
  }
}

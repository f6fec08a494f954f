import { IAspect, TerraformResource } from "cdktf";
import { IConstruct } from "constructs";

/** The part of a generated OCI resource binding that carries freeform tags. */
interface FreeformTaggable {
  freeformTags: Record<string, string>;
  readonly freeformTagsInput?: Record<string, string>;
}

function isTaggable(node: IConstruct): node is TerraformResource & FreeformTaggable {
  return node instanceof TerraformResource && "freeformTagsInput" in node;
}

/**
 * Puts the environment's freeform tags on every resource whose OCI type accepts them. A tag a
 * construct sets itself wins over the environment's tag of the same key.
 */
export class FreeformTagsAspect implements IAspect {
  constructor(private readonly tags: Record<string, string>) {}

  visit(node: IConstruct): void {
    if (isTaggable(node) && Object.keys(this.tags).length > 0) {
      node.freeformTags = { ...this.tags, ...(node.freeformTagsInput ?? {}) };
    }
  }
}

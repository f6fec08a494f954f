import "cdktf/lib/testing/adapters/jest";
import { Aspects, Testing } from "cdktf";
import { IdentityDynamicGroup } from "../.gen/providers/oci/identity-dynamic-group";
import { ObjectstorageBucket } from "../.gen/providers/oci/objectstorage-bucket";
import { ObjectstorageObjectLifecyclePolicy } from "../.gen/providers/oci/objectstorage-object-lifecycle-policy";
import { FreeformTagsAspect } from "../constructs/aspects/freeform-tags-aspect";
import { COMPARTMENT, TENANCY } from "./support/bare-stack";

const TAGS = { project: "evs", environment: "test" };

describe("FreeformTagsAspect", () => {
  // GIVEN a bare stack with a taggable resource that sets one tag itself, one with none, and one OCI cannot tag
  const synthesized = Testing.synthScope((scope) => {
    new ObjectstorageBucket(scope, "Bucket", {
      compartmentId: COMPARTMENT,
      namespace: "ns",
      name: "b",
      freeformTags: { environment: "own" },
    });
    new IdentityDynamicGroup(scope, "Group", {
      compartmentId: TENANCY,
      name: "g",
      description: "d",
      matchingRule: "ALL {resource.type = 'fnfunc'}",
    });
    new ObjectstorageObjectLifecyclePolicy(scope, "Lifecycle", { namespace: "ns", bucket: "b" });
    // WHEN the aspect is applied
    Aspects.of(scope).add(new FreeformTagsAspect(TAGS));
  });

  test("tags every taggable resource, a tag the resource sets itself winning", () => {
    expect(synthesized).toHaveResourceWithProperties(ObjectstorageBucket, {
      freeform_tags: { project: "evs", environment: "own" },
    });
    expect(synthesized).toHaveResourceWithProperties(IdentityDynamicGroup, { freeform_tags: TAGS });
  });

  test("leaves a resource type that takes no tags alone", () => {
    const [lifecycle] = Object.values<any>(JSON.parse(synthesized).resource.oci_objectstorage_object_lifecycle_policy);
    expect(lifecycle.freeform_tags).toBeUndefined();
  });

  test("with no tags configured, writes no empty tag map", () => {
    const untagged = Testing.synthScope((scope) => {
      new IdentityDynamicGroup(scope, "Group", {
        compartmentId: TENANCY,
        name: "g",
        description: "d",
        matchingRule: "x",
      });
      Aspects.of(scope).add(new FreeformTagsAspect({}));
    });
    const [group] = Object.values<any>(JSON.parse(untagged).resource.oci_identity_dynamic_group);
    expect(group.freeform_tags).toBeUndefined();
  });
});

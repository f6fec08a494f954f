import { Testing } from "cdktf";
import { EventStreamingStack } from "../constructs/stack/event-streaming-stack";
import { environments } from "./support/synth";

// A safety net against unintended infrastructure changes; the properties that matter are asserted in the
// other tests. Image tags are content hashes of the function bundles: they change with function code, which
// file-ingestion.test.ts covers, so the snapshot holds a placeholder instead.
describe.each(environments().map((env) => [env.name, env] as const))("%s stack", (_name, env) => {
  test("matches its snapshot", () => {
    const stack = new EventStreamingStack(Testing.app(), env);
    const synthesized = Testing.synth(stack).replace(/(\.ocir\.io\/[^"\s]*:)[0-9a-f]{32}/g, "$1<bundle-hash>");
    expect(synthesized).toMatchSnapshot();
  });
});

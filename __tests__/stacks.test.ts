import { Testing } from "cdktf";
import { EventStreamingStack } from "../constructs/event-streaming-stack";
import { environments } from "./support/synth";

// A safety net against unintended changes; the properties that matter are asserted in the other tests.
describe.each(environments().map((env) => [env.name, env] as const))("%s stack", (_name, env) => {
  test("matches its snapshot", () => {
    const stack = new EventStreamingStack(Testing.app(), env);
    expect(Testing.synth(stack)).toMatchSnapshot();
  });
});

import * as fs from "fs";
import * as path from "path";
import { Testing } from "cdktf";
import { parseConfig } from "../config/load";
import { EventStreamingStack } from "../constructs/stack/event-streaming-stack";
import { CONFIG_DIR, environmentWith, environments } from "./support/synth";
import { Environment } from "../config/load";

// Construct ids must come from what an element is, not where it sits in a list: an id from a position changes the
// Terraform address when the list is reordered, and Terraform destroys and re-creates the resource (an e-mail
// subscription re-created must be confirmed again by its recipient).

/**
 * Every `type.name` address the stack synthesizes, with what Terraform would create there. Lists inside a body are
 * sorted: their order is an in-place update at most, while a body that moves to another address is a re-creation.
 */
function resourcesByAddress(env: Environment): Record<string, string> {
  const json = JSON.parse(Testing.synth(new EventStreamingStack(Testing.app(), env)));
  return Object.fromEntries(
    Object.entries<Record<string, unknown>>(json.resource ?? {}).flatMap(([type, byName]) =>
      Object.entries(byName).map(([name, body]) => [`${type}.${name}`, JSON.stringify(canonical(body))]),
    ),
  );
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value))
    return value.map(canonical).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, canonical(v)]));
  }
  return value;
}

/** The same JSON with every array, at any depth, in reverse order. */
function reverseLists(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseLists).reverse();
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, reverseLists(v)]));
  }
  return value;
}

function reversed(env: Environment): Environment {
  const raw = JSON.parse(fs.readFileSync(path.join(CONFIG_DIR, `${env.name}.json`), "utf8"));
  return { ...env, config: parseConfig(reverseLists(raw), env.file) };
}

/** The example with three values in each list a resource is made per element of. */
const manyValues = environmentWith((raw) => {
  raw.notifications = { emails: ["a@example.com", "b@example.com", "c@example.com"] };
  raw.network = { ...raw.network, apiIngressCidrs: ["192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24"] };
}, "many");

describe.each([...environments(), manyValues].map((env) => [env.name, env] as const))("%s stack", (_name, env) => {
  test("reordering every list in its config keeps every Terraform address", () => {
    const reorderedEnv = env === manyValues ? { ...env, config: reverseLists(env.config) as any } : reversed(env);
    expect(resourcesByAddress(reorderedEnv)).toEqual(resourcesByAddress(env));
  });
});

test("a list that names a value twice is refused, naming the field and the value", () => {
  const env = environmentWith((raw) => {
    raw.network = { ...raw.network, apiIngressCidrs: ["192.0.2.0/24", "192.0.2.0/24"] };
  });
  expect(() => new EventStreamingStack(Testing.app(), env)).toThrow(
    'network.apiIngressCidrs: "192.0.2.0/24" is listed twice; list each value once',
  );
});

import { Plugin } from "esbuild";
import * as fs from "fs";
import * as path from "path";

/**
 * An OCI SDK service package (oci-streaming, oci-monitoring, ...) loads every model of its API from `lib/model/index.js`
 * as soon as its client is loaded: oci-monitoring's 35 models (alarms, suppressions, ...) are 39 KB of a function
 * bundle that only posts metric data, and each is evaluated at every cold start. This plugin gives each such index only
 * the models that the bundle can reach: those named in the bodies of the client methods that the function's own code
 * mentions, those the function's code names itself (`models.CreateGroupCursorDetails`), and, transitively, the
 * models those models name (`model.X.getJsonObj`, also for polymorphic subtypes).
 *
 * `names` is every word of the bundle's own (non-node_modules) sources, code, strings and comments alike, so the
 * selection errs on the side of keeping: a method named anywhere keeps its models. A model left out still has its export, as a
 * getter that throws naming the model and this file, so a call through a computed method name
 * (`client[operation](...)`) fails loudly instead of sending a body serialised without its model. An index of another
 * shape than the generated one (`const X = __importStar(require("./x")); exports.X = X.X;`) is left as it is.
 */
export function pruneSdkModels(names: ReadonlySet<string>): Plugin {
  return {
    name: "prune-sdk-models",
    setup(build) {
      build.onLoad({ filter: /[\\/]node_modules[\\/]oci-[^\\/]+[\\/]lib[\\/]model[\\/]index\.js$/ }, (args) => {
        const pruned = prunedIndex(args.path, names);
        return pruned === undefined ? undefined : { contents: pruned, loader: "js" };
      });
    },
  };
}

const INDEX_ENTRY = /^const (\w+) = __importStar\(require\("\.\/([\w-]+)"\)\);\nexports\.\1 = \1\.\1;$/gm;
const MODEL_REFERENCE = /\bmodel\.(\w+)/g;

function prunedIndex(indexFile: string, names: ReadonlySet<string>): string | undefined {
  const source = fs.readFileSync(indexFile, "utf8");
  const files = new Map([...source.matchAll(INDEX_ENTRY)].map((m) => [m[1], m[2]]));
  if (files.size === 0 || files.size !== (source.match(/require\(/g) ?? []).length) return undefined;

  const packageDir = path.resolve(path.dirname(indexFile), "..", "..");
  const client = fs.readFileSync(path.join(packageDir, "lib", "client.js"), "utf8");
  const keep = new Set([...files.keys()].filter((model) => names.has(model)));
  for (const [method, body] of clientMethods(client)) {
    if (names.has(method)) for (const m of body.matchAll(MODEL_REFERENCE)) keep.add(m[1]);
  }
  const pending = [...keep];
  while (pending.length > 0) {
    const file = files.get(pending.pop()!);
    if (file === undefined) continue;
    const modelSource = fs.readFileSync(path.join(path.dirname(indexFile), `${file}.js`), "utf8");
    for (const m of modelSource.matchAll(MODEL_REFERENCE)) {
      if (!keep.has(m[1])) {
        keep.add(m[1]);
        pending.push(m[1]);
      }
    }
  }

  const packageName = path.basename(packageDir);
  const lines = ['"use strict";', 'Object.defineProperty(exports, "__esModule", { value: true });'];
  for (const [model, file] of files) {
    if (keep.has(model)) {
      lines.push(`exports.${model} = require("./${file}").${model};`);
    } else {
      const reason = `${packageName} model ${model} was left out of this bundle by scripts/prune-sdk-models.ts: no client method the function's code names uses it`;
      lines.push(
        `Object.defineProperty(exports, "${model}", { get() { throw new Error(${JSON.stringify(reason)}); } });`,
      );
    }
  }
  return lines.join("\n") + "\n";
}

/** The methods of the generated client classes (4-space indented, closed by `    }`), by name. */
function clientMethods(client: string): [string, string][] {
  return [...client.matchAll(/^ {4}(\w+)\([^)]*\) \{\n([\s\S]*?)^ {4}\}$/gm)].map((m) => [m[1], m[2]]);
}

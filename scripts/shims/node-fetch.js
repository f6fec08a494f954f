// Bundled in place of node-fetch 2 (see build-functions.ts): the Node 22 runtime's own fetch, under node-fetch's
// CommonJS shape (the function itself, also as `.default`, with its classes). Everything is looked up at use, not at
// load: Node loads its fetch implementation (undici) the first time `globalThis.fetch` or its classes are touched,
// which at module load would add that to every cold start, also of functions that never call out before their first
// invocation.
function fetch(input, init) {
  return globalThis.fetch(input, init);
}
module.exports = fetch;
module.exports.default = fetch;
for (const name of ["Headers", "Request", "Response"]) {
  Object.defineProperty(module.exports, name, { enumerable: true, get: () => globalThis[name] });
}

"use strict";
/**
 * Preloaded (NODE_OPTIONS=--require) into the function processes a test run starts, never into a deployed function:
 * compiles the bundle with a V8 code cache kept in FN_CODE_CACHE_DIR, so the run's ~100 processes do not each compile
 * the same bundle from scratch. The cache is written by the first process of a bundle once it has run for a while, so
 * it holds the functions its calls compiled too (the handler is loaded lazily, at the first call): measured on the
 * process bundle, start and three calls took a median 197 ms of CPU with it against 254 ms without; a cache taken
 * right after compiling saved ~10 ms. Plain JavaScript, as it runs before any transform could.
 *
 * Only the main module (the bundle) goes through it. It is evaluated as Node's CommonJS loader would evaluate it (the
 * same wrapper arguments, `this` the module's exports, `require` the module's own); the bundles use no import(), which
 * a vm.Script without importModuleDynamically would refuse loudly (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING).
 * V8 takes a cache only from its own version, flags and CPU features, and checks the source by its length alone
 * (`SerializedCodeData::SourceHash` and `SanityCheck`, deps/v8/src/snapshot/code-serializer.cc in Node's source), so
 * the file's name carries the bundle's digest. A cache V8 rejects (`cachedDataRejected`,
 * https://nodejs.org/docs/latest-v20.x/api/vm.html#new-vmscriptcode-options) costs a normal compile and is written
 * anew.
 */
const crypto = require("crypto");
const fs = require("fs");
const Module = require("module");
const path = require("path");
const vm = require("vm");

/** Long enough for the first call to have loaded the handler; the timer does not keep the process alive. */
const WRITE_AFTER_MS = Number(process.env.FN_CODE_CACHE_WRITE_AFTER_MS) || 1_000;

const cacheDir = process.env.FN_CODE_CACHE_DIR;
const main = process.argv[1] && path.resolve(process.argv[1]);
const compile = Module.prototype._compile;

Module.prototype._compile = function compileWithCache(content, filename) {
  if (!cacheDir || filename !== main) return compile.call(this, content, filename);
  const digest = crypto.createHash("sha256").update(content).digest("hex").slice(0, 32);
  const cacheFile = path.join(cacheDir, `${path.basename(path.dirname(filename))}-${digest}-${process.version}.bin`);
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    // None yet: this process writes it.
  }
  const script = new vm.Script(Module.wrap(content), { filename, cachedData });
  if (!cachedData || script.cachedDataRejected) {
    setTimeout(() => {
      // Written aside and renamed, so that a process starting meanwhile reads a whole file or none.
      const partial = `${cacheFile}.${process.pid}`;
      fs.writeFileSync(partial, script.createCachedData());
      fs.renameSync(partial, cacheFile);
    }, WRITE_AFTER_MS).unref();
  }
  const module = this;
  const require = (id) => module.require(id);
  require.resolve = (request, options) => Module._resolveFilename(request, module, false, options);
  require.main = process.mainModule;
  require.cache = Module._cache;
  return script
    .runInThisContext({ displayErrors: true })
    .call(module.exports, module.exports, require, module, filename, path.dirname(filename));
};

// cdktf records a full stack trace (no depth limit) for every token it creates, by Error.captureStackTrace on a plain
// object; jest's source-map-support maps each of those frames, which was a quarter of the suite's CPU time (measured
// with --cpu-prof). Real errors, thrown or failed assertions, are still source-mapped; these captures keep V8's frames.
// Installed before any test loads cdktf: its module creates tokens as it loads (tfExpression.js), whose captures were
// otherwise mapped through every frame of jest's require chain, reading the inline source maps of cdktf's files
// (~30 ms of CPU per test file, measured with --cpu-prof).
const mapStackTrace = Error.prepareStackTrace;
if (mapStackTrace) {
  Error.prepareStackTrace = (error, frames) =>
    Object.prototype.toString.call(error) === "[object Error]"
      ? mapStackTrace(error, frames)
      : [String(error), ...frames.map((frame) => `    at ${frame}`)].join("\n");
}

// Adds cdktf's matchers (toHaveResource, toHaveResourceWithProperties, ...) to jest's expect: what
// `Testing.setupJest()` runs, from its own module (15 modules, against cdktf's 378 and ~100 ms of CPU in each test file's
// registry; a third of the files, functions, stand-ins and CLIs, never load the rest). cdktf is pinned, and a test
// file that does load it shares this instance.
require("cdktf/lib/testing/adapters/jest").setupJest();

// cdktf records a full stack trace (no depth limit) for every token it creates, by Error.captureStackTrace on a plain
// object; jest's source-map-support maps each of those frames, which was a quarter of the suite's CPU time (measured
// with --cpu-prof). Real errors, thrown or failed assertions, are still source-mapped; these captures keep V8's frames.
// Installed before cdktf is loaded: its module creates tokens as it loads (tfExpression.js), whose captures were
// otherwise mapped through every frame of jest's require chain, reading the inline source maps of cdktf's files
// (~30 ms of CPU per test file, measured with --cpu-prof).
const mapStackTrace = Error.prepareStackTrace;
if (mapStackTrace) {
  Error.prepareStackTrace = (error, frames) =>
    Object.prototype.toString.call(error) === "[object Error]"
      ? mapStackTrace(error, frames)
      : [String(error), ...frames.map((frame) => `    at ${frame}`)].join("\n");
}

// Adds cdktf's matchers (toHaveResource, toHaveResourceWithProperties, ...) to jest's expect.
const cdktf = require("cdktf");
cdktf.Testing.setupJest();

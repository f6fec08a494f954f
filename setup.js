/* global expect */
// cdktf's matchers (toHaveResource, toHaveResourceWithProperties, ...) on jest's expect. Loading cdktf is left to the
// first use of one of them: half of the test files (functions, stand-ins, CLIs) never synthesize, and each file has its
// own module registry, so an eager `Testing.setupJest()` loaded cdktf once per file for nothing.
const CDKTF_MATCHERS = [
  "toHaveResource",
  "toHaveResourceWithProperties",
  "toHaveDataSource",
  "toHaveDataSourceWithProperties",
  "toHaveProvider",
  "toHaveProviderWithProperties",
  "toBeValidTerraform",
  "toPlanSuccessfully",
];
let cdktfMatchers;
/** The matchers cdktf's own setupJest() registers, captured as it registers them (replacing these stand-ins). */
function loadCdktfMatchers() {
  if (!cdktfMatchers) {
    const extend = expect.extend;
    expect.extend = (matchers) => {
      cdktfMatchers = matchers;
      extend.call(expect, matchers);
    };
    try {
      require("cdktf").Testing.setupJest();
    } finally {
      expect.extend = extend;
    }
  }
  return cdktfMatchers;
}
expect.extend(
  Object.fromEntries(
    CDKTF_MATCHERS.map((name) => [
      name,
      function (...args) {
        return loadCdktfMatchers()[name].apply(this, args);
      },
    ]),
  ),
);

// cdktf records a full stack trace (no depth limit) for every token it creates, by Error.captureStackTrace on a plain
// object; jest's source-map-support maps each of those frames, which was a quarter of the suite's CPU time (measured
// with --cpu-prof). Real errors, thrown or failed assertions, are still source-mapped; these captures keep V8's frames.
const mapStackTrace = Error.prepareStackTrace;
if (mapStackTrace) {
  Error.prepareStackTrace = (error, frames) =>
    Object.prototype.toString.call(error) === "[object Error]"
      ? mapStackTrace(error, frames)
      : [String(error), ...frames.map((frame) => `    at ${frame}`)].join("\n");
}

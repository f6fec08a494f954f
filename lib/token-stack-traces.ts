/**
 * cdktf records a full stack trace (no depth limit) for every token it creates, by Error.captureStackTrace on a plain
 * object; a source-map-support hook (jest's, or @swc-node/register's under `cdktf synth`) maps every frame of each,
 * reading inline source maps: a quarter of the test suite's CPU and a third of a synth's (measured with --cpu-prof).
 * After this, real errors (thrown, or failed assertions) are still source-mapped; those captures keep V8's frames.
 * Call it before cdktf loads: its modules create tokens as they load.
 */
function mapOnlyRealErrorStacks(): void {
  const mapStackTrace = Error.prepareStackTrace;
  if (!mapStackTrace) return;
  Error.prepareStackTrace = (error, frames) =>
    Object.prototype.toString.call(error) === "[object Error]"
      ? mapStackTrace(error, frames)
      : [String(error), ...frames.map((frame) => `    at ${frame}`)].join("\n");
}

mapOnlyRealErrorStacks();

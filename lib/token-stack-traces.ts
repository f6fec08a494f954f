/**
 * cdktf records a full stack trace (no depth limit) for every token it creates, by Error.captureStackTrace on a plain
 * object; a source-map-support hook (jest's, or @swc-node/register's under `cdktf synth`) maps every frame of each,
 * reading inline source maps: a quarter of the test suite's CPU and a third of a synth's (measured with --cpu-prof).
 * After this, real errors (thrown, or failed assertions) are still source-mapped; token captures keep V8's unmapped
 * frames, and only the first CAPTURED_FRAMES: cdktf prints them only under a token that fails to resolve ("Object
 * creation stack"), and the first frames reach from cdktf's token to the construct code that made it. Formatting all
 * of jest's deep stacks cost ~9 % of a synth's CPU (340 → 310 ms for the three committed stacks).
 * Call it before cdktf loads: its modules create tokens as they load.
 */
export const CAPTURED_FRAMES = 16;

function mapOnlyRealErrorStacks(): void {
  const mapStackTrace = Error.prepareStackTrace;
  if (!mapStackTrace) return;
  Error.prepareStackTrace = (error, frames) =>
    Object.prototype.toString.call(error) === "[object Error]"
      ? mapStackTrace(error, frames)
      : [String(error), ...frames.slice(0, CAPTURED_FRAMES).map((frame) => `    at ${frame}`)].join("\n");
}

mapOnlyRealErrorStacks();

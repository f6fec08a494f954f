import * as fs from "fs";
import * as path from "path";
import { ImmutableStreamSettings } from "../resources/stream";

/**
 * Stream settings from the stack's previous synth output (`<outdir>/stacks/<stack>/cdk.tf.json`), by stream
 * name: what `cdktf diff`/`deploy` last compared against. Empty when there is no previous output.
 */
export function previousStreamSettings(outdir: string, stackName: string): Map<string, ImmutableStreamSettings> {
  const file = path.join(outdir, "stacks", stackName, "cdk.tf.json");
  const settings = new Map<string, ImmutableStreamSettings>();
  if (!fs.existsSync(file)) return settings;
  const previous = JSON.parse(fs.readFileSync(file, "utf8"));
  for (const stream of Object.values<Record<string, unknown>>(previous.resource?.oci_streaming_stream ?? {})) {
    if (typeof stream.name === "string" && typeof stream.partitions === "number") {
      settings.set(stream.name, {
        partitions: stream.partitions,
        retentionInHours: typeof stream.retention_in_hours === "number" ? stream.retention_in_hours : 24,
      });
    }
  }
  return settings;
}

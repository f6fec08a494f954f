/**
 * OCI Streaming's limits on a stream's settings, written once for the config schema and the Stream construct
 * ("Limits on Streaming Resources",
 * https://docs.oracle.com/iaas/Content/Streaming/Concepts/streamingoverview_topic-Limits_on_Streaming_Resources.htm).
 */

/** "The minimum retention period is 24 hours"; "the maximum retention period ... is seven days". */
export const MIN_RETENTION_HOURS = 24;
export const MAX_RETENTION_HOURS = 168;

/** "Each partition can support a total data write rate of 1 MB per second." */
export const PARTITION_WRITE_MB_PER_SECOND = 1;

/**
 * Our guard on partitions per stream, not an OCI limit: OCI documents none per stream, only a tenancy's default of
 * 15 partitions in all (Monthly Universal Credits; 1 for Pay-as-You-Go). 10 lets one typo'd stream fail at synth
 * rather than exhaust that shared limit at deploy; raise it (config streaming.maxPartitionsPerStream) after raising
 * the tenancy's limit.
 */
export const DEFAULT_MAX_PARTITIONS_PER_STREAM = 10;

/** Partitions needed to absorb a peak write rate. */
export function partitionsForThroughput(peakWriteMbPerSecond: number): number {
  if (!(peakWriteMbPerSecond > 0)) {
    throw new Error(`peakWriteMbPerSecond must be greater than 0. Received ${peakWriteMbPerSecond}`);
  }
  return Math.ceil(peakWriteMbPerSecond / PARTITION_WRITE_MB_PER_SECOND);
}

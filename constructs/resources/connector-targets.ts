import { SchServiceConnectorTarget } from "../../.gen/providers/oci/sch-service-connector";
import { CONNECTOR_BATCH_LIMITS } from "../../config/schema";
import { IBucket } from "./bucket";
import { IFunction } from "./container-function";
import { Grantee, PolicyStatement } from "./policy-statement";
import { checkWholeNumber } from "./range-check";

/** The connector as a target binds to it: who it is in policies and a name for error messages. */
export interface ConnectorBinding extends Grantee {
  /** The connector's construct path, for error messages. */
  readonly path: string;
}

/** What binding a target gives the connector: the provider's target block and the grants delivery needs. */
export interface ConnectorTargetConfig {
  readonly target: SchServiceConnectorTarget;
  /** Statements added to the stack's policies for the connector; it waits for the policies that hold them. */
  readonly grants: readonly PolicyStatement[];
}

/**
 * Where a Service Connector delivers, as `bind()` in aws-lambda-event-sources: binding grants the connector what the
 * target needs, checks the target's settings and returns the provider's target block.
 */
export interface IConnectorTarget {
  bind(connector: ConnectorBinding): ConnectorTargetConfig;
}

/**
 * Batching of a function target. OCI takes one size limit, in kilobytes or in messages ("Only one size option can be
 * specified: batchSizeInKbs or batchSizeInNum": SDK model FunctionsTargetDetails). OCI documents no ranges for these
 * fields: the ranges are ours (config/schema.ts CONNECTOR_BATCH_LIMITS).
 */
export interface FunctionBatching {
  /**
   * Batch size limit in kilobytes; give this or `batchSizeInNum`, not both.
   * @default - no size limit in kilobytes
   */
  readonly batchSizeInKbs?: number;
  /**
   * Batch size limit in messages; give this or `batchSizeInKbs`, not both.
   * @default - no size limit in messages
   */
  readonly batchSizeInNum?: number;
  /**
   * Seconds the connector waits to fill a batch.
   * @default - OCI's default
   */
  readonly batchTimeInSec?: number;
}

/** Delivers batches to a function: the connector gets `use fn-function` and `use fn-invocation` for it. */
export class FunctionTarget implements IConnectorTarget {
  constructor(
    private readonly fn: IFunction,
    private readonly batching: FunctionBatching = {},
  ) {}

  bind(connector: ConnectorBinding): ConnectorTargetConfig {
    const { batchSizeInKbs, batchSizeInNum, batchTimeInSec } = this.batching;
    const where = `ServiceConnector ${connector.path}`;
    for (const [field, value] of Object.entries({ batchSizeInKbs, batchSizeInNum, batchTimeInSec })) {
      checkWholeNumber(where, field, value, CONNECTOR_BATCH_LIMITS[field as keyof FunctionBatching]);
    }
    if (batchSizeInKbs !== undefined && batchSizeInNum !== undefined) {
      throw new Error(
        `${where}: give batchSizeInKbs (${batchSizeInKbs}) or batchSizeInNum (${batchSizeInNum}), not both: ` +
          "OCI takes only one batch size (SDK model FunctionsTargetDetails)",
      );
    }
    return {
      target: { kind: "functions", functionId: this.fn.functionId, batchSizeInKbs, batchSizeInNum, batchTimeInSec },
      grants: this.fn.grantInvoke(connector),
    };
  }
}

/** How a bucket target writes objects. OCI documents no ranges for the rollover fields (SDK ObjectStorageTargetDetails). */
export interface BucketTargetOptions {
  /**
   * Prefix of the object names the connector writes.
   * @default - no prefix
   */
  readonly objectNamePrefix?: string;
  /**
   * Megabytes after which the connector starts a new object.
   * @default - OCI's default
   */
  readonly batchRolloverSizeInMbs?: number;
  /**
   * Milliseconds after which the connector starts a new object.
   * @default - OCI's default
   */
  readonly batchRolloverTimeInMs?: number;
}

/** Writes batches as objects into a bucket: the connector gets `manage objects` on that bucket only. */
export class BucketTarget implements IConnectorTarget {
  constructor(
    private readonly bucket: IBucket,
    private readonly options: BucketTargetOptions = {},
  ) {}

  bind(connector: ConnectorBinding): ConnectorTargetConfig {
    const where = `ServiceConnector ${connector.path}`;
    const { objectNamePrefix, batchRolloverSizeInMbs, batchRolloverTimeInMs } = this.options;
    // No documented upper bound: refuse only what no rollover can mean (zero, negative, fractional).
    const anyPositive = { min: 1, max: Number.MAX_SAFE_INTEGER };
    checkWholeNumber(where, "batchRolloverSizeInMbs", batchRolloverSizeInMbs, anyPositive);
    checkWholeNumber(where, "batchRolloverTimeInMs", batchRolloverTimeInMs, anyPositive);
    return {
      target: {
        kind: "objectStorage",
        bucket: this.bucket.bucketName,
        namespace: this.bucket.namespace,
        objectNamePrefix,
        batchRolloverSizeInMbs,
        batchRolloverTimeInMs,
      },
      grants: [this.bucket.grantConnectorWrite(connector)],
    };
  }
}

import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { FnProcess } from "./fn-harness";
import { functionBundle } from "../scripts/build-functions";
import { MonitoringStandIn } from "./monitoring";
import { NotificationsStandIn } from "./notifications";
import { SecretsStandIn } from "./secrets";
import { resourcePrincipalEnv } from "./signing";
import { StreamingStandIn, toWireMessage } from "./streaming";
import { TargetServer } from "./target-server";
import type { TargetSettings } from "../lib/data-sync/targets";
import { ConfigOverrides, ContractedFunction, functionConfig, FunctionConfigValues } from "../functions/contracts";

export type DataSyncFunction = Exclude<ContractedFunction, "claim-check">;

export const TARGET_CREDENTIAL = "target-credential-7f3a";

/** The name of the one target every environment has, on `env.target`. */
export const TARGET_NAME = "api";

/**
 * The retry function's pace between GetMessages here, and the Streaming stand-in's limit to match (with a margin), ten
 * times OCI's 5 per second: tests of logic need not wait 200 ms per read. The stand-in still answers 429 above it, and
 * one test in retry-function.test.ts runs OCI's own pace against OCI's own limit.
 */
export const TEST_GET_INTERVAL_MS = 20;
const TEST_GETS_PER_SECOND = 60;
/** The token of API client `shop`, a producer that may send to the `api` target. */
export const API_TOKEN = "api-token-91c2";
/** The token of API client `ops`, an operator. */
export const OPERATOR_TOKEN = "operator-token-3d7e";

/**
 * Everything the data-sync functions talk to, on 127.0.0.1: Streaming (data, recoverable and unrecoverable streams),
 * Secrets (target credential, API token), Notifications (a topic) and a target REST API; and the functions
 * themselves, as built bundles under the Fn harness, configured as constructs/patterns/data-sync.ts configures them.
 */
export class DataSyncEnv {
  readonly streaming = new StreamingStandIn({ getMessagesPerSecond: TEST_GETS_PER_SECOND });
  readonly secrets = new SecretsStandIn();
  readonly notifications = new NotificationsStandIn();
  readonly monitoring = new MonitoringStandIn();
  readonly metricsCompartmentId = "ocid1.compartment.oc1..metrics";
  readonly target = new TargetServer();
  readonly dataStreamId: string;
  readonly recoverableStreamId: string;
  readonly unrecoverableStreamId: string;
  readonly credentialSecretId = "ocid1.vaultsecret.oc1.iad.targetcredential";
  readonly apiTokenSecretId = "ocid1.vaultsecret.oc1.iad.apitoken";
  readonly operatorTokenSecretId = "ocid1.vaultsecret.oc1.iad.operatortoken";
  readonly topicId: string;
  private readonly functions: FnProcess[] = [];
  /** More target servers the functions trust (each has its own self-signed certificate). */
  private readonly trusted: TargetServer[] = [];
  private caBundleDir?: string;

  private constructor() {
    this.dataStreamId = this.streaming.createStream({ partitions: 2 });
    this.recoverableStreamId = this.streaming.createStream({ partitions: 1 });
    this.unrecoverableStreamId = this.streaming.createStream({ partitions: 1 });
    this.topicId = this.notifications.createTopic();
    this.provision();
  }

  private provision(): void {
    this.secrets.putSecret(this.credentialSecretId, TARGET_CREDENTIAL);
    this.secrets.putSecret(this.apiTokenSecretId, API_TOKEN);
    this.secrets.putSecret(this.operatorTokenSecretId, OPERATOR_TOKEN);
  }

  /**
   * Empties every stand-in and the target (streams come back empty under the same OCIDs, with no groups; faults,
   * logs and published notices are gone) and stops the functions started since `keep`, so a suite can share its
   * function processes across tests.
   */
  async reset(keep: FnProcess[]): Promise<void> {
    const extra = this.functions.filter((fn) => !keep.includes(fn));
    await Promise.all(extra.map((fn) => fn.stop()));
    this.functions.splice(0, this.functions.length, ...keep);
    for (const standIn of [this.streaming, this.secrets, this.notifications, this.monitoring]) standIn.reset();
    this.target.reset();
    this.streaming.createStream({ partitions: 2, streamId: this.dataStreamId });
    this.streaming.createStream({ partitions: 1, streamId: this.recoverableStreamId });
    this.streaming.createStream({ partitions: 1, streamId: this.unrecoverableStreamId });
    this.notifications.createTopic(this.topicId);
    this.provision();
  }

  static async start(): Promise<DataSyncEnv> {
    const env = new DataSyncEnv();
    await Promise.all([
      env.streaming.start(),
      env.secrets.start(),
      env.notifications.start(),
      env.monitoring.start(),
      env.target.start(),
    ]);
    return env;
  }

  /** The function's configuration, as the infrastructure sets it, plus the test endpoints. */
  config<N extends DataSyncFunction>(name: N): FunctionConfigValues<N> {
    return this.configs()[name];
  }

  private configs(): { [N in DataSyncFunction]: FunctionConfigValues<N> } {
    const delivery: FunctionConfigValues<"process"> = {
      STREAM_MESSAGES_ENDPOINT: this.streaming.endpoint,
      RECOVERABLE_STREAM_ID: this.recoverableStreamId,
      UNRECOVERABLE_STREAM_ID: this.unrecoverableStreamId,
      NOTIFICATION_TOPIC_ID: this.topicId,
      TARGETS: JSON.stringify(this.targets()),
      MAX_CONCURRENCY: 4,
      SECRETS_ENDPOINT: this.secrets.endpoint,
      NOTIFICATIONS_ENDPOINT: this.notifications.endpoint,
      METRICS_NAMESPACE: "event_streaming",
      METRICS_COMPARTMENT_ID: this.metricsCompartmentId,
      METRICS_DEPLOYMENT: "evs-test",
      MONITORING_ENDPOINT: this.monitoring.endpoint,
    };
    return {
      populate: {
        STREAM_ID: this.dataStreamId,
        STREAM_MESSAGES_ENDPOINT: this.streaming.endpoint,
        TARGET_NAMES: Object.keys(this.targets()).join(","),
      },
      process: delivery,
      // Back-off off (base 0): tests of replay logic retry at once; retry-backoff.test.ts turns it on.
      retry: {
        ...delivery,
        MAX_ATTEMPTS: 3,
        GET_MESSAGES_INTERVAL_MS: TEST_GET_INTERVAL_MS,
        RETRY_BACKOFF_BASE_SECONDS: 0,
      },
      authorizer: { CLIENTS: JSON.stringify(this.authorizerClients()), SECRETS_ENDPOINT: this.secrets.endpoint },
    };
  }

  /**
   * The TARGETS configuration, as constructs/patterns/data-sync.ts writes it: one target, `api`, on the stand-in target
   * with a bearer credential, plus `extra` targets (settings as in lib/data-sync/targets.ts, defaults filled in).
   */
  targets(
    extra: Record<string, Partial<TargetSettings> & Pick<TargetSettings, "baseUrl" | "auth" | "secretId">> = {},
    api: Partial<TargetSettings> = {},
  ): Record<string, TargetSettings> {
    const defaults = { timeoutMs: 10_000, concurrency: 8, statusMapping: {}, enabled: true };
    const all: Record<string, TargetSettings> = {
      [TARGET_NAME]: {
        ...defaults,
        baseUrl: this.target.origin,
        auth: { type: "bearer" },
        secretId: this.credentialSecretId,
        ...api,
      },
    };
    for (const [name, settings] of Object.entries(extra)) all[name] = { ...defaults, ...settings };
    return all;
  }

  /** The authorizer's CLIENTS, as constructs/patterns/data-sync.ts writes them: `shop` (producer) and `ops` (operator). */
  authorizerClients(extra: Record<string, { secretId: string; scope: string[]; usagePlanToken: string }> = {}) {
    return {
      shop: { secretId: this.apiTokenSecretId, scope: ["produce"], usagePlanToken: "evs-test-shop" },
      ops: { secretId: this.operatorTokenSecretId, scope: ["produce", "operator"], usagePlanToken: "evs-test-ops" },
      ...extra,
    };
  }

  /**
   * Starts a function's bundle; it trusts the target's certificate, as it would a public CA's. An override of
   * `undefined` leaves that key unset, so the function uses its default.
   */
  async start<N extends DataSyncFunction>(name: N, overrides: ConfigOverrides<N> = {}): Promise<FnProcess> {
    const fn = await FnProcess.start({
      bundle: functionBundle(name),
      env: { ...resourcePrincipalEnv(), NODE_EXTRA_CA_CERTS: this.caBundle() },
      config: functionConfig(name, { ...this.config(name), ...overrides }),
    });
    this.functions.push(fn);
    return fn;
  }

  /** Makes functions started from now on trust these target servers too, beside `target`. */
  trust(...servers: TargetServer[]): void {
    this.trusted.push(...servers);
  }

  /** One PEM file with the certificates of every trusted target server (NODE_EXTRA_CA_CERTS takes one file). */
  private caBundle(): string {
    if (this.trusted.length === 0) return this.target.caFile;
    this.caBundleDir ??= fs.mkdtempSync(path.join(os.tmpdir(), "target-cas-"));
    const file = path.join(this.caBundleDir, `cas-${this.trusted.length}.pem`);
    const pems = [this.target, ...this.trusted].map((server) => fs.readFileSync(server.caFile, "utf8"));
    fs.writeFileSync(file, pems.join("\n"));
    return file;
  }

  /** A message value: POST the id to the target. */
  targetCall(id: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
    return { target: TARGET_NAME, method: "POST", path: `/items/${id}`, payload: { id }, ...overrides };
  }

  /** Appends values to the data stream and returns them as the Service Connector would deliver them. */
  connectorBatch(values: (Record<string, unknown> | string)[], key?: string): Record<string, unknown>[] {
    const stored = this.streaming.append(
      this.dataStreamId,
      values.map((v) => ({ key, value: typeof v === "string" ? v : JSON.stringify(v) })),
    );
    return stored.map((m) => asWireMessage(this.dataStreamId, m));
  }

  /** The error records on a stream, parsed. */
  records(streamId: string): any[] {
    return this.streaming.messages(streamId).map((m) => JSON.parse(m.value.toString()));
  }

  async close(): Promise<void> {
    await Promise.all(this.functions.map((fn) => fn.stop()));
    await Promise.all([
      this.streaming.close(),
      this.secrets.close(),
      this.notifications.close(),
      this.monitoring.close(),
      this.target.close(),
    ]);
    if (this.caBundleDir) fs.rmSync(this.caBundleDir, { recursive: true, force: true });
  }
}

/** Connector batches carry messages exactly as GetMessages returns them. */
export const asWireMessage = toWireMessage;

/** The id a target request carries in its path (`/items/<id>`). */
export function itemId(path: string): string {
  return path.split("/").pop() ?? "";
}

import { FnProcess } from "./fn-harness";
import { functionBundle } from "../scripts/build-functions";
import { NotificationsStandIn } from "./notifications";
import { SecretsStandIn } from "./secrets";
import { resourcePrincipalEnv } from "./signing";
import { StreamingStandIn, toWireMessage } from "./streaming";
import { TargetServer } from "./target-server";
import { ConfigOverrides, ContractedFunction, functionConfig, FunctionConfigValues } from "../functions/contracts";

export type DataSyncFunction = Exclude<ContractedFunction, "claim-check">;

export const TARGET_CREDENTIAL = "target-credential-7f3a";

/**
 * The retry function's pace between GetMessages here, and the Streaming stand-in's limit to match (with a margin), ten
 * times OCI's 5 per second: tests of logic need not wait 200 ms per read. The stand-in still answers 429 above it, and
 * one test in retry-function.test.ts runs OCI's own pace against OCI's own limit.
 */
export const TEST_GET_INTERVAL_MS = 20;
const TEST_GETS_PER_SECOND = 60;
export const API_TOKEN = "api-token-91c2";

/**
 * Everything the data-sync functions talk to, on 127.0.0.1: Streaming (data, recoverable and unrecoverable streams),
 * Secrets (target credential, API token), Notifications (a topic) and a target REST API; and the functions
 * themselves, as built bundles under the Fn harness, configured as constructs/patterns/data-sync.ts configures them.
 */
export class DataSyncEnv {
  readonly streaming = new StreamingStandIn({ getMessagesPerSecond: TEST_GETS_PER_SECOND });
  readonly secrets = new SecretsStandIn();
  readonly notifications = new NotificationsStandIn();
  readonly target = new TargetServer();
  readonly dataStreamId: string;
  readonly recoverableStreamId: string;
  readonly unrecoverableStreamId: string;
  readonly credentialSecretId = "ocid1.vaultsecret.oc1.iad.targetcredential";
  readonly apiTokenSecretId = "ocid1.vaultsecret.oc1.iad.apitoken";
  readonly topicId: string;
  private readonly functions: FnProcess[] = [];

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
    for (const standIn of [this.streaming, this.secrets, this.notifications]) standIn.reset();
    this.target.reset();
    this.streaming.createStream({ partitions: 2, streamId: this.dataStreamId });
    this.streaming.createStream({ partitions: 1, streamId: this.recoverableStreamId });
    this.streaming.createStream({ partitions: 1, streamId: this.unrecoverableStreamId });
    this.notifications.createTopic(this.topicId);
    this.provision();
  }

  static async start(): Promise<DataSyncEnv> {
    const env = new DataSyncEnv();
    await Promise.all([env.streaming.start(), env.secrets.start(), env.notifications.start(), env.target.start()]);
    return env;
  }

  /** The function's configuration, as the infrastructure sets it, plus the test endpoints. */
  config<N extends DataSyncFunction>(name: N): FunctionConfigValues<N> {
    return this.configs()[name];
  }

  private configs(): { [N in DataSyncFunction]: FunctionConfigValues<N> } {
    const allowedHosts = "api.example.com,127.0.0.1";
    const delivery: FunctionConfigValues<"process"> = {
      STREAM_MESSAGES_ENDPOINT: this.streaming.endpoint,
      RECOVERABLE_STREAM_ID: this.recoverableStreamId,
      UNRECOVERABLE_STREAM_ID: this.unrecoverableStreamId,
      CREDENTIAL_SECRET_ID: this.credentialSecretId,
      NOTIFICATION_TOPIC_ID: this.topicId,
      ALLOWED_TARGET_HOSTS: allowedHosts,
      MAX_CONCURRENCY: 4,
      SECRETS_ENDPOINT: this.secrets.endpoint,
      NOTIFICATIONS_ENDPOINT: this.notifications.endpoint,
    };
    return {
      populate: {
        STREAM_ID: this.dataStreamId,
        STREAM_MESSAGES_ENDPOINT: this.streaming.endpoint,
        ALLOWED_TARGET_HOSTS: allowedHosts,
      },
      process: delivery,
      retry: { ...delivery, MAX_ATTEMPTS: 3, GET_MESSAGES_INTERVAL_MS: TEST_GET_INTERVAL_MS },
      authorizer: { API_TOKEN_SECRET_ID: this.apiTokenSecretId, SECRETS_ENDPOINT: this.secrets.endpoint },
    };
  }

  /**
   * Starts a function's bundle; it trusts the target's certificate, as it would a public CA's. An override of
   * `undefined` leaves that key unset, so the function uses its default.
   */
  async start<N extends DataSyncFunction>(name: N, overrides: ConfigOverrides<N> = {}): Promise<FnProcess> {
    const fn = await FnProcess.start({
      bundle: functionBundle(name),
      env: { ...resourcePrincipalEnv(), NODE_EXTRA_CA_CERTS: this.target.caFile },
      config: functionConfig(name, { ...this.config(name), ...overrides }),
    });
    this.functions.push(fn);
    return fn;
  }

  /** A message value: POST the id to the target. */
  targetCall(id: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
    return { method: "POST", url: `${this.target.origin}/items/${id}`, payload: { id }, ...overrides };
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
    await Promise.all([this.streaming.close(), this.secrets.close(), this.notifications.close(), this.target.close()]);
  }
}

/** Connector batches carry messages exactly as GetMessages returns them. */
export const asWireMessage = toWireMessage;

/** The id a target request carries in its path (`/items/<id>`). */
export function itemId(path: string): string {
  return path.split("/").pop() ?? "";
}

import { createHash, randomBytes } from "crypto";
import * as fs from "fs";
import * as path from "path";
import { ApiGatewayEmulator, Deployment, Subscriber, UsagePlan } from "../stand-ins/api-gateway";
import { EventAction, EventRule, EventsEmulator } from "../stand-ins/events";
import { FunctionDefinition, FunctionsService } from "../stand-ins/functions-service";
import { MonitoringStandIn } from "../stand-ins/monitoring";
import { ResourceSchedulerEmulator } from "../stand-ins/resource-scheduler";
import { NotificationsStandIn } from "../stand-ins/notifications";
import { ObjectStorageStandIn } from "../stand-ins/object-storage";
import { SecretsStandIn } from "../stand-ins/secrets";
import { ConnectorDefinition, ConnectorEmulator } from "../stand-ins/service-connector";
import { resourcePrincipalEnv, writeOciConfig } from "../stand-ins/signing";
import { PARTITION_WRITE_BYTES_PER_SECOND, StreamingStandIn } from "../stand-ins/streaming";
import { EchoTarget } from "./echo-target";
import { LocalInputError } from "./errors";
import { LocalJwtIssuer } from "./jwt-issuer";
import { Address, ReferenceResolver } from "./references";

/**
 * The system a synthesized stack describes, on loopback, from its `cdk.tf.json` alone: every resource type below
 * gets its local stand-in, every reference in the stack resolves to those stand-ins (references.ts), and nothing
 * here knows which streams, functions, routes or rules the stack has.
 */

export interface LocalSystemOptions {
  /** The parsed `cdktf.out/stacks/<env>/cdk.tf.json`. */
  readonly json: Record<string, any>;
  readonly environment: string;
  /** The built bundle of a function, from its image tag; throws when none matches (a stale synth). */
  readonly bundleFor: (imageTag: string, where: string) => string;
  /** Folder for logs, the OCI config file, outputs.json and state.json. */
  readonly stateDir: string;
  /** The API gateway's port. @default 0 (any free port) */
  readonly gatewayPort?: number;
  /** A target REST API base URL; every call to a non-loopback host goes there. @default the built-in target */
  readonly targetUrl?: string;
  /** Multiplies connector batch and retry times (tests and benchmarks). @default 1 */
  readonly timeScale?: number;
  /** Values of secrets whose content is set outside Terraform, by secret_name. @default generated */
  readonly secretValues?: Readonly<Record<string, string>>;
  /** Containers per function at most. @default 2 */
  readonly maxContainers?: number;
  /** Only resolve and check everything (stand-ins up, no function, gateway, connector or rule started). */
  readonly planOnly?: boolean;
}

export interface LocalStream {
  readonly address: string;
  readonly name: string;
  readonly id: string;
  readonly partitions: number;
}

export interface ApiRoute {
  readonly path: string;
  readonly methods: readonly string[];
  /** Display name of the function behind it, and the target names its config lists (`*TARGET_NAMES`), if any. */
  readonly functionName?: string;
  readonly targetNames: readonly string[];
}

export interface LocalApi {
  readonly address: string;
  /** The deployment's base URL, e.g. http://127.0.0.1:8080/v1. */
  readonly url: string;
  /** The secrets its authorizer function reads (client tokens), in the order its config names them. */
  readonly authorizerSecrets: readonly string[];
  /** For JWT authentication with a JWKS URI: a token the local issuer signed, with the routes' scopes. */
  readonly jwt?: { readonly token: string; readonly issuer: string; readonly scopes: readonly string[] };
  readonly routes: readonly ApiRoute[];
}

export interface LocalSecret {
  readonly address: string;
  readonly name: string;
  readonly id: string;
  /** Whether its value is set outside Terraform (generated here, until set with `npm run local -- secret`). */
  readonly setOutsideTerraform: boolean;
}

const PLACEHOLDER_NAMESPACE = "local";

/** The OCID kind of each resource type that has a local stand-in. */
const OCID_KIND: Record<string, string> = {
  oci_streaming_stream: "stream",
  oci_streaming_stream_pool: "streampool",
  oci_vault_secret: "vaultsecret",
  oci_ons_notification_topic: "onstopic",
  oci_objectstorage_bucket: "bucket",
  oci_functions_function: "fnfunc",
  oci_functions_application: "fnapp",
  oci_apigateway_gateway: "apigateway",
  oci_apigateway_deployment: "apideployment",
  oci_apigateway_usage_plan: "apiusageplan",
  oci_apigateway_subscriber: "apisubscriber",
  oci_sch_service_connector: "serviceconnector",
  oci_events_rule: "eventrule",
};

export class LocalSystem {
  readonly streaming = new StreamingStandIn({
    getMessagesPerSecond: 5,
    writeBytesPerSecond: PARTITION_WRITE_BYTES_PER_SECOND,
  });
  readonly objectStorage = new ObjectStorageStandIn();
  readonly secrets = new SecretsStandIn();
  readonly notifications = new NotificationsStandIn();
  /** Metric ingestion (PostMetricData), so the functions' custom metrics stay local instead of reaching the target. */
  readonly monitoring = new MonitoringStandIn();
  functions!: FunctionsService;
  readonly target?: EchoTarget;
  readonly streams: LocalStream[] = [];
  readonly secretList: LocalSecret[] = [];
  /** `watched`: some Events rule's condition names the bucket (its uploads lead somewhere). */
  readonly buckets: { address: string; namespace: string; name: string; objectEvents: boolean; watched: boolean }[] =
    [];
  readonly connectors = new Map<string, ConnectorEmulator>();
  /** Resource Scheduler schedules, by display name: they invoke their functions on their cron cadence. */
  readonly schedules = new Map<string, ResourceSchedulerEmulator>();
  gateway?: ApiGatewayEmulator;
  events?: EventsEmulator;
  /** The API's base URL per deployment, e.g. http://127.0.0.1:8080/v1. */
  readonly apis: LocalApi[] = [];
  readonly configFile: string;
  readonly logDir: string;
  /** Milliseconds from start() to ready. */
  startupMs = 0;
  private readonly resolver: ReferenceResolver;
  private readonly logs = new Map<string, fs.WriteStream>();
  private readonly secretValues = new Map<string, string>();

  private constructor(private readonly options: LocalSystemOptions) {
    this.logDir = path.join(options.stateDir, "logs");
    fs.mkdirSync(this.logDir, { recursive: true });
    const ociDir = path.join(options.stateDir, "oci");
    fs.mkdirSync(ociDir, { recursive: true });
    this.configFile = writeOciConfig({ dir: ociDir });
    if (!options.targetUrl) this.target = new EchoTarget((line) => this.log("target", line));
    this.resolver = new ReferenceResolver(options.json, (address, body) => this.localAttributes(address, body));
  }

  /**
   * Resolves and checks everything the stack asks of the local system (every reference, bundle, route, connector and
   * rule), without starting a function: throws what `start` would refuse.
   */
  static async check(options: Omit<LocalSystemOptions, "planOnly">): Promise<void> {
    const system = await LocalSystem.start({ ...options, planOnly: true });
    await system.stop();
  }

  static async start(options: LocalSystemOptions): Promise<LocalSystem> {
    const started = performance.now();
    const system = new LocalSystem(options);
    try {
      await system.startAll();
    } catch (err) {
      await system.stop();
      throw err;
    }
    system.startupMs = performance.now() - started;
    return system;
  }

  private async startAll(): Promise<void> {
    await Promise.all([
      this.streaming.start(),
      this.objectStorage.start(),
      this.secrets.start(),
      this.notifications.start(),
      this.monitoring.start(),
      this.target?.start(),
    ]);
    this.notifications.onPublished((m) =>
      this.log("notifications", { ...m, publishedAt: m.publishedAt.toISOString() }),
    );

    // Every resource that has a stand-in exists locally, referenced or not.
    for (const type of Object.keys(OCID_KIND)) {
      for (const [name] of this.resolver.resourcesOf(type)) this.resolver.local({ mode: "resource", type, name });
    }

    this.functions = new FunctionsService({
      env: this.functionEnv(),
      logDir: this.logDir,
      maxContainers: this.options.maxContainers,
      appName: this.options.environment,
    });
    // Everything is resolved before anything starts, so a reference or bundle that is wrong is refused at once.
    const definitions = this.resolver
      .resourcesOf("oci_functions_function")
      .map(([name, body]) => this.functionDefinition(name, body));
    const connectors = this.connectorDefinitions();
    const rules = this.ruleDefinitions();
    const schedules = this.scheduleDefinitions();
    // The gateway next: a port in use is refused before any function starts.
    await this.startGateway(!this.options.planOnly);
    if (this.options.planOnly) return;
    await Promise.all(definitions.map((definition) => this.functions.deploy(definition)));
    this.startConnectors(connectors);
    this.startEvents(rules);
    for (const schedule of schedules) this.schedules.set(schedule.definition.name, schedule.start());
    this.writeState();
  }

  /** The local value of a secret (generated, or set since). */
  secretValue(secretId: string): string | undefined {
    return this.secretValues.get(secretId);
  }

  /** Sets a secret's value, as `oci vault secret update-base64` would (a new current version). */
  setSecret(secretId: string, value: string): void {
    this.secrets.putSecret(secretId, value);
    this.secretValues.set(secretId, value);
  }

  /** A resource's local attributes by its Terraform address (`oci_streaming_stream.X`). */
  attributes(address: string): Record<string, unknown> {
    const [type, name] = address.split(".");
    return this.resolver.local({ mode: "resource", type, name }) ?? {};
  }

  /** The OCID of the function with this display_name. */
  functionId(displayName: string): string {
    const entry = this.resolver
      .resourcesOf("oci_functions_function")
      .find(([, body]) => body.display_name === displayName);
    if (!entry) throw new Error(`the stack has no function named ${displayName}`);
    return String(this.attributes(`oci_functions_function.${entry[0]}`).id);
  }

  /** The stack's outputs with local values; those no stand-in can give are left out. */
  outputs(): Record<string, unknown> {
    const outputs: Record<string, unknown> = {};
    for (const [name, output] of Object.entries<any>(this.options.json.output ?? {})) {
      try {
        outputs[name] = this.resolver.resolve(output.value, `output.${name}`);
      } catch {
        // Network, vault and key outputs have no local stand-in: not needed to use the system.
      }
    }
    return outputs;
  }

  async stop(): Promise<void> {
    await Promise.all([...this.schedules.values()].map((s) => s.stop()));
    await Promise.all([...this.connectors.values()].map((c) => c.stop()));
    await this.events?.idle();
    await this.gateway?.close();
    await this.functions?.close();
    await Promise.all([
      this.streaming.close(),
      this.objectStorage.close(),
      this.secrets.close(),
      this.notifications.close(),
      this.monitoring.close(),
      this.target?.close(),
    ]);
    await Promise.all([...this.logs.values()].map((log) => new Promise((resolve) => log.end(resolve))));
  }

  /** Appends a JSON line to `<logDir>/<name>.log`. */
  log(name: string, entry: Record<string, unknown>): void {
    let stream = this.logs.get(name);
    if (!stream) {
      stream = fs.createWriteStream(path.join(this.logDir, `${name}.log`), { flags: "a" });
      this.logs.set(name, stream);
    }
    stream.write(JSON.stringify({ time: new Date().toISOString(), ...entry }) + "\n");
  }

  private ocid(type: string, name: string): string {
    const hash = createHash("sha256").update(`${this.options.environment}/${type}/${name}`).digest("hex").slice(0, 32);
    return `ocid1.${OCID_KIND[type]}.oc1.iad.local${hash}`;
  }

  /** What each resource type's stand-in computes: ids, endpoints. Creating the attributes creates the resource. */
  private localAttributes(address: Address, body: Record<string, any>): Record<string, unknown> | undefined {
    const where = `${address.type}.${address.name}`;
    if (address.mode === "data") {
      return address.type === "oci_objectstorage_namespace" ? { namespace: PLACEHOLDER_NAMESPACE } : undefined;
    }
    if (!(address.type in OCID_KIND)) return undefined;
    const id = this.ocid(address.type, address.name);
    switch (address.type) {
      case "oci_streaming_stream": {
        const partitions = Number(this.resolver.resolve(body.partitions ?? 1, `${where}.partitions`));
        this.streaming.createStream({ partitions, streamId: id });
        const name = String(this.resolver.resolve(body.name, `${where}.name`));
        this.streams.push({ address: where, name, id, partitions });
        return { id, messages_endpoint: this.streaming.endpoint };
      }
      case "oci_streaming_stream_pool":
        return { id, endpoint_fqdn: "127.0.0.1" };
      case "oci_vault_secret": {
        const name = String(this.resolver.resolve(body.secret_name, `${where}.secret_name`));
        const setOutside = (body.lifecycle?.ignore_changes ?? []).includes("secret_content");
        const value =
          this.options.secretValues?.[name] ??
          (setOutside
            ? randomBytes(18).toString("base64url")
            : Buffer.from(String(body.secret_content?.content ?? ""), "base64").toString("utf8"));
        this.setSecret(id, value);
        this.secretList.push({ address: where, name, id, setOutsideTerraform: setOutside });
        return { id };
      }
      case "oci_ons_notification_topic":
        this.notifications.createTopic(id);
        return { id, topic_id: id };
      case "oci_objectstorage_bucket": {
        const namespace = String(this.resolver.resolve(body.namespace, `${where}.namespace`));
        const name = String(this.resolver.resolve(body.name, `${where}.name`));
        const objectEvents = body.object_events_enabled === true;
        this.objectStorage.createBucket(namespace, name, { objectEvents });
        this.buckets.push({ address: where, namespace, name, objectEvents, watched: false });
        return { id, bucket_id: id };
      }
      case "oci_apigateway_gateway":
        return { id, hostname: this.gateway ? new URL(this.gateway.origin).host : "127.0.0.1" };
      default:
        return { id };
    }
  }

  /** What the platform gives every function container besides its config: identity and the region's endpoints. */
  private functionEnv(): Record<string, string> {
    return {
      ...resourcePrincipalEnv(),
      OBJECT_STORAGE_ENDPOINT: this.objectStorage.endpoint,
      SECRETS_ENDPOINT: this.secrets.endpoint,
      NOTIFICATIONS_ENDPOINT: this.notifications.endpoint,
      MONITORING_ENDPOINT: this.monitoring.endpoint,
      NODE_OPTIONS: `--require ${path.join(__dirname, "fn-preload.js")}`,
      LOCAL_TARGET_ORIGIN: this.options.targetUrl ?? this.target!.origin,
      ...(this.target ? { LOCAL_TARGET_CA: this.target.caFile } : {}),
    };
  }

  private functionDefinition(name: string, body: Record<string, any>): FunctionDefinition {
    const where = `oci_functions_function.${name}`;
    const image = String(this.resolver.resolve(body.image ?? "", `${where}.image`));
    const tag = image.slice(image.lastIndexOf(":") + 1);
    const bundle = this.options.bundleFor(tag, `${where} (${body.display_name})`);
    const config = this.resolver.resolve<Record<string, unknown>>(body.config ?? {}, `${where} config`);
    return {
      id: String(this.attributes(where).id),
      name: String(body.display_name ?? name),
      bundle,
      config: Object.fromEntries(Object.entries(config).map(([k, v]) => [k, String(v)])),
      timeoutSeconds: Number(body.timeout_in_seconds ?? 30),
      memoryInMbs: body.memory_in_mbs === undefined ? undefined : Number(body.memory_in_mbs),
    };
  }

  private async startGateway(listen: boolean): Promise<void> {
    const deployments: Deployment[] = this.resolver.resourcesOf("oci_apigateway_deployment").map(([name, body]) => ({
      name,
      id: String(this.attributes(`oci_apigateway_deployment.${name}`).id),
      pathPrefix: String(this.resolver.resolve(body.path_prefix, `oci_apigateway_deployment.${name}.path_prefix`)),
      specification: this.resolver.resolve(body.specification, `oci_apigateway_deployment.${name}.specification`),
    }));
    if (deployments.length === 0) return;
    const usagePlans: UsagePlan[] = this.resolver.resourcesOf("oci_apigateway_usage_plan").map(([name, body]) => ({
      id: String(this.attributes(`oci_apigateway_usage_plan.${name}`).id),
      entitlements: this.resolver.resolve(body.entitlements, `oci_apigateway_usage_plan.${name}.entitlements`),
    }));
    const subscribers: Subscriber[] = this.resolver.resourcesOf("oci_apigateway_subscriber").map(([name, body]) => ({
      name,
      usagePlans: [this.resolver.resolve(body.usage_plans ?? [], `oci_apigateway_subscriber.${name}.usage_plans`)]
        .flat()
        .map(String),
      clients: this.resolver.resolve(body.clients, `oci_apigateway_subscriber.${name}.clients`),
    }));
    // Every JWKS URI the stack names (a real identity provider's) is answered by the local issuer.
    const issuer = deployments.some((d) => remoteJwksAuthentication(d.specification))
      ? new LocalJwtIssuer()
      : undefined;
    this.gateway = new ApiGatewayEmulator(
      deployments,
      (functionId, body, gateway) => this.functions.invoke(functionId, body, gateway ? { gateway } : {}),
      issuer && (async () => issuer.jwks()),
      { usagePlans, subscribers },
    );
    if (!listen) return;
    try {
      await this.gateway.start(this.options.gatewayPort ?? 0);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "EADDRINUSE") {
        throw new LocalInputError(
          `port ${this.options.gatewayPort} is in use: pass --port <another port> (or 0 for any)`,
        );
      }
      throw err;
    }
    for (const deployment of deployments) {
      const spec = deployment.specification;
      const authentication = [spec.request_policies].flat()[0]?.authentication;
      const authorizer = [authentication].flat()[0]?.function_id;
      const routes: Record<string, any>[] = [spec.routes].flat();
      const jwt = remoteJwksAuthentication(spec);
      const described = routes.map((route) => this.describeRoute(route));
      this.apis.push({
        address: `oci_apigateway_deployment.${deployment.name}`,
        url: `${this.gateway.origin}${deployment.pathPrefix}`,
        authorizerSecrets: authorizer ? this.secretsReadBy(authorizer) : [],
        ...(jwt && issuer ? { jwt: localToken(issuer, jwt, routes, this.producerClaims(routes, described)) } : {}),
        routes: described,
      });
    }
  }

  /** The function resource a route's backend calls, if any. */
  private functionBehind(route: Record<string, any>): [string, Record<string, any>] | undefined {
    const functionId = [route.backend].flat()[0]?.function_id;
    return this.resolver
      .resourcesOf("oci_functions_function")
      .find(([name]) => this.attributes(`oci_functions_function.${name}`).id === functionId);
  }

  /**
   * Claim values of the API clients that may send to the first target a route's function names, so the ready
   * message's token works for its sample call: the populate function's CLIENT_CLAIMS (claim value -> client) and
   * CLIENTS (client -> allowed targets), as constructs/patterns/data-sync.ts writes them.
   */
  private producerClaims(routes: Record<string, any>[], described: readonly ApiRoute[]): string[] {
    return routes.flatMap((route, i) => {
      const config: Record<string, string> = this.functionBehind(route)?.[1].config ?? {};
      const target = described[i].targetNames[0];
      if (!target || !config.CLIENT_CLAIMS || !config.CLIENTS) return [];
      const allowed: Record<string, string[]> = JSON.parse(config.CLIENTS);
      return Object.entries<string>(JSON.parse(config.CLIENT_CLAIMS))
        .filter(([, client]) => allowed[client]?.includes(target))
        .map(([claimValue]) => claimValue);
    });
  }

  /** A route for the ready message: its function, and any target name list in that function's config (for a sample call). */
  private describeRoute(route: Record<string, any>): ApiRoute {
    const fn = this.functionBehind(route);
    const nameLists = Object.entries<string>(fn?.[1].config ?? {})
      .filter(([key, value]) => /TARGET_NAMES$/.test(key) && !String(value).includes("${"))
      .flatMap(([, value]) => String(value).split(","));
    return {
      path: route.path,
      methods: route.methods ?? ["ANY"],
      functionName: fn?.[1].display_name,
      targetNames: nameLists.map((h) => h.trim()).filter(Boolean),
    };
  }

  /** The secrets a function's config names (by OCID, as a whole value or inside one, such as a JSON map), in order. */
  private secretsReadBy(functionId: string): string[] {
    const fn = this.resolver
      .resourcesOf("oci_functions_function")
      .find(([name]) => this.attributes(`oci_functions_function.${name}`).id === functionId);
    if (!fn) return [];
    const config = this.resolver.resolve<Record<string, unknown>>(fn[1].config ?? {}, "config");
    return Object.values(config)
      .map(String)
      .flatMap((value) =>
        this.secretList
          .filter((s) => value.includes(s.id))
          .sort((a, b) => value.indexOf(a.id) - value.indexOf(b.id))
          .map((s) => s.id),
      );
  }

  /** The connectors, built (so a setting that is not emulated is refused) but not started. */
  private connectorDefinitions(): ConnectorEmulator[] {
    return this.resolver
      .resourcesOf("oci_sch_service_connector")
      .filter(([, body]) => body.state !== "INACTIVE")
      .map(([name, body]) => {
        const where = `oci_sch_service_connector.${name}`;
        const source = [this.resolver.resolve(body.source, `${where}.source`)].flat()[0];
        const definition: ConnectorDefinition = {
          name: String(body.display_name ?? name),
          id: String(this.attributes(where).id),
          streamName: this.streams.find((s) => s.id === source?.stream_id)?.name,
          source,
          target: [this.resolver.resolve(body.target, `${where}.target`)].flat()[0],
        };
        return new ConnectorEmulator(definition, {
          streaming: this.streaming,
          objectStorage: this.objectStorage,
          invoke: (functionId, batch) => this.functions.invoke(functionId, batch),
          timeScale: this.options.timeScale,
          log: (entry) => this.log("connectors", entry),
        });
      });
  }

  /** The schedules, built (so a recurrence that is not emulated is refused) but not started. */
  private scheduleDefinitions(): ResourceSchedulerEmulator[] {
    return this.resolver.resourcesOf("oci_resource_scheduler_schedule").map(([name, body]) => {
      const where = `oci_resource_scheduler_schedule.${name}`;
      const resources = this.resolver.resolve<{ id: string }[]>(body.resources ?? [], `${where}.resources`);
      return new ResourceSchedulerEmulator(
        {
          name: String(body.display_name ?? name),
          recurrenceType: String(body.recurrence_type),
          recurrenceDetails: String(body.recurrence_details),
          functionIds: resources.map((r) => r.id),
          state: body.state,
        },
        {
          invoke: (functionId, payload) => this.functions.invoke(functionId, payload),
          timeScale: this.options.timeScale,
          log: (entry) => this.log("schedules", entry),
        },
      );
    });
  }

  private startConnectors(connectors: ConnectorEmulator[]): void {
    for (const connector of connectors) this.connectors.set(connector.name, connector.start());
  }

  private ruleDefinitions(): EventRule[] {
    return this.resolver.resourcesOf("oci_events_rule").map(([name, body]) => {
      const where = `oci_events_rule.${name}`;
      const resolved = this.resolver.resolve(body, where);
      const actions = [resolved.actions].flat()[0]?.action ?? [];
      return {
        name,
        condition: String(resolved.condition ?? "{}"),
        isEnabled: resolved.is_enabled !== false,
        compartmentId: String(resolved.compartment_id),
        actions: [actions].flat().map((action: Record<string, any>): EventAction => {
          if (action.action_type !== "FAAS") {
            throw new LocalInputError(`${where}: action type ${action.action_type} is not emulated (only FAAS)`);
          }
          return {
            actionType: action.action_type,
            isEnabled: action.is_enabled !== false,
            deliver: async (event) => {
              const reply = await this.functions.invoke(action.function_id, JSON.stringify(event));
              this.log("events", {
                rule: name,
                eventID: event.eventID,
                status: reply.status,
                httpStatus: reply.httpStatus,
              });
              if (reply.status !== 200) throw new Error(`function answered ${reply.status}`);
            },
          };
        }),
      };
    });
  }

  private startEvents(rules: EventRule[]): void {
    for (const bucket of this.buckets) {
      bucket.watched = bucket.objectEvents && rules.some((rule) => rule.condition.includes(`"${bucket.name}"`));
    }
    if (rules.length === 0) return;
    const events = new EventsEmulator(rules);
    this.events = events;
    const compartmentOf = new Map(
      this.resolver
        .resourcesOf("oci_objectstorage_bucket")
        .map(([name, body]) => [
          `${this.resolver.resolve(body.namespace, name)}/${this.resolver.resolve(body.name, name)}`,
          String(body.compartment_id),
        ]),
    );
    this.objectStorage.onObjectEvent((write) =>
      events.objectWritten(write, compartmentOf.get(`${write.namespace}/${write.bucket}`) ?? ""),
    );
  }

  /** What the local commands (`secret`, `upload`, `target`) and the stream CLI need, in the state folder. */
  private writeState(): void {
    fs.writeFileSync(
      path.join(this.options.stateDir, "outputs.json"),
      JSON.stringify({ [this.options.environment]: this.outputs() }, null, 2) + "\n",
    );
    fs.writeFileSync(
      path.join(this.options.stateDir, "state.json"),
      JSON.stringify(
        {
          pid: process.pid,
          configFile: this.configFile,
          objectStorageEndpoint: this.objectStorage.endpoint,
          secretsEndpoint: this.secrets.endpoint,
          streamingEndpoint: this.streaming.endpoint,
          buckets: this.buckets,
          secrets: this.secretList,
          streams: this.streams,
          apis: this.apis,
        },
        null,
        2,
      ) + "\n",
    );
  }
}

/** A deployment's JWT_AUTHENTICATION whose keys come from a JWKS URI, or undefined. */
function remoteJwksAuthentication(spec: Record<string, any>): Record<string, any> | undefined {
  const authentication = [[spec.request_policies].flat()[0]?.authentication].flat()[0];
  const keys = [authentication?.public_keys].flat()[0];
  return authentication?.type === "JWT_AUTHENTICATION" && keys?.type === "REMOTE_JWKS" ? authentication : undefined;
}

/**
 * A token of the deployment's first issuer and audience, with every scope its routes allow (ANY_OF). A claim the
 * gateway requires (verify_claims is_required, such as the one naming an API client) gets an allowed value,
 * preferring one of `preferred` (a client that may send the sample call), so the token passes as that client would.
 */
function localToken(
  issuer: LocalJwtIssuer,
  authentication: Record<string, any>,
  routes: Record<string, any>[],
  preferred: readonly string[],
) {
  const scopes = [
    ...new Set(
      routes.flatMap(
        (route): string[] => [[route.request_policies].flat()[0]?.authorization].flat()[0]?.allowed_scope ?? [],
      ),
    ),
  ];
  const iss = String(authentication.issuers[0]);
  const required = Object.fromEntries(
    [authentication.verify_claims ?? []]
      .flat()
      .filter((claim: Record<string, any>) => claim.is_required)
      .map((claim: Record<string, any>) => {
        const values: string[] = [claim.values ?? []].flat();
        return [claim.key, values.find((v) => preferred.includes(v)) ?? values[0] ?? "local-user"];
      }),
  );
  const token = issuer.mint({
    iss,
    aud: authentication.audiences[0],
    sub: "local-user",
    scope: scopes.join(" "),
    ...required,
  });
  return { token, issuer: iss, scopes };
}

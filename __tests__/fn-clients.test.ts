import { EndpointBuilder } from "oci-common";
// oxlint-disable-next-line typescript/no-require-imports
import utils = require("oci-common/lib/utils");
import { ClientContext } from "../lib/clients/client-context";
import { monitoringClient } from "../lib/clients/monitoring";
import { notificationsClient } from "../lib/clients/notifications";
import { objectStorageClient } from "../lib/clients/object-storage";
import { secretsClient } from "../lib/clients/secrets";
import { Deadline } from "../lib/deadline";
import { authenticationProvider } from "../lib/oci-auth";
import { platformConfigSchema } from "../lib/platform-config";
import { NotificationsStandIn } from "../stand-ins/notifications";
import { ObjectStorageStandIn } from "../stand-ins/object-storage";
import { SecretsStandIn } from "../stand-ins/secrets";
import { resourcePrincipalEnv, writeOciConfig } from "../stand-ins/signing";

/** The shared SDK client factories, in-process with the real SDK against the stand-ins. */

const savedEnv = { ...process.env };

beforeAll(() => Object.assign(process.env, resourcePrincipalEnv()));
afterAll(() => {
  process.env = savedEnv;
});

function context(config: Record<string, string> = {}, timeoutMs = 10_000): ClientContext {
  const parsed = platformConfigSchema.parse(config);
  return {
    auth: authenticationProvider(parsed),
    config: parsed,
    deadline: new Deadline(Date.now() + timeoutMs),
    retry: { maxAttempts: 4, baseDelayMs: 20, maxDelayMs: 100 },
  };
}

describe("endpoints", () => {
  test("derive from the resource principal's region by default", () => {
    const ctx = context();
    // The Object Storage client keeps a template and resolves it per request, as done here.
    const objectStorage = EndpointBuilder.updateEndpointTemplateForOptions(
      objectStorageClient(ctx).endpoint,
      undefined,
      false,
    );
    expect(objectStorage).toBe("https://objectstorage.us-ashburn-1.oraclecloud.com");
    expect(secretsClient(ctx).endpoint).toBe("https://secrets.vaults.us-ashburn-1.oci.oraclecloud.com/20190301");
    expect(notificationsClient(ctx).endpoint).toBe("https://notification.us-ashburn-1.oraclecloud.com/20181201");
    // PostMetricData's own host, not the `telemetry` one the SDK would derive.
    expect(monitoringClient(ctx).endpoint).toBe("https://telemetry-ingestion.us-ashburn-1.oraclecloud.com/20180401");
    expect(monitoringClient(ctx, "http://127.0.0.1:4").endpoint).toBe("http://127.0.0.1:4/20180401");
  });

  test("follow the configured overrides", () => {
    const ctx = context({
      OBJECT_STORAGE_ENDPOINT: "http://127.0.0.1:1",
      SECRETS_ENDPOINT: "http://127.0.0.1:2",
      NOTIFICATIONS_ENDPOINT: "http://127.0.0.1:3",
    });
    expect(objectStorageClient(ctx).endpoint).toBe("http://127.0.0.1:1");
    expect(secretsClient(ctx).endpoint).toBe("http://127.0.0.1:2/20190301");
    expect(notificationsClient(ctx).endpoint).toBe("http://127.0.0.1:3/20181201");
  });

  test("an endpoint that is not an http(s) URL is refused", () => {
    expect(platformConfigSchema.safeParse({ SECRETS_ENDPOINT: "ftp://x" }).success).toBe(false);
  });
});

describe("authentication", () => {
  test("OCI_AUTH=config_file signs with the user's API key from the OCI config file", async () => {
    const objects = await new ObjectStorageStandIn().start();
    try {
      objects.putObject("ns", "b", "o", "x");
      const ctx = context({
        OCI_AUTH: "config_file",
        OCI_CONFIG_FILE: writeOciConfig(),
        OBJECT_STORAGE_ENDPOINT: objects.endpoint,
      });
      await objectStorageClient(ctx).headObject({ namespaceName: "ns", bucketName: "b", objectName: "o" });
      expect(objects.requests[0].principal).toMatch(/^ocid1\.user\./);
    } finally {
      await objects.close();
    }
  });

  test("a missing config file is a configuration error naming OCI_AUTH", () => {
    expect(() => context({ OCI_AUTH: "config_file", OCI_CONFIG_FILE: "/nonexistent/config" })).toThrow(
      /OCI_AUTH=config_file: cannot authenticate/,
    );
  });
});

describe("secrets and notifications clients", () => {
  test("read a secret bundle and publish to a topic, signed with the resource principal", async () => {
    const secrets = await new SecretsStandIn().start();
    const notifications = await new NotificationsStandIn().start();
    try {
      const secretId = "ocid1.vaultsecret.oc1.iad.example";
      secrets.putSecret(secretId, "s3cret");
      const topicId = notifications.createTopic();
      const ctx = context({ SECRETS_ENDPOINT: secrets.endpoint, NOTIFICATIONS_ENDPOINT: notifications.endpoint });

      const bundle = await secretsClient(ctx).getSecretBundle({ secretId, stage: "CURRENT" as any });
      await notificationsClient(ctx).publishMessage({ topicId, messageDetails: { title: "t", body: "b" } });

      const content = (bundle.secretBundle.secretBundleContent as { content: string }).content;
      expect(Buffer.from(content, "base64").toString()).toBe("s3cret");
      expect(notifications.published).toEqual([expect.objectContaining({ topicId, title: "t", body: "b" })]);
    } finally {
      await secrets.close();
      await notifications.close();
    }
  });
});

describe("bounded retries and the deadline", () => {
  let objects: ObjectStorageStandIn;

  beforeEach(async () => {
    objects = await new ObjectStorageStandIn().start();
    objects.putObject("ns", "b", "o", "x");
  });

  afterEach(() => objects.close());

  const head = (ctx: ClientContext) =>
    objectStorageClient(ctx).headObject({ namespaceName: "ns", bucketName: "b", objectName: "o" });

  test("server errors are retried up to the attempt limit", async () => {
    objects.failNext(3, 503, { operation: "HeadObject" });
    await expect(head(context({ OBJECT_STORAGE_ENDPOINT: objects.endpoint }))).resolves.toBeDefined();
    expect(objects.requestCount("HeadObject")).toBe(4);
  });

  test("after the attempt limit the error surfaces", async () => {
    objects.failNext(10, 503, { operation: "HeadObject" });
    await expect(head(context({ OBJECT_STORAGE_ENDPOINT: objects.endpoint }))).rejects.toMatchObject({
      statusCode: 503,
    });
    expect(objects.requestCount("HeadObject")).toBe(4);
  });

  test("a request slower than the deadline is aborted at the deadline", async () => {
    objects.latencyMs = 2_000; // beyond the 0.8 s deadline; short, as the stand-in keeps its timer after close
    const ctx = context({ OBJECT_STORAGE_ENDPOINT: objects.endpoint }, 800);
    const started = Date.now();

    await expect(head(ctx)).rejects.toBeDefined();

    const elapsed = Date.now() - started;
    // Aborted when the deadline came, not when the 2 s answer would have.
    expect(elapsed).toBeGreaterThanOrEqual(790);
    expect(elapsed).toBeLessThan(1_900);
  });
});

describe("SDK patch", () => {
  test("isEmpty keeps its answers for strings and objects", () => {
    expect(utils.isEmpty("")).toBe(true);
    expect(utils.isEmpty("x")).toBe(false);
    expect(utils.isEmpty({})).toBe(true);
    expect(utils.isEmpty({ a: 1 })).toBe(false);
  });
});

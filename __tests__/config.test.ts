import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ConfigError, loadEnvironment } from "../config/load";
import { environments, environmentWith } from "./support/synth";

/** Applies `change` to the example config and returns the ConfigError message it causes. */
function errorFor(change: (raw: any) => void): string {
  try {
    environmentWith(change, "broken");
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error("expected the configuration to be refused");
}

describe("configuration", () => {
  test("every committed environment is valid", () => {
    expect(environments().map((e) => e.name)).toEqual(["dev", "example", "prod"]);
  });

  test("environments differ where they must: own VCN ranges, longer flow-log retention in prod, remote state outside example", () => {
    const byName = Object.fromEntries(environments().map((e) => [e.name, e.config]));
    const cidrs = Object.values(byName).map((c) => c.network.vcnCidr);
    expect(new Set(cidrs).size).toBe(cidrs.length);
    expect(byName.prod.network.flowLogRetentionInDays).toBeGreaterThan(byName.dev.network.flowLogRetentionInDays);
    expect(byName.example.state).toBeUndefined();
    expect(byName.dev.state?.backend).toBeDefined();
    expect(byName.prod.state?.backend).toBe("oci");
  });

  test("defaults are filled in", () => {
    const { config } = environmentWith((raw) => delete raw.network.apiIngressCidrs);
    expect(config.network.apiIngressCidrs).toEqual(["0.0.0.0/0"]);
    expect(config.network.flowLogRetentionInDays).toBe(30);
  });

  test.each<[string, (raw: any) => void, RegExp]>([
    [
      "a compartment OCID of the wrong kind",
      (raw) => (raw.compartments.streaming = "ocid1.vcn.oc1.iad.aaaaaaaaexample00000000000"),
      /config\/broken\.json[\s\S]*compartments\.streaming: must be an OCID of kind "compartment".*\(got "ocid1\.vcn\.oc1\.iad\.aaaaaaaaexample00000000000"\)/,
    ],
    [
      "a tenancy OCID that is not an OCID",
      (raw) => (raw.tenancyId = "my-tenancy"),
      /tenancyId: must be an OCID of kind "tenancy".*\(got "my-tenancy"\)/,
    ],
    [
      "an invalid VCN CIDR",
      (raw) => (raw.network.vcnCidr = "10.0.0.0/33"),
      /network\.vcnCidr: must be an IPv4 CIDR block.*\(got "10\.0\.0\.0\/33"\)/,
    ],
    [
      "a CIDR with host bits set",
      (raw) => (raw.network.vcnCidr = "10.0.0.1/16"),
      /network\.vcnCidr: must be an IPv4 CIDR block with no host bits set.*\(got "10\.0\.0\.1\/16"\)/,
    ],
    [
      "a subnet outside the VCN",
      (raw) => (raw.network.privateSubnetCidr = "192.168.1.0/24"),
      /network\.privateSubnetCidr: must fit inside the VCN CIDR 10\.0\.0\.0\/16 \(got "192\.168\.1\.0\/24"\)/,
    ],
    [
      "overlapping subnets",
      (raw) => (raw.network.privateSubnetCidr = "10.0.0.128/25"),
      /network\.privateSubnetCidr: overlaps the public subnet 10\.0\.0\.0\/24.*\(got "10\.0\.0\.128\/25"\)/,
    ],
    ["an unknown top-level key", (raw) => (raw.regoin = "us-ashburn-1"), /\(top level\): unknown key "regoin"/],
    ["an unknown nested key", (raw) => (raw.network.vcnCidrs = "10.0.0.0/16"), /network: unknown key "vcnCidrs"/],
    [
      "a missing required field",
      (raw) => delete raw.compartments.security,
      /compartments\.security: is required \(string\)/,
    ],
    [
      "an invalid region",
      (raw) => (raw.region = "US East"),
      /region: must be an OCI region identifier.*\(got "US East"\)/,
    ],
    [
      "a name prefix with capitals",
      (raw) => (raw.namePrefix = "Evs"),
      /namePrefix: must be 2 to 10 lower-case letters or digits.*\(got "Evs"\)/,
    ],
    [
      "an invalid email",
      (raw) => (raw.notifications.emails = ["ops-at-example.com"]),
      /notifications\.emails\.0: must be an email address \(got "ops-at-example\.com"\)/,
    ],
    [
      "a flow-log retention OCI does not offer",
      (raw) => (raw.network.flowLogRetentionInDays = 45),
      /network\.flowLogRetentionInDays: must be one of 30, 60, 90, 120, 150, 180 \(got 45\)/,
    ],
    ["a tag value that is not a string", (raw) => (raw.tags.owner = 42), /tags\.owner: .*expected string.*\(got 42\)/i],
    ["an empty API ingress list", (raw) => (raw.network.apiIngressCidrs = []), /network\.apiIngressCidrs: .*>=1/],
    [
      "a bastion open to every address",
      (raw) => (raw.bastion = { clientCidrBlockAllowList: ["198.51.100.0/24", "0.0.0.0/0"] }),
      /bastion\.clientCidrBlockAllowList\.1: must name a network, not every address: .* \(got "0\.0\.0\.0\/0"\)/,
    ],
    [
      "a bastion nobody may use",
      (raw) => (raw.bastion = { clientCidrBlockAllowList: [] }),
      /bastion\.clientCidrBlockAllowList: must list at least one network/,
    ],
    [
      "a bastion session lifetime beyond OCI's 3 hours",
      (raw) => (raw.bastion.maxSessionTtlInSeconds = 14400),
      /bastion\.maxSessionTtlInSeconds: .*10800.* \(got 14400\)/,
    ],
    [
      "a bastion for a public pool",
      (raw) => (raw.streaming.publicEndpoint = true),
      /bastion: has nothing to reach: the pool is on the public endpoint/,
    ],
    [
      "stream client CIDRs, which a private pool ignores (it serves only its subnet)",
      (raw) => (raw.streaming.clientCidrs = ["10.1.0.0/16"]),
      /streaming: .*clientCidrs/i,
    ],
    [
      "a state backend other than oci or s3",
      (raw) => (raw.state = { backend: "gcs", bucket: "state", namespace: "ns" }),
      /state\.backend: must be "oci" \(Terraform 1\.12\+ native backend\) or "s3" \(S3-compatible API\) \(got "gcs"\)/,
    ],
    [
      "a state namespace with capitals",
      (raw) => (raw.state = { backend: "oci", bucket: "state", namespace: "MyNs" }),
      /state\.namespace: must be an Object Storage namespace: lower-case letters and digits \(got "MyNs"\)/,
    ],
    [
      "a state key starting with a slash",
      (raw) => (raw.state = { backend: "s3", bucket: "state", namespace: "ns", key: "/dev.tfstate" }),
      /state\.key: must be an object name .*not starting with '\/' \(got "\/dev\.tfstate"\)/,
    ],
    [
      "a Vault key for the s3 backend",
      (raw) =>
        (raw.state = {
          backend: "s3",
          bucket: "state",
          namespace: "ns",
          kmsKeyId: "ocid1.key.oc1.iad.vault.aaaaaaaaexamplekey",
        }),
      /state\.kmsKeyId: only the "oci" backend encrypts state with a Vault key/,
    ],
    [
      "an idempotency key header that is not an HTTP token",
      (raw) => (raw.dataSync.idempotencyKeyHeader = "Idempotency Key"),
      /dataSync\.idempotencyKeyHeader: must be an HTTP header name .*\(got "Idempotency Key"\)/,
    ],
    [
      "an idempotency key header the function sets itself",
      (raw) => (raw.dataSync.idempotencyKeyHeader = "authorization"),
      /dataSync\.idempotencyKeyHeader: must not be one of authorization, .*\(got "authorization"\)/,
    ],
    [
      "credentials in the state section",
      (raw) => (raw.state = { backend: "s3", bucket: "state", namespace: "ns", secretKey: "abc" }),
      /state: unknown key "secretKey"/,
    ],
    [
      "a retry interval a cron expression cannot repeat evenly",
      (raw) => (raw.dataSync.retry = { schedule: { intervalInMinutes: 7 } }),
      /dataSync\.retry\.schedule\.intervalInMinutes: must be one of 5, 10, 15, 20, 30, 60, .* \(minutes\).*7/,
    ],
    [
      "a retry interval longer than half the recoverable stream's retention",
      (raw) => {
        raw.streaming.streams.recoverable.retentionInHours = 24;
        raw.dataSync.retry = { schedule: { intervalInMinutes: 1440 } };
      },
      /dataSync\.retry\.schedule\.intervalInMinutes: must be at most half the recoverable stream's retention \(1440 minutes\)/,
    ],
    [
      "a back-off cap below its base",
      (raw) => (raw.dataSync.retry = { backoff: { baseSeconds: 600, maxSeconds: 60 } }),
      /dataSync\.retry\.backoff\.maxSeconds: must be at least baseSeconds \(600\).*60/,
    ],
    [
      "a metrics namespace with OCI's reserved prefix",
      (raw) => (raw.dataSync.metrics = { namespace: "oci_streaming" }),
      /dataSync\.metrics\.namespace: must not start with oci_ or oracle_ \(reserved\).*oci_streaming/,
    ],
    [
      "a jitter ratio above 1",
      (raw) => (raw.dataSync.retry = { backoff: { jitterRatio: 2 } }),
      /dataSync\.retry\.backoff\.jitterRatio: .*1/,
    ],
  ])("refuses %s", (_name, change, expected) => {
    expect(errorFor(change)).toMatch(expected);
  });

  test("reports every problem of a file at once", () => {
    const message = errorFor((raw) => {
      raw.region = "nowhere";
      raw.network.vcnCidr = "bad";
    });
    expect(message).toMatch(/region:/);
    expect(message).toMatch(/network\.vcnCidr:/);
  });

  test("names the file when it is not JSON", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "config-"));
    const file = path.join(dir, "bad.json");
    fs.writeFileSync(file, "{ not json");
    expect(() => loadEnvironment(file)).toThrow(/bad\.json[\s\S]*not readable JSON/);
  });
});

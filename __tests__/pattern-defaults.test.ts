import { Testing } from "cdktf";
// The types of the matchers setup.js installs (toHaveResourceWithProperties, ...).
import "cdktf/lib/testing/adapters/jest";
import { Construct } from "constructs";
import { KmsKey } from "../.gen/providers/oci/kms-key";
import { KmsVault } from "../.gen/providers/oci/kms-vault";
import { LoggingLogGroup } from "../.gen/providers/oci/logging-log-group";
import { ObjectstorageBucket } from "../.gen/providers/oci/objectstorage-bucket";
import { OnsNotificationTopic } from "../.gen/providers/oci/ons-notification-topic";
import { VaultSecret } from "../.gen/providers/oci/vault-secret";
import { DataSync, FileIngestion, FunctionsPlatform, Policies, Stream, StreamPool } from "../constructs";
import { Subnet } from "../constructs/resources/subnet";
import { NetworkSecurityGroup } from "../constructs/resources/network-security-group";

const TENANCY = "ocid1.tenancy.oc1..aaaaaaaaexampletenancy000000000000000000000000000000000000";
const COMPARTMENT = "ocid1.compartment.oc1..aaaaaaaaexampleapp0000000000000000000000000000000000000000";

/** What every pattern stands on, on a bare stack: the policy collector, a platform and streams. */
function foundations(scope: Construct) {
  new Policies(scope, "Policies", { namePrefix: "t", compartments: { app: COMPARTMENT }, tenancyId: TENANCY });
  const platform = new FunctionsPlatform(scope, "Functions", {
    namePrefix: "t",
    region: "us-ashburn-1",
    tenancyId: TENANCY,
    compartmentId: COMPARTMENT,
    networkCompartmentId: COMPARTMENT,
    subnet: Subnet.fromSubnetId("ocid1.subnet.oc1.iad.aaaaaaaaexamplesubnet"),
    networkSecurityGroups: [NetworkSecurityGroup.fromNsgId("ocid1.networksecuritygroup.oc1.iad.aaaaaaaaexamplensg")],
  });
  const stream = (id: string) =>
    new Stream(scope, id, {
      streamPool: StreamPool.fromStreamPoolId("ocid1.streampool.oc1.iad.aaaaaaaaexamplepool"),
      compartmentId: COMPARTMENT,
      name: `t-${id.toLowerCase()}`,
      partitions: 1,
    });
  return { platform, stream };
}

describe("FileIngestion from a stream and a platform only", () => {
  // GIVEN a bare stack WHEN the pattern is built in one statement
  const synthesized = Testing.synthScope((scope) => {
    const { platform, stream } = foundations(scope);
    new FileIngestion(scope, "Ingest", { stream: stream("Files"), platform });
  });

  test("encrypts its private bucket with a key of its own virtual private vault, rotated automatically", () => {
    expect(synthesized).toHaveResourceWithProperties(KmsVault, { vault_type: "VIRTUAL_PRIVATE" });
    expect(synthesized).toHaveResourceWithProperties(KmsKey, {
      display_name: "t-ingest-master-key",
      protection_mode: "HSM",
      is_auto_rotation_enabled: true,
    });
    const json = JSON.parse(synthesized);
    const [keyName] = Object.keys(json.resource.oci_kms_key);
    expect(synthesized).toHaveResourceWithProperties(ObjectstorageBucket, {
      name: "t-ingest",
      compartment_id: COMPARTMENT,
      access_type: "NoPublicAccess",
      kms_key_id: `\${oci_kms_key.${keyName}.id}`,
    });
  });

  test("logs to the platform's own log group", () => {
    expect(synthesized).toHaveResourceWithProperties(LoggingLogGroup, { display_name: "t-service-logs" });
  });
});

describe("DataSync from the platform, its streams and the gateway's subnet only", () => {
  const build = (baseUrl: string) =>
    Testing.synthScope((scope) => {
      const { platform, stream } = foundations(scope);
      new DataSync(scope, "Sync", {
        platform,
        dataStream: stream("Data"),
        recoverableStream: stream("Recoverable"),
        unrecoverableStream: stream("Unrecoverable"),
        publicSubnet: Subnet.fromSubnetId("ocid1.subnet.oc1.iad.aaaaaaaaexamplepublic"),
        gatewayNsg: NetworkSecurityGroup.fromNsgId("ocid1.networksecuritygroup.oc1.iad.aaaaaaaaexamplegateway"),
        settings: {
          targets: { api: { baseUrl, auth: { type: "bearer" } } },
          clients: { shop: { allowedTargets: ["api"] } },
        },
      });
    });

  test("creates the target's and the client's secrets and the topic it needs, in a vault of its own", () => {
    const synthesized = build("https://api.example.com");
    expect(synthesized).toHaveResourceWithProperties(KmsVault, { vault_type: "VIRTUAL_PRIVATE" });
    expect(synthesized).toHaveResourceWithProperties(VaultSecret, { secret_name: "t-target-api" });
    expect(synthesized).toHaveResourceWithProperties(VaultSecret, { secret_name: "t-client-shop" });
    expect(synthesized).toHaveResourceWithProperties(OnsNotificationTopic, { name: "t-operations" });
    expect(synthesized).toHaveResourceWithProperties(ObjectstorageBucket, {
      name: "t-deadletters",
      access_type: "NoPublicAccess",
    });
  });

  test("refuses settings the dataSync schema refuses, naming the field", () => {
    expect(() => build("http://api.example.com")).toThrow(
      'DataSync stack/Sync: invalid settings:\n  - dataSync.targets.api.baseUrl: must be an https:// URL (got "http://api.example.com")',
    );
  });
});

import { App, Aspects, Testing, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { ApigatewayDeployment } from "../../.gen/providers/oci/apigateway-deployment";
import { CoreSubnet } from "../../.gen/providers/oci/core-subnet";
import { FunctionsApplication } from "../../.gen/providers/oci/functions-application";
import { KmsKey } from "../../.gen/providers/oci/kms-key";
import { LoggingLog } from "../../.gen/providers/oci/logging-log";
import { ObjectstorageBucket } from "../../.gen/providers/oci/objectstorage-bucket";
import { OciProvider } from "../../.gen/providers/oci/provider";
import { StreamingStreamPool } from "../../.gen/providers/oci/streaming-stream-pool";
import {
  SecurityRulesAspect,
  SecurityRulesAspectProps,
  Violation,
} from "../../constructs/aspects/security-rules-aspect";

/**
 * Small stacks for the security rules: each builder makes a resource that passes every rule, so that a
 * test can break one thing and see exactly one rule fire.
 */

export const TENANCY = "ocid1.tenancy.oc1..aaaaaaaatesttenancy0000000000000000000000000000000000000000";
export const COMPARTMENT = "ocid1.compartment.oc1..aaaaaaaatestcompartment000000000000000000000000000000000";
const KEY_ID = "ocid1.key.oc1.iad.aaaaaaaatestkey0000000000000000000000000000000000000000000";

/** A stack named "test" with the OCI provider and the security aspect. */
export function ruleStack(props: Partial<SecurityRulesAspectProps> = {}, app: App = Testing.app()): TerraformStack {
  const stack = new TerraformStack(app, "test");
  new OciProvider(stack, "oci", { region: "us-ashburn-1" });
  Aspects.of(stack).add(new SecurityRulesAspect({ tenancyId: TENANCY, ...props }));
  return stack;
}

/** The violations synthesis reports ([] when it succeeds). */
export function violationsOf(stack: TerraformStack): Violation[] {
  try {
    Testing.synth(stack);
    return [];
  } catch (err) {
    if (err instanceof Error && err.name === "SecurityRuleViolation") return (err as any).violations;
    throw err;
  }
}

/** The synthesis error message. */
export function synthError(stack: TerraformStack): string {
  try {
    Testing.synth(stack);
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error("expected synthesis to fail");
}

export function compliantBucket(scope: Construct, id = "Bucket", name = "ingest"): ObjectstorageBucket {
  const bucket = new ObjectstorageBucket(scope, id, {
    compartmentId: COMPARTMENT,
    namespace: "testnamespace",
    name,
    accessType: "NoPublicAccess",
    versioning: "Enabled",
    kmsKeyId: KEY_ID,
    objectEventsEnabled: true,
  });
  new LoggingLog(scope, `${id}WriteLog`, {
    displayName: `${name}-write`,
    logGroupId: "ocid1.loggroup.oc1.iad.aaaaaaaatest",
    logType: "SERVICE",
    isEnabled: true,
    configuration: {
      source: { sourceType: "OCISERVICE", service: "objectstorage", category: "write", resource: bucket.name },
    },
  });
  return bucket;
}

export function compliantKey(scope: Construct, id = "Key"): KmsKey {
  return new KmsKey(scope, id, {
    compartmentId: COMPARTMENT,
    displayName: "key",
    managementEndpoint: "https://example-management.kms.us-ashburn-1.oraclecloud.com",
    keyShape: { algorithm: "AES", length: 32 },
    isAutoRotationEnabled: true,
    autoKeyRotationDetails: { rotationIntervalInDays: 90 },
  });
}

export function compliantSubnet(scope: Construct, id = "Subnet"): CoreSubnet {
  const subnet = new CoreSubnet(scope, id, {
    compartmentId: COMPARTMENT,
    vcnId: "ocid1.vcn.oc1.iad.aaaaaaaatest",
    cidrBlock: "10.0.0.0/24",
  });
  new LoggingLog(scope, `${id}FlowLog`, {
    displayName: "flow",
    logGroupId: "ocid1.loggroup.oc1.iad.aaaaaaaatest",
    logType: "SERVICE",
    configuration: { source: { sourceType: "OCISERVICE", service: "flowlogs", category: "all", resource: subnet.id } },
  });
  return subnet;
}

export function compliantStreamPool(scope: Construct, id = "Pool"): StreamingStreamPool {
  return new StreamingStreamPool(scope, id, {
    compartmentId: COMPARTMENT,
    name: "pool",
    privateEndpointSettings: {
      subnetId: "ocid1.subnet.oc1.iad.aaaaaaaatest",
      nsgIds: ["ocid1.nsg.oc1.iad.aaaaaaaatest"],
    },
    customEncryptionKey: { kmsKeyId: KEY_ID },
  });
}

export function compliantApplication(
  scope: Construct,
  config: Record<string, string>,
  id = "App",
): FunctionsApplication {
  return new FunctionsApplication(scope, id, {
    compartmentId: COMPARTMENT,
    displayName: "app",
    subnetIds: ["ocid1.subnet.oc1.iad.aaaaaaaatest"],
    config,
  });
}

export function compliantDeployment(scope: Construct, id = "Api"): ApigatewayDeployment {
  return new ApigatewayDeployment(scope, id, {
    compartmentId: COMPARTMENT,
    gatewayId: "ocid1.apigateway.oc1.iad.aaaaaaaatest",
    pathPrefix: "/v1",
    specification: {
      requestPolicies: {
        authentication: {
          type: "JWT_AUTHENTICATION",
          tokenHeader: "Authorization",
          tokenAuthScheme: "Bearer",
          issuers: ["https://issuer.example.com"],
          audiences: ["api"],
          isAnonymousAccessAllowed: false,
          publicKeys: { type: "REMOTE_JWKS", uri: "https://issuer.example.com/jwks", maxCacheDurationInHours: 1 },
        },
        rateLimiting: { rateInRequestsPerSecond: 50, rateKey: "CLIENT_IP" },
      },
      routes: [
        { path: "/messages", methods: ["POST"], backend: { type: "HTTP_BACKEND", url: "https://backend.example.com" } },
      ],
    },
  });
}

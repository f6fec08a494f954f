import * as fs from "fs";
import * as path from "path";
import { CoreNetworkSecurityGroupSecurityRule } from "../.gen/providers/oci/core-network-security-group-security-rule";
import { CoreSecurityList } from "../.gen/providers/oci/core-security-list";
import { FunctionsFunction } from "../.gen/providers/oci/functions-function";
import { IdentityDynamicGroup } from "../.gen/providers/oci/identity-dynamic-group";
import { IdentityPolicy } from "../.gen/providers/oci/identity-policy";
import { KmsVault } from "../.gen/providers/oci/kms-vault";
import { OnsNotificationTopic } from "../.gen/providers/oci/ons-notification-topic";
import { ALL_RULES } from "../constructs/aspects/security-rules/all-rules";
import { parseAllowStatement } from "../constructs/aspects/security-rules/iam-rules";
import {
  COMPARTMENT,
  compliantApplication,
  compliantBucket,
  compliantDeployment,
  compliantKey,
  compliantStreamPool,
  compliantSubnet,
  ruleStack,
  TENANCY,
  violationsOf,
} from "./support/security-fixtures";
import { TerraformStack } from "cdktf";

/** Asserts that synthesis reports exactly these violations, as [rule id, construct path, Terraform type, message]. */
function expectViolations(stack: TerraformStack, expected: [string, string, string, RegExp][]): void {
  expect(violationsOf(stack)).toEqual(
    expected.map(([ruleId, path, type, message]) =>
      expect.objectContaining({ ruleId, path, type, message: expect.stringMatching(message) }),
    ),
  );
}

describe("security rules", () => {
  test("every rule has a unique id, a description and a reference", () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of ALL_RULES) {
      expect(rule.id).toMatch(/^OCI-[A-Z0-9-]+$/);
      expect(rule.description.length).toBeGreaterThan(20);
      expect(rule.reference).toMatch(/CKV_OCI_|CIS OCI|OWASP|OCI /);
    }
  });

  test("docs/security-rules.md lists every rule with its reference", () => {
    const readme = fs.readFileSync(path.join(__dirname, "..", "docs", "security-rules.md"), "utf8");
    for (const rule of ALL_RULES) {
      expect(readme).toMatch(
        new RegExp(`\\| \`${rule.id}\` +\\|[^\\n]*\\| ${rule.reference.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} +\\|`),
      );
    }
  });

  test("compliant resources of every kind pass", () => {
    const stack = ruleStack();
    compliantBucket(stack);
    compliantKey(stack);
    compliantSubnet(stack);
    compliantStreamPool(stack);
    compliantApplication(stack, {
      STREAM_OCID: "ocid1.stream.oc1.iad.aaaa",
      TARGET_TOKEN_SECRET_ID: "ocid1.vaultsecret.oc1.iad.aaaa",
    });
    compliantDeployment(stack);
    expect(violationsOf(stack)).toEqual([]);
  });

  describe("buckets", () => {
    test.each<[string, Record<string, unknown>, string, RegExp]>([
      [
        "public",
        { access_type: "ObjectRead" },
        "OCI-BUCKET-PUBLIC",
        /bucket is public \(access_type "ObjectRead"\); set access_type = "NoPublicAccess"/,
      ],
      [
        "unversioned",
        { versioning: "Disabled" },
        "OCI-BUCKET-VERSIONING",
        /versioning is "Disabled"; set versioning = "Enabled"/,
      ],
      ["Oracle-managed key", { kms_key_id: null }, "OCI-BUCKET-CMK", /Oracle-managed key; set kms_key_id/],
      ["no object events", { object_events_enabled: false }, "OCI-BUCKET-EVENTS", /emits no object events/],
    ])("%s", (_name, overrides, ruleId, message) => {
      const stack = ruleStack();
      const bucket = compliantBucket(stack);
      for (const [key, value] of Object.entries(overrides)) bucket.addOverride(key, value);
      expectViolations(stack, [[ruleId, "test/Bucket", "oci_objectstorage_bucket", message]]);
    });

    test("versioning not set at all", () => {
      const stack = ruleStack();
      compliantBucket(stack).resetVersioning();
      expectViolations(stack, [
        ["OCI-BUCKET-VERSIONING", "test/Bucket", "oci_objectstorage_bucket", /versioning is "not set"/],
      ]);
    });

    test("a bucket without a write log, or whose log is for another bucket, reads or is disabled", () => {
      const stack = ruleStack();
      compliantBucket(stack, "Logged", "logged");
      const other = compliantBucket(stack, "Other", "other");
      // Point Other's log at the first bucket by name: Other has no log of its own any more.
      (stack.node.findChild("OtherWriteLog") as any).addOverride("configuration.source.resource", "logged");
      compliantBucket(stack, "Reads", "reads");
      (stack.node.findChild("ReadsWriteLog") as any).addOverride("configuration.source.category", "read");
      compliantBucket(stack, "Disabled", "disabled");
      (stack.node.findChild("DisabledWriteLog") as any).addOverride("is_enabled", false);
      expect(other.nameInput).toBe("other");
      const message = /no write log; add an oci_logging_log with source service "objectstorage", category "write"/;
      expectViolations(stack, [
        ["OCI-BUCKET-WRITE-LOG", "test/Other", "oci_objectstorage_bucket", message],
        ["OCI-BUCKET-WRITE-LOG", "test/Reads", "oci_objectstorage_bucket", message],
        ["OCI-BUCKET-WRITE-LOG", "test/Disabled", "oci_objectstorage_bucket", message],
      ]);
    });

    test("a write log may name the bucket literally", () => {
      const stack = ruleStack();
      compliantBucket(stack);
      (stack.node.findChild("BucketWriteLog") as any).addOverride("configuration.source.resource", "ingest");
      expect(violationsOf(stack)).toEqual([]);
    });
  });

  describe("KMS keys", () => {
    test("auto-rotation off", () => {
      const stack = ruleStack();
      compliantKey(stack).isAutoRotationEnabled = false;
      expectViolations(stack, [
        [
          "OCI-KMS-ROTATION",
          "test/Key",
          "oci_kms_key",
          /not rotated automatically; set is_auto_rotation_enabled = true/,
        ],
      ]);
    });

    test.each([
      [366, /rotation interval is 366 days; set auto_key_rotation_details\.rotation_interval_in_days to 60-365/],
      [30, /rotation interval is 30 days; .* to 60-365/],
      [undefined, /rotation interval is not set/],
    ])("interval %s", (days, message) => {
      const stack = ruleStack();
      const key = compliantKey(stack);
      if (days === undefined) key.resetAutoKeyRotationDetails();
      else key.putAutoKeyRotationDetails({ rotationIntervalInDays: days });
      expectViolations(stack, [["OCI-KMS-ROTATION", "test/Key", "oci_kms_key", message]]);
    });

    test("auto-rotation in a default vault, which OCI does not offer", () => {
      const stack = ruleStack();
      const vault = new KmsVault(stack, "Vault", {
        compartmentId: COMPARTMENT,
        displayName: "vault",
        vaultType: "DEFAULT",
      });
      compliantKey(stack).managementEndpoint = vault.managementEndpoint;
      expectViolations(stack, [
        [
          "OCI-KMS-ROTATION",
          "test/Key",
          "oci_kms_key",
          /only in a virtual private vault, and test\/Vault is "DEFAULT"; use vault_type = "VIRTUAL_PRIVATE"/,
        ],
      ]);
      vault.vaultType = "VIRTUAL_PRIVATE";
      expect(violationsOf(stack)).toEqual([]);
    });

    test("365 days is fine", () => {
      const stack = ruleStack();
      compliantKey(stack).putAutoKeyRotationDetails({ rotationIntervalInDays: 365 });
      expect(violationsOf(stack)).toEqual([]);
    });
  });

  describe("admin ports", () => {
    const nsgRule = (stack: TerraformStack, id: string, rule: Record<string, any>) =>
      new CoreNetworkSecurityGroupSecurityRule(stack, id, {
        networkSecurityGroupId: "ocid1.networksecuritygroup.oc1.iad.aaaa",
        direction: "INGRESS",
        sourceType: "CIDR_BLOCK",
        ...rule,
      } as any);

    test("NSG rules: SSH, RDP, a range over 22, no port range, protocol all, UDP 3389", () => {
      const stack = ruleStack();
      nsgRule(stack, "Ssh", {
        source: "0.0.0.0/0",
        protocol: "6",
        tcpOptions: { destinationPortRange: { min: 22, max: 22 } },
      });
      nsgRule(stack, "Rdp", {
        source: "0.0.0.0/0",
        protocol: "6",
        tcpOptions: { destinationPortRange: { min: 3389, max: 3389 } },
      });
      nsgRule(stack, "Range", {
        source: "0.0.0.0/0",
        protocol: "6",
        tcpOptions: { destinationPortRange: { min: 1, max: 1024 } },
      });
      nsgRule(stack, "AllTcpPorts", { source: "0.0.0.0/0", protocol: "6" });
      nsgRule(stack, "AllProtocols", { source: "0.0.0.0/0", protocol: "all" });
      nsgRule(stack, "RdpUdp", {
        source: "::/0",
        protocol: "17",
        udpOptions: { destinationPortRange: { min: 3389, max: 3389 } },
      });
      const type = "oci_core_network_security_group_security_rule";
      expectViolations(stack, [
        ["OCI-NET-ADMIN-PORTS", "test/Ssh", type, /ingress from 0\.0\.0\.0\/0 \(protocol "6"\) opens port 22;/],
        ["OCI-NET-ADMIN-PORTS", "test/Rdp", type, /opens port 3389;/],
        ["OCI-NET-ADMIN-PORTS", "test/Range", type, /opens port 22;/],
        ["OCI-NET-ADMIN-PORTS", "test/AllTcpPorts", type, /opens port 22 and 3389;/],
        ["OCI-NET-ADMIN-PORTS", "test/AllProtocols", type, /\(protocol "all"\) opens port 22 and 3389/],
        ["OCI-NET-ADMIN-PORTS", "test/RdpUdp", type, /ingress from ::\/0 \(protocol "17"\) opens port 3389/],
      ]);
    });

    test("NSG rules that are fine: 443 from anywhere, 22 from a narrow CIDR or an NSG, egress, ICMP", () => {
      const stack = ruleStack();
      nsgRule(stack, "Https", {
        source: "0.0.0.0/0",
        protocol: "6",
        tcpOptions: { destinationPortRange: { min: 443, max: 443 } },
      });
      nsgRule(stack, "Bastion", {
        source: "203.0.113.10/32",
        protocol: "6",
        tcpOptions: { destinationPortRange: { min: 22, max: 22 } },
      });
      nsgRule(stack, "FromNsg", {
        source: "ocid1.networksecuritygroup.oc1.iad.bbbb",
        sourceType: "NETWORK_SECURITY_GROUP",
        protocol: "all",
      });
      nsgRule(stack, "Egress", { direction: "EGRESS", destination: "0.0.0.0/0", protocol: "all" });
      nsgRule(stack, "Icmp", { source: "0.0.0.0/0", protocol: "1", icmpOptions: { type: 3, code: 4 } });
      expect(violationsOf(stack)).toEqual([]);
    });

    test("security lists: each offending ingress rule is named", () => {
      const stack = ruleStack();
      new CoreSecurityList(stack, "List", {
        compartmentId: COMPARTMENT,
        vcnId: "ocid1.vcn.oc1.iad.aaaa",
        ingressSecurityRules: [
          { source: "0.0.0.0/0", protocol: "6", tcpOptions: { min: 443, max: 443 } },
          { source: "0.0.0.0/0", protocol: "6", tcpOptions: { min: 22, max: 22 } },
          { source: "0.0.0.0/0", protocol: "all" },
          { source: "10.0.0.0/16", protocol: "all" },
        ],
        egressSecurityRules: [{ destination: "0.0.0.0/0", protocol: "all" }],
      });
      expectViolations(stack, [
        [
          "OCI-NET-ADMIN-PORTS",
          "test/List",
          "oci_core_security_list",
          /ingress_security_rules\[1\]: .* opens port 22;/,
        ],
        [
          "OCI-NET-ADMIN-PORTS",
          "test/List",
          "oci_core_security_list",
          /ingress_security_rules\[2\]: .* opens port 22 and 3389;/,
        ],
      ]);
    });
  });

  describe("flow logs", () => {
    test("a subnet without a flow log, and one whose flow log is disabled", () => {
      const stack = ruleStack();
      compliantSubnet(stack, "Logged");
      compliantSubnet(stack, "Unlogged");
      stack.node.tryRemoveChild("UnloggedFlowLog");
      compliantSubnet(stack, "Disabled");
      (stack.node.findChild("DisabledFlowLog") as any).addOverride("is_enabled", false);
      const message =
        /subnet has no flow log; add an oci_logging_log with source service "flowlogs" and resource = subnet\.id/;
      expectViolations(stack, [
        ["OCI-NET-FLOW-LOGS", "test/Unlogged", "oci_core_subnet", message],
        ["OCI-NET-FLOW-LOGS", "test/Disabled", "oci_core_subnet", message],
      ]);
    });
  });

  describe("IAM policies", () => {
    const policy = (stack: TerraformStack, id: string, statements: string[], compartmentId = COMPARTMENT) =>
      new IdentityPolicy(stack, id, { compartmentId, name: id, description: id, statements });

    test("manage all-resources, tenancy-wide manage and unscoped data grants fire", () => {
      const stack = ruleStack();
      policy(stack, "Admin", ["Allow group Ops to manage all-resources in compartment id " + COMPARTMENT]);
      policy(
        stack,
        "TenancyManage",
        ["Allow group Ops to manage streams in tenancy where target.stream.id = 'x'"],
        TENANCY,
      );
      policy(stack, "Unscoped", [
        "Allow dynamic-group fns to use stream-push in compartment id " + COMPARTMENT,
        "Allow dynamic-group fns to read objects in compartment id " + COMPARTMENT,
        "Allow dynamic-group fns to read secret-bundles in compartment id " + COMPARTMENT,
        "Allow dynamic-group fns to use ons-topics in compartment id " + COMPARTMENT,
        "Allow any-user to {STREAM_READ, STREAM_CONSUME} in compartment id " + COMPARTMENT,
      ]);
      const type = "oci_identity_policy";
      expectViolations(stack, [
        [
          "OCI-IAM-MANAGE-ALL",
          "test/Admin",
          type,
          /statements\[0\] "Allow group Ops to manage all-resources .*": grants manage all-resources/,
        ],
        ["OCI-IAM-TENANCY-MANAGE", "test/TenancyManage", type, /grants manage in tenancy/],
        ["OCI-IAM-UNSCOPED", "test/Unscoped", type, /statements\[0\] .*grants stream-push without a where condition/],
        ["OCI-IAM-UNSCOPED", "test/Unscoped", type, /statements\[1\] .*grants objects without a where condition/],
        [
          "OCI-IAM-UNSCOPED",
          "test/Unscoped",
          type,
          /statements\[2\] .*grants secret-bundles without a where condition/,
        ],
        ["OCI-IAM-UNSCOPED", "test/Unscoped", type, /statements\[3\] .*grants ons-topics without a where condition/],
        [
          "OCI-IAM-UNSCOPED",
          "test/Unscoped",
          type,
          /statements\[4\] .*grants \{STREAM_READ, STREAM_CONSUME\} without a where condition/,
        ],
        ["OCI-IAM-STREAM-DELETE", "test/TenancyManage", type, /lets its principal delete the stream/],
      ]);
    });

    test("a statement that would let a principal delete a stream fires, however it grants it", () => {
      const stack = ruleStack();
      const c = `compartment id ${COMPARTMENT}`;
      const stream = "target.stream.id = 'ocid1.stream.oc1..a'";
      policy(stack, "Kafka", [
        `Allow group kafka to manage streams in ${c} where ${stream}`,
        `Allow group kafka to manage stream-family in ${c} where ${stream}`,
        `Allow group kafka to {STREAM_READ, STREAM_DELETE} in ${c} where ${stream}`,
        `Allow group kafka to manage streams in ${c} where any {${stream}, request.permission != 'STREAM_DELETE'}`,
        `Allow group kafka to manage streams in ${c} where all {${stream}, request.permission != 'STREAM_DELETE'}`,
        `Allow group kafka to use streams in ${c} where ${stream}`,
      ]);
      const fired = violationsOf(stack).filter((v) => v.ruleId === "OCI-IAM-STREAM-DELETE");
      expect(fired.map((v) => /^statements\[(\d)\]/.exec(v.message)?.[1])).toEqual(["0", "1", "2", "3"]);
      expect(fired[0].message).toMatch(
        /lets its principal delete the stream and every message on it; add request\.permission != 'STREAM_DELETE'/,
      );
    });

    test("the project's kinds of statements pass", () => {
      const stack = ruleStack();
      const c = `compartment id ${COMPARTMENT}`;
      policy(stack, "Functions", [
        `Allow dynamic-group fns to use stream-push in ${c} where target.stream.id = 'ocid1.stream.oc1..a'`,
        `Allow dynamic-group fns to read objects in ${c} where target.bucket.name = 'ingest'`,
        `Allow dynamic-group fns to read secret-bundles in ${c} where target.secret.id = 'ocid1.vaultsecret.oc1..a'`,
        `Allow any-user to {STREAM_READ, STREAM_CONSUME} in ${c} where all {request.principal.type = 'serviceconnector', target.stream.id = 'x'}`,
        `Allow any-user to use functions-family in ${c} where ALL {request.principal.type = 'ApiGateway'}`,
        `Allow service streaming to use keys in ${c} where target.key.id = 'ocid1.key.oc1..a'`,
      ]);
      policy(stack, "Tenancy", ["Allow service faas to read repos in tenancy"], TENANCY);
      expect(violationsOf(stack)).toEqual([]);
    });

    test("statements are parsed into verb, resource type or permissions, location and condition", () => {
      expect(parseAllowStatement("Allow group A to manage streams in tenancy")).toEqual({
        verb: "manage",
        resourceType: "streams",
        permissions: [],
        location: "tenancy",
        scoped: false,
        excludedPermissions: [],
      });
      expect(
        parseAllowStatement("allow any-user to {stream_read} in compartment x where target.stream.id='y'"),
      ).toEqual({
        verb: undefined,
        resourceType: undefined,
        permissions: ["STREAM_READ"],
        location: "compartment",
        scoped: true,
        excludedPermissions: [],
      });
      expect(
        parseAllowStatement(
          "Allow group A to manage streams in compartment x where all {target.stream.id = 'y', request.permission != 'stream_delete'}",
        )?.excludedPermissions,
      ).toEqual(["STREAM_DELETE"]);
      // Inside any {...}, a != takes nothing away: the other condition alone admits the request.
      expect(
        parseAllowStatement(
          "Allow group A to manage streams in compartment x where any {target.stream.id = 'y', request.permission != 'STREAM_DELETE'}",
        )?.excludedPermissions,
      ).toEqual([]);
      expect(parseAllowStatement("Define tenancy Other as ocid1.tenancy.oc1..x")).toBeUndefined();
    });
  });

  describe("stream pools", () => {
    test("a public, Oracle-encrypted pool breaks both rules", () => {
      const stack = ruleStack();
      const pool = compliantStreamPool(stack);
      pool.resetPrivateEndpointSettings();
      pool.resetCustomEncryptionKey();
      const type = "oci_streaming_stream_pool";
      expectViolations(stack, [
        [
          "OCI-STREAMPOOL-PRIVATE",
          "test/Pool",
          type,
          /stream pool has a public endpoint; set private_endpoint_settings\.subnet_id/,
        ],
        ["OCI-STREAMPOOL-CMK", "test/Pool", type, /Oracle-managed key; set custom_encryption_key\.kms_key_id/],
      ]);
    });

    test("an environment that allows a public pool still needs the key", () => {
      const stack = ruleStack({ publicStreamPoolAllowed: true });
      const pool = compliantStreamPool(stack);
      pool.resetPrivateEndpointSettings();
      expect(violationsOf(stack)).toEqual([]);
      pool.resetCustomEncryptionKey();
      expect(violationsOf(stack).map((v) => v.ruleId)).toEqual(["OCI-STREAMPOOL-CMK"]);
    });
  });

  describe("functions", () => {
    test.each<[string, string, RegExp]>([
      ["OCI_PRIVATE_KEY", "-----BEGIN RSA PRIVATE KEY-----\nMIIE...", /config "OCI_PRIVATE_KEY" holds a PEM key/],
      ["OCI_USER", "ocid1.user.oc1..aaaaaaaaexample", /config "OCI_USER" holds a user OCID/],
      ["OCI_KEY", "12:34:56:78:9a:bc:de:f0:12:34:56:78:9a:bc:de:f0", /holds an API key fingerprint/],
      ["DB_PASSWORD", "hunter2", /config "DB_PASSWORD" looks like a credential/],
      ["AUTH_TOKEN", "abc", /config "AUTH_TOKEN" looks like a credential/],
      ["api_key", "abc", /config "api_key" looks like a credential/],
    ])("application config %s", (key, value, message) => {
      const stack = ruleStack();
      compliantApplication(stack, { [key]: value });
      expectViolations(stack, [
        [
          "OCI-FN-CREDENTIALS",
          "test/App",
          "oci_functions_application",
          new RegExp(`${message.source}; use resource principals`),
        ],
      ]);
    });

    test("function config is checked too, and a Vault secret reference is fine", () => {
      const stack = ruleStack();
      const app = compliantApplication(stack, {});
      new FunctionsFunction(stack, "Fn", {
        applicationId: app.id,
        displayName: "fn",
        memoryInMbs: "256",
        image: "iad.ocir.io/ns/fn:1",
        config: { TARGET_PASSWORD: "s3cret", TARGET_PASSWORD_SECRET_ID: "${oci_vault_secret.target.id}" },
      });
      expectViolations(stack, [
        ["OCI-FN-CREDENTIALS", "test/Fn", "oci_functions_function", /config "TARGET_PASSWORD" looks like a credential/],
      ]);
    });
  });

  describe("root compartment", () => {
    test("resources in the tenancy fire, except dynamic groups and tenancy-level policies", () => {
      const stack = ruleStack();
      new OnsNotificationTopic(stack, "Topic", { compartmentId: TENANCY, name: "ops" });
      new IdentityDynamicGroup(stack, "Functions", {
        compartmentId: TENANCY,
        name: "fns",
        description: "functions",
        matchingRule: `ALL {resource.type = 'fnfunc', resource.compartment.id = '${COMPARTMENT}'}`,
      });
      new IdentityPolicy(stack, "FaasRepos", {
        compartmentId: TENANCY,
        name: "faas",
        description: "faas",
        statements: ["Allow service faas to read repos in tenancy"],
      });
      new IdentityPolicy(stack, "Mixed", {
        compartmentId: TENANCY,
        name: "mixed",
        description: "mixed",
        statements: [
          "Allow service faas to read repos in tenancy",
          `Allow service faas to use virtual-network-family in compartment id ${COMPARTMENT}`,
        ],
      });
      expectViolations(stack, [
        [
          "OCI-ROOT-COMPARTMENT",
          "test/Topic",
          "oci_ons_notification_topic",
          /compartment_id is the tenancy \(root compartment\)/,
        ],
        [
          "OCI-ROOT-COMPARTMENT",
          "test/Mixed",
          "oci_identity_policy",
          /only policies made solely of 'in tenancy' statements belong in the root/,
        ],
      ]);
    });
  });

  describe("API deployments", () => {
    test("no authentication and no rate limit", () => {
      const stack = ruleStack();
      const api = compliantDeployment(stack);
      api.specification.requestPolicies.resetAuthentication();
      api.specification.requestPolicies.resetRateLimiting();
      const type = "oci_apigateway_deployment";
      expectViolations(stack, [
        [
          "OCI-APIGW-AUTH",
          "test/Api",
          type,
          /API deployment has no authentication; set specification\.request_policies\.authentication/,
        ],
        ["OCI-APIGW-RATE-LIMIT", "test/Api", type, /no rate limit; set specification\.request_policies\.rate_limiting/],
      ]);
    });

    test("authentication that lets anonymous callers through", () => {
      const stack = ruleStack();
      compliantDeployment(stack).addOverride(
        "specification.request_policies.authentication.is_anonymous_access_allowed",
        true,
      );
      expectViolations(stack, [["OCI-APIGW-AUTH", "test/Api", "oci_apigateway_deployment", /allows anonymous access/]]);
    });

    describe("identity headers", () => {
      /** A route that tells its backend the caller's client from the token's `client` claim. */
      const withClientHeader = (ifExists: string, claimRequired: boolean) => {
        const stack = ruleStack();
        const api = compliantDeployment(stack);
        api.addOverride("specification.request_policies.authentication.verify_claims", [
          { key: "client", is_required: claimRequired },
        ]);
        api.addOverride("specification.routes.0.request_policies.header_transformations.set_headers.items", [
          { name: "X-Client", values: ["${request.auth[client]}"], if_exists: ifExists },
        ]);
        return stack;
      };

      test("a header set from a required claim, overwriting the caller's, passes", () => {
        expect(violationsOf(withClientHeader("OVERWRITE", true))).toEqual([]);
      });

      test("a header the caller can keep (SKIP) or add to (APPEND) is refused", () => {
        for (const ifExists of ["SKIP", "APPEND"]) {
          expectViolations(withClientHeader(ifExists, true), [
            [
              "OCI-APIGW-IDENTITY-HEADER",
              "test/Api",
              "oci_apigateway_deployment",
              /route \/messages sets header X-Client from request\.auth without if_exists = "OVERWRITE"/,
            ],
          ]);
        }
      });

      test("a header from a claim the token may lack is refused, naming the verify_claims to add", () => {
        expectViolations(withClientHeader("OVERWRITE", false), [
          [
            "OCI-APIGW-IDENTITY-HEADER",
            "test/Api",
            "oci_apigateway_deployment",
            /X-Client from request\.auth\[client\], but the token may lack that claim.*key = "client", is_required = true/,
          ],
        ]);
      });
    });
  });
});

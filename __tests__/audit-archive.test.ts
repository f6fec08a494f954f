import { committedStack } from "./support/committed-stacks";
import { environmentWith, synthStack } from "./support/synth";

const FUNCTIONS = "ocid1.compartment.oc1..aaaaaaaaexamplefunctions000000000000000000000000000000000";
const STREAMING = "ocid1.compartment.oc1..aaaaaaaaexamplestreaming000000000000000000000000000000000";

// dataSync.auditArchive: a third connector copies every data-stream message into a private bucket, for audit.
describe("the audit copy of the data stream", () => {
  const audited = synthStack(environmentWith((raw) => (raw.dataSync.auditArchive = { enabled: true }), "example"));
  const ref = (synth: typeof audited, type: string, name: string, attribute: string) => {
    const [key] = Object.entries<any>(synth.json.resource[type]).find(([, r]) => r.name === name)!;
    return `\${${type}.${key}.${attribute}}`;
  };
  const bucketRef = (synth: typeof audited, name: string) => ref(synth, "oci_objectstorage_bucket", name, "name");
  const streamRef = (synth: typeof audited, name: string) => ref(synth, "oci_streaming_stream", name, "id");

  test("is off by default: no audit bucket, no third connector", () => {
    const plain = committedStack("example");
    expect(plain.resources("oci_objectstorage_bucket").map((b) => b.name)).not.toContain("evs-example-audit");
    expect(
      plain
        .resources("oci_sch_service_connector")
        .map((c) => c.display_name)
        .sort(),
    ).toEqual(["evs-example-data-to-process", "evs-example-deadletters-to-archive"]);
  });

  test("when enabled, a connector writes the data stream under audit/ in a private, key-encrypted bucket", () => {
    const audit = bucketRef(audited, "evs-example-audit");
    const connector = audited
      .resources("oci_sch_service_connector")
      .find((c) => c.display_name === "evs-example-data-to-audit");
    expect(connector).toMatchObject({
      source: { kind: "streaming", stream_id: streamRef(audited, "evs-example-data") },
      target: { kind: "objectStorage", bucket: audit, object_name_prefix: "audit" },
    });
    const bucket = audited.resources("oci_objectstorage_bucket").find((b) => b.name === "evs-example-audit");
    expect(bucket).toMatchObject({ access_type: "NoPublicAccess", kms_key_id: expect.stringContaining("${") });
    const statements: string[] = audited.resources("oci_identity_policy").flatMap((p) => p.statements);
    expect(statements).toContain(
      `Allow any-user to manage objects in compartment id ${STREAMING} where all {request.principal.type = 'serviceconnector', request.principal.compartment.id = '${FUNCTIONS}', target.bucket.name = '${audit}'}`,
    );
  });

  test("its lifecycle comes from auditArchive.lifecycle: Archive tier after 30 days by default", () => {
    const audit = bucketRef(audited, "evs-example-audit");
    const rules = (synth: typeof audited) =>
      synth
        .resources("oci_objectstorage_object_lifecycle_policy")
        .find((l) => l.bucket === audit)
        ?.rules.map((r: any) => [r.action, r.target, r.time_amount]);
    expect(rules(audited)).toEqual([["ARCHIVE", "objects", "30"]]);
    const tuned = synthStack(
      environmentWith(
        (raw) =>
          (raw.dataSync.auditArchive = {
            enabled: true,
            bucketName: "evs-example-audit",
            lifecycle: { archiveAfterDays: 90, deleteAfterDays: 2555 },
          }),
        "example",
      ),
    );
    expect(rules(tuned)).toEqual([
      ["ARCHIVE", "objects", "90"],
      ["DELETE", "objects", "2555"],
      ["DELETE", "previous-object-versions", "2555"],
    ]);
  });

  test("its connector has errors and freshness alarms, and a lag chart on the dashboard", () => {
    const alarms = audited.resources("oci_monitoring_alarm").map((a) => a.display_name);
    expect(alarms).toEqual(
      expect.arrayContaining([
        "evs-example-audit-connector-target-errors",
        "evs-example-audit-connector-source-errors",
        "evs-example-audit-connector-freshness",
      ]),
    );
    const [dashboard] = audited
      .resources("oci_management_dashboard_management_dashboards_import")
      .flatMap((r) => JSON.parse(r.import_details).dashboards);
    expect(dashboard.tiles.map((t: any) => t.displayName)).toContain("connectors: audit copy lag (DataFreshness)");
  });

  test("nonsense lifecycle ages are refused, naming the field", () => {
    expect(() =>
      environmentWith(
        (raw) =>
          (raw.dataSync.auditArchive = { enabled: true, lifecycle: { archiveAfterDays: 30, deleteAfterDays: 7 } }),
      ),
    ).toThrow(/dataSync\.auditArchive\.lifecycle\.deleteAfterDays: must be more than archiveAfterDays \(30\)/);
  });
});

import { Testing } from "cdktf";
import { ManagementDashboard } from "../constructs/resources/management-dashboard";
import { checkAlarmQuery } from "../constructs/resources/metric-catalog";
import { addPolicies, addStream, COMPARTMENT } from "./support/bare-stack";
import { committedEnvironmentNames, committedStackJson } from "./support/committed-stacks";
import { environmentWith, refByDisplayName, synthStack } from "./support/synth";

/** The dashboards a synthesized stack imports, parsed from each resource's import_details. */
function dashboards(json: Record<string, any>): any[] {
  return Object.values<any>(json.resource.oci_management_dashboard_management_dashboards_import ?? {}).flatMap(
    (r) => JSON.parse(r.import_details).dashboards,
  );
}

describe("ManagementDashboard", () => {
  test("one chart per tile, laid out on the 12-column grid, each tile's saved search imported with it", () => {
    let dashboard: ManagementDashboard | undefined;
    // GIVEN a bare stack with one stream
    const synthesized = Testing.synthScope((scope) => {
      addPolicies(scope);
      const stream = addStream(scope);
      // WHEN a dashboard charts six of its metrics in two rows
      const metric = stream.metricPuts({ interval: "5m" });
      dashboard = new ManagementDashboard(scope, "Dashboard", {
        compartmentId: COMPARTMENT,
        displayName: "t dashboard",
        description: "test",
        region: "us-ashburn-1",
        rows: [
          { title: "a", tiles: [1, 2, 3, 4, 5].map((n) => ({ title: `puts ${n}`, metric })) },
          { title: "b", tiles: [{ title: "gets", metric: stream.metricGets(), seriesBy: "resourceId" }] },
        ],
      });
    });
    // THEN
    const [resource] = Object.values<any>(
      JSON.parse(synthesized).resource.oci_management_dashboard_management_dashboards_import,
    );
    expect(resource.override_same_name).toBe("true");
    const [imported] = JSON.parse(resource.import_details).dashboards;
    expect(imported).toMatchObject({ displayName: "t dashboard", compartmentId: COMPARTMENT, type: "NORMAL" });
    expect(imported.tiles.map((t: any) => [t.displayName, t.row, t.column, t.width])).toEqual([
      ["a: puts 1", 0, 0, 3],
      ["a: puts 2", 0, 3, 3],
      ["a: puts 3", 0, 6, 3],
      ["a: puts 4", 0, 9, 3],
      ["a: puts 5", 4, 0, 12],
      ["b: gets", 8, 0, 12],
    ]);
    expect(imported.savedSearches.map((s: any) => s.id)).toEqual(imported.tiles.map((t: any) => t.savedSearchId));
    expect(new Set(imported.tiles.map((t: any) => t.savedSearchId)).size).toBe(6);
    const [source] = imported.tiles[0].dataConfig;
    expect(source).toMatchObject({
      type: "monitoringDataSource",
      parameters: {
        namespace: "oci_streaming",
        compartmentId: COMPARTMENT,
        regionName: "us-ashburn-1",
        mql: expect.stringMatching(
          /^PutMessagesThroughput\.Count\[5m\]\{resourceId = "\$\{oci_streaming_stream\.[A-Za-z0-9_]+\.id\}"\}\.sum\(\)$/,
        ),
      },
    });
    expect(imported.tiles[5].uiConfig.chartInfo.series).toBe("dimensions.resourceId");
    expect(dashboard?.dashboard.displayName).toBe("t dashboard");
  });

  test("ids stay the same from one synth to the next, so a redeploy does not re-create the saved searches", () => {
    const ids = () => {
      const synthesized = Testing.synthScope((scope) => {
        addPolicies(scope);
        const metric = addStream(scope).metricPuts();
        new ManagementDashboard(scope, "Dashboard", {
          compartmentId: COMPARTMENT,
          displayName: "d",
          description: "d",
          region: "r",
          rows: [{ title: "a", tiles: [{ title: "puts", metric }] }],
        });
      });
      const [resource] = Object.values<any>(
        JSON.parse(synthesized).resource.oci_management_dashboard_management_dashboards_import,
      );
      const [d] = JSON.parse(resource.import_details).dashboards;
      return [d.dashboardId, d.savedSearches[0].id];
    };
    expect(ids()).toEqual(ids());
    expect(ids()[0]).toMatch(/^ocid1\.managementdashboard\.oc1\.\.[0-9a-f]{40}$/);
  });

  test("a dashboard without tiles is refused", () => {
    expect(() =>
      Testing.synthScope(
        (scope) =>
          new ManagementDashboard(scope, "Empty", {
            compartmentId: COMPARTMENT,
            displayName: "d",
            description: "d",
            region: "r",
            rows: [{ title: "a", tiles: [] }],
          }),
      ),
    ).toThrow(/ManagementDashboard Empty: rows must hold at least one tile/);
  });
});

describe("the data sync dashboard", () => {
  const synth = { json: committedStackJson("example") };
  const [dashboard] = dashboards(synth.json);
  const tile = (title: string) => {
    const found = dashboard.tiles.find((t: any) => t.displayName === title);
    if (!found) throw new Error(`no tile "${title}" in ${dashboard.tiles.map((t: any) => t.displayName).join(", ")}`);
    return { ...found.dataConfig[0].parameters, series: found.uiConfig.chartInfo.series };
  };

  test("is deployed with the stack, a row per stage", () => {
    expect(dashboards(synth.json)).toHaveLength(1);
    expect(dashboard.displayName).toBe("evs-example data sync");
    expect([...new Set(dashboard.tiles.map((t: any) => t.displayName.split(":")[0]))]).toEqual([
      "ingest",
      "streams",
      "delivery",
      "error streams",
      "connectors",
      "functions",
    ]);
  });

  test("ingest: API requests, 4xx and 5xx of the gateway, and uploads as claim-check invocations", () => {
    const gateway = refByDisplayName(synth, "oci_apigateway_gateway", "evs-example-api");
    expect(tile("ingest: API requests").mql).toBe(`HttpRequests[5m]{resourceId = "${gateway}"}.sum()`);
    expect(tile("ingest: API 4xx").mql).toBe(
      `HttpResponses[5m]{resourceId = "${gateway}", httpStatusCategory = "4xx"}.sum()`,
    );
    expect(tile("ingest: API 5xx").mql).toContain(`httpStatusCategory = "5xx"`);
    const claimCheck = refByDisplayName(synth, "oci_functions_function", "evs-example-claim-check");
    expect(tile("ingest: claim-check invocations")).toMatchObject({
      namespace: "oci_faas",
      mql: `FunctionInvocationCount[5m]{resourceId = "${claimCheck}"}.sum()`,
    });
  });

  test("delivery: delivered, failed and latency per target from the custom metrics; backlog and its age", () => {
    const custom = { namespace: "event_streaming", series: "dimensions.target" };
    expect(tile("delivery: delivered")).toMatchObject({
      ...custom,
      mql: `MessagesDelivered[5m]{deployment = "evs-example"}.sum()`,
    });
    expect(tile("delivery: latency (ms)")).toMatchObject({
      ...custom,
      mql: `DeliveryLatency[5m]{deployment = "evs-example"}.mean()`,
    });
    expect(tile("error streams: recoverable backlog oldest age (s)").mql).toBe(
      `RecoverableBacklogOldestAgeSeconds[5m]{deployment = "evs-example", function = "retry"}.max()`,
    );
  });

  test("connectors: each connector's DataFreshness by connectorId", () => {
    const connector = refByDisplayName(synth, "oci_sch_service_connector", "evs-example-data-to-process");
    expect(tile("connectors: data-to-process lag (DataFreshness)")).toMatchObject({
      namespace: "oci_service_connector_hub",
      mql: `DataFreshness[5m]{connectorId = "${connector}"}.max()`,
    });
  });

  test("dataSync.dashboard.enabled false deploys none", () => {
    const off = synthStack(environmentWith((raw) => (raw.dataSync.dashboard = { enabled: false })));
    expect(off.resources("oci_management_dashboard_management_dashboards_import")).toEqual([]);
  });
});

describe("every chart of every stack's dashboard queries a documented metric and documented dimensions", () => {
  test.each(committedEnvironmentNames())("%s", (name) => {
    const tiles = dashboards(committedStackJson(name)).flatMap((d) => d.tiles);
    expect(tiles.length).toBeGreaterThanOrEqual(15);
    const problems = tiles.flatMap((t: any) =>
      t.dataConfig.flatMap(({ parameters: p }: any) =>
        checkAlarmQuery(p.namespace, p.mql).map((problem) => `${t.displayName}: ${problem}`),
      ),
    );
    expect(problems).toEqual([]);
  });
});

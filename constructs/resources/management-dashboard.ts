import { createHash } from "crypto";
import { Construct } from "constructs";
import { ManagementDashboardManagementDashboardsImport } from "../../.gen/providers/oci/management-dashboard-management-dashboards-import";
import { Metric } from "./metric";

/** One chart: a metric from the method of the construct that owns it, e.g. `stream.metricPuts()`. */
export interface DashboardTile {
  /** The chart's title. */
  readonly title: string;
  /** What the chart draws; its namespace, compartment and MQL come from it. */
  readonly metric: Metric;
  /**
   * The dimension whose values are the chart's series, e.g. `target`: a query without that filter returns one time
   * series per value.
   * @default - one series
   */
  readonly seriesBy?: string;
}

/** A row of charts under one heading, e.g. a stage of the pipeline. */
export interface DashboardRow {
  /** Put before each of the row's chart titles, e.g. `delivery`. */
  readonly title: string;
  /** The row's charts, left to right; more than four wrap onto a second grid row. */
  readonly tiles: readonly DashboardTile[];
}

export interface ManagementDashboardProps {
  /** Compartment of the dashboard and its saved searches. */
  readonly compartmentId: string;
  /** The dashboard's name, unique in the tenancy's dashboards. */
  readonly displayName: string;
  /** Shown under the name. */
  readonly description: string;
  /** The region whose metrics the charts read, e.g. `us-ashburn-1`. */
  readonly region: string;
  /** The charts, a row each. */
  readonly rows: readonly DashboardRow[];
}

/** Management Dashboard tiles sit on a 12-column grid, (0,0) top left (ManagementDashboardTileDetails, SDK model). */
const GRID_COLUMNS = 12;
const TILES_PER_LINE = 4;
const TILE_HEIGHT = 4;
/** Provider and metadata versions of a dashboard this project writes (see the class comment for their sources). */
const PROVIDER = { providerId: "log-analytics", providerName: "Logging Analytics", providerVersion: "3.0.0" };
const METADATA_VERSION = "2.0";
/** The dashboard's time picker, which each chart's query window follows. */
const TIME_PARAMETER = { name: "time", displayName: "Time", src: "$(context.time)" };

/**
 * A Management Dashboard of Monitoring charts, deployed with the stack. The OCI provider 8.28.0 has no resource for
 * the Console's custom dashboards; it has `oci_management_dashboard_management_dashboards_import`, which imports
 * dashboards and their saved searches from the JSON of ManagementDashboardImportDetails (`import_details`; provider
 * example `examples/management_dashboard/sample.json`). The JSON is built here from metric objects, so a chart's
 * query is the same MQL an alarm on that metric uses and is checked against the metric catalog when it is made.
 *
 * Field by field, the document follows the SDK models ManagementDashboardForImportExportDetails,
 * ManagementSavedSearchForImportDetails and ManagementDashboardTileDetails (oci-managementdashboard, API 20200901;
 * tiles on a twelve-column grid, saved search type WIDGET_SHOW_IN_DASHBOARD, dashboard type NORMAL). What a
 * Monitoring chart's `dataConfig` and `uiConfig` hold (`type: "monitoringDataSource"` with `namespace`, `mql`,
 * `compartmentId`, `regionName`, `startTime`, `endTime`; `vizType: "chart"` over `aggregatedDatapoints`; widget
 * `visualizations/chartWidget`) Oracle documents only as "see examples": this shape is the one a public example of
 * creating Monitoring widgets through the Management Dashboard SDK uses, with its provider fields. Importing it on a
 * tenancy is *unverified*; the deploying user needs `manage management-dashboard-family` in the compartment.
 * Saved-search and dashboard ids are derived from the construct path, stable across synths; `override_same_name`
 * lets a changed dashboard replace the one of the same name.
 */
export class ManagementDashboard extends Construct {
  public readonly resource: ManagementDashboardManagementDashboardsImport;
  /** The dashboard as imported (ManagementDashboardForImportExportDetails), for tests and exports. */
  public readonly dashboard: Record<string, unknown>;

  constructor(scope: Construct, id: string, props: ManagementDashboardProps) {
    super(scope, id);
    const tiles = layOut(props.rows);
    if (tiles.length === 0) throw new Error(`ManagementDashboard ${id}: rows must hold at least one tile`);
    const ocid = (kind: string, key: string) =>
      `ocid1.${kind}.oc1..${createHash("sha256").update(`${this.node.path}/${key}`).digest("hex").slice(0, 40)}`;
    const charts = tiles.map(({ title, tile, row, column, width }) => {
      const savedSearchId = ocid("managementsavedsearch", title);
      const dataConfig = [monitoringDataSource(tile.metric, props.region)];
      const uiConfig = lineChart(tile);
      return {
        savedSearch: {
          id: savedSearchId,
          displayName: title,
          ...PROVIDER,
          compartmentId: props.compartmentId,
          isOobSavedSearch: false,
          description: `${tile.metric.namespace} ${tile.metric.metricName}`,
          nls: {},
          type: "WIDGET_SHOW_IN_DASHBOARD",
          uiConfig,
          dataConfig,
          screenImage: "none",
          metadataVersion: METADATA_VERSION,
          widgetTemplate: "visualizations/chartWidgetTemplate.html",
          widgetVM: "visualizations/chartWidget",
          parametersConfig: [{ name: "time", displayName: "Time", required: true }],
          drilldownConfig: [],
        },
        tile: {
          displayName: title,
          savedSearchId,
          row,
          column,
          height: TILE_HEIGHT,
          width,
          nls: {},
          uiConfig,
          dataConfig,
          state: "DEFAULT",
          drilldownConfig: [],
          parametersMap: { time: "$(context.time)" },
        },
      };
    });
    this.dashboard = {
      dashboardId: ocid("managementdashboard", "dashboard"),
      ...PROVIDER,
      tiles: charts.map((c) => c.tile),
      displayName: props.displayName,
      description: props.description,
      compartmentId: props.compartmentId,
      isOobDashboard: false,
      isShowInHome: true,
      metadataVersion: METADATA_VERSION,
      isShowDescription: true,
      screenImage: "none",
      nls: {},
      uiConfig: { isFilteringEnabled: false, isRefreshEnabled: true, isTimeRangeEnabled: true },
      dataConfig: [],
      type: "NORMAL",
      isFavorite: false,
      savedSearches: charts.map((c) => c.savedSearch),
      parametersConfig: [TIME_PARAMETER],
      drilldownConfig: [],
    };
    this.resource = new ManagementDashboardManagementDashboardsImport(this, "Import", {
      importDetails: JSON.stringify({ dashboards: [this.dashboard] }),
      overrideSameName: "true",
    });
  }
}

interface PlacedTile {
  readonly title: string;
  readonly tile: DashboardTile;
  readonly row: number;
  readonly column: number;
  readonly width: number;
}

/** Each row's tiles share the 12 columns, at most four to a grid line; the next row starts on a new line. */
function layOut(rows: readonly DashboardRow[]): PlacedTile[] {
  const placed: PlacedTile[] = [];
  let line = 0;
  for (const row of rows) {
    for (let start = 0; start < row.tiles.length; start += TILES_PER_LINE) {
      const chunk = row.tiles.slice(start, start + TILES_PER_LINE);
      const width = GRID_COLUMNS / chunk.length;
      chunk.forEach((tile, i) =>
        placed.push({
          title: `${row.title}: ${tile.title}`,
          tile,
          row: line * TILE_HEIGHT,
          column: Math.floor(i * width),
          width: Math.floor(width),
        }),
      );
      line++;
    }
  }
  return placed;
}

function monitoringDataSource(metric: Metric, region: string) {
  return {
    name: "metric",
    type: "monitoringDataSource",
    parameters: {
      compartmentId: metric.compartmentId,
      namespace: metric.namespace,
      mql: metric.toMql(),
      regionName: region,
      startTime: "$(params.time.start)",
      endTime: "$(params.time.end)",
      maxDataPoints: "useInterval",
    },
  };
}

function lineChart(tile: DashboardTile) {
  const series = tile.seriesBy ? `dimensions.${tile.seriesBy}` : "name";
  return {
    vizType: "chart",
    defaultDataSource: "metric",
    chartInfo: {
      jetConfig: {
        type: "line",
        timeAxisType: "enabled",
        xAxis: { viewportMin: "$(params.time.start)", viewportMax: "$(params.time.end)" },
        dataCursor: "on",
        legend: { rendered: true, position: "top" },
        yAxis: { title: tile.metric.metricName },
      },
      value: "aggregatedDatapoints.value",
      group: "aggregatedDatapoints.timestamp",
      series,
      colorBy: series,
    },
  };
}

import { EndpointBuilder } from "oci-common";
import { MonitoringClient } from "oci-monitoring";
import { ClientContext, clientConfiguration } from "./client-context";

/**
 * PostMetricData goes to the telemetry-ingestion host, not the `telemetry` host the SDK derives from the region
 * ("The endpoints for this operation differ from other Monitoring operations. Replace the string telemetry with
 * telemetry-ingestion in the endpoint", PostMetricData, Monitoring API; oci-monitoring 2.139.1 keeps
 * serviceEndpointTemplate "https://telemetry.{region}.{secondLevelDomain}" for every operation).
 */
export const TELEMETRY_INGESTION_TEMPLATE = "https://telemetry-ingestion.{region}.{secondLevelDomain}";

/** Monitoring's metric ingestion in the function's region, or at MONITORING_ENDPOINT when set. */
export function monitoringClient(ctx: ClientContext, endpointOverride?: string): MonitoringClient {
  const client = new MonitoringClient({ authenticationDetailsProvider: ctx.auth }, clientConfiguration(ctx));
  // Set after the client took the provider's region, which would put the `telemetry` host back.
  client.endpoint =
    endpointOverride ??
    EndpointBuilder.createEndpointFromRegion(TELEMETRY_INGESTION_TEMPLATE, ctx.auth.getRegion(), "monitoring");
  return client;
}

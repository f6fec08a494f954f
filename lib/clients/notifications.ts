import { NotificationDataPlaneClient } from "oci-ons";
import { ClientContext, clientConfiguration } from "./client-context";

/** Notifications publishing in the function's region, or at NOTIFICATIONS_ENDPOINT when set. */
export function notificationsClient(ctx: ClientContext): NotificationDataPlaneClient {
  const client = new NotificationDataPlaneClient({ authenticationDetailsProvider: ctx.auth }, clientConfiguration(ctx));
  if (ctx.config.NOTIFICATIONS_ENDPOINT) client.endpoint = ctx.config.NOTIFICATIONS_ENDPOINT;
  return client;
}

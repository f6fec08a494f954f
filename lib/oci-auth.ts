import {
  AuthenticationDetailsProvider,
  ConfigFileAuthenticationDetailsProvider,
  RegionProvider,
  ResourcePrincipalAuthenticationDetailsProvider,
} from "oci-common";
import { ConfigurationError } from "./errors";
import { PlatformConfig } from "./platform-config";

export type OciAuth = AuthenticationDetailsProvider & RegionProvider;

/**
 * Inside OCI Functions the resource principal (the OCI_RESOURCE_PRINCIPAL_* variables the platform sets); with
 * OCI_AUTH=config_file, the user's OCI config file, for running a function on a workstation.
 */
export function authenticationProvider(config: PlatformConfig): OciAuth {
  try {
    return config.OCI_AUTH === "config_file"
      ? new ConfigFileAuthenticationDetailsProvider(config.OCI_CONFIG_FILE, config.OCI_CONFIG_PROFILE)
      : ResourcePrincipalAuthenticationDetailsProvider.builder();
  } catch (err) {
    throw new ConfigurationError([`OCI_AUTH=${config.OCI_AUTH}: cannot authenticate: ${String(err)}`]);
  }
}

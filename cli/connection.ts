import { readFileSync } from "fs";
import * as common from "oci-common";
import { ObjectStorageClient } from "oci-objectstorage";
import { StreamClient } from "oci-streaming";
import { Agent, buildConnector } from "undici";
import "../lib/sdk-patches";
import { CliError, Target, UsageError } from "./errors";
import { CommonOptions } from "./options";

/**
 * Finds the stream and its messages endpoint, from flags or from the deployed stack's outputs
 * (`cdktf output --outputs-file`: `{ "<stack>": { "<output>": value } }`), whose stacks name them
 * `<stream>_stream_id` and `messages_endpoint`. Flags win over the file.
 */
export function resolveTarget(options: CommonOptions): Target {
  const target = options.outputsFile
    ? fromOutputs(options, options.outputsFile)
    : { endpoint: options.endpoint!, streamId: options.streamId! };
  if (!/^https?:\/\/[^/]+/.test(target.endpoint)) {
    throw new UsageError(
      `the endpoint must be an https:// URL such as https://cell-1.streaming.us-ashburn-1.oci.oraclecloud.com (got "${target.endpoint}")`,
    );
  }
  return target;
}

function fromOutputs(options: CommonOptions, file: string): Target {
  const outputs = stackOutputs(file, options.stack);
  const pick = (name: string): string => {
    const value = outputs.values[name];
    if (typeof value !== "string" || value === "") {
      throw new CliError(
        `${file}: stack "${outputs.stack}" has no output "${name}" (it has: ${Object.keys(outputs.values).join(", ") || "none"})`,
      );
    }
    return value;
  };
  return {
    endpoint: options.endpoint ?? pick("messages_endpoint"),
    streamId: options.streamId ?? pick(`${options.stream}_stream_id`),
  };
}

function stackOutputs(file: string, stack: string | undefined): { stack: string; values: Record<string, unknown> } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new CliError(`cannot read the outputs file ${file}: ${(error as Error).message}`);
  }
  if (typeof parsed !== "object" || parsed === null) throw new CliError(`${file} is not a cdktf outputs file`);
  const stacks = parsed as Record<string, Record<string, unknown>>;
  const names = Object.keys(stacks);
  const chosen = stack ?? (names.length === 1 ? names[0] : undefined);
  if (!chosen) throw new UsageError(`${file} holds stacks ${names.join(", ") || "(none)"}: pick one with --stack`);
  if (typeof stacks[chosen] !== "object" || stacks[chosen] === null) {
    throw new CliError(`${file} has no stack "${chosen}" (it has: ${names.join(", ") || "none"})`);
  }
  return { stack: chosen, values: stacks[chosen] };
}

/** A StreamClient and what closes it with everything it opened. */
export interface StreamConnection {
  readonly client: StreamClient;
  /** Why the tunnel last failed to connect (the SDK reports only "fetch failed"). */
  lastTunnelError(): Error | undefined;
  close(): Promise<void>;
}

/**
 * A StreamClient signing with the API key of a config-file profile. The SDK's own retries are off:
 * the CLI retries itself, with short bounded back-off, and reports what failed. With `connectTo`, every
 * connection goes there instead (a bastion port-forwarding tunnel), while TLS still checks the endpoint's name.
 */
export function createStreamClient(options: CommonOptions, endpoint: string): StreamConnection {
  const provider = configFileProvider(options);
  let lastTunnelError: Error | undefined;
  const tunnel = options.connectTo && tunnelTo(options.connectTo, (error) => (lastTunnelError = error));
  const client = new StreamClient(
    { authenticationDetailsProvider: provider },
    {
      retryConfiguration: common.NoRetryConfigurationDetails,
      // The SDK hands httpOptions to Node's fetch, whose `dispatcher` decides where connections go.
      ...(tunnel ? { httpOptions: { dispatcher: tunnel } } : {}),
    },
  );
  client.endpoint = endpoint;
  return {
    client,
    lastTunnelError: () => lastTunnelError,
    close: async () => {
      client.close();
      await tunnel?.close();
    },
  };
}

/**
 * An HTTP agent that opens every connection to `to` but keeps the request's own host name for TLS: the SNI and
 * the certificate check use the endpoint's FQDN, as OCI asks of a private pool's clients ("use the FQDN, not the
 * private IP, in order to not trigger any TLS issues": Streaming API, PrivateEndpointSettings.privateEndpointIp).
 */
function tunnelTo(to: { host: string; port: number }, onError: (error: Error) => void): Agent {
  const connect = buildConnector({});
  return new Agent({
    connect: (request, callback) =>
      connect(
        { ...request, servername: request.servername ?? request.hostname, hostname: to.host, port: String(to.port) },
        (error, socket) => {
          if (error === null) return callback(null, socket);
          onError(error);
          callback(error, null);
        },
      ),
  });
}

/** The API key of a config-file profile, or a CLI error naming the profile and the file. */
function configFileProvider(
  options: Pick<CommonOptions, "configFile" | "profile">,
): common.ConfigFileAuthenticationDetailsProvider {
  try {
    return new common.ConfigFileAuthenticationDetailsProvider(options.configFile, options.profile);
  } catch (error) {
    const file = options.configFile ?? "~/.oci/config";
    throw new CliError(
      `cannot use profile ${options.profile} of the OCI config file ${file}: ${(error as Error).message}`,
    );
  }
}

/**
 * An Object Storage client signing with the same profile, in the profile's region or at `endpoint`; the SDK's own
 * retries off, as for streams.
 */
export function createObjectStorageClient(
  options: Pick<CommonOptions, "configFile" | "profile">,
  endpoint?: string,
): ObjectStorageClient {
  const client = new ObjectStorageClient(
    { authenticationDetailsProvider: configFileProvider(options) },
    { retryConfiguration: common.NoRetryConfigurationDetails },
  );
  if (endpoint) client.endpoint = endpoint;
  return client;
}

import { CircuitBreaker, ClientConfiguration } from "oci-common";
import { Deadline } from "../deadline";
import { OciAuth } from "../oci-auth";
import { PlatformConfig } from "../platform-config";
import { deadlineRetryConfiguration, RetryOptions } from "../sdk-retry";
import "../sdk-patches";

/** What a call needs to build SDK clients: who it is, where the services are, and when it must stop. */
export interface ClientContext {
  readonly auth: OciAuth;
  readonly config: PlatformConfig;
  readonly deadline: Deadline;
  readonly retry?: RetryOptions;
}

/**
 * No circuit breaker: Object Storage, Secrets and Notifications clients turn the SDK's on by default, and with
 * `httpOptions` set its path hands the SDK an unwrapped `{response}` ("e.text is not a function", oci-common
 * 2.139.1). A breaker would not help anyway: clients live for one call, and the deadline already bounds failures.
 */
const NO_CIRCUIT_BREAKER = new CircuitBreaker({ disableClientCircuitBreaker: true });

/**
 * Clients are made per call because both settings belong to the call: SDK retries bounded by its deadline, and
 * the deadline's abort signal on every request, as the SDK itself has no request timeout.
 */
export function clientConfiguration(
  ctx: ClientContext,
  retry: RetryOptions | undefined = ctx.retry,
): ClientConfiguration {
  return {
    retryConfiguration: deadlineRetryConfiguration(ctx.deadline, retry),
    httpOptions: { signal: ctx.deadline.signal },
    circuitBreaker: NO_CIRCUIT_BREAKER,
  };
}

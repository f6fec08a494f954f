import { requests } from "oci-secrets";
import { ClientContext } from "./clients/client-context";
import { secretsClient } from "./clients/secrets";
import { describeFailure, serviceStatus } from "./failure";

/**
 * What a secret holds until someone sets it outside Terraform (constructs/resources/secret.ts writes it; a test keeps the two
 * equal). Functions treat it as "not configured": never a credential to send or a token to accept.
 */
export const SECRET_PLACEHOLDER = "SET-ME-OUTSIDE-TERRAFORM";

export type SecretValue =
  | { readonly configured: true; readonly value: string }
  | { readonly configured: false; readonly reason: string };

interface Cached {
  readonly value: Promise<SecretValue>;
  readonly expiresAt: number;
}

/**
 * Reads Vault secrets (GetSecretBundle, stage CURRENT) and keeps each value for `ttlMs`, so a warm function reads a
 * secret once per TTL rather than once per call or per message. Concurrent readers share one request. A missing,
 * empty or placeholder secret is "not configured" and, like a failed read, is not kept: the next call reads it again,
 * so a secret set by the operator takes effect on the next call, not after the TTL.
 */
export class SecretCache {
  private readonly entries = new Map<string, Cached>();

  constructor(private readonly ttlMs: number) {}

  read(ctx: ClientContext, secretId: string): Promise<SecretValue> {
    const cached = this.entries.get(secretId);
    if (cached && cached.expiresAt > Date.now()) return cached.value;
    const value = fetchSecret(ctx, secretId);
    const entry = { value, expiresAt: Date.now() + this.ttlMs };
    this.entries.set(secretId, entry);
    const forget = () => {
      if (this.entries.get(secretId) === entry) this.entries.delete(secretId);
    };
    value.then((secret) => {
      if (!secret.configured) forget();
    }, forget);
    return value;
  }

  /** Forgets a secret, so the next read goes to the Vault (after the target refused the cached value). */
  invalidate(secretId: string): void {
    this.entries.delete(secretId);
  }
}

async function fetchSecret(ctx: ClientContext, secretId: string): Promise<SecretValue> {
  const client = secretsClient(ctx);
  try {
    const response = await client.getSecretBundle({ secretId, stage: requests.GetSecretBundleRequest.Stage.Current });
    const content = response.secretBundle.secretBundleContent as { content?: string } | undefined;
    const value = Buffer.from(content?.content ?? "", "base64")
      .toString("utf8")
      .trim();
    if (value === "") return { configured: false, reason: `secret ${secretId} is empty` };
    if (value === SECRET_PLACEHOLDER) {
      return { configured: false, reason: `secret ${secretId} still holds the placeholder; set its value` };
    }
    return { configured: true, value };
  } catch (err) {
    if (serviceStatus(err) === 404) {
      return { configured: false, reason: `secret ${secretId} not found or not readable by this function` };
    }
    throw Object.assign(new Error(`reading secret ${secretId} failed: ${String(describeFailure(err).message)}`), {
      cause: err,
    });
  } finally {
    client.close();
  }
}

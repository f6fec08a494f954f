import { matchPath, OciApiError, Reply, Route, StandInRequest, StandInServer } from "./standin-server";

/**
 * OCI Vault secret retrieval, GetSecretBundle (`/20190301/secretbundles/{secretId}`):
 * https://docs.oracle.com/iaas/api/#/en/secretretrieval/20190301/SecretBundle/GetSecretBundle
 *
 * Also the one Vault management operation the deploy guide uses to set a secret's value, UpdateSecret
 * (`PUT /20180608/secrets/{secretId}` with `{"secretContent": {"contentType": "BASE64", "content"}}`; "Updating the
 * secret content automatically creates a new secret version":
 * https://docs.oracle.com/iaas/api/#/en/vault/20180608/Secret/UpdateSecret, and `oci vault secret update-base64`,
 * https://docs.oracle.com/en-us/iaas/Content/secret-management/Tasks/update-secret-new-version.htm). OCI serves it
 * at the vault's management endpoint, another host than the secrets endpoint; here one stand-in answers both.
 */

interface SecretVersion {
  readonly versionNumber: number;
  readonly content: Buffer;
  readonly timeCreated: Date;
}

export class SecretsStandIn extends StandInServer {
  private readonly secrets = new Map<string, SecretVersion[]>();

  /** Forgets every secret. */
  override reset(): void {
    super.reset();
    this.secrets.clear();
  }

  /** Adds a new CURRENT version of a secret (creating the secret if needed); returns its version number. */
  putSecret(secretId: string, content: string | Buffer): number {
    const versions = this.secrets.get(secretId) ?? [];
    this.secrets.set(secretId, versions);
    const versionNumber = versions.length + 1;
    versions.push({ versionNumber, content: Buffer.from(content), timeCreated: new Date() });
    return versionNumber;
  }

  protected route(method: string, url: URL): Route | undefined {
    if (method === "PUT") {
      const params = matchPath("/20180608/secrets/{secretId}", url.pathname);
      return params && { operation: "UpdateSecret", params, handle: (r) => this.updateSecret(r) };
    }
    const params = method === "GET" ? matchPath("/20190301/secretbundles/{secretId}", url.pathname) : undefined;
    return params && { operation: "GetSecretBundle", params, handle: (r) => this.getSecretBundle(r) };
  }

  /** UpdateSecret with new content: a new CURRENT version. Only existing secrets can be updated (404 otherwise). */
  private updateSecret(request: StandInRequest): Reply {
    const { secretId } = request.params;
    if (!this.secrets.has(secretId))
      throw new OciApiError(404, "NotAuthorizedOrNotFound", `Secret ${secretId} not found`);
    let details: any;
    try {
      details = JSON.parse(request.body.toString("utf8"));
    } catch {
      throw new OciApiError(400, "InvalidParameter", "The body is not JSON");
    }
    const content = details?.secretContent;
    if (content?.contentType !== "BASE64" || typeof content.content !== "string") {
      throw new OciApiError(400, "InvalidParameter", 'secretContent must be {"contentType": "BASE64", "content": ...}');
    }
    const versionNumber = this.putSecret(secretId, Buffer.from(content.content, "base64"));
    return { body: { id: secretId, currentVersionNumber: versionNumber, lifecycleState: "ACTIVE" } };
  }

  private getSecretBundle(request: StandInRequest): Reply {
    const { secretId } = request.params;
    const versions = this.secrets.get(secretId);
    if (!versions) throw new OciApiError(404, "NotAuthorizedOrNotFound", `Secret ${secretId} not found`);
    const current = versions[versions.length - 1];
    const query = request.url.searchParams;
    const stage = query.get("stage");
    const versionNumber = query.get("versionNumber");
    let version: SecretVersion | undefined;
    if (versionNumber !== null) {
      version = versions.find((v) => String(v.versionNumber) === versionNumber);
    } else if (stage === null || stage === "CURRENT" || stage === "LATEST") {
      version = current;
    } else if (stage === "PREVIOUS") {
      version = versions[versions.length - 2];
    } else if (!["PENDING", "DEPRECATED"].includes(stage)) {
      throw new OciApiError(
        400,
        "InvalidParameter",
        `stage must be CURRENT, PENDING, LATEST, PREVIOUS or DEPRECATED (got ${stage})`,
      );
    }
    if (!version) throw new OciApiError(404, "NotAuthorizedOrNotFound", `Secret ${secretId} has no such version`);
    const stages = version === current ? ["CURRENT", "LATEST"] : ["PREVIOUS"];
    return {
      body: {
        secretId,
        versionNumber: version.versionNumber,
        timeCreated: version.timeCreated.toISOString(),
        stages,
        secretBundleContent: { contentType: "BASE64", content: version.content.toString("base64") },
      },
    };
  }
}

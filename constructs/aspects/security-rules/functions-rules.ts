import { Finding, SecurityRule } from "./rule";

/** Config keys whose names say they hold a credential. */
const CREDENTIAL_KEY =
  /(pass(word|wd|phrase)|auth[_-]?token|(^|[_-])token$|private[_-]?key|api[_-]?key|key[_-]?file|fingerprint|(^|[_-])secret$|user[_-]?(ocid|id)$)/i;

/** Values that are credentials or identify a user, whatever the key is called. */
const CREDENTIAL_VALUES: [RegExp, string][] = [
  [/-----BEGIN [A-Z ]*(PRIVATE KEY|CERTIFICATE)-----/, "a PEM key"],
  [/\bocid1\.user\./, "a user OCID"],
  [/\bocid1\.credential\./, "a credential OCID"],
  [/\b([0-9a-f]{2}:){15}[0-9a-f]{2}\b/i, "an API key fingerprint"],
];

/** A credential kept in the Vault and passed by OCID or reference is the way to do it. */
function refersToVaultSecret(value: string): boolean {
  return /^ocid1\.vaultsecret\./.test(value) || /^\$\{oci_vault_secret\.[^.}]+\.id\}$/.test(value);
}

function credentialProblem(key: string, value: unknown): string | undefined {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  for (const [pattern, what] of CREDENTIAL_VALUES) {
    if (pattern.test(text)) return `config "${key}" holds ${what}`;
  }
  if (CREDENTIAL_KEY.test(key) && !refersToVaultSecret(text)) {
    return `config "${key}" looks like a credential`;
  }
  return undefined;
}

export const functionsUseResourcePrincipals: SecurityRule = {
  id: "OCI-FN-CREDENTIALS",
  description:
    "Function and application config holds no user keys, auth tokens, passwords, private keys or fingerprints: functions authenticate as resource principals and read secrets from the Vault.",
  reference: "OCI Functions resource principals; CIS OCI 1.8-1.10 (user API keys, secret keys, auth tokens)",
  check: (context) => {
    const findings: Finding[] = [];
    for (const type of ["oci_functions_application", "oci_functions_function"]) {
      for (const resource of context.resourcesOf(type)) {
        const config: Record<string, unknown> = resource.body.config ?? {};
        for (const [key, value] of Object.entries(config)) {
          const problem = credentialProblem(key, value);
          if (problem) {
            findings.push({
              resource,
              message: `${problem}; use resource principals, and pass a Vault secret's OCID for anything secret`,
            });
          }
        }
      }
    }
    return findings;
  },
};

export const functionsRules = [functionsUseResourcePrincipals];

import { LocalSystem } from "../../local/system";

/** The synthesized config of the function whose display name ends with `-<suffix>`. */
export function functionConfigOf(json: Record<string, any>, suffix: string): Record<string, string> {
  return Object.values<any>(json.resource.oci_functions_function).find((f) => f.display_name.endsWith(`-${suffix}`))
    .config;
}

/** The local OCID of a secret a config names as `${oci_vault_secret.X.id}`. */
export function localSecretId(system: LocalSystem, reference: string): string {
  const address = /^\$\{(oci_vault_secret\.[^.]+)\.id\}$/.exec(reference)![1];
  return String(system.attributes(address).id);
}

/** Polls `probe` every 25 ms until it returns something truthy; fails naming `what` after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | false, timeoutMs = 8_000): Promise<T> {
  const giveUp = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > giveUp) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

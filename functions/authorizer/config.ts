import * as z from "zod/mini";
import { platformConfigSchema } from "../../lib/platform-config";

export const authorizerConfigSchema = z.extend(platformConfigSchema, {
  /** The Vault secret holding the bearer token API clients must present. */
  API_TOKEN_SECRET_ID: z.string().check(z.regex(/^ocid1\.vaultsecret\./, "must be a secret OCID")),
  /**
   * The Vault secret holding the operators' bearer token: it alone grants OPERATOR_SCOPE (`POST /v1/retry`).
   * Unset, nobody gets that scope.
   */
  OPERATOR_TOKEN_SECRET_ID: z.optional(z.string().check(z.regex(/^ocid1\.vaultsecret\./, "must be a secret OCID"))),
});

export type AuthorizerConfig = z.output<typeof authorizerConfigSchema>;

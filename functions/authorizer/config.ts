import * as z from "zod/mini";
import { parseJson } from "../../lib/json";
import { platformConfigSchema } from "../../lib/platform-config";
import { describeIssue } from "../../lib/validation";
import { TARGET_NAME, TARGET_NAME_RULE } from "../../lib/data-sync/targets";

/** The scopes the authorizer grants; routes allow them with ANY_OF (constructs/resources/messages-api.ts). */
export const API_SCOPES = ["produce", "operator"] as const;

/** One API client as the authorizer knows it. */
const clientSchema = z.strictObject({
  /** The Vault secret holding this client's bearer token, and no other client's. */
  secretId: z.string().check(z.regex(/^ocid1\.vaultsecret\./, "must be a secret OCID")),
  scope: z.array(z.enum(API_SCOPES)).check(z.minLength(1)),
  /** The usage-plan subscriber token of this client: its name there, not a secret (see messages-api.ts). */
  usagePlanToken: z.string().check(z.minLength(1)),
});

export type AuthorizerClient = z.output<typeof clientSchema> & { readonly name: string };

/** CLIENTS: JSON object from client name to its secret, scopes and usage-plan token. */
const clientsSchema = z.pipe(
  z.string(),
  z.transform((text, ctx): ReadonlyMap<string, AuthorizerClient> => {
    const clients = new Map<string, AuthorizerClient>();
    const parsed = parseJson(text);
    if (!parsed.ok || typeof parsed.value !== "object" || parsed.value === null || Array.isArray(parsed.value)) {
      ctx.issues.push({ code: "custom", message: "must be a JSON object of API clients", input: text });
      return clients;
    }
    for (const [name, settings] of Object.entries(parsed.value)) {
      if (!TARGET_NAME.test(name)) {
        ctx.issues.push({ code: "custom", message: `client name "${name}": must be ${TARGET_NAME_RULE}`, input: name });
        continue;
      }
      const result = clientSchema.safeParse(settings, { reportInput: true });
      if (!result.success) {
        for (const issue of result.error.issues) {
          ctx.issues.push({
            code: "custom",
            message: describeIssue({ ...issue, path: [name, ...issue.path] }),
            input: settings,
          });
        }
        continue;
      }
      clients.set(name, { name, ...result.data });
    }
    if (clients.size === 0 && ctx.issues.length === 0) {
      ctx.issues.push({ code: "custom", message: "must name at least one client", input: text });
    }
    return clients;
  }),
);

export const authorizerConfigSchema = z.extend(platformConfigSchema, {
  /** The API's clients, each with its own token secret. */
  CLIENTS: clientsSchema,
});

export type AuthorizerConfig = z.output<typeof authorizerConfigSchema>;

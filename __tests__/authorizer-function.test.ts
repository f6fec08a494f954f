import { SECRET_PLACEHOLDER as CONSTRUCT_PLACEHOLDER } from "../constructs/resources/secret";
import { SECRET_PLACEHOLDER } from "../lib/secret-cache";
import { presentedToken, tokensMatch } from "../functions/authorizer/token";
import { FnProcess } from "../stand-ins/fn-harness";
import { API_TOKEN, DataSyncEnv, OPERATOR_TOKEN } from "../stand-ins/data-sync-env";

describe("authorizer function, through the built bundle, the real FDK and SDK", () => {
  let env: DataSyncEnv;
  let fn: FnProcess;

  beforeAll(async () => {
    env = await DataSyncEnv.start();
    fn = await env.start("authorizer");
  });

  afterAll(() => env.close());

  const authorize = async (input: unknown) => (await fn.call(JSON.stringify(input))).json();

  test("a client's token is active as that client: its name, scopes, expiry and usage-plan token", async () => {
    const answer = await authorize({ type: "TOKEN", token: `Bearer ${API_TOKEN}` });

    expect(answer).toEqual({
      active: true,
      principal: "shop",
      scope: ["produce"],
      clientId: "shop",
      expiresAt: expect.any(String),
      context: { client: "shop", usagePlanToken: "evs-test-shop" },
    });
    expect(Date.parse(answer.expiresAt)).toBeGreaterThan(Date.now());
    // The operator's own token gives the operator scope; a producer's never does.
    expect(await authorize({ type: "TOKEN", token: `Bearer ${OPERATOR_TOKEN}` })).toMatchObject({
      principal: "ops",
      scope: ["produce", "operator"],
      context: { client: "ops" },
    });
  });

  test("rotating one client's token touches no other client", async () => {
    // GIVEN a container that knows both clients
    const clients = JSON.stringify(
      env.authorizerClients({
        shop: { secretId: "ocid1.vaultsecret.oc1.iad.rotate", scope: ["produce"], usagePlanToken: "t" },
      }),
    );
    const rotating = await env.start("authorizer", { CLIENTS: clients });
    env.secrets.putSecret("ocid1.vaultsecret.oc1.iad.rotate", "shop-old");
    const as = async (token: string) =>
      (await rotating.call(JSON.stringify({ type: "TOKEN", token: `Bearer ${token}` }))).json();
    expect((await as("shop-old")).principal).toBe("shop");

    // WHEN shop's secret alone gets a new value (a new container reads it at once; a warm one within TOKEN_TTL_MS)
    env.secrets.putSecret("ocid1.vaultsecret.oc1.iad.rotate", "shop-new");
    const fresh = await env.start("authorizer", { CLIENTS: clients });
    const freshAs = async (token: string) =>
      (await fresh.call(JSON.stringify({ type: "TOKEN", token: `Bearer ${token}` }))).json();

    // THEN shop's new token works and its old one no longer does, while ops is untouched
    expect((await freshAs("shop-new")).principal).toBe("shop");
    expect((await freshAs("shop-old")).active).toBe(false);
    expect((await freshAs(OPERATOR_TOKEN)).principal).toBe("ops");
  });

  test("the multi-argument form works the same way", async () => {
    expect((await authorize({ type: "USER_DEFINED", data: { authorization: `Bearer ${API_TOKEN}` } })).active).toBe(
      true,
    );
  });

  test.each([
    ["a wrong token", { type: "TOKEN", token: "Bearer not-the-token" }, "invalid_token"],
    [
      "a token that is a prefix of the right one",
      { type: "TOKEN", token: `Bearer ${API_TOKEN.slice(0, -1)}` },
      "invalid_token",
    ],
    ["no Authorization header", { type: "USER_DEFINED", data: {} }, "invalid_request"],
    ["another scheme", { type: "TOKEN", token: `Basic ${API_TOKEN}` }, "invalid_request"],
    ["a body that is no authorizer input", "hello", "invalid_request"],
  ])("%s is refused", async (_name, input, error) => {
    const answer = await authorize(input);

    expect(answer).toEqual({ active: false, wwwAuthenticate: `Bearer realm="data-sync", error="${error}"` });
  });

  test("the token is read once and cached", async () => {
    const before = env.secrets.requestCount("GetSecretBundle");
    await authorize({ type: "TOKEN", token: `Bearer ${API_TOKEN}` });
    await authorize({ type: "TOKEN", token: "Bearer other" });
    expect(env.secrets.requestCount("GetSecretBundle")).toBe(before);
  });

  test("a secret still holding the placeholder refuses everyone, the placeholder itself included", async () => {
    // GIVEN
    const secretId = "ocid1.vaultsecret.oc1.iad.unsettoken";
    env.secrets.putSecret(secretId, SECRET_PLACEHOLDER);
    const unset = await env.start("authorizer", {
      CLIENTS: JSON.stringify({ only: { secretId, scope: ["produce"], usagePlanToken: "t" } }),
    });

    // WHEN
    const answer = (await unset.call(JSON.stringify({ type: "TOKEN", token: `Bearer ${SECRET_PLACEHOLDER}` }))).json();

    // THEN
    expect(answer.active).toBe(false);
    expect(unset.logLines()).toContainEqual(
      expect.objectContaining({ level: "warn", msg: "client tokens not configured", clients: ["only"] }),
    );
  });

  test("a missing secret refuses everyone", async () => {
    const missing = await env.start("authorizer", {
      CLIENTS: JSON.stringify({
        only: { secretId: "ocid1.vaultsecret.oc1.iad.nosuch", scope: ["produce"], usagePlanToken: "t" },
      }),
    });

    const answer = (await missing.call(JSON.stringify({ type: "TOKEN", token: `Bearer ${API_TOKEN}` }))).json();

    expect(answer.active).toBe(false);
  });
});

describe("authorizer token logic", () => {
  test("the functions' placeholder is the one the secret construct writes", () => {
    expect(SECRET_PLACEHOLDER).toBe(CONSTRUCT_PLACEHOLDER);
  });

  test("reads a bearer token from either input form, case-insensitively", () => {
    expect(presentedToken({ type: "TOKEN", token: "bearer abc" })).toBe("abc");
    expect(presentedToken({ type: "USER_DEFINED", data: { Authorization: "Bearer abc" } })).toBe("abc");
    expect(presentedToken({ type: "USER_DEFINED", data: { authorization: ["Bearer a", "Bearer b"] } })).toBeUndefined();
    expect(presentedToken({ type: "TOKEN", token: "Bearer a b" })).toBeUndefined();
  });

  test("compares whole tokens", () => {
    expect(tokensMatch("abc", "abc")).toBe(true);
    expect(tokensMatch("abc", "abcd")).toBe(false);
    expect(tokensMatch("", "abc")).toBe(false);
  });
});

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

  test("the right token is active, with principal, scope, expiry and context", async () => {
    const answer = await authorize({ type: "TOKEN", token: `Bearer ${API_TOKEN}` });

    expect(answer).toEqual({
      active: true,
      principal: "data-sync-api-client",
      scope: ["data-sync"],
      expiresAt: expect.any(String),
      context: { authentication: "api-token" },
    });
    expect(Date.parse(answer.expiresAt)).toBeGreaterThan(Date.now());
  });

  test("the operator token gets the operator scope only, which alone opens POST /v1/retry; the API token never does", async () => {
    expect(await authorize({ type: "TOKEN", token: `Bearer ${OPERATOR_TOKEN}` })).toMatchObject({
      active: true,
      principal: "data-sync-operator",
      scope: ["data-sync-operator"],
      context: { authentication: "operator-token" },
    });
    expect((await authorize({ type: "TOKEN", token: `Bearer ${API_TOKEN}` })).scope).not.toContain(
      "data-sync-operator",
    );
  });

  test("without an operator token configured, nobody gets the operator scope", async () => {
    const noOperator = await env.start("authorizer", { OPERATOR_TOKEN_SECRET_ID: undefined });
    const answer = (await noOperator.call(JSON.stringify({ type: "TOKEN", token: `Bearer ${OPERATOR_TOKEN}` }))).json();
    expect(answer.active).toBe(false);
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
    const unset = await env.start("authorizer", { API_TOKEN_SECRET_ID: secretId });

    // WHEN
    const answer = (await unset.call(JSON.stringify({ type: "TOKEN", token: `Bearer ${SECRET_PLACEHOLDER}` }))).json();

    // THEN
    expect(answer.active).toBe(false);
    expect(unset.logLines()).toContainEqual(
      expect.objectContaining({ level: "error", msg: "API token not configured: refusing API clients" }),
    );
  });

  test("a missing secret refuses everyone", async () => {
    const missing = await env.start("authorizer", { API_TOKEN_SECRET_ID: "ocid1.vaultsecret.oc1.iad.nosuch" });

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

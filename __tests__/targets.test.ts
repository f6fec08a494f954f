import { DataSyncEnv, itemId, TARGET_CREDENTIAL } from "../stand-ins/data-sync-env";
import { TargetServer } from "../stand-ins/target-server";
import * as example from "../config/example.json";

/**
 * Several targets through the built process and retry bundles (real FDK and SDK) against stand-in targets: each
 * target gets only its own credential, a paused target's messages wait and are delivered once it is resumed, and
 * filters and transforms decide what each target receives.
 */
describe("targets, through the process and retry bundles", () => {
  let env: DataSyncEnv;
  const crm = new TargetServer();
  const erp = new TargetServer();
  const CRM_KEY = "crm-api-key-55";
  const ERP_CLIENT = { clientId: "erp-client", clientSecret: "erp-secret+/=" };
  const ERP_TOKEN = "erp-access-token-1";
  const secrets = { crm: "ocid1.vaultsecret.oc1.iad.crm", erp: "ocid1.vaultsecret.oc1.iad.erp" };

  beforeAll(async () => {
    env = await DataSyncEnv.start();
    await Promise.all([crm.start(), erp.start()]);
    env.trust(crm, erp);
  });

  afterAll(async () => {
    await env.close();
    await Promise.all([crm.close(), erp.close()]);
  });

  beforeEach(async () => {
    await env.reset([]);
    crm.reset();
    erp.reset();
    env.secrets.putSecret(secrets.crm, CRM_KEY);
    env.secrets.putSecret(secrets.erp, JSON.stringify(ERP_CLIENT));
    erp.behave = (r) =>
      r.path === "/oauth/token"
        ? { status: 200, json: { access_token: ERP_TOKEN, token_type: "Bearer", expires_in: 3600 } }
        : { status: 200 };
  });

  /**
   * `api` (bearer, on env.target), `crm` (an API key header) and `erp` (OAuth2 client credentials), with `changes`
   * to crm's settings.
   */
  const targets = (changes: object = {}) =>
    JSON.stringify(
      env.targets({
        crm: { baseUrl: crm.origin, auth: { type: "header", header: "X-Api-Key" }, secretId: secrets.crm, ...changes },
        erp: {
          baseUrl: `${erp.origin}/erp/v2`,
          auth: { type: "oauth2", tokenUrl: `${erp.origin}/oauth/token`, scope: "orders.write" },
          secretId: secrets.erp,
        },
      }),
    );

  test("each target receives only its own credential, under its own base URL", async () => {
    // GIVEN one process function calling three targets with three auth schemes
    const fn = await env.start("process", { TARGETS: targets() });
    const batch = env.connectorBatch(
      ["api", "crm", "erp"].flatMap((target) => [1, 2].map((n) => env.targetCall(`${target}-${n}`, { target }))),
    );

    // WHEN two invocations deliver them
    expect((await fn.call(JSON.stringify(batch))).json()).toMatchObject({ received: 6, delivered: 6 });
    const again = env.connectorBatch([env.targetCall("erp-3", { target: "erp" })]);
    expect((await fn.call(JSON.stringify(again))).json()).toMatchObject({ delivered: 1 });
    // The log counts each target apart: the dimension per-target metrics use.
    expect(fn.logLines().find((l) => l.msg === "batch processed")).toMatchObject({
      byTarget: { api: { delivered: 2 }, crm: { delivered: 2 }, erp: { delivered: 2 } },
    });

    // THEN api saw only its bearer token
    expect(env.target.requests.map((r) => [itemId(r.path), r.headers.authorization, r.headers["x-api-key"]])).toEqual(
      expect.arrayContaining([
        ["api-1", `Bearer ${TARGET_CREDENTIAL}`, undefined],
        ["api-2", `Bearer ${TARGET_CREDENTIAL}`, undefined],
      ]),
    );
    expect(env.target.requests).toHaveLength(2);
    // AND crm saw only its API key, and no Authorization header
    expect(crm.requests.map((r) => [r.path, r.headers["x-api-key"], r.headers.authorization]).sort()).toEqual([
      ["/items/crm-1", CRM_KEY, undefined],
      ["/items/crm-2", CRM_KEY, undefined],
    ]);
    // AND erp's token endpoint was asked once (the token is cached until it expires) with erp's client credentials,
    // and erp's API saw only that token, below its base path
    const tokenCalls = erp.requests.filter((r) => r.path === "/oauth/token");
    expect(tokenCalls).toHaveLength(1);
    expect(tokenCalls[0].headers.authorization).toBe(
      `Basic ${Buffer.from("erp-client:erp-secret%2B%2F%3D").toString("base64")}`,
    );
    expect(new URLSearchParams(tokenCalls[0].body).toString()).toBe("grant_type=client_credentials&scope=orders.write");
    const erpCalls = erp.requests.filter((r) => r.path !== "/oauth/token");
    expect(erpCalls.map((r) => [r.path, r.headers.authorization]).sort()).toEqual([
      ["/erp/v2/items/erp-1", `Bearer ${ERP_TOKEN}`],
      ["/erp/v2/items/erp-2", `Bearer ${ERP_TOKEN}`],
      ["/erp/v2/items/erp-3", `Bearer ${ERP_TOKEN}`],
    ]);
    // AND no target ever saw another target's secret, in any header or body
    const leaks = (server: TargetServer, foreign: string[]) =>
      server.requests.filter((r) => foreign.some((f) => JSON.stringify(r.headers).includes(f) || r.body.includes(f)));
    expect(leaks(env.target, [CRM_KEY, ERP_CLIENT.clientSecret, ERP_TOKEN])).toEqual([]);
    expect(leaks(crm, [TARGET_CREDENTIAL, ERP_CLIENT.clientSecret, ERP_TOKEN])).toEqual([]);
    expect(leaks(erp, [TARGET_CREDENTIAL, CRM_KEY])).toEqual([]);
  });

  test("a paused target's messages are deferred, untried, and delivered by retry once it is resumed", async () => {
    // GIVEN crm paused while api runs
    const paused = await env.start("process", { TARGETS: targets({ enabled: false }) });
    const batch = env.connectorBatch([
      env.targetCall("c1", { target: "crm" }),
      env.targetCall("a1"),
      env.targetCall("c2", { target: "crm" }),
    ]);

    // WHEN
    const response = await paused.call(JSON.stringify(batch));

    // THEN crm got nothing; its messages wait on the recoverable stream, never tried (attempt 0), not failed
    expect(response.json()).toMatchObject({ received: 3, delivered: 1, deferred: 2, recoverable: 2, unrecoverable: 0 });
    expect(crm.requests).toEqual([]);
    const waiting = env.records(env.recoverableStreamId);
    expect(waiting.map((r) => [r.target, r.attempt, r.error])).toEqual([
      ["crm", 0, "not attempted: target crm is paused (enabled: false)"],
      ["crm", 0, "not attempted: target crm is paused (enabled: false)"],
    ]);

    // WHEN the operator resumes crm and replays the recoverable stream
    const retry = await env.start("retry", { TARGETS: targets() });
    const replay = await retry.call(JSON.stringify({ stream: "recoverable", count: 10 }), { timeoutMs: 30_000 });

    // THEN both are delivered, in order, with crm's credential
    expect(replay.json()).toMatchObject({ read: 2, delivered: 2, failedAgain: 0, deadLettered: 0 });
    expect(crm.requests.map((r) => [r.path, r.headers["x-api-key"]])).toEqual([
      ["/items/c1", CRM_KEY],
      ["/items/c2", CRM_KEY],
    ]);
  });

  test("a filter acknowledges exactly the messages it does not keep; a transform's output is what the target gets", async () => {
    // GIVEN crm takes only customers, as {name, from}; api sends the payload as it is
    const fn = await env.start("process", {
      TARGETS: targets({
        filter: "payload.kind = 'customer'",
        transform: "{ 'name': $uppercase(payload.name), 'from': client, 'key': key }",
      }),
    });
    const crmCall = (id: string, kind: string) =>
      env.targetCall(id, { target: "crm", payload: { kind, name: `n-${id}` }, client: "shop" });
    const batch = env.connectorBatch(
      [crmCall("c1", "customer"), crmCall("c2", "order"), crmCall("c3", "customer")],
      "k",
    );
    const recordsBefore = env.records(env.recoverableStreamId).length + env.records(env.unrecoverableStreamId).length;

    // WHEN
    const response = await fn.call(JSON.stringify(batch));

    // THEN the order is filtered: acknowledged, counted, never sent, never recorded as a failure
    expect(response.json()).toMatchObject({ received: 3, delivered: 2, filtered: 1, recoverable: 0, unrecoverable: 0 });
    expect(env.records(env.recoverableStreamId).length + env.records(env.unrecoverableStreamId).length).toBe(
      recordsBefore,
    );
    // AND the customers arrive transformed
    expect(crm.requests.map((r) => [r.path, JSON.parse(r.body)])).toEqual([
      ["/items/c1", { name: "N-C1", from: "shop", key: "k" }],
      ["/items/c3", { name: "N-C3", from: "shop", key: "k" }],
    ]);
  });

  test("OAuth2: a token is used until it expires, fetched again after a 401, and a failing token endpoint fails nothing for good", async () => {
    // GIVEN erp's token endpoint hands out numbered tokens that live 31 s, of which the function keeps 30 s as margin
    let issued = 0;
    let endpointDown = false;
    erp.behave = (r) => {
      if (r.path === "/oauth/token") {
        if (endpointDown) return { status: 503 };
        issued += 1;
        return { status: 200, json: { access_token: `erp-token-${issued}`, token_type: "Bearer", expires_in: 31 } };
      }
      // erp revokes token 2 as soon as it sees it
      return { status: r.headers.authorization === "Bearer erp-token-2" ? 401 : 200 };
    };
    const fn = await env.start("process", { TARGETS: targets() });
    const deliver = async (id: string) =>
      (await fn.call(JSON.stringify(env.connectorBatch([env.targetCall(id, { target: "erp" })])))).json();
    const sentWith = () => erp.requests.filter((r) => r.path !== "/oauth/token").map((r) => r.headers.authorization);

    // WHEN two messages go within the token's life, then one after it
    expect(await deliver("e1")).toMatchObject({ delivered: 1 });
    expect(await deliver("e2")).toMatchObject({ delivered: 1 });
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    // THEN the first token served both, and an expired one is never sent: token 2 is fetched, refused with 401, and
    // token 3 fetched and used, all within one delivery
    expect(await deliver("e3")).toMatchObject({ delivered: 1, recoverable: 0 });
    expect(sentWith()).toEqual([
      "Bearer erp-token-1",
      "Bearer erp-token-1",
      "Bearer erp-token-2",
      "Bearer erp-token-3",
    ]);
    expect(issued).toBe(3);

    // WHEN the token endpoint is down (and the cached token has expired)
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    endpointDown = true;
    // THEN the message waits on the recoverable stream, erp never called, for the retry function to deliver later
    expect(await deliver("e4")).toMatchObject({ delivered: 0, recoverable: 1, unrecoverable: 0 });
    expect(sentWith()).toHaveLength(4);
    expect(env.records(env.recoverableStreamId).map((r) => [r.target, r.error])).toEqual([
      ["erp", expect.stringMatching(/^token endpoint of target erp answered 503/)],
    ]);
  });

  test("each target's concurrency and timeout bound its own calls only", async () => {
    // GIVEN crm: 2 calls at a time, 500 ms each at most; erp: the defaults (8, 10 s); every call takes 150 ms
    const fn = await env.start("process", { TARGETS: targets({ concurrency: 2, timeoutMs: 500 }) });
    crm.behave = (r) => ({ status: 200, delayMs: r.path.endsWith("/slow") ? 2_000 : 150 });
    const erpAnswers = erp.behave;
    erp.behave = (r) => ({ ...erpAnswers(r), delayMs: 150 });
    const ids = [1, 2, 3, 4, 5, 6];
    const batch = env.connectorBatch([
      ...ids.map((n) => env.targetCall(`c${n}`, { target: "crm" })),
      ...ids.map((n) => env.targetCall(`e${n}`, { target: "erp" })),
      env.targetCall("slow", { target: "crm" }),
    ]);

    // WHEN
    const response = await fn.call(JSON.stringify(batch));

    // THEN crm never had more than 2 calls in flight while erp had more, and only crm's slow call timed out
    expect(response.json()).toMatchObject({ received: 13, delivered: 12, recoverable: 1 });
    expect(crm.maxInFlight).toBe(2);
    expect(erp.maxInFlight).toBeGreaterThan(2);
    expect(env.records(env.recoverableStreamId).map((r) => [r.target, r.error])).toEqual([
      ["crm", expect.stringMatching(/500 ms/)],
    ]);
  });

  test("a target's status mapping overrides the classification of the statuses it names, and only those", async () => {
    // GIVEN crm, whose 404 means "not there yet" and whose 503 means a request it will never take
    const fn = await env.start("process", {
      TARGETS: targets({ statusMapping: { "404": "recoverable", "503": "unrecoverable", "202": "delivered" } }),
    });
    const answers: Record<string, number> = { c404: 404, c503: 503, c500: 500, c400: 400 };
    crm.behave = (r) => ({ status: answers[r.path.split("/").pop()!] ?? 202 });
    const batch = env.connectorBatch(
      ["c404", "c503", "c500", "c400", "c202"].map((id) => env.targetCall(id, { target: "crm" })),
    );

    // WHEN
    const response = await fn.call(JSON.stringify(batch));

    // THEN 404 waits for a retry and 503 is a dead letter, as mapped; 500 and 400 keep their default classes
    expect(response.json()).toMatchObject({ received: 5, delivered: 1, recoverable: 2, unrecoverable: 2 });
    const statusesOn = (stream: string) =>
      env
        .records(stream)
        .map((r) => r.status)
        .sort();
    expect(statusesOn(env.recoverableStreamId)).toEqual([404, 500]);
    expect(statusesOn(env.unrecoverableStreamId)).toEqual([400, 503]);
  });

  test("an expression that throws sends that message to unrecoverable with the expression's error", async () => {
    // GIVEN a transform that fails for messages without an id
    const fn = await env.start("process", {
      TARGETS: targets({ transform: "payload.id ? payload : $error('payload has no id')" }),
    });
    const batch = env.connectorBatch([
      env.targetCall("ok", { target: "crm", client: "shop" }),
      env.targetCall("bad", { target: "crm", payload: { name: "no id" }, client: "feed" }),
    ]);

    // WHEN
    const response = await fn.call(JSON.stringify(batch));

    // THEN the good one is delivered, the other is dead-lettered with jsonata's error, naming the target and the
    // client that sent it, in the dead letter, the failure notice and the log
    expect(response.json()).toMatchObject({ delivered: 1, unrecoverable: 1 });
    expect(env.records(env.unrecoverableStreamId).map((r) => [r.target, r.client, r.attempt, r.error])).toEqual([
      ["crm", "feed", 1, expect.stringMatching(/^transform of target crm failed: D3137.*payload has no id/)],
    ]);
    expect(crm.requests.map((r) => r.path)).toEqual(["/items/ok"]);
    const notice = JSON.parse(env.notifications.published.at(-1)!.body);
    expect(notice.examples).toEqual([expect.objectContaining({ target: "crm", client: "feed", attempt: 1 })]);
    expect(fn.logLines().find((l) => l.msg === "batch processed")).toMatchObject({
      byClient: { shop: { delivered: 1 }, feed: { unrecoverable: 1 } },
    });
  });

  test("the README's worked example: example.json's erp transform and crm filter, as written", async () => {
    // GIVEN erp and crm with the expressions and status mapping of config/example.json
    const { erp: erpConfig, crm: crmConfig } = example.dataSync.targets;
    const fn = await env.start("process", {
      TARGETS: JSON.stringify(
        env.targets({
          crm: {
            baseUrl: crm.origin,
            auth: { type: "header", header: "X-Api-Key" },
            secretId: secrets.crm,
            filter: crmConfig.filter,
          },
          erp: {
            baseUrl: `${erp.origin}/erp/v2`,
            auth: { type: "oauth2", tokenUrl: `${erp.origin}/oauth/token`, scope: "orders.write" },
            secretId: secrets.erp,
            transform: erpConfig.transform,
            statusMapping: erpConfig.statusMapping as Record<string, "delivered">,
          },
        }),
      ),
    });
    erp.behave = (r) =>
      r.path === "/oauth/token"
        ? { status: 200, json: { access_token: ERP_TOKEN, token_type: "Bearer", expires_in: 3600 } }
        : { status: 409 };
    const batch = env.connectorBatch([
      {
        target: "erp",
        method: "POST",
        path: "/orders",
        client: "shop",
        payload: { id: 7, items: [{ sku: "A1", quantity: 2 }] },
      },
      {
        target: "crm",
        method: "PUT",
        path: "/customers/3",
        client: "shop",
        payload: { kind: "customer", name: "Ada" },
      },
      { target: "crm", method: "POST", path: "/events", client: "shop", payload: { kind: "ping" } },
    ]);

    // WHEN
    const response = await fn.call(JSON.stringify(batch));

    // THEN erp's 409 counts as delivered, with the transformed payload; crm gets the customer only, as sent
    expect(response.json()).toMatchObject({ received: 3, delivered: 2, filtered: 1, unrecoverable: 0, recoverable: 0 });
    const order = erp.requests.find((r) => r.path === "/erp/v2/orders")!;
    expect(JSON.parse(order.body)).toEqual({ orderId: 7, lines: [{ sku: "A1", qty: 2 }], source: "shop" });
    expect(crm.requests.map((r) => [r.method, r.path, JSON.parse(r.body)])).toEqual([
      ["PUT", "/customers/3", { kind: "customer", name: "Ada" }],
    ]);
  });
});

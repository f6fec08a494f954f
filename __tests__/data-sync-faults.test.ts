import { FnProcess } from "../stand-ins/fn-harness";
import { Behaviour } from "../stand-ins/target-server";
import { DataSyncEnv, itemId } from "../stand-ins/data-sync-env";
import { prng } from "../stand-ins/prng";

const SEED = 20261123;
const ROUNDS = 30;
const MAX_ATTEMPTS = 4;

/** Target answers, with their weights: mostly success, every failure kind the classification knows. */
const ANSWERS: [number, Behaviour][] = [
  [55, { status: 200 }],
  [15, { status: 503 }],
  [10, { status: 429 }],
  [8, { reset: true }],
  [7, { status: 500 }],
  [5, { status: 400 }],
];

describe(`data sync under random target faults (seed ${SEED}, ${ROUNDS} rounds)`, () => {
  let env: DataSyncEnv;
  let process: FnProcess;
  let retry: FnProcess;

  beforeAll(async () => {
    env = await DataSyncEnv.start();
    [process, retry] = await Promise.all([
      env.start("process"),
      env.start("retry", { MAX_ATTEMPTS: String(MAX_ATTEMPTS) }),
    ]);
  });

  afterAll(() => env.close());

  test("every message ends delivered exactly once or dead-lettered exactly once; nothing lost or counted twice", async () => {
    const random = prng(SEED);
    const total = ANSWERS.reduce((sum, [weight]) => sum + weight, 0);
    env.target.behave = () => {
      let pick = random() * total;
      for (const [weight, behaviour] of ANSWERS) {
        pick -= weight;
        if (pick < 0) return behaviour;
      }
      return ANSWERS[0][1];
    };
    const ids: string[] = [];
    const counted = { delivered: 0, deadLettered: 0 };
    let deliveredOnRetry = 0;
    const retryRecoverable = async (count: number) => {
      const response = await retry.call(JSON.stringify({ count }), {
        gateway: { method: "POST", url: "/v1/retry" },
        timeoutMs: 15_000,
      });
      expect({ status: response.httpStatus, body: response.body }).toMatchObject({ status: 200 });
      const summary = response.json();
      counted.delivered += summary.delivered;
      counted.deadLettered += summary.deadLettered;
      deliveredOnRetry += summary.delivered;
      return summary;
    };

    // Process a few new messages, then retry a few, round after round.
    for (let round = 0; round < ROUNDS; round++) {
      const fresh = Array.from({ length: 1 + Math.floor(random() * 4) }, (_, i) => `m${round}-${i}`);
      ids.push(...fresh);
      const response = await process.call(JSON.stringify(env.connectorBatch(fresh.map((id) => env.targetCall(id)))));
      expect(response.status).toBe(200);
      const summary = response.json();
      expect(summary.delivered + summary.recoverable + summary.unrecoverable).toBe(fresh.length);
      counted.delivered += summary.delivered;
      counted.deadLettered += summary.unrecoverable;
      await retryRecoverable(1 + Math.floor(random() * 6));
    }
    // Drain: each pass moves every waiting message one attempt closer to delivery or its last attempt.
    for (let pass = 0; pass <= MAX_ATTEMPTS + 1; pass++) {
      if ((await retryRecoverable(1000)).read === 0) break;
    }

    // The target saw each message succeed at most once.
    const successes = env.target.requests.filter((r) => r.answer === 200).map((r) => itemId(r.path));
    const delivered = new Set(successes);
    expect(successes).toHaveLength(delivered.size);
    // Every dead letter is one message, once, that was never delivered.
    const deadRecords = env.records(env.unrecoverableStreamId);
    const dead = deadRecords.map((r) => JSON.parse(Buffer.from(r.original.value, "base64").toString()).payload.id);
    expect(new Set(dead).size).toBe(dead.length);
    expect(dead.filter((id) => delivered.has(id))).toEqual([]);
    // Nothing lost: every message is one or the other.
    expect([...delivered, ...dead].sort()).toEqual([...ids].sort());
    // The functions' own counts agree with what happened.
    expect(counted).toEqual({ delivered: delivered.size, deadLettered: dead.length });
    // Dead letters are permanent failures or used up their attempts.
    for (const record of deadRecords) {
      expect(record.attempt).toBeLessThanOrEqual(MAX_ATTEMPTS);
      if (record.status !== 400) expect(record.attempt).toBe(MAX_ATTEMPTS);
    }
    // The run exercised every path: first-time deliveries, deliveries on retry, dead letters.
    expect(delivered.size - deliveredOnRetry).toBeGreaterThan(0);
    expect(deliveredOnRetry).toBeGreaterThan(0);
    expect(dead.length).toBeGreaterThan(0);
    // The recoverable stream is fully consumed.
    expect(env.streaming.committedOffsets(env.recoverableStreamId, "retry-recoverable")).toEqual([
      env.streaming.messages(env.recoverableStreamId).length,
    ]);
  });
});

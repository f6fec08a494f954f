import { createHash } from "crypto";
import jsSHA from "jssha";
import { DefaultRequestSigner, Method, SimpleAuthenticationDetailsProvider } from "oci-common";
import { apiKeyIdentity } from "../stand-ins/signing";
import { median, printTable } from "./measure";

/**
 * `npm run bench:signing`: CPU per request the SDK signs (oci-common's DefaultRequestSigner, an RSA-2048 API key), as
 * published and then with lib/sdk-patches.ts loaded (it patches on load, so the published SDK is measured first), and
 * the body hash the signer computes for POST/PUT (jsSHA, pure JS) beside Node's SHA-256.
 */

const ROUNDS = 5;
const REQUESTS_PER_ROUND = Number(process.env.BENCH_SIGNED_REQUESTS ?? 100);
const URI = "https://cell-1.streaming.us-ashburn-1.oci.oraclecloud.com/20180418/streams/ocid1.stream.oc1..x/cursors";
const REQUESTS = {
  GET: { method: "GET", body: undefined },
  "POST, 200 B body": { method: "POST", body: JSON.stringify({ title: "x".repeat(180) }) },
  "POST, 64 KiB body": { method: "POST", body: JSON.stringify({ body: "x".repeat(65_536 - 11) }) },
} as const;

/** Median CPU microseconds per call of `run`, over rounds of `calls` calls. */
async function cpuMicrosPerCall(calls: number, run: () => unknown): Promise<number> {
  await run();
  const rounds: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const before = process.cpuUsage();
    for (let i = 0; i < calls; i++) await run();
    const used = process.cpuUsage(before);
    rounds.push((used.user + used.system) / calls);
  }
  return median(rounds);
}

async function signingCosts(): Promise<number[]> {
  const id = apiKeyIdentity();
  const newSigner = () =>
    new DefaultRequestSigner(
      new SimpleAuthenticationDetailsProvider(id.tenancyId, id.userId, id.fingerprint, id.privateKeyPem, null),
    );
  const sign = (signer: DefaultRequestSigner, { method, body }: { method: Method; body?: string }) =>
    signer.signHttpRequest({ method, uri: URI, headers: new Headers(), body });
  const signer = newSigner();
  const costs: number[] = [];
  for (const request of Object.values(REQUESTS)) {
    costs.push(await cpuMicrosPerCall(REQUESTS_PER_ROUND, () => sign(signer, request)));
  }
  // The functions build their clients per call, each with a signer of its own.
  costs.push(await cpuMicrosPerCall(REQUESTS_PER_ROUND, () => sign(newSigner(), REQUESTS.GET)));
  return costs;
}

async function main(): Promise<void> {
  const published = await signingCosts();
  await import("../lib/sdk-patches");
  const patched = await signingCosts();
  console.log(`CPU per signed request, µs (median of ${ROUNDS} rounds of ${REQUESTS_PER_ROUND}):`);
  printTable(
    ["request", "published SDK", "with lib/sdk-patches.ts"],
    [...Object.keys(REQUESTS), "GET, a new client each"].map((name, i) => [
      name,
      published[i].toFixed(0),
      patched[i].toFixed(0),
    ]),
  );

  console.log("\nSHA-256 of a request body (x-content-sha256), µs:");
  const rows: string[][] = [];
  for (const bytes of [1_024, 65_536, 1_048_576]) {
    const body = "é".repeat(bytes / 2);
    const calls = Math.max(5, Math.floor(2_000_000 / bytes));
    const js = await cpuMicrosPerCall(calls, () => new jsSHA("SHA-256", "TEXT").update(body).getHash("B64"));
    const node = await cpuMicrosPerCall(calls, () => createHash("sha256").update(body).digest("base64"));
    rows.push([`${bytes / 1024} KiB`, js.toFixed(1), node.toFixed(1)]);
  }
  printTable(["body", "jsSHA (the SDK)", "node:crypto"], rows);
}

if (require.main === module) void main();

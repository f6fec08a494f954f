import { randomUUID } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { COMMITTED_STACKS_VARIABLE } from "./committed-stacks";
import { buildBundles } from "./function-bundles";
import { shareTestKeys } from "../../stand-ins/signing";
import { RUN_TAG_VARIABLE } from "../../stand-ins/run-tag";
import { CODE_CACHE_DIR_VARIABLE } from "../../stand-ins/fn-harness";

/** Jest globalSetup: `npm test` builds the function bundles first, so tests never run stale code. */
export default async function globalSetup(): Promise<void> {
  // Before any worker starts, so that every process of this run inherits it (see run-tag.ts).
  process.env[RUN_TAG_VARIABLE] = randomUUID();
  shareTestKeys(path.join(__dirname, "..", "..", "node_modules", ".cache", "oci-event-streaming", "test-keys.json"));
  // Empty: the first test file that needs a committed stack's JSON synthesizes it there (committed-stacks.ts).
  process.env[COMMITTED_STACKS_VARIABLE] = fs.mkdtempSync(path.join(os.tmpdir(), "committed-stacks-"));
  // Empty too: each bundle's first function process writes its code cache there (code-cache-preload.js).
  process.env[CODE_CACHE_DIR_VARIABLE] = fs.mkdtempSync(path.join(os.tmpdir(), "fn-code-cache-"));
  await buildBundles();
}

import { randomUUID } from "crypto";
import { buildBundles } from "./function-bundles";
import { shareTestKeys } from "../../stand-ins/signing";
import { RUN_TAG_VARIABLE } from "../../stand-ins/run-tag";

/** Jest globalSetup: `npm test` builds the function bundles first, so tests never run stale code. */
export default async function globalSetup(): Promise<void> {
  // Before any worker starts, so that every process of this run inherits it (see run-tag.ts).
  process.env[RUN_TAG_VARIABLE] = randomUUID();
  shareTestKeys();
  await buildBundles();
}

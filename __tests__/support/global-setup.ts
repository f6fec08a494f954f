import { buildBundles } from "./function-bundles";

/** Jest globalSetup: `npm test` builds the function bundles first, so tests never run stale code. */
export default async function globalSetup(): Promise<void> {
  await buildBundles();
}

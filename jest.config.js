/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/__tests__"],
  testMatch: ["**/*.test.ts"],
  transform: {
    // Type checking is `npm run typecheck`'s job; jest only transpiles, which keeps it fast.
    "^.+\\.ts$": ["ts-jest", { diagnostics: false }],
  },
  setupFilesAfterEnv: ["<rootDir>/setup.js"],
  // Function tests run the built bundles; this builds them once before any test.
  globalSetup: "<rootDir>/__tests__/support/global-setup.ts",
  testTimeout: 60000,
};

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/__tests__"],
  testMatch: ["**/*.test.ts"],
  transform: {
    // Type checking is `npm run typecheck`'s job; jest only transpiles, with swc (in-process, no TypeScript
    // program): measured at a fraction of ts-jest's CPU per suite. Options mirror tsconfig.json.
    "^.+\\.ts$": [
      "@swc/jest",
      {
        swcrc: false,
        sourceMaps: "inline",
        module: { type: "commonjs" },
        jsc: {
          parser: { syntax: "typescript", decorators: true },
          target: "es2022",
          keepClassNames: true,
          transform: { legacyDecorator: true, useDefineForClassFields: true },
        },
      },
    ],
  },
  setupFilesAfterEnv: ["<rootDir>/setup.js"],
  // Function tests run the built bundles; this builds them once before any test.
  globalSetup: "<rootDir>/__tests__/support/global-setup.ts",
  // Fails the run if any process it started is still alive.
  globalTeardown: "<rootDir>/__tests__/support/global-teardown.ts",
  testTimeout: 60000,
  // Jest's default on 2 cores is one worker; suites spend much of their time waiting on function processes and
  // stand-ins, so a second worker overlaps those waits.
  maxWorkers: 2,
};

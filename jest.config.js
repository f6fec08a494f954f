const os = require("os");

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
  // Jest's default on 2 cores is one worker. The slowest suites spend much of their time waiting (function deadlines,
  // OCI's 5 GetMessages a second, scheduled runs), and with one worker per core two such suites often ran side by side
  // while both cores idled. 1.5 workers per core keeps a core busy through those waits: on 2 cores, loaded alike by
  // other work, all suites took 73.9 s with 2 workers, 62.5 s with 3 and 60.6 s with 4 (CPU 105, 107, 115 s); measured
  // again with 1137 tests on a quiet machine, 4 workers took 51.1 and 58.2 s against 51.5 and 57.9 s with 3, for 8-10 s
  // more CPU. (Jest reads a percentage only up to 100%.)
  maxWorkers: Math.ceil(os.availableParallelism() * 1.5),
};

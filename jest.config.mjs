// Nest 12 ships ESM only, so Jest runs in ESM mode (see package.json "jest" script):
// ts-jest compiles our TypeScript as ES modules with the test tsconfig.
const tsJest = ['ts-jest', { useESM: true, tsconfig: 'tsconfig.test.json', diagnostics: false }];
const common = {
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': tsJest },
  moduleNameMapper: { '^@tracker/(.*)$': '<rootDir>/libs/$1/src' },
  testEnvironment: 'node',
};

// Long fault runs (processes killed and restarted, a minute or more each): `npm run test:resilience` runs them with
// the shorter fault tests; `npm test` leaves them out, so that it stays within 20 minutes on two cores.
const LONG_FAULT_RUNS = [
  'test/finance/worker-crash',
  'test/resilience/worker-kill-webhook',
  'test/resilience/redis-outage-under-load',
  'test/resilience/replicas-fault',
];
const withLongFaultRuns = process.env.LONG_FAULT_RUNS === '1';

export default {
  // Integration tests wait for real jobs and processes; unit tests finish in milliseconds anyway.
  testTimeout: 60_000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/test/architecture/*.spec.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts', '<rootDir>/libs/**/*.int-spec.ts'],
      testPathIgnorePatterns: ['/node_modules/', ...(withLongFaultRuns ? [] : LONG_FAULT_RUNS.map((path) => `<rootDir>/${path}`))],
      globalSetup: '<rootDir>/test/setup/global-setup.ts',
      globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
    },
  ],
};

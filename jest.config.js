/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }] },
  // A ceiling against hangs, not a speed assertion: on a loaded two-core machine an import plus
  // checks through the worker pool has taken over 30 s.
  testTimeout: 60000,
  // browser tests start Chromium; keep the suite from fighting over two cores
  maxWorkers: 2,
  // Workers grew to 3.5 GB over the suite (each suite opens its own dictionary and databases):
  // one past this limit is replaced between suites.
  workerIdleMemoryLimit: '1GB',
};

/** Unit and integration tests; the browser tests run with `npm run test:e2e`. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  // Each integration test loads the bundle into fresh node:vm realms; a worker that has grown past
  // 1 GB is restarted between test files (in-band runs grew past Node's 4 GB heap on 2-core CI).
  maxWorkers: 2,
  workerIdleMemoryLimit: '1GB',
};

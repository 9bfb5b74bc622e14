/** Browser journeys: `npm test` starts the built product and passes its URL in E2E_BASE_URL. */
import type { Config } from 'jest';

const config: Config = {
  displayName: 'e2e',
  rootDir: '.',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/**/*.e2e.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
  },
  testTimeout: 90_000,
  // One browser at a time: the machine has two cores and the product runs beside it.
  maxWorkers: 1,
};

export default config;

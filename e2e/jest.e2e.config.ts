/** Browser journeys: `npm test` starts the built product and passes its URL in E2E_BASE_URL. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from 'jest';
import { pathsToModuleNameMapper } from 'ts-jest';

const { compilerOptions } = JSON.parse(readFileSync(join(__dirname, '../tsconfig.base.json'), 'utf8')) as {
  compilerOptions: { paths: Record<string, string[]> };
};

const config: Config = {
  displayName: 'e2e',
  rootDir: '.',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/**/*.e2e.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
  },
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/../' }),
  testTimeout: 90_000,
  // One browser at a time: the machine has two cores and the product runs beside it.
  maxWorkers: 1,
};

export default config;

/** Integration tests (*.int-spec.ts): real PostgreSQL and Redis, provided by `npm test` through DATABASE_URL and REDIS_URL. */
import type { Config } from 'jest';
import { pathsToModuleNameMapper } from 'ts-jest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const { compilerOptions } = JSON.parse(readFileSync(join(__dirname, 'tsconfig.base.json'), 'utf8')) as {
  compilerOptions: { paths: Record<string, string[]> };
};

const config: Config = {
  displayName: 'integration',
  rootDir: '.',
  testEnvironment: 'node',
  testMatch: [
    '<rootDir>/apps/**/*.int-spec.ts',
    '<rootDir>/libs/**/*.int-spec.ts',
    '<rootDir>/system-tests/**/*.int-spec.ts',
    // `npm start` itself: the stack on a temp data folder.
    '<rootDir>/tools/**/*.int-spec.ts',
  ],
  transform: { '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tools/tsconfig.spec.json' }] },
  // @nestjs/bullmq 12 ships ES modules only; Jest runs CommonJS, so those two are compiled too.
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs/bullmq|@nestjs/bull-shared)/)'],
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
  globalSetup: '<rootDir>/tools/testing/integration-global-setup.ts',
  setupFiles: ['reflect-metadata'],
  testTimeout: 60_000,
  maxWorkers: 2,
};

export default config;

/** Runs the real migrations once, before any integration test file. */
import 'reflect-metadata';
import { resolve } from 'node:path';
import { register } from 'tsconfig-paths';
import { DataSource } from 'typeorm';
import { readFileSync } from 'node:fs';

const root = resolve(__dirname, '../..');
const { compilerOptions } = JSON.parse(readFileSync(resolve(root, 'tsconfig.base.json'), 'utf8')) as {
  compilerOptions: { paths: Record<string, string[]> };
};

// Jest's moduleNameMapper does not reach global setup: resolve the workspace's path aliases here.
register({ baseUrl: root, paths: compilerOptions.paths });

export default async function integrationGlobalSetup(): Promise<void> {
  // Imported after the path aliases are registered.
  const { dataSourceOptions, runMigrationsExclusively } = await import('@jumush/server/database');
  const url = process.env['DATABASE_URL'];
  if (!url || !process.env['REDIS_URL']) {
    throw new Error('Integration tests need DATABASE_URL and REDIS_URL: run them through `npm test` (it starts both).');
  }
  const dataSource = await new DataSource(dataSourceOptions(url, { applicationName: 'jumush-test-setup' })).initialize();
  try {
    await runMigrationsExclusively(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

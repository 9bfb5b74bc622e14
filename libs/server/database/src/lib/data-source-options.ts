/** One place that says how to reach PostgreSQL and which schema the code expects. */
import type { DataSourceOptions } from 'typeorm';
import { ALL_ENTITIES } from '../entities';
import { ALL_MIGRATIONS } from '../migrations';

export function dataSourceOptions(databaseUrl: string, overrides: Partial<{ applicationName: string; poolSize: number }> = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: ALL_ENTITIES,
    migrations: ALL_MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    // The schema only ever changes through committed migrations.
    uuidExtension: 'pgcrypto',
    synchronize: false,
    migrationsRun: false,
    applicationName: overrides.applicationName ?? 'jumush',
    poolSize: overrides.poolSize ?? 10,
    logging: false,
  };
}

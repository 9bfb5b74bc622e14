/** One place that says how to reach PostgreSQL and which schema the code expects. */
import { types } from 'pg';
import type { DataSourceOptions } from 'typeorm';
import { ALL_ENTITIES } from '../entities';
import { ALL_MIGRATIONS } from '../migrations';

// A calendar date stays the string PostgreSQL sends ("2026-03-01"): turning it into a JavaScript Date at
// local midnight is how off-by-one-day bugs are born. Raw queries then read dates as the entities do.
const DATE_OID = 1082;
types.setTypeParser(DATE_OID, (value: string) => value);

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

import type { EntityManager } from 'typeorm';

/**
 * Runs raw SQL and returns its rows. TypeORM's PostgreSQL driver answers UPDATE/DELETE … RETURNING
 * with `[rows, affectedCount]` instead of the rows; this evens that out.
 */
export async function queryRows<T>(manager: EntityManager, sql: string, parameters: unknown[] = []): Promise<T[]> {
  const result: unknown = await manager.query(sql, parameters);
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return result as T[];
}

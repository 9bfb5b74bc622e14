/**
 * The pipeline's hot statements as named prepared statements on TypeORM's own pg pool: PostgreSQL
 * plans each once per connection instead of once per job (the delivery context joins five tables;
 * planning it cost more than running it).
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool, QueryResultRow } from 'pg';
import { DataSource } from 'typeorm';

@Injectable()
export class PreparedStatements {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get pool(): Pool {
    // TypeORM's PostgreSQL driver keeps its pg Pool in `master` (typed `any` there).
    return (this.dataSource.driver as unknown as { master: Pool }).master;
  }

  /** Runs `text` as the prepared statement `name` (one text per name, always). */
  async query<T extends QueryResultRow>(name: string, text: string, values: unknown[]): Promise<T[]> {
    const result = await this.pool.query<T>({ name, text, values });
    return result.rows;
  }

  /** Runs `text` as the prepared statement `name`; returns how many rows it wrote. */
  async count(name: string, text: string, values: unknown[]): Promise<number> {
    const result = await this.pool.query({ name, text, values });
    return result.rowCount ?? 0;
  }
}

/** The only code that reads and writes minimum_wages: the table the wage floor is computed from, and the admin's edits. */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { MinimumWageEntry } from '@jumush/domain';
import { MinimumWageEntity } from '@jumush/server/database';

export type MinimumWageRow = Pick<MinimumWageEntity, 'regionCode' | 'monthlyRoubles' | 'effectiveFrom' | 'source'>;

@Injectable()
export class MinimumWagesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Federal first, then by region and date. */
  list(manager: EntityManager = this.dataSource.manager): Promise<MinimumWageEntity[]> {
    return manager
      .getRepository(MinimumWageEntity)
      .createQueryBuilder('wage')
      .orderBy('wage.region_code', 'ASC', 'NULLS FIRST')
      .addOrderBy('wage.effective_from', 'DESC')
      .getMany();
  }

  /** The rows as the domain's wage-floor rule reads them. */
  async table(manager: EntityManager = this.dataSource.manager): Promise<MinimumWageEntry[]> {
    const rows: Array<{ region_code: string | null; monthly_roubles: number; effective_from: string; source: string }> = await manager.query(
      `SELECT region_code, monthly_roubles, to_char(effective_from, 'YYYY-MM-DD') AS effective_from, source FROM minimum_wages`,
    );
    return rows.map((row) => ({
      regionCode: row.region_code,
      monthlyRoubles: row.monthly_roubles,
      effectiveFrom: row.effective_from,
      source: row.source,
    }));
  }

  /** The row, locked until the caller's transaction ends. */
  findForUpdate(manager: EntityManager, id: string): Promise<MinimumWageEntity | null> {
    return manager.findOne(MinimumWageEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** A second row for the same region and date fails with PostgreSQL's unique violation. */
  insert(manager: EntityManager, row: MinimumWageRow): Promise<MinimumWageEntity> {
    return manager.save(manager.create(MinimumWageEntity, row));
  }

  async update(manager: EntityManager, id: string, row: MinimumWageRow): Promise<MinimumWageEntity> {
    await manager.update(MinimumWageEntity, { id }, row);
    return manager.findOneOrFail(MinimumWageEntity, { where: { id } });
  }
}

/** The only code that reads the dashboards' rollups (through dashboard-queries.ts) and writes the deadline targets they count with. */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DEADLINE_STAGES, type DeadlineTargets } from '@jumush/domain';
import { runDashboardQueries, type DashboardFigures, type DashboardSelection, type DashboardStatement, type SqlExecutor } from './dashboard-queries';

@Injectable()
export class DashboardsRepository {
  private readonly execute: SqlExecutor;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.execute = (text, values) => dataSource.query(text, values);
  }

  figures(selection: DashboardSelection, statements?: readonly DashboardStatement[]): Promise<DashboardFigures> {
    return runDashboardQueries(this.execute, selection, statements);
  }

  /** The targets in force, for the rollup triggers that count deadlines not stored on the item (shortlisting, reviews, verifications). */
  async saveDeadlineTargets(targets: DeadlineTargets): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO dashboard_deadline_targets (stage, days, count) SELECT * FROM unnest($1::text[], $2::int[], $3::text[])
       ON CONFLICT (stage) DO UPDATE SET days = excluded.days, count = excluded.count
        WHERE (dashboard_deadline_targets.days, dashboard_deadline_targets.count) IS DISTINCT FROM (excluded.days, excluded.count)`,
      [DEADLINE_STAGES, DEADLINE_STAGES.map((stage) => targets[stage].days), DEADLINE_STAGES.map((stage) => targets[stage].count)],
    );
  }
}

/** The admin edits the minimum wages (each with its legal act and date); every edit is audited, and the wage floor follows. */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { MinimumWageDto, MinimumWageView } from '@jumush/contracts';
import type { Actor, MinimumWageEntry } from '@jumush/domain';
import { uniqueViolationOf, type MinimumWageEntity } from '@jumush/server/database';
import { AuditService } from '../audit/audit.service';
import { ProblemException } from '../http/problem';
import { MinimumWagesRepository, type MinimumWageRow } from './minimum-wages.repository';

export function toMinimumWageView(row: MinimumWageEntity): MinimumWageView {
  return {
    id: row.id,
    regionCode: row.regionCode,
    monthlyRoubles: row.monthlyRoubles,
    effectiveFrom: row.effectiveFrom,
    source: row.source,
    updatedAt: row.updatedAt.toISOString(),
  };
}

const rowOf = (dto: MinimumWageDto): MinimumWageRow => ({
  regionCode: dto.regionCode ?? null,
  monthlyRoubles: dto.monthlyRoubles,
  effectiveFrom: dto.effectiveFrom,
  source: dto.source,
});

const duplicate = () =>
  new ProblemException(409, {
    code: 'validation.failed',
    detail: 'This region already has a minimum wage from that date.',
    errors: [{ field: 'effectiveFrom', code: 'wage.duplicate', message: 'This region already has a minimum wage from that date.' }],
  });

@Injectable()
export class MinimumWagesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly wages: MinimumWagesRepository,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<MinimumWageView[]> {
    return (await this.wages.list()).map(toMinimumWageView);
  }

  /** What the wage floor is computed from, read fresh: an edit counts from the next request. */
  table(): Promise<MinimumWageEntry[]> {
    return this.wages.table();
  }

  create(actor: Actor, dto: MinimumWageDto): Promise<MinimumWageView> {
    return this.write(async (manager) => {
      const row = await this.wages.insert(manager, rowOf(dto));
      await this.audit.record(manager, actor, {
        action: 'minimumWage.created',
        subjectType: 'minimumWage',
        subjectId: row.id,
        data: { ...rowOf(dto) },
      });
      return row;
    });
  }

  update(actor: Actor, id: string, dto: MinimumWageDto): Promise<MinimumWageView> {
    return this.write(async (manager) => {
      const before = await this.wages.findForUpdate(manager, id);
      if (!before) throw new ProblemException(404, { code: 'http.notFound', detail: 'No such minimum wage.' });
      const row = await this.wages.update(manager, id, rowOf(dto));
      const from: MinimumWageRow = {
        regionCode: before.regionCode,
        monthlyRoubles: before.monthlyRoubles,
        effectiveFrom: before.effectiveFrom,
        source: before.source,
      };
      await this.audit.record(manager, actor, {
        action: 'minimumWage.updated',
        subjectType: 'minimumWage',
        subjectId: id,
        data: { from, to: rowOf(dto) },
      });
      return row;
    });
  }

  private async write(change: (manager: import('typeorm').EntityManager) => Promise<MinimumWageEntity>): Promise<MinimumWageView> {
    try {
      return toMinimumWageView(await this.dataSource.transaction(change));
    } catch (error) {
      if (uniqueViolationOf(error)) throw duplicate();
      throw error;
    }
  }
}

/** The only code that reads and writes the occupations table (and counts what names an occupation). */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Locale, Occupation, OccupationSector } from '@jumush/domain';
import { OccupationEntity, queryRows } from '@jumush/server/database';

export function toOccupation(row: OccupationEntity): Occupation {
  return {
    code: row.code,
    sector: row.sector as OccupationSector,
    name: row.names as Record<Locale, string>,
    synonyms: row.synonyms as Record<Locale, string[]>,
    active: row.active,
  };
}

/** A vacancy's terms its search text is made of. */
export interface VacancySearchTerms {
  id: string;
  title: string;
  occupationCode: string;
  regionCode: string;
  town: string;
  skills: string[];
  description: string;
}

@Injectable()
export class OccupationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every occupation, active or not, in the order they are offered. */
  async loadAll(manager: EntityManager = this.dataSource.manager): Promise<Occupation[]> {
    return (await manager.find(OccupationEntity, { order: { position: 'ASC', code: 'ASC' } })).map(toOccupation);
  }

  /** The occupation's row, locked until the transaction ends; null when there is none. */
  async lock(manager: EntityManager, code: string): Promise<Occupation | null> {
    const row = await manager.findOne(OccupationEntity, { where: { code }, lock: { mode: 'pessimistic_write' } });
    return row ? toOccupation(row) : null;
  }

  /** A new occupation, offered last. */
  async insert(manager: EntityManager, occupation: Occupation): Promise<void> {
    await manager.query(
      `INSERT INTO occupations (code, sector, names, synonyms, active, position)
       VALUES ($1, $2, $3::jsonb, $4::jsonb, $5, (SELECT coalesce(max(position), 0) + 1 FROM occupations))`,
      [occupation.code, occupation.sector, JSON.stringify(occupation.name), JSON.stringify(occupation.synonyms), occupation.active],
    );
  }

  async update(manager: EntityManager, occupation: Occupation): Promise<void> {
    await manager.query(
      `UPDATE occupations SET sector = $2, names = $3::jsonb, synonyms = $4::jsonb, active = $5, updated_at = now() WHERE code = $1`,
      [occupation.code, occupation.sector, JSON.stringify(occupation.name), JSON.stringify(occupation.synonyms), occupation.active],
    );
  }

  /** How many vacancies (any status) and candidate profiles name each occupation that is named at all. */
  async uses(): Promise<Map<string, number>> {
    const rows = await queryRows<{ code: string; uses: number }>(
      this.dataSource.manager,
      `SELECT code, sum(n)::int AS uses FROM (
         SELECT occupation_code AS code, count(*) AS n FROM vacancies GROUP BY occupation_code
         UNION ALL
         SELECT o ->> 'occupationCode', count(*) FROM candidate_profiles p, jsonb_array_elements(p.occupations) o GROUP BY 1
       ) named GROUP BY code`,
    );
    return new Map(rows.map((row) => [row.code, row.uses]));
  }

  /** The terms of every vacancy of an occupation: their search text names it. */
  vacanciesOf(manager: EntityManager, code: string): Promise<VacancySearchTerms[]> {
    return queryRows<VacancySearchTerms>(
      manager,
      `SELECT id::text AS id, title, occupation_code AS "occupationCode", region_code AS "regionCode", town, skills, description
         FROM vacancies WHERE occupation_code = $1 ORDER BY id`,
      [code],
    );
  }

  async setSearchText(manager: EntityManager, vacancyId: string, searchText: string): Promise<void> {
    await manager.query(`UPDATE vacancies SET search_text = $2 WHERE id = $1`, [vacancyId, searchText]);
  }
}

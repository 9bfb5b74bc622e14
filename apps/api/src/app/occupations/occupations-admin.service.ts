/**
 * The admin's edits of occupations: add one, rename it (names and synonyms in five languages, its sector),
 * deactivate or reactivate it. A code is never deleted or changed: vacancies and profiles hold it. Each edit is
 * audited, drops the cached list, and a rename rewrites the search text of the occupation's vacancies.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { AdminOccupationView, CreateOccupationDto, UpdateOccupationDto } from '@jumush/contracts';
import { SUPPORTED_LOCALES, occupationEditProblems, type Actor, type Locale, type Occupation, type OccupationSector } from '@jumush/domain';
import { AuditService } from '../audit/audit.service';
import { ProblemException } from '../http/problem';
import { vacancySearchText } from '../vacancies/vacancy-search-text';
import { OccupationsRepository } from './occupations.repository';
import { OccupationsService } from './occupations.service';

const notFound = () => new ProblemException(404, { code: 'http.notFound', detail: 'No such occupation.' });

/** The names as given (trimmed), the languages missing left empty for the rule to name. */
function namesOf(names: Record<string, string> | undefined, fallback?: Readonly<Record<Locale, string>>): Record<Locale, string> {
  return Object.fromEntries(
    SUPPORTED_LOCALES.map((locale) => {
      const given = names?.[locale];
      return [locale, typeof given === 'string' ? given.trim() : (fallback?.[locale] ?? '')];
    }),
  ) as Record<Locale, string>;
}

/** Synonyms as given (trimmed, blanks and repeats dropped); a language not given keeps what it had (none for a new occupation). */
function synonymsOf(synonyms: Record<string, unknown> | undefined, fallback?: Readonly<Record<Locale, readonly string[]>>): Record<Locale, string[]> {
  return Object.fromEntries(
    SUPPORTED_LOCALES.map((locale) => {
      const given = synonyms?.[locale];
      if (!Array.isArray(given)) return [locale, [...(fallback?.[locale] ?? [])]];
      return [locale, [...new Set(given.map((word) => (typeof word === 'string' ? word.trim() : '')).filter(Boolean))]];
    }),
  ) as Record<Locale, string[]>;
}

function refuseProblems(occupation: Occupation, others: readonly Occupation[]): void {
  const problems = occupationEditProblems(occupation, others);
  if (problems.length === 0) return;
  throw new ProblemException(422, {
    code: 'validation.failed',
    errors: problems.map((problem) => ({ field: problem.field, code: problem.code, message: problem.code })),
  });
}

export function toAdminOccupationView(occupation: Occupation, uses: number): AdminOccupationView {
  return {
    code: occupation.code,
    sector: occupation.sector,
    names: { ...occupation.name },
    synonyms: Object.fromEntries(SUPPORTED_LOCALES.map((locale) => [locale, [...occupation.synonyms[locale]]])),
    active: occupation.active,
    uses,
  };
}

@Injectable()
export class OccupationsAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: OccupationsRepository,
    private readonly occupations: OccupationsService,
    private readonly audit: AuditService,
  ) {}

  /** Every occupation, active or not, with how much names it. */
  async list(): Promise<AdminOccupationView[]> {
    const [occupations, uses] = await Promise.all([this.repository.loadAll(), this.repository.uses()]);
    return occupations.map((occupation) => toAdminOccupationView(occupation, uses.get(occupation.code) ?? 0));
  }

  /** A new occupation, active and offered last. */
  async create(actor: Actor, dto: CreateOccupationDto): Promise<AdminOccupationView> {
    const occupation: Occupation = {
      code: dto.code,
      sector: dto.sector as OccupationSector,
      name: namesOf(dto.names),
      synonyms: synonymsOf(dto.synonyms),
      active: true,
    };
    await this.dataSource.transaction(async (manager) => {
      // One admin adding at a time: two of the same code (or name) cannot both pass the checks.
      await manager.query(`LOCK TABLE occupations IN SHARE ROW EXCLUSIVE MODE`);
      if (await this.repository.lock(manager, occupation.code))
        throw new ProblemException(409, {
          code: 'validation.failed',
          errors: [{ field: 'code', code: 'occupation.exists', message: `${occupation.code} is on the list already.` }],
        });
      refuseProblems(occupation, await this.repository.loadAll(manager));
      await this.repository.insert(manager, occupation);
      await this.audit.record(manager, actor, {
        action: 'occupation.created',
        subjectType: 'occupation',
        subjectId: occupation.code,
        data: { sector: occupation.sector, names: occupation.name, synonyms: occupation.synonyms },
      });
    });
    this.occupations.invalidate();
    return toAdminOccupationView(occupation, 0);
  }

  /** Renames (names, synonyms) or moves an occupation to another sector; its vacancies are found by the new words. */
  async update(actor: Actor, code: string, dto: UpdateOccupationDto): Promise<AdminOccupationView> {
    const updated = await this.dataSource.transaction(async (manager) => {
      await manager.query(`LOCK TABLE occupations IN SHARE ROW EXCLUSIVE MODE`);
      const before = await this.repository.lock(manager, code);
      if (!before) throw notFound();
      const occupation: Occupation = {
        ...before,
        sector: (dto.sector ?? before.sector) as OccupationSector,
        name: namesOf(dto.names, before.name),
        synonyms: synonymsOf(dto.synonyms, before.synonyms),
      };
      refuseProblems(occupation, await this.repository.loadAll(manager));
      await this.repository.update(manager, occupation);
      if (JSON.stringify([before.name, before.synonyms]) !== JSON.stringify([occupation.name, occupation.synonyms]))
        await this.rewriteSearchText(manager, occupation);
      await this.audit.record(manager, actor, {
        action: 'occupation.updated',
        subjectType: 'occupation',
        subjectId: code,
        data: {
          before: { sector: before.sector, names: before.name, synonyms: before.synonyms },
          after: { sector: occupation.sector, names: occupation.name, synonyms: occupation.synonyms },
        },
      });
      return occupation;
    });
    this.occupations.invalidate();
    return toAdminOccupationView(updated, (await this.repository.uses()).get(code) ?? 0);
  }

  /** Deactivated, no vacancy or profile may choose it any more (those that have it keep it); reactivated, it is offered again. */
  async setActive(actor: Actor, code: string, active: boolean): Promise<AdminOccupationView> {
    const occupation = await this.dataSource.transaction(async (manager) => {
      const before = await this.repository.lock(manager, code);
      if (!before) throw notFound();
      if (before.active === active) return before;
      const after = { ...before, active };
      await this.repository.update(manager, after);
      await this.audit.record(manager, actor, {
        action: active ? 'occupation.activated' : 'occupation.deactivated',
        subjectType: 'occupation',
        subjectId: code,
      });
      return after;
    });
    this.occupations.invalidate();
    return toAdminOccupationView(occupation, (await this.repository.uses()).get(code) ?? 0);
  }

  /** The vacancies of a renamed occupation are found by its new names and synonyms, as a new vacancy would be. */
  private async rewriteSearchText(manager: EntityManager, occupation: Occupation): Promise<void> {
    for (const vacancy of await this.repository.vacanciesOf(manager, occupation.code))
      await this.repository.setSearchText(manager, vacancy.id, vacancySearchText(vacancy, occupation));
  }
}

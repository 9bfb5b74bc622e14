import {
  CompanyStatus,
  DEFAULT_DEADLINE_TARGETS,
  LIVE_VACANCY_FIELDS,
  MATERIAL_VACANCY_FIELDS,
  MOSCOW_UTC_OFFSET_MINUTES,
  VacancyStatus,
  deadlineFor,
} from '@jumush/domain';
import type { AuditEventEntity, CompanyEntity, VacancyRevisionEntity } from '@jumush/server/database';
import type { VacancyWithCompany } from './vacancies.repository';
import { reviewDeadlineOf, toReviewItem, toStatusCounts, toTermsView, toVacancyCompanySummary, toVacancyHistoryView } from './vacancy-views';

const DEADLINES = { targets: DEFAULT_DEADLINE_TARGETS, now: new Date('2026-03-02T00:00:00.000Z') };

describe('vacancy rows as views', () => {
  it('counts every status, zero where the company has none', () => {
    expect(
      toStatusCounts([
        { status: VacancyStatus.Draft, count: 2 },
        { status: VacancyStatus.Published, count: 5 },
      ]),
    ).toEqual({
      ...Object.fromEntries(Object.values(VacancyStatus).map((status) => [status, 0])),
      [VacancyStatus.Draft]: 2,
      [VacancyStatus.Published]: 5,
    });
  });

  const company = { id: 'c1', legalName: 'ООО «Тест»', inn: '7707083893', blockedAt: null, ogrn: 'x', email: 'y' } as unknown as CompanyEntity;
  const companyCountries = [
    { country: 'KG', status: CompanyStatus.Verified },
    { country: 'UZ', status: CompanyStatus.Suspended },
  ];

  it.each([
    ['KG', CompanyStatus.Verified],
    ['UZ', CompanyStatus.Suspended],
    ['TJ', CompanyStatus.Pending],
    [null, CompanyStatus.Verified],
  ])('summarises the employer with no more than a reviewer of %s needs: its status there, and where it recruits', (country, status) => {
    expect(toVacancyCompanySummary(company, companyCountries, country)).toEqual({
      id: 'c1',
      legalName: 'ООО «Тест»',
      inn: '7707083893',
      status,
      verifiedCountries: ['KG'],
    });
  });

  it('a vacancy under review is due 3 working days after submission, counted out of every country it is open to', () => {
    const base = {
      createdAt: new Date(),
      updatedAt: new Date(),
      skills: [],
      regionCode: '77',
      company,
      companyCountries,
      status: VacancyStatus.PendingReview,
    };
    // Counted on the calendars of Russia and of the country it is open to.
    const submitted = { ...base, openTo: ['KG'], submittedAt: new Date('2026-03-06T09:00:00.000Z') } as unknown as VacancyWithCompany;
    const item = toReviewItem(submitted, 'KG', { targets: DEFAULT_DEADLINE_TARGETS, now: new Date('2026-03-11T12:00:00.000Z') });
    expect(item.reviewDueAt).toBe(
      deadlineFor('vacancyReview', '2026-03-06T09:00:00.000Z', DEFAULT_DEADLINE_TARGETS, MOSCOW_UTC_OFFSET_MINUTES, ['RU', 'KG']),
    );
    expect(reviewDeadlineOf(new Date('2026-03-06T09:00:00.000Z'), ['KG'], DEFAULT_DEADLINE_TARGETS)).toBe(item.reviewDueAt);
    expect(Date.parse(item.reviewDueAt ?? '')).toBeGreaterThan(Date.parse('2026-03-10T00:00:00.000Z'));
    expect(item.overdue).toBe(false);
    expect(toReviewItem(submitted, 'KG', { targets: DEFAULT_DEADLINE_TARGETS, now: new Date(Date.parse(item.reviewDueAt ?? '') + 1) }).overdue).toBe(
      true,
    );
    // Published: nothing is due.
    const published = { ...submitted, status: VacancyStatus.Published } as unknown as VacancyWithCompany;
    expect(toReviewItem(published, 'KG', DEADLINES)).toMatchObject({ reviewDueAt: null, overdue: false });
  });

  it('a vacancy under review, with when it was submitted (or null) and its employer', () => {
    const vacancy = {
      id: 'v1',
      companyId: 'c1',
      openTo: ['KG', 'UZ'],
      status: VacancyStatus.PendingReview,
      statusReason: null,
      filledPositions: 0,
      version: 2,
      publishedAt: null,
      submittedAt: new Date('2026-03-01T10:00:00.000Z'),
      createdAt: new Date('2026-02-01T10:00:00.000Z'),
      updatedAt: new Date('2026-03-01T10:00:00.000Z'),
      skills: [],
      company,
      companyCountries,
    } as unknown as VacancyWithCompany;
    expect(toReviewItem(vacancy, 'UZ', DEADLINES)).toMatchObject({
      id: 'v1',
      openTo: ['KG', 'UZ'],
      status: VacancyStatus.PendingReview,
      submittedAt: '2026-03-01T10:00:00.000Z',
      createdAt: '2026-02-01T10:00:00.000Z',
      company: { id: 'c1', legalName: 'ООО «Тест»', inn: '7707083893', status: 'SUSPENDED', verifiedCountries: ['KG'] },
    });
    expect(toReviewItem({ ...vacancy, submittedAt: null } as VacancyWithCompany, 'KG', DEADLINES).submittedAt).toBeNull();
  });

  it.each([
    ['89', ['region.farNorth']],
    ['93', ['region.annexedFromUkraine']],
    ['47', []],
  ])('tells the reviewer about region %s: %j', (regionCode, warnings) => {
    const vacancy = {
      createdAt: new Date(),
      updatedAt: new Date(),
      submittedAt: null,
      skills: [],
      openTo: [],
      regionCode,
      company,
      companyCountries,
    };
    expect(toReviewItem(vacancy as unknown as VacancyWithCompany, 'KG', DEADLINES).regionWarnings).toEqual(warnings);
  });

  it('tells the reviewer what the terms add up to, from the domain’s check', () => {
    const vacancy = {
      createdAt: new Date(),
      updatedAt: new Date(),
      submittedAt: null,
      skills: [],
      regionCode: '66',
      monthlyWageRoubles: 30_000,
      housing: 'PAID',
      housingCostRoubles: 35_000,
      meals: 'FREE',
      weeklyHours: 40,
      contractMonths: 6,
      startDate: '2026-06-01',
      openTo: ['KG'],
      company,
      companyCountries,
    };
    expect(toReviewItem(vacancy as unknown as VacancyWithCompany, 'KG', DEADLINES).termsFindings).toEqual([
      {
        code: 'termsFinding.housingCostsWage',
        severity: 'danger',
        params: { wageRoubles: 30_000, housingCostRoubles: 35_000, netWageRoubles: -5_000 },
        source: null,
      },
    ]);
  });

  it('a history: revisions and audit events as they are given', () => {
    const revision = {
      version: 1,
      status: VacancyStatus.PendingReview,
      terms: { title: 'Сварщик' },
      createdAt: new Date('2026-03-01T10:00:00.000Z'),
    };
    const event = {
      action: 'vacancy.submit',
      actorRole: 'EMPLOYER',
      reason: null,
      data: { version: 1 },
      createdAt: new Date('2026-03-01T10:00:00.000Z'),
    };
    expect(toVacancyHistoryView([revision as unknown as VacancyRevisionEntity], [event as unknown as AuditEventEntity])).toEqual({
      revisions: [{ version: 1, status: VacancyStatus.PendingReview, terms: { title: 'Сварщик' }, createdAt: '2026-03-01T10:00:00.000Z' }],
      events: [{ action: 'vacancy.submit', actorRole: 'EMPLOYER', reason: null, data: { version: 1 }, createdAt: '2026-03-01T10:00:00.000Z' }],
    });
  });
});

describe('vacancy terms', () => {
  it('classifies every term as material (back to review when changed) or live, and no term as both', () => {
    const terms = toTermsView({ skills: [] } as unknown as Parameters<typeof toTermsView>[0]);
    const classified = [...MATERIAL_VACANCY_FIELDS, ...LIVE_VACANCY_FIELDS];
    expect(new Set(classified).size).toBe(classified.length);
    expect(Object.keys(terms).sort()).toEqual(classified.sort());
  });
});

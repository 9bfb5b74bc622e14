import { CompanyStatus, LIVE_VACANCY_FIELDS, MATERIAL_VACANCY_FIELDS, VacancyStatus } from '@jumush/domain';
import type { AuditEventEntity, CompanyEntity, VacancyRevisionEntity } from '@jumush/server/database';
import type { VacancyWithCompany } from './vacancies.repository';
import { toReviewItem, toStatusCounts, toTermsView, toVacancyCompanySummary, toVacancyHistoryView } from './vacancy-views';

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
    expect(toReviewItem(vacancy, 'UZ')).toMatchObject({
      id: 'v1',
      openTo: ['KG', 'UZ'],
      status: VacancyStatus.PendingReview,
      submittedAt: '2026-03-01T10:00:00.000Z',
      createdAt: '2026-02-01T10:00:00.000Z',
      company: { id: 'c1', legalName: 'ООО «Тест»', inn: '7707083893', status: 'SUSPENDED', verifiedCountries: ['KG'] },
    });
    expect(toReviewItem({ ...vacancy, submittedAt: null } as VacancyWithCompany, 'KG').submittedAt).toBeNull();
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
    expect(toReviewItem(vacancy as unknown as VacancyWithCompany, 'KG').regionWarnings).toEqual(warnings);
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
    expect(toReviewItem(vacancy as unknown as VacancyWithCompany, 'KG').termsFindings).toEqual([
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

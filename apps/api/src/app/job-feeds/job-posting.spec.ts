import type { PublicVacancyView } from '@jumush/contracts';
import { CompanyStatus } from '@jumush/domain';
import { JOB_POSTING_REQUIRED_PROPERTIES, employmentTypesOf, endOfMoscowDay, jobPostingOf } from './job-posting';

const vacancy = {
  id: '0b9f5a7e-8a3c-4c7e-9d1e-2f3a4b5c6d7e',
  title: 'Сварщик',
  town: 'Казань',
  regionCode: '16',
  monthlyWageRoubles: 95_000,
  weeklyHours: 40,
  contractMonths: 12,
  description: 'Сварка металлоконструкций',
  applicationDeadline: '2027-01-31',
  publishedAt: '2026-12-01T10:00:00.000Z',
  remainingPositions: 7,
  company: { id: 'c0000000-0000-4000-8000-000000000000', legalName: 'ООО «Стройка»', inn: '7707083893', status: CompanyStatus.Verified },
} as PublicVacancyView;

describe('jobPostingOf', () => {
  const posting = jobPostingOf(vacancy, 'Республика Татарстан', 'https://jumush.example/ky/vacancies/0b9f5a7e-8a3c-4c7e-9d1e-2f3a4b5c6d7e');

  it('has every property a JobPosting must have, none empty', () => {
    for (const property of JOB_POSTING_REQUIRED_PROPERTIES) expect(posting[property]).toBeTruthy();
    expect(posting['@context']).toBe('https://schema.org');
    expect(posting['@type']).toBe('JobPosting');
  });

  it('gives the salary in roubles per month, the place in Russia and the employer with its INN', () => {
    expect(posting.baseSalary).toEqual({
      '@type': 'MonetaryAmount',
      currency: 'RUB',
      value: { '@type': 'QuantitativeValue', value: 95_000, unitText: 'MONTH' },
    });
    expect(posting.jobLocation.address).toEqual({
      '@type': 'PostalAddress',
      addressLocality: 'Казань',
      addressRegion: 'Республика Татарстан',
      addressCountry: 'RU',
    });
    expect(posting.hiringOrganization).toEqual({ '@type': 'Organization', name: 'ООО «Стройка»', taxID: '7707083893' });
    expect(posting.totalJobOpenings).toBe(7);
    expect(posting.datePosted).toBe('2026-12-01T10:00:00.000Z');
    expect(posting.validThrough).toBe('2027-01-31T23:59:59+03:00');
  });

  it('makes a description from the terms when the employer wrote none', () => {
    const made = jobPostingOf({ ...vacancy, description: '  ' }, 'Москва', 'u');
    expect(made.description).toBe('Сварщик, Казань: 95000 ₽ в месяц, 40 ч в неделю, договор на 12 мес.');
  });
});

describe('employmentTypesOf', () => {
  it.each([
    [40, ['FULL_TIME', 'TEMPORARY']],
    [35, ['FULL_TIME', 'TEMPORARY']],
    [34, ['PART_TIME', 'TEMPORARY']],
  ])('%d hours a week → %j', (hours, types) => {
    expect(employmentTypesOf(hours)).toEqual(types);
  });
});

describe('endOfMoscowDay', () => {
  it('is the last second of the day at UTC+3', () => {
    expect(new Date(endOfMoscowDay('2027-01-31')).toISOString()).toBe('2027-01-31T20:59:59.000Z');
  });
});

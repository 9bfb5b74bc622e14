/** Small factories for integration tests: rows inserted directly, through the real schema. */
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { HousingOption, MealsOption, RussianLevel, ShiftPattern } from '@jumush/contracts';
import { CompanyStatus, VacancyStatus } from '@jumush/domain';
import { CompanyCountryStatusEntity, CompanyEntity, CompanyMemberEntity, VacancyEntity } from '@jumush/server/database';
import { uniqueCompanyInn, uniqueCompanyOgrn } from './registration-numbers';
import { registerAndLogin, type TestApi } from './test-api';

/** The origin countries the migrations seed: a test company is decided in all of them unless a test says otherwise. */
export const ALL_COUNTRIES: readonly string[] = ['KG', 'UZ', 'TJ'];

/** Each listed country's decision on a company, all with the same status (a reliance or a block is a test's own business). */
export async function setCompanyCountries(
  dataSource: DataSource,
  companyId: string,
  status: CompanyStatus,
  countries: readonly string[] = ALL_COUNTRIES,
): Promise<void> {
  await dataSource
    .createQueryBuilder()
    .insert()
    .into(CompanyCountryStatusEntity)
    .values(countries.map((country) => ({ companyId, country, status })))
    .orUpdate(['status'], ['company_id', 'country'])
    .execute();
}

export async function insertCompany(
  app: INestApplication,
  ownerAccountId: string,
  ownerEmail: string,
  status = CompanyStatus.Verified,
  countries: readonly string[] = ALL_COUNTRIES,
): Promise<CompanyEntity> {
  const dataSource = app.get(DataSource);
  const company = await dataSource.getRepository(CompanyEntity).save({
    legalName: `ООО «Тест ${uniqueCompanyInn().slice(-4)}»`,
    inn: uniqueCompanyInn(),
    ogrn: uniqueCompanyOgrn(),
    legalAddress: 'г. Москва, ул. Тестовая, 1',
    regionCode: '77',
    contactPerson: 'Тест Тестов',
    phone: '+79160000000',
    email: ownerEmail,
  });
  await setCompanyCountries(dataSource, company.id, status, countries);
  await dataSource.getRepository(CompanyMemberEntity).insert({
    companyId: company.id,
    accountId: ownerAccountId,
    email: ownerEmail,
    owner: true,
    acceptedAt: new Date(),
  });
  return company;
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

export async function insertVacancy(app: INestApplication, company: CompanyEntity, overrides: Partial<VacancyEntity> = {}): Promise<VacancyEntity> {
  return app
    .get(DataSource)
    .getRepository(VacancyEntity)
    .save({
      companyId: company.id,
      status: VacancyStatus.Published,
      title: 'Сварщик на стройку',
      occupationCode: '7212',
      regionCode: '77',
      town: 'Москва',
      monthlyWageRoubles: 90_000,
      weeklyHours: 40,
      shiftPattern: ShiftPattern.Day,
      housing: HousingOption.Free,
      housingCostRoubles: null,
      meals: MealsOption.Free,
      travelPaid: true,
      insurance: true,
      contractMonths: 12,
      startDate: inDays(60),
      positions: 10,
      russianLevel: RussianLevel.Basic,
      experienceYears: 1,
      skills: [],
      description: '',
      applicationDeadline: inDays(30),
      searchText: 'сварщик ширетүүчү welder',
      openTo: [...ALL_COUNTRIES],
      createdBy: company.id,
      publishedAt: new Date(),
      ...overrides,
    });
}

/** An employer with a verified company and one published vacancy. */
export async function employerWithVacancy(api: TestApi, vacancy: Partial<VacancyEntity> = {}) {
  const employer = await registerAndLogin(api, 'employer');
  const company = await insertCompany(api.app, employer.account.id, employer.login);
  return {
    employer,
    company,
    vacancy: await insertVacancy(api.app, company, vacancy),
  };
}

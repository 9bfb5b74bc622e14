/** Test data for vacancy tests: verified employers, attaché staff and vacancies, made through the real API where it matters. */
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { HousingOption, MealsOption, RussianLevel, ShiftPattern, type VacancyTermsView, type VacancyView } from '@jumush/contracts';
import { CompanyStatus, Locale, Role } from '@jumush/domain';
import { AccountEntity, CompanyEntity, CompanyMemberEntity } from '@jumush/server/database';
import { PasswordHasher } from '../../auth/password-hasher';
import { ALL_COUNTRIES, setCompanyCountries } from '../../../testing/factories';
import { uniqueCompanyInn as validInn, uniqueCompanyOgrn as validOgrn } from '../../../testing/registration-numbers';
import { TEST_PASSWORD, registerAndLogin, uniqueEmail, type TestApi } from '../../../testing/test-api';
import { enableTwoFactorDirectly, signInWithTwoFactor } from '../../../testing/two-factor';

export interface Session {
  token: string;
  accountId: string;
  login: string;
}

export interface EmployerSession extends Session {
  companyId: string;
}

/** An employer registered through the API, owning a company inserted directly in the given status in `countries` (every country by default). */
export async function employerWithCompany(
  api: TestApi,
  status: CompanyStatus = CompanyStatus.Verified,
  legalName = `ООО «Тест ${randomBytes(3).toString('hex')}»`,
  countries: readonly string[] = ALL_COUNTRIES,
): Promise<EmployerSession> {
  const session = await registerAndLogin(api, 'employer');
  const dataSource = api.app.get(DataSource);
  const company = await dataSource.getRepository(CompanyEntity).save(
    dataSource.getRepository(CompanyEntity).create({
      legalName,
      inn: validInn(),
      ogrn: validOgrn(),
      legalAddress: 'г. Москва, ул. Тверская, д. 1',
      regionCode: '77',
      contactPerson: 'Ольга Смирнова',
      phone: '+79161234567',
      email: session.login,
    }),
  );
  await setCompanyCountries(dataSource, company.id, status, countries);
  await dataSource.getRepository(CompanyMemberEntity).insert({
    companyId: company.id,
    accountId: session.account.id,
    email: session.login,
    owner: true,
    acceptedAt: new Date(),
  });
  return {
    token: session.accessToken,
    accountId: session.account.id,
    login: session.login,
    companyId: company.id,
  };
}

/** Staff accounts are made by admins; tests insert them directly and sign in through the API. */
export async function staffSession(
  api: TestApi,
  role: Role.Attache | Role.Admin,
  originCountry: string | null = role === Role.Attache ? 'KG' : null,
): Promise<Session> {
  const email = uniqueEmail(role.toLowerCase());
  const passwordHash = await api.app.get(PasswordHasher).hash(TEST_PASSWORD);
  const inserted = await api.app.get(DataSource).getRepository(AccountEntity).insert({
    role,
    email,
    fullName: 'Staff Member',
    passwordHash,
    originCountry,
    locale: Locale.Russian,
  });
  // Staff must sign in with two-factor: the account is enrolled, and signs in with a code of its secret.
  const secret = await enableTwoFactorDirectly(api, String(inserted.identifiers[0]?.['id']));
  const session = await signInWithTwoFactor(api, email, TEST_PASSWORD, secret);
  if (session.status !== 200) throw new Error(`staff login failed: ${session.status}`);
  return {
    token: session.body.accessToken,
    accountId: session.body.account.id,
    login: email,
  };
}

/** An ISO date `days` from today (UTC). */
export function daysFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

export type TermsBody = Omit<VacancyTermsView, 'housingCostRoubles'> & {
  housingCostRoubles?: number | null;
  /** The countries the vacancy is open to; absent, every country that verified the company. */
  openTo?: string[];
};

export function vacancyTerms(overrides: Partial<TermsBody> = {}): TermsBody {
  return {
    title: 'Сварщик на строительство склада',
    occupationCode: '7212',
    regionCode: '77',
    town: 'Москва',
    monthlyWageRoubles: 95_000,
    weeklyHours: 40,
    shiftPattern: ShiftPattern.Day,
    housing: HousingOption.Free,
    meals: MealsOption.Free,
    travelPaid: true,
    insurance: true,
    contractMonths: 12,
    startDate: daysFromNow(90),
    positions: 5,
    russianLevel: RussianLevel.Basic,
    experienceYears: 1,
    skills: ['НАКС', 'полуавтомат'],
    description: 'Сварка металлоконструкций, общежитие рядом с объектом.',
    applicationDeadline: daysFromNow(60),
    ...overrides,
  };
}

export async function createVacancy(api: TestApi, employer: Session, overrides: Partial<TermsBody> = {}): Promise<VacancyView> {
  const response = await api.request<VacancyView>('POST', '/api/vacancies', {
    token: employer.token,
    body: vacancyTerms(overrides),
  });
  if (response.status !== 201) throw new Error(`create failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** Created, submitted and published through the API. */
export async function publishedVacancy(api: TestApi, employer: Session, attache: Session, overrides: Partial<TermsBody> = {}): Promise<VacancyView> {
  const draft = await createVacancy(api, employer, overrides);
  const submitted = await api.request<VacancyView>('POST', `/api/vacancies/mine/${draft.id}/submit`, { token: employer.token });
  if (submitted.status !== 200) throw new Error(`submit failed: ${submitted.status} ${JSON.stringify(submitted.body)}`);
  const published = await api.request<VacancyView>('POST', `/api/vacancy-reviews/${draft.id}/publish`, { token: attache.token });
  if (published.status !== 200) throw new Error(`publish failed: ${published.status} ${JSON.stringify(published.body)}`);
  return published.body;
}

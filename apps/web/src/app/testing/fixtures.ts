import {
  CompanyStatus,
  HousingOption,
  Locale,
  MealsOption,
  Role,
  RussianLevel,
  ShiftPattern,
  VacancyStatus,
  type AccountView,
  type CompanyView,
  type OccupationView,
  type PublicVacancyView,
  type SessionView,
  type VacancySearchResult,
  type VacancyTermsView,
  type VacancyView,
} from '@jumush/contracts/client';

/** Test data in the shapes of the contracts. */
export function anAccount(overrides: Partial<AccountView> = {}): AccountView {
  const staff = overrides.role === Role.Attache || overrides.role === Role.Admin;
  return {
    id: 'acc-1',
    role: Role.Migrant,
    phone: '+996555123456',
    email: null,
    fullName: null,
    originCountry: 'KG',
    coveredRegions: null,
    locale: Locale.Kyrgyz,
    emailVerifiedAt: null,
    phoneVerifiedAt: '2026-01-01T00:00:00.000Z',
    // Staff have two-factor on (their role requires it), unless a test says otherwise.
    twoFactorEnabledAt: staff ? '2026-01-01T00:00:00.000Z' : null,
    createdAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

export function aSession(token = 'access-1', account: AccountView = anAccount()): SessionView {
  return { accessToken: token, expiresIn: 900, account };
}

export const UNAUTHORIZED = { status: 401, statusText: 'Unauthorized' } as const;

export function problemBody(status: number, code: string, extra: Record<string, unknown> = {}) {
  return { type: 'about:blank', title: 'Problem', status, code, ...extra };
}

/* Employers and vacancies */

/** Vacancy dates must lie ahead: fixtures use next year's spring. */
export const NEXT_YEAR = new Date().getFullYear() + 1;
export const START_DATE = `${NEXT_YEAR}-04-01`;
export const DEADLINE = `${NEXT_YEAR}-03-15`;

export const VALID_COMPANY = { inn: '7707083893', ogrn: '1027700132195' } as const;
export const VALID_ENTREPRENEUR = { inn: '771234567859', ogrn: '324774600012374' } as const;

/** A company; `status` and `statusReason` are Kyrgyzstan's decision on it (the other countries have decided nothing). */
export function aCompany(overrides: Partial<CompanyView> & { status?: CompanyStatus; statusReason?: string | null } = {}): CompanyView {
  const { status = CompanyStatus.Pending, statusReason = null, ...rest } = overrides;
  const decided = { statusChangedAt: '2026-02-01T09:00:00.000Z', reliedOnCountry: null };
  return {
    id: 'company-1',
    legalName: 'ООО «Строймонтаж»',
    inn: VALID_COMPANY.inn,
    ogrn: VALID_COMPANY.ogrn,
    legalAddress: 'г. Москва, ул. Строителей, д. 1',
    regionCode: '77',
    contactPerson: 'Иван Петров',
    phone: '+79001234567',
    email: 'hr@stroymontazh.ru',
    countries: [
      { country: 'KG', status, statusReason, ...decided },
      { country: 'TJ', status: CompanyStatus.Pending, statusReason: null, ...decided },
      { country: 'UZ', status: CompanyStatus.Pending, statusReason: null, ...decided },
    ],
    verifiedCountries: status === CompanyStatus.Verified ? ['KG'] : [],
    blocked: null,
    createdAt: '2026-02-01T09:00:00.000Z',
    documents: [],
    ...rest,
  };
}

export function someTerms(overrides: Partial<VacancyTermsView> = {}): VacancyTermsView {
  return {
    title: 'Каменщик на стройку жилого дома',
    occupationCode: '7112',
    regionCode: '77',
    town: 'Москва',
    monthlyWageRoubles: 75_000,
    weeklyHours: 40,
    shiftPattern: ShiftPattern.Day,
    housing: HousingOption.Free,
    housingCostRoubles: null,
    meals: MealsOption.Paid,
    travelPaid: true,
    insurance: true,
    contractMonths: 6,
    startDate: START_DATE,
    positions: 10,
    russianLevel: RussianLevel.Basic,
    experienceYears: 1,
    skills: ['кладка кирпича'],
    description: 'Строительство жилого дома.',
    applicationDeadline: DEADLINE,
    ...overrides,
  };
}

export function aVacancy(overrides: Partial<VacancyView> = {}): VacancyView {
  return {
    ...someTerms(),
    id: 'vacancy-1',
    companyId: 'company-1',
    openTo: ['KG'],
    status: VacancyStatus.Draft,
    statusReason: null,
    filledPositions: 0,
    version: 1,
    publishedAt: null,
    createdAt: '2026-02-10T09:00:00.000Z',
    updatedAt: '2026-02-10T09:00:00.000Z',
    ...overrides,
  };
}

export function aPublicVacancy(overrides: Partial<PublicVacancyView> = {}): PublicVacancyView {
  return {
    ...someTerms(),
    id: 'vacancy-1',
    company: { id: 'company-1', legalName: 'ООО «Строймонтаж»', inn: VALID_COMPANY.inn, status: CompanyStatus.Verified },
    remainingPositions: 7,
    publishedAt: '2026-02-20T09:00:00.000Z',
    ...overrides,
  };
}

export function aSearchResult(overrides: Partial<VacancySearchResult> = {}): VacancySearchResult {
  return {
    items: [aPublicVacancy()],
    nextCursor: null,
    total: 1,
    facets: {
      regions: [{ value: '77', count: 1 }],
      occupations: [{ value: '7112', count: 1 }],
      housing: [{ value: 'FREE', count: 1 }],
      insurance: [{ value: 'true', count: 1 }],
      travelPaid: [{ value: 'true', count: 1 }],
    },
    ...overrides,
  };
}

export const OCCUPATIONS: OccupationView[] = [
  { code: '7112', sector: 'CONSTRUCTION', names: { ky: 'Кыш калоочу', ru: 'Каменщик', en: 'Bricklayer' }, active: true },
  { code: '8322', sector: 'TRANSPORT', names: { ky: 'Айдоочу', ru: 'Водитель', en: 'Driver' }, active: true },
];

/** Direct API calls for a journey's set-up, through the typed client: what the journey does not test is done the quick way. */
import { createClient, type RegisterEmployerDto, type RegisterMigrantDto, type VacancyTermsDto } from '@jumush/client';
import { CURRENT_CONSENT_VERSION } from '@jumush/contracts/client';
import { isValidInn, isValidOgrn } from '@jumush/domain';
import { DEMO_PASSWORD } from './browser';
import { DEMO_TOTP_SECRETS, freshTotpCode } from './two-factor';

const API_URL = process.env['E2E_API_URL'] ?? '';
let ipCounter = 1;

/** The typed API client (generated from docs/openapi.json); each call comes from an address of its own. */
const api = createClient({ baseUrl: API_URL || 'http://localhost', headers: () => ({ 'x-forwarded-for': `10.77.0.${ipCounter++ % 250}` }) });

async function call<T>(method: string, path: string, token?: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  const response = await fetch(`${API_URL}${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': `10.77.0.${ipCounter++ % 250}`,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

export async function apiLogin(login: string, password: string, totpSecret?: string): Promise<string> {
  return (await apiSession(login, password, totpSecret)).token;
}

let demoAdmin: { token: string; until: number } | undefined;

/**
 * The demo admin's access token, kept 10 minutes (it lives 15): every sign-in of the admin spends a step of its
 * authenticator, two per 30 seconds at most, and set-up helpers read captured messages as the admin again and again.
 */
export async function demoAdminToken(): Promise<string> {
  if (demoAdmin && Date.now() < demoAdmin.until) return demoAdmin.token;
  demoAdmin = { token: await apiLogin('admin@demo.jumush.kg', DEMO_PASSWORD), until: Date.now() + 10 * 60_000 };
  return demoAdmin.token;
}

/**
 * Signs in through the API: the access token and the account (its id, language, contacts). An account with
 * two-factor on takes the second step with a code of its secret (the demo staff's seeded one unless given).
 */
export async function apiSession(
  login: string,
  password: string,
  totpSecret: string | undefined = DEMO_TOTP_SECRETS[login],
): Promise<{ token: string; account: { id: string; locale: string; email: string | null; phone: string | null } }> {
  const first = await api.call('AuthController_login', { body: { login, password } });
  if (!('twoFactorRequired' in first)) return { token: first.accessToken, account: first.account };
  if (!totpSecret) throw new Error(`${login} signs in with two-factor: give its secret`);
  for (let attempt = 1; ; attempt++) {
    try {
      const session = await api.call('AuthController_loginTwoFactor', {
        body: { challenge: first.challenge, code: await freshTotpCode(totpSecret) },
      });
      return { token: session.accessToken, account: session.account };
    } catch (error) {
      // A step this run's record did not know was used (a database kept from an earlier run): the next one.
      if (attempt >= 3) throw error;
    }
  }
}

/**
 * A migrant with a confirmed number and a complete profile who applied to the vacancy, registered in `locale` (Kyrgyz unless told);
 * returns the phone, the application id, the access token and the account id.
 */
export async function migrantWhoApplied(
  vacancyId: string,
  names: {
    surname: string;
    givenNames: string;
    surnameLatin: string;
    givenNamesLatin: string;
  },
  password: string,
  locale = 'ky',
) {
  const phone = `+99670${String(Date.now() + ipCounter).slice(-7)}`;
  await api.call('AuthController_registerMigrant', { body: { phone, password, citizenship: 'KG', locale: locale as RegisterMigrantDto['locale'] } });
  const { token, account } = await apiSession(phone, password);
  await confirmPhoneAsDelivered(phone, token);
  await api.call('CandidatesController_personal', { token, body: { ...names, birthDate: '1995-05-20', sex: 'MALE' } });
  await api.call('CandidatesController_skills', {
    token,
    body: { languages: [{ language: 'ru', level: 'BASIC' }], occupations: [{ occupationCode: '7112', years: 3 }], education: 'SECONDARY' },
  });
  await api.call('CandidatesController_passport', {
    token,
    body: { passportNumber: `AC${String(Date.now() + ipCounter).slice(-7)}`, passportExpiresOn: `${new Date().getUTCFullYear() + 5}-01-31` },
  });
  await api.call('CandidatesController_consent', { token, body: { version: CURRENT_CONSENT_VERSION, accepted: true } });
  const application = await api.call('ApplicationsController_apply', { token, path: { vacancyId }, body: {} });
  return { phone, applicationId: application.id, token, accountId: account.id };
}

/**
 * A migrant of `citizenship` registered in `locale` with a confirmed number, a complete profile and consent, who has not applied yet:
 * the phone to sign in with.
 */
export async function readyMigrantOf(citizenship: 'UZ' | 'TJ', locale: string, names: Record<string, string>, password: string): Promise<string> {
  const digits = String(Date.now() + ipCounter++).slice(-7);
  const phone = citizenship === 'UZ' ? `+99890${digits}` : `+99290${digits}`;
  await api.call('AuthController_registerMigrant', { body: { phone, password, citizenship, locale: locale as RegisterMigrantDto['locale'] } });
  const { token } = await apiSession(phone, password);
  await confirmPhoneAsDelivered(phone, token);
  await api.call('CandidatesController_personal', {
    token,
    body: { surname: '', givenNames: '', surnameLatin: '', givenNamesLatin: '', ...names, birthDate: '1995-05-20', sex: 'MALE' },
  });
  await api.call('CandidatesController_skills', {
    token,
    body: { languages: [{ language: 'ru', level: 'BASIC' }], occupations: [{ occupationCode: '7112', years: 3 }], education: 'SECONDARY' },
  });
  await api.call('CandidatesController_passport', {
    token,
    body: { passportNumber: `FA${digits}`, passportExpiresOn: `${new Date().getUTCFullYear() + 5}-01-31` },
  });
  await api.call('CandidatesController_consent', { token, body: { version: CURRENT_CONSENT_VERSION, accepted: true } });
  return phone;
}

export async function publicVacancyId(title: string): Promise<string> {
  const result = await api.call('PublicVacanciesController_search', { query: { q: title } });
  const vacancy = result.items.find((item) => item.title === title);
  if (!vacancy) throw new Error(`no published vacancy "${title}"`);
  return vacancy.id;
}

export async function shortlistAll(employerToken: string, vacancyId: string, applicationIds: string[]): Promise<void> {
  await api.call('ApplicationsController_decideMany', { token: employerToken, path: { vacancyId }, body: { decision: 'shortlist', applicationIds } });
}

export async function letterCodeOf(attacheToken: string, batchId: string, applicationId: string): Promise<string> {
  const batch = await api.call('BatchesController_detail', { token: attacheToken, path: { id: batchId }, query: { pageSize: 100 } });
  const code = batch.items.find((item) => item.applicationId === applicationId)?.letterCode;
  if (!code) throw new Error('no letter code');
  return code;
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** The terms of a new vacancy (the body of POST /api/vacancies; PUT /api/vacancies/mine/:id adds the version). */
export function vacancyTerms(title: string): VacancyTermsDto {
  return {
    title,
    occupationCode: '7112',
    regionCode: '77',
    town: 'Москва',
    monthlyWageRoubles: 90_000,
    weeklyHours: 40,
    shiftPattern: 'DAY',
    housing: 'FREE',
    housingCostRoubles: null,
    meals: 'PAID',
    travelPaid: true,
    insurance: true,
    contractMonths: 6,
    startDate: inDays(120),
    positions: 10,
    russianLevel: 'BASIC',
    experienceYears: 1,
    skills: ['кладка кирпича'],
    description: 'Строительство жилого дома.',
    applicationDeadline: inDays(60),
  };
}

/**
 * A vacancy of the demo employer, submitted for review: the journey's own, so other journeys are not disturbed; open
 * to the countries given (every country that verified the company when none are).
 */
export async function vacancyInReview(employerToken: string, title: string, openTo?: string[]): Promise<string> {
  const vacancy = await api.call('EmployerVacanciesController_create', {
    token: employerToken,
    body: { ...vacancyTerms(title), ...(openTo ? { openTo } : {}) },
  });
  await api.call('EmployerVacanciesController_submit', { token: employerToken, path: { id: vacancy.id } });
  return vacancy.id;
}

/** A vacancy of the demo employer, published by the attaché: the journey's own, so other journeys are not disturbed. */
export async function publishedVacancy(employerToken: string, attacheToken: string, title: string, openTo?: string[]): Promise<string> {
  const vacancyId = await vacancyInReview(employerToken, title, openTo);
  await api.call('VacancyReviewsController_publish', { token: attacheToken, path: { id: vacancyId } });
  return vacancyId;
}

function withCheckDigit(body: string, valid: (candidate: string) => boolean): string {
  for (let digit = 0; digit <= 9; digit++) if (valid(`${body}${digit}`)) return `${body}${digit}`;
  throw new Error('no check digit');
}
const randomDigits = (count: number) => Array.from({ length: count }, () => Math.floor(Math.random() * 10)).join('');

/**
 * A new employer, registered in `locale`, who registered a company of their own (PENDING verification): its
 * decisions then touch nobody else. Returns the e-mail, the access token, the account id and the company.
 */
export async function employerWithNewCompany(password: string, locale: string) {
  const suffix = randomDigits(6);
  const email = `hr-${suffix}@kirpich.example`;
  await api.call('AuthController_registerEmployer', {
    body: { email, password, fullName: 'Ольга Смирнова', locale: locale as RegisterEmployerDto['locale'] },
  });
  const { token, account } = await apiSession(email, password);
  await confirmEmailAsDelivered(email);
  const { companyId, legalName } = await registerCompany(token, email);
  return { email: account.email ?? email, token, accountId: account.id, companyId, legalName };
}

/** Registers a company (PENDING verification) for a signed-in employer whose address is confirmed. */
export async function registerCompany(token: string, email: string): Promise<{ companyId: string; legalName: string }> {
  const suffix = randomDigits(6);
  const legalName = `ООО «Кирпич-${suffix}»`;
  const company = await api.call('CompaniesController_register', {
    token,
    body: {
      legalName,
      inn: withCheckDigit(`77${randomDigits(7)}`, (value) => isValidInn(value, 'legalEntity')),
      ogrn: withCheckDigit(`1${randomDigits(11)}`, (value) => isValidOgrn(value, 'legalEntity')),
      legalAddress: 'г. Москва, ул. Заводская, д. 5',
      regionCode: '77',
      contactPerson: 'Ольга Смирнова',
      phone: '+7 916 555-44-33',
      email,
    },
  });
  return { companyId: company.id, legalName };
}

/**
 * Confirms an employer's address the way its owner would: the worker delivers the verification e-mail (captured by
 * the test stack's SMTP capture, read through the admin page's API), and its link's token is confirmed.
 */
export async function confirmEmailAsDelivered(email: string): Promise<string> {
  const admin = await demoAdminToken();
  const until = Date.now() + 30_000;
  for (;;) {
    const captured = await api.call('AdminNotificationsController_capturedMessages', {
      token: admin,
      query: { channel: 'EMAIL', page: 1, pageSize: 100 },
    });
    const link = captured.items
      .filter((message) => message.recipient === email)
      .flatMap((message) => [...message.body.matchAll(/https?:\/\/\S+\/verify-email\/([A-Za-z0-9_-]{43})/g)].map((m) => m[1]))[0];
    if (link) {
      await api.call('AuthController_confirmEmail', { body: { token: link } });
      return link;
    }
    if (Date.now() > until) throw new Error(`no verification e-mail reached ${email}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/**
 * Confirms a migrant's number the way its owner would: the worker sends the SMS code at registration (captured by
 * the test stack's SMS capture, read through the admin page's API), and the code from its text is typed back.
 */
export async function confirmPhoneAsDelivered(phone: string, token: string): Promise<string> {
  const code = await smsCodeSentTo(phone);
  await api.call('AuthController_confirmPhone', { token, body: { code } });
  return code;
}

/** The six-digit code of the newest SMS sent to `phone` (an unconfirmed number gets no other SMS). */
export async function smsCodeSentTo(phone: string, after = ''): Promise<string> {
  const admin = await demoAdminToken();
  const until = Date.now() + 30_000;
  for (;;) {
    const captured = await api.call('AdminNotificationsController_capturedMessages', {
      token: admin,
      query: { channel: 'SMS', page: 1, pageSize: 100 },
    });
    const code = captured.items
      .filter((message) => message.recipient === phone && message.createdAt > after)
      .map((message) => /\b(\d{6})\b/.exec(message.body)?.[1])
      .find(Boolean);
    if (code) return code;
    if (Date.now() > until) throw new Error(`no SMS code reached ${phone}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** Any other API call a journey's set-up needs (untyped: prefer a helper above, built on the typed client). */
export const apiCall = call;

/** A new employer whose address is confirmed and who has no company yet (a claimant of a disputed INN). */
export async function employerWithoutCompany(password: string, locale: string): Promise<{ email: string; token: string; accountId: string }> {
  const email = `claimant-${randomDigits(6)}@kirpich.example`;
  await api.call('AuthController_registerEmployer', {
    body: { email, password, fullName: 'Анна Настоящая', locale: locale as RegisterEmployerDto['locale'] },
  });
  const { token, account } = await apiSession(email, password);
  await confirmEmailAsDelivered(email);
  return { email, token, accountId: account.id };
}

/** Files a dispute for a claimed INN the quick way (multipart: the statement and a small PDF). */
export async function fileInnDispute(token: string, inn: string, statement: string): Promise<{ id: string }> {
  const form = new FormData();
  form.append('inn', inn);
  form.append('statement', statement);
  form.append('file', new Blob([new Uint8Array(Buffer.from('%PDF-1.4\n%%EOF\n'))], { type: 'application/pdf' }), 'extract.pdf');
  return api.call('CompanyDisputesController_file', { token, body: form });
}

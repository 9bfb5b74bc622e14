/**
 * Journey: every message lands. For each notification type that reaches a person today, the step that sends it is
 * taken through the API, the message is read as its recipient reads it (the in-app notification centre; the SMS and
 * e-mail the capture adapters kept), the link is taken out of the message, and opened in a browser signed in as the
 * recipient: the page must show the subject, in the recipient's language — not "page not found", not a sign-in loop.
 *
 * The TABLE below is the catalogue: one row per notification type (type → how it is triggered → who gets it → what
 * the landed page must show). A new type is a new row. PATHS lists pages messages link to whose sending step does not
 * happen in a browser run (delayed reminders), or that no message links to yet: each must open for its recipient too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  apiCall,
  apiLogin,
  apiSession,
  employerWithNewCompany,
  employerWithoutCompany,
  fileInnDispute,
  confirmPhoneAsDelivered,
  migrantWhoApplied,
  publishedVacancy,
  vacancyInReview,
  vacancyTerms,
} from './support/api';
import { BASE_URL, DEMO_PASSWORD, enterTotpCode, launchBrowser, newPhoneContext, screenshot } from './support/browser';
import { DEMO_TOTP_SECRETS } from './support/two-factor';
import { workersWhoRated } from './support/ratings';
import { capturedMessages, eventually, inAppMessages, languageOf, linksIn, notificationLanguage } from './support/messages';

const PASSWORD = 'migrant-pass-2026';
const EMPLOYER = 'employer@demo.jumush.kg';
const ATTACHE = 'attache@demo.jumush.kg';
const ADMIN = 'admin@demo.jumush.kg';
const GIVEN_NAMES: Record<string, [string, string]> = {
  A: ['Бакыт', 'Bakyt'],
  B: ['Нурлан', 'Nurlan'],
  C: ['Айбек', 'Aibek'],
  D: ['Тимур', 'Timur'],
  E: ['Эрлан', 'Erlan'],
  F: ['Марат', 'Marat'],
};
const DECLINE_REASON = 'Нужен опыт от пяти лет';
const REFUSAL_TEXT = 'Нет медицинской справки';
const COMPANY_REJECTION = 'ОГРН не совпадает с выпиской из ЕГРЮЛ';
const VACANCY_REJECTION = 'Укажите адрес общежития';
const LETTER_REVOCATION = 'Паспорт, указанный в письме, объявлен недействительным';
const DISPUTE_STATEMENT = 'Мы — эта компания: выписка из ЕГРЮЛ называет нашего директора.';
const NO_SHOW_REASON = 'Не вышел на первую смену, на звонки не отвечает';

/** The web's own words in each language, to tell that a page speaks the reader's language. */
const WORDS: Record<string, Record<string, unknown>> = {};
function word(lang: string, key: string): string {
  WORDS[lang] ??= JSON.parse(readFileSync(join(__dirname, '../apps/web/public/i18n', `${lang}.json`), 'utf8')) as Record<string, unknown>;
  const found = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], WORDS[lang]);
  if (typeof found !== 'string') throw new Error(`no ${key} in ${lang}.json`);
  return found;
}
const htmlLang = (lang: string) => (lang === 'uz' ? 'uz-Latn' : lang);

/** A person who receives messages: how they sign in, and the browser tab they read them in. */
interface Person {
  name: string;
  login: string;
  password: string;
  token: string;
  accountId: string;
  /** SMS for migrants, e-mail for employers and officials (each role's default channel besides in-app). */
  channel: 'SMS' | 'EMAIL';
  address: string;
  page?: Page;
}

/** What the journey has built so far. */
interface Story {
  vacancyId: string;
  vacancyTitle: string;
  closingVacancyId: string;
  companyId: string;
  companyName: string;
  employer: Person;
  attache: Person;
  /** The demo admin, supervisor of every country: overdue items escalate to them (reminder.overdue). */
  admin: Person;
  adminToken: string;
  /** A: approved. B: declined. C: refused. D: returned, then withdrew. E: its vacancy closed. F: stays in D's batch. */
  migrants: Record<'A' | 'B' | 'C' | 'D' | 'E' | 'F', Person & { applicationId: string }>;
  firstBatchId: string;
  secondBatchId: string;
  /** A new employer with a company of their own, for the company's messages (suspending it disturbs nobody else). */
  newEmployer: Person & { companyId: string; companyName: string };
  /** Vacancies the attaché reviews in the run: one published, one rejected. */
  reviewed: Record<'published' | 'rejected', { id: string; title: string }>;
  /** Disputes of a claimed INN: one upheld, one rejected; each with the company's holder and the claimant. */
  disputes: Record<'upheld' | 'rejected', { holder: Person & { companyName: string }; claimant: Person }>;
  /** Migrant A's day-3 check-in after arrival and the grievance its "no" on the passport opened. */
  afterArrival: { checkInId: string; grievanceId: string };
  /** Fees migrant A reported after arrival (the second trips the red-flag rule of two in 90 days). */
  feeReportIds: string[];
}

/** A company registered first by `holder`, disputed by a claimant, decided by the attaché; both are Persons of the story. */
async function decidedDispute(s: Story, decision: 'uphold' | 'reject', holderLocale: string, claimantLocale: string, reason: string) {
  const holder = await employerWithNewCompany(PASSWORD, holderLocale);
  const { inn } = await apiCall<{ inn: string }>('GET', '/api/companies/mine', holder.token);
  const claimant = await employerWithoutCompany(PASSWORD, claimantLocale);
  const { id } = await fileInnDispute(claimant.token, inn, DISPUTE_STATEMENT);
  await apiCall('POST', `/api/verification/disputes/${id}/${decision}`, s.attache.token, { reason });
  const person = (who: { email: string; accountId: string }, name: string, token: string): Person => ({
    name,
    login: who.email,
    password: PASSWORD,
    token,
    accountId: who.accountId,
    channel: 'EMAIL',
    address: who.email,
  });
  // An upheld dispute ends the holder's sessions: they read their messages from a new sign-in.
  const holderToken = decision === 'uphold' ? await apiLogin(holder.email, PASSWORD) : holder.token;
  s.disputes = {
    ...s.disputes,
    [decision === 'uphold' ? 'upheld' : 'rejected']: {
      holder: { ...person(holder, `holder (${decision})`, holderToken), companyName: holder.legalName },
      claimant: person(claimant, `claimant (${decision})`, claimant.token),
    },
  };
}

interface MessageRow {
  type: string;
  trigger: string;
  recipient: string;
  shows: string;
  /** Takes the step that sends the message (rows sharing a step leave it to the first). */
  act?: (s: Story) => Promise<void>;
  to: (s: Story) => Person;
  /** A text the message's link must contain: the id of its subject. */
  subject: (s: Story) => string;
  /** Waits until the landed page shows the subject in `lang`. */
  lands: (page: Page, s: Story, lang: string) => Promise<void>;
  /** What happens between the message and the recipient opening its link, when the link needs it (said why at the row). */
  beforeOpening?: (s: Story) => Promise<void>;
}

/** The migrant's application page, at the status the message is about. */
function applicationPage(migrant: keyof Story['migrants'], status: string, extra?: (page: Page, s: Story, lang: string) => Promise<void>) {
  return async (page: Page, s: Story, lang: string) => {
    const id = s.migrants[migrant].applicationId;
    await page.locator(`[data-testid="application-page"][data-id="${id}"]`).waitFor();
    expect((await page.getByTestId('application-status').innerText()).trim()).toBe(word(lang, `myApplications.status.${status}`));
    await extra?.(page, s, lang);
  };
}

/** The employer's list of applicants of the vacancy. */
async function applicantsPage(page: Page, s: Story, lang: string): Promise<void> {
  await page.locator('h1', { hasText: s.vacancyTitle }).waitFor();
  expect(await page.locator('h1').innerText()).toContain(word(lang, 'applicants.title'));
}

/** A batch's page (the attaché's or the employer's, as the link says), showing the batch's status. */
function batchPage(which: 'firstBatchId' | 'secondBatchId') {
  return async (page: Page, s: Story) => {
    await page.getByTestId('batch-status').waitFor();
    expect(new URL(page.url()).pathname).toContain(s[which]);
  };
}

/** The new employer's company page, at the status the message is about (and the attaché's reason, if any). */
function companyPage(status: string, reason?: string) {
  return async (page: Page, s: Story) => {
    await page.locator(`[data-testid="company-card"][data-status="${status}"]`).waitFor();
    expect(await page.getByTestId('company-card').innerText()).toContain(s.newEmployer.companyName);
    if (reason) expect(await page.getByTestId('status-reason').innerText()).toContain(reason);
  };
}

/** The employer's editor of the vacancy. */
function vacancyEditor(vacancy: (s: Story) => { title: string }) {
  return async (page: Page, s: Story) => {
    const title = page.locator('#vacancy-title');
    await title.waitFor();
    await page.waitForFunction(() => (document.querySelector('#vacancy-title') as HTMLInputElement | null)?.value);
    expect(await title.inputValue()).toBe(vacancy(s).title);
  };
}

async function decideCompany(s: Story, decision: 'verify' | 'reject' | 'suspend' | 'reinstate', reason?: string): Promise<void> {
  await apiCall(
    'POST',
    `/api/verification/companies/${s.newEmployer.companyId}/${decision}`,
    s.attache.token,
    // A suspension also says its category (the public registry publishes it instead of the reason).
    reason === undefined ? undefined : decision === 'suspend' ? { reason, category: 'wageViolation' } : { reason },
  );
}

/** Migrant A (arrived) reports a fee paid to an intermediary; the report's id joins the story. */
async function reportFee(s: Story, amountRoubles: number): Promise<void> {
  const a = s.migrants.A;
  const view = await apiCall<{ feeReports: Array<{ id: string }> }>('POST', '/api/work-reports/fees', a.token, {
    applicationId: a.applicationId,
    amountRoubles,
    state: 'paid',
    intermediaryName: 'Бакыт-агент',
    happenedOn: new Date().toISOString().slice(0, 10),
  });
  s.feeReportIds = view.feeReports.map((fee) => fee.id);
}

async function decideBatch(s: Story, batchId: string, decision: Record<string, unknown>): Promise<void> {
  await apiCall('POST', `/api/attache/batches/${batchId}/decision`, s.attache.token, decision, { 'idempotency-key': `e2e-${batchId}-${Date.now()}` });
}

async function submittedBatch(s: Story, applicationIds: string[]): Promise<string> {
  const batch = await apiCall<{ id: string }>('POST', '/api/batches', s.employer.token, { vacancyId: s.vacancyId, applicationIds });
  await apiCall('POST', `/api/batches/${batch.id}/submit`, s.employer.token);
  return batch.id;
}

const TABLE: MessageRow[] = [
  {
    type: 'applicationReceived',
    trigger: 'a migrant applies',
    recipient: 'the migrant',
    shows: 'the application, SUBMITTED',
    to: (s) => s.migrants.A,
    subject: (s) => s.migrants.A.applicationId,
    lands: applicationPage('A', 'SUBMITTED'),
  },
  {
    type: 'newApplicant',
    trigger: 'a migrant applies',
    recipient: 'the employer',
    shows: 'the applicants of the vacancy',
    to: (s) => s.employer,
    subject: (s) => s.vacancyId,
    lands: applicantsPage,
  },
  {
    type: 'shortlisted',
    trigger: 'the employer shortlists',
    recipient: 'the migrant',
    shows: 'the application, SHORTLISTED',
    act: async (s) => {
      const ids = [s.migrants.A, s.migrants.C, s.migrants.D, s.migrants.F].map((m) => m.applicationId);
      await apiCall('POST', `/api/vacancies/mine/${s.vacancyId}/applications/decisions`, s.employer.token, {
        decision: 'shortlist',
        applicationIds: ids,
      });
    },
    to: (s) => s.migrants.A,
    subject: (s) => s.migrants.A.applicationId,
    lands: applicationPage('A', 'SHORTLISTED'),
  },
  {
    type: 'declined',
    trigger: 'the employer declines, saying why',
    recipient: 'the migrant',
    shows: 'the application, DECLINED, with the reason',
    act: async (s) => {
      await apiCall('POST', `/api/vacancies/mine/${s.vacancyId}/applications/decisions`, s.employer.token, {
        decision: 'decline',
        applicationIds: [s.migrants.B.applicationId],
        reason: DECLINE_REASON,
      });
    },
    to: (s) => s.migrants.B,
    subject: (s) => s.migrants.B.applicationId,
    lands: applicationPage('B', 'DECLINED', async (page) => {
      expect(await page.getByTestId('status-reason').innerText()).toContain(DECLINE_REASON);
    }),
  },
  {
    type: 'inBatch',
    trigger: 'the employer submits a batch',
    recipient: 'the migrant',
    shows: 'the application, IN_BATCH, with the expected wait',
    act: async (s) => {
      s.firstBatchId = await submittedBatch(s, [s.migrants.A.applicationId, s.migrants.C.applicationId]);
    },
    to: (s) => s.migrants.A,
    subject: (s) => s.migrants.A.applicationId,
    lands: applicationPage('A', 'IN_BATCH', async (page) => {
      await page.getByTestId('next-step').waitFor();
    }),
  },
  {
    type: 'batchSubmitted',
    trigger: 'the employer submits a batch',
    recipient: "the attaché staff of the batch's country",
    shows: 'the batch waiting for a decision',
    to: (s) => s.attache,
    subject: (s) => s.firstBatchId,
    lands: batchPage('firstBatchId'),
  },
  {
    type: 'approved',
    trigger: 'the attaché approves all but one',
    recipient: 'the approved migrant',
    shows: 'the application, APPROVED, its letter in focus',
    act: async (s) => {
      await decideBatch(s, s.firstBatchId, {
        kind: 'APPROVE_ALL_EXCEPT',
        exclusions: [{ applicationId: s.migrants.C.applicationId, reasonCode: 'MEDICAL', text: REFUSAL_TEXT }],
      });
    },
    to: (s) => s.migrants.A,
    subject: (s) => `${s.migrants.A.applicationId}/letter`,
    lands: applicationPage('A', 'APPROVED', async (page) => {
      await page.getByTestId('download-letter').waitFor();
      await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'letter-section');
      await page.getByTestId('employer-contact').waitFor();
    }),
  },
  {
    type: 'refused',
    trigger: 'the attaché approves all but one',
    recipient: 'the excluded migrant',
    shows: 'the application, REFUSED, the reason in words (not its code)',
    to: (s) => s.migrants.C,
    subject: (s) => s.migrants.C.applicationId,
    lands: applicationPage('C', 'REFUSED', async (page, _s, lang) => {
      const reason = await page.getByTestId('status-reason').innerText();
      expect(reason).toContain(word(lang, 'refusal.MEDICAL'));
      expect(reason).toContain(REFUSAL_TEXT);
      expect(reason).not.toContain('MEDICAL');
    }),
  },
  {
    type: 'batchDecided',
    trigger: 'the attaché approves all but one',
    recipient: "the employer's recruiters",
    shows: 'the decided batch',
    to: (s) => s.employer,
    subject: (s) => s.firstBatchId,
    lands: batchPage('firstBatchId'),
  },
  {
    type: 'returned',
    trigger: 'the attaché returns a batch, the employer takes the migrant out of it',
    recipient: 'the migrant',
    shows: 'the application, SHORTLISTED again',
    act: async (s) => {
      s.secondBatchId = await submittedBatch(s, [s.migrants.D.applicationId, s.migrants.F.applicationId]);
      await decideBatch(s, s.secondBatchId, { kind: 'RETURN', comment: 'Проверьте паспортные данные' });
      // The returned batch goes back to the attaché without D, who is back on the shortlist.
      await apiCall('PUT', `/api/batches/${s.secondBatchId}/items`, s.employer.token, { applicationIds: [s.migrants.F.applicationId] });
    },
    to: (s) => s.migrants.D,
    subject: (s) => s.migrants.D.applicationId,
    lands: applicationPage('D', 'SHORTLISTED'),
  },
  {
    type: 'batchReturned',
    trigger: 'the attaché returns a batch, the employer takes the migrant out of it',
    recipient: "the employer's recruiters",
    shows: 'the returned batch',
    to: (s) => s.employer,
    subject: (s) => s.secondBatchId,
    lands: batchPage('secondBatchId'),
  },
  {
    type: 'withdrawalConfirmed',
    trigger: 'the migrant withdraws',
    recipient: 'the migrant',
    shows: 'the application, WITHDRAWN',
    act: async (s) => {
      const mine = await apiCall<{ version: number }>('GET', `/api/applications/mine/${s.migrants.D.applicationId}`, s.migrants.D.token);
      await apiCall('POST', `/api/applications/mine/${s.migrants.D.applicationId}/withdraw`, s.migrants.D.token, { version: mine.version });
    },
    to: (s) => s.migrants.D,
    subject: (s) => s.migrants.D.applicationId,
    lands: applicationPage('D', 'WITHDRAWN'),
  },
  {
    type: 'candidateWithdrew',
    trigger: 'the migrant withdraws',
    recipient: 'the employer',
    shows: 'the applicants of the vacancy',
    to: (s) => s.employer,
    subject: (s) => s.vacancyId,
    lands: applicantsPage,
  },
  {
    type: 'closed',
    trigger: 'the employer closes the vacancy',
    recipient: 'the migrant',
    shows: 'the application, CLOSED, the cause in words',
    act: async (s) => {
      await apiCall('POST', `/api/vacancies/mine/${s.closingVacancyId}/withdraw`, s.employer.token);
    },
    to: (s) => s.migrants.E,
    subject: (s) => s.migrants.E.applicationId,
    lands: applicationPage('E', 'CLOSED', async (page, _s, lang) => {
      expect(await page.getByTestId('status-reason').innerText()).toContain(word(lang, 'myApplications.closedCause.vacancyClosed'));
    }),
  },
  {
    type: 'vacancySentBack',
    trigger: 'the employer raises the wage of the published vacancy',
    recipient: "the members of the vacancy's company",
    shows: 'the vacancy in the editor',
    act: async (s) => {
      const current = await apiCall<Record<string, unknown> & { version: number }>('GET', `/api/vacancies/mine/${s.vacancyId}`, s.employer.token);
      const terms = Object.fromEntries(Object.keys(vacancyTerms(s.vacancyTitle)).map((key) => [key, current[key]]));
      await apiCall('PUT', `/api/vacancies/mine/${s.vacancyId}`, s.employer.token, {
        ...terms,
        monthlyWageRoubles: 95_000,
        version: current.version,
      });
    },
    to: (s) => s.employer,
    subject: (s) => s.vacancyId,
    lands: vacancyEditor((s) => ({ title: s.vacancyTitle })),
  },
  {
    type: 'vacancyChanged',
    trigger: 'the employer raises the wage of the published vacancy',
    recipient: 'the candidate of each open application',
    shows: 'their application to the vacancy (the vacancy itself is back in review, not public)',
    to: (s) => s.migrants.A,
    subject: (s) => s.migrants.A.applicationId,
    // The wage is a material term: the change sent the vacancy back to review. Published again so that the rows
    // after this one find it as before; the link itself lands on the application page either way.
    beforeOpening: async (s) => {
      await apiCall('POST', `/api/vacancy-reviews/${s.vacancyId}/publish`, s.attache.token);
    },
    lands: applicationPage('A', 'APPROVED', async (page, s) => {
      expect(await page.locator('body').innerText()).toContain(s.vacancyTitle);
    }),
  },
  {
    type: 'vacancyPublished',
    trigger: 'the attaché publishes a vacancy',
    recipient: "the members of the vacancy's company",
    shows: 'the vacancy in the editor',
    act: async (s) => {
      const title = `Плиточник, публикуется ${String(Date.now()).slice(-6)}`;
      s.reviewed = { ...s.reviewed, published: { id: await vacancyInReview(s.employer.token, title), title } };
      await apiCall('POST', `/api/vacancy-reviews/${s.reviewed.published.id}/publish`, s.attache.token);
    },
    to: (s) => s.employer,
    subject: (s) => s.reviewed.published.id,
    lands: vacancyEditor((s) => s.reviewed.published),
  },
  {
    type: 'vacancyRejected',
    trigger: 'the attaché rejects a vacancy, saying why',
    recipient: "the members of the vacancy's company",
    shows: 'the vacancy in the editor',
    act: async (s) => {
      const title = `Маляр, отклоняется ${String(Date.now()).slice(-6)}`;
      s.reviewed = { ...s.reviewed, rejected: { id: await vacancyInReview(s.employer.token, title), title } };
      await apiCall('POST', `/api/vacancy-reviews/${s.reviewed.rejected.id}/reject`, s.attache.token, { reason: VACANCY_REJECTION });
    },
    to: (s) => s.employer,
    subject: (s) => s.reviewed.rejected.id,
    lands: vacancyEditor((s) => s.reviewed.rejected),
  },
  {
    type: 'companyRejected',
    trigger: 'a new employer registers a company, the attaché rejects it, saying why',
    recipient: "the company's members",
    shows: 'the company, REJECTED, with the reason',
    act: async (s) => {
      const employer = await employerWithNewCompany(PASSWORD, 'en');
      s.newEmployer = {
        name: 'new employer',
        login: employer.email,
        password: PASSWORD,
        token: employer.token,
        accountId: employer.accountId,
        channel: 'EMAIL',
        address: employer.email,
        companyId: employer.companyId,
        companyName: employer.legalName,
      };
      await decideCompany(s, 'reject', COMPANY_REJECTION);
    },
    to: (s) => s.newEmployer,
    subject: () => '/employer/company',
    lands: companyPage('REJECTED', COMPANY_REJECTION),
  },
  {
    type: 'companyVerified',
    trigger: 'the employer resubmits the company, the attaché verifies it',
    recipient: "the company's members",
    shows: 'the company, VERIFIED',
    act: async (s) => {
      await apiCall('POST', '/api/companies/mine/resubmit', s.newEmployer.token);
      await decideCompany(s, 'verify');
    },
    to: (s) => s.newEmployer,
    subject: () => '/employer/company',
    lands: companyPage('VERIFIED'),
  },
  {
    type: 'companySuspended',
    trigger: 'the attaché suspends the company, saying why',
    recipient: "the company's members",
    shows: 'the company, SUSPENDED, with the reason',
    act: (s) => decideCompany(s, 'suspend', 'Жалобы работников на невыплату зарплаты'),
    to: (s) => s.newEmployer,
    subject: () => '/employer/company',
    lands: companyPage('SUSPENDED', 'Жалобы работников на невыплату зарплаты'),
  },
  {
    type: 'companyReinstated',
    trigger: 'the attaché reinstates the company, saying what changed',
    recipient: "the company's members",
    shows: 'the company, VERIFIED again',
    act: (s) => decideCompany(s, 'reinstate', 'Задолженность по зарплате погашена'),
    to: (s) => s.newEmployer,
    subject: () => '/employer/company',
    lands: companyPage('VERIFIED'),
  },
  {
    type: 'letterRevoked',
    trigger: 'the attaché revokes an approval letter, saying why',
    recipient: 'the migrant whose letter it was',
    shows: 'the application the letter was for',
    // Last of the migrant's rows: the letter stays revoked (the application stays APPROVED, its letter no longer valid).
    act: async (s) => {
      await apiCall('POST', `/api/attache/letters/${s.migrants.A.applicationId}/revoke`, s.attache.token, {
        category: 'OTHER',
        reason: LETTER_REVOCATION,
      });
    },
    to: (s) => s.migrants.A,
    subject: (s) => s.migrants.A.applicationId,
    lands: applicationPage('A', 'APPROVED', async (page, s) => {
      expect(await page.locator('body').innerText()).toContain(s.vacancyTitle);
      await page.getByTestId('letter-revoked').waitFor();
    }),
  },
  {
    type: 'companyDisputeUpheld',
    trigger: 'a refused registrant disputes a claimed INN, the attaché upholds it',
    recipient: 'the claimant',
    shows: 'the company, now theirs',
    act: (s) => decidedDispute(s, 'uphold', 'ky', 'tg', 'Выписка из ЕГРЮЛ подтверждает права заявителя'),
    to: (s) => s.disputes.upheld.claimant,
    subject: () => '/employer/company',
    lands: async (page, s) => {
      await page.getByTestId('company-card').filter({ hasText: s.disputes.upheld.holder.companyName }).waitFor();
    },
  },
  {
    type: 'companyOwnershipLost',
    trigger: 'the same decision',
    recipient: "the company's former members",
    shows: 'the company page with no company: the registration form',
    to: (s) => s.disputes.upheld.holder,
    subject: () => '/employer/company',
    lands: async (page) => {
      await page.getByTestId('company-form').waitFor();
    },
  },
  {
    type: 'companyDisputeRejected',
    trigger: 'a refused registrant disputes a claimed INN, the attaché rejects it',
    recipient: 'the claimant',
    shows: 'the company page with their dispute, REJECTED',
    act: (s) => decidedDispute(s, 'reject', 'ru', 'uz', 'Документ не называет компанию'),
    to: (s) => s.disputes.rejected.claimant,
    subject: () => '/employer/company',
    lands: async (page) => {
      await page.locator('[data-testid="my-dispute"][data-status="REJECTED"]').waitFor();
    },
  },
  {
    type: 'companyDisputeDismissed',
    trigger: 'the same decision',
    recipient: "the company's members",
    shows: 'their company, unchanged',
    to: (s) => s.disputes.rejected.holder,
    subject: () => '/employer/company',
    lands: async (page, s) => {
      await page.getByTestId('company-card').filter({ hasText: s.disputes.rejected.holder.companyName }).waitFor();
    },
  },
  // After arrival: migrant A departs and arrives (the revocation above does not hold up the journey; nothing in the
  // workflow asks for the letter again), answers the day-3 check-in "no" on the passport, and the employer finally
  // records that A never started.
  {
    type: 'grievanceOpened',
    trigger: 'a migrant answers "no" to "Do you hold your own passport?" in a check-in after arrival',
    recipient: "the attachés of the migrant's country covering the work region, else the country-wide staff",
    shows: 'the grievance, received',
    act: async (s) => {
      const a = s.migrants.A;
      await apiCall('POST', `/api/applications/mine/${a.applicationId}/depart`, a.token, {});
      await apiCall('POST', `/api/applications/mine/${a.applicationId}/arrive`, a.token, {});
      const checkIns = await apiCall<Array<{ id: string; applicationId: string; day: number }>>('GET', '/api/check-ins/mine', a.token);
      const day3 = checkIns.find((checkIn) => checkIn.applicationId === a.applicationId && checkIn.day === 3) as { id: string };
      const answered = await apiCall<{ grievanceIds: string[] }>('POST', `/api/check-ins/${day3.id}/answers`, a.token, {
        question: 'passport',
        answer: 'no',
      });
      s.afterArrival = { checkInId: day3.id, grievanceId: answered.grievanceIds[0] };
    },
    to: (s) => s.attache,
    subject: (s) => s.afterArrival.grievanceId,
    lands: (page, s) => page.locator(`[data-testid="grievance"][data-id="${s.afterArrival.grievanceId}"][data-status="RECEIVED"]`).waitFor(),
  },
  {
    type: 'grievanceUpdated',
    trigger: 'the attaché takes up the grievance (or writes in it, refers or resolves it)',
    recipient: 'the migrant whose grievance it is',
    shows: 'the grievance, in progress',
    act: async (s) => {
      await apiCall('POST', `/api/attache/grievances/${s.afterArrival.grievanceId}/moves`, s.attache.token, { move: 'takeUp', version: 1 });
    },
    to: (s) => s.migrants.A,
    subject: (s) => s.afterArrival.grievanceId,
    lands: async (page, s, lang) => {
      await page.locator(`[data-testid="grievance"][data-id="${s.afterArrival.grievanceId}"][data-status="IN_PROGRESS"]`).waitFor();
      expect((await page.getByTestId('grievance-status').innerText()).trim()).toBe(word(lang, 'grievance.status.IN_PROGRESS'));
    },
  },
  {
    type: 'feeReported',
    trigger: 'the arrived migrant reports a recruitment fee paid to a named intermediary',
    recipient: "the attachés of the migrant's country covering the work region, else the country-wide staff",
    shows: "the employer's page with the fee report",
    act: (s) => reportFee(s, 15_000),
    to: (s) => s.attache,
    subject: (s) => `/attache/companies/${s.companyId}`,
    lands: (page, s) => page.locator(`[data-testid="fee-report"][data-id="${s.feeReportIds[0]}"]`).waitFor(),
  },
  {
    type: 'redFlagRaised',
    trigger: 'a second fee report within 90 days trips the red-flag rule and puts the employer under review',
    recipient: "the attachés of the reporters' country covering the work region, else the country-wide staff",
    shows: "the employer's page with the red flag and its evidence",
    act: (s) => reportFee(s, 5_000),
    to: (s) => s.attache,
    subject: (s) => `/attache/companies/${s.companyId}`,
    lands: async (page, s) => {
      const flag = page.locator('[data-testid="red-flag"][data-rule="fees90"][data-status="UNDER_REVIEW"]');
      await flag.waitFor();
      for (const id of s.feeReportIds) await flag.locator(`[data-testid="evidence"][data-id="${id}"]`).waitFor();
    },
  },
  {
    type: 'grievanceMessage',
    trigger: 'the migrant writes in their grievance',
    recipient: "the attachés responsible for it (the migrant's country, the work region), as on opening",
    shows: "the grievance on the staff's case page, in progress",
    act: async (s) => {
      await apiCall('POST', `/api/grievances/mine/${s.afterArrival.grievanceId}/messages`, s.migrants.A.token, {
        body: 'Паспорт до сих пор у бригадира',
      });
    },
    to: (s) => s.attache,
    subject: (s) => s.afterArrival.grievanceId,
    lands: (page, s) => page.locator(`[data-testid="grievance"][data-id="${s.afterArrival.grievanceId}"][data-status="IN_PROGRESS"]`).waitFor(),
  },
  {
    type: 'noShowRecorded',
    trigger: 'the employer records that the arrived migrant never started, saying why',
    recipient: 'the migrant',
    shows: 'the application, never started, with the reason',
    act: async (s) => {
      await apiCall('POST', `/api/applications/${s.migrants.A.applicationId}/no-show`, s.employer.token, { reason: NO_SHOW_REASON });
    },
    to: (s) => s.migrants.A,
    subject: (s) => s.migrants.A.applicationId,
    lands: applicationPage('A', 'NO_SHOW', async (page) => {
      expect(await page.getByTestId('status-reason').innerText()).toContain(NO_SHOW_REASON);
    }),
  },
  {
    type: 'companyRated',
    trigger: 'five workers who worked 30 days rate the employer (the fifth rating makes them public and is told)',
    recipient: "the company's members",
    shows: "the company page, with the workers' ratings to answer",
    act: async (s) => {
      const vacancyId = await publishedVacancy(s.employer.token, s.attache.token, `Монтажник, оценки ${String(Date.now()).slice(-6)}`);
      await workersWhoRated(s.employer.token, s.attache.token, vacancyId, ['Платят вовремя', '', 'Жильё тесное', '', 'Хороший мастер']);
    },
    to: (s) => s.employer,
    subject: () => '/employer/company',
    lands: async (page, _s, lang) => {
      await page.getByTestId('employer-rating').first().waitFor();
      expect(await page.getByTestId('employer-ratings').locator('h2').innerText()).toBe(word(lang, 'rating.title'));
    },
  },
  // Not triggered here, on purpose:
  // - deadlineReminder, deadlineOverdue, departureReminder, checkInDue: delayed jobs (a day before a deadline, days after arrival);
  //   their paths are in PATHS.
  // - passwordResetCode, passwordResetLink, passwordChanged, registrationAttempted, emailVerification, companyInvitation,
  //   accountSetup, phoneVerificationCode: security messages, never in the notification centre (the secret ones) —
  //   their own tests below land them (phoneVerificationCode also in the journey of phone-verification.e2e.ts).
  // - webhookDisabled: written by the worker after an endpoint failed ten times in a row (system-tests/webhooks.int-spec.ts
  //   switches one off and reads the owner's notification); its path is in PATHS.
  // Not read here: Telegram. The stack `npm test` starts has no bot (no TELEGRAM_BOT_TOKEN) and nothing captures
  // Telegram messages as SMS and e-mail are captured; the worker's Telegram text carries the same link as the
  // notification (telegramText: title, body, link), checked by the worker's channel tests.
];

/** Pages messages link to without a step of this run sending them: each must open for its recipient. */
const PATHS: Array<{ name: string; path: (s: Story) => string; who: (s: Story) => Person; shows: (page: Page, s: Story) => Promise<void> }> = [
  // reminder.deadline to the employer's recruiters (and to the attaché: /attache/batches/<id>, the batchSubmitted row).
  {
    name: '/employer/vacancies/<id>/applicants',
    path: (s) => `/employer/vacancies/${s.vacancyId}/applicants`,
    who: (s) => s.employer,
    shows: (page, s) => page.locator('h1', { hasText: s.vacancyTitle }).waitFor(),
  },
  // reminder.overdue: the escalation of a batch the attaché did not decide in time, to the admins (the countries' supervisors).
  {
    name: '/attache/batches/<id> (admin)',
    path: (s) => `/attache/batches/${s.firstBatchId}`,
    who: (s) => s.admin,
    shows: (page) => page.getByTestId('batch-status').waitFor(),
  },
  // reminder.overdue of a grievance and of a vacancy's review, to the admins (system-tests/grievance-deadlines and
  // vacancy-review-deadlines write them; their links open the staff's case and review pages).
  {
    name: '/attache/grievances/<id> (admin)',
    path: (s) => `/attache/grievances/${s.afterArrival.grievanceId}`,
    who: (s) => s.admin,
    shows: (page, s) => page.locator(`[data-testid="grievance"][data-id="${s.afterArrival.grievanceId}"]`).waitFor(),
  },
  {
    name: '/attache/vacancies/<id> (admin)',
    path: (s) => `/attache/vacancies/${s.vacancyId}`,
    who: (s) => s.admin,
    shows: (page) => page.locator('jm-status-badge').first().waitFor(),
  },
  // The attaché's page of a company (feeReported and redFlagRaised link there).
  {
    name: '/attache/companies/<id>',
    path: (s) => `/attache/companies/${s.companyId}`,
    who: (s) => s.attache,
    shows: (page, s) => page.locator('h1', { hasText: s.companyName }).waitFor(),
  },
  // reminder.check_in: the check-in page, where its SMS link and notification lead.
  {
    name: '/check-ins/<id>',
    path: (s) => `/check-ins/${s.afterArrival.checkInId}`,
    who: (s) => s.migrants.A,
    shows: (page) => page.locator(`[data-testid="check-in"][data-day="3"]`).waitFor(),
  },
  // reminder.check_in by SMS carries the short form of this page (/c/<code>): the web redirects it here, so it is not a
  // path of its own; e2e/employer-start-of-work.e2e.ts follows it signed out and signed in.
  // reminder.departure.
  { name: '/profile', path: () => '/profile', who: (s) => s.migrants.A, shows: (page) => page.getByTestId('step-indicator').waitFor() },
  // webhook.disabled, to the company's owners: the webhook settings.
  {
    name: '/employer/webhooks',
    path: () => '/employer/webhooks',
    who: (s) => s.employer,
    shows: (page) => page.getByTestId('webhook-form').waitFor(),
  },
];

async function official(name: string, login: string, channel: 'EMAIL'): Promise<Person> {
  const { token, account } = await apiSession(login, DEMO_PASSWORD);
  return { name, login, password: DEMO_PASSWORD, token, accountId: account.id, channel, address: account.email ?? login };
}

describe('every message lands', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const s = {} as Story;
  let ip = 1;
  let lastStepAt = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    // The migrants' applications below are the step of the first rows.
    lastStepAt = new Date(Date.now() - 2_000).toISOString();
    s.employer = await official('employer', EMPLOYER, 'EMAIL');
    s.attache = await official('attache', ATTACHE, 'EMAIL');
    // One admin sign-in (each spends an authenticator step): its token reads captured messages, its Person lands links.
    const admin = await apiSession(ADMIN, DEMO_PASSWORD);
    s.adminToken = admin.token;
    s.admin = {
      name: 'admin',
      login: ADMIN,
      password: DEMO_PASSWORD,
      token: admin.token,
      accountId: admin.account.id,
      channel: 'EMAIL',
      address: admin.account.email ?? ADMIN,
    };
    const company = await apiCall<{ id: string; legalName: string }>('GET', '/api/companies/mine', s.employer.token);
    s.companyId = company.id;
    s.companyName = company.legalName;
    const stamp = String(Date.now()).slice(-6);
    s.vacancyTitle = `Каменщик, журнал сообщений ${stamp}`;
    s.vacancyId = await publishedVacancy(s.employer.token, s.attache.token, s.vacancyTitle);
    s.closingVacancyId = await publishedVacancy(s.employer.token, s.attache.token, `Штукатур, закрывается ${stamp}`);
    const migrant = async (letter: keyof Story['migrants'], vacancyId: string, locale: string) => {
      const [givenNames, givenNamesLatin] = GIVEN_NAMES[letter];
      const names = { surname: 'Асанов', givenNames, surnameLatin: 'Asanov', givenNamesLatin };
      const m = await migrantWhoApplied(vacancyId, names, PASSWORD, locale);
      return {
        name: `migrant ${letter}`,
        login: m.phone,
        password: PASSWORD,
        token: m.token,
        accountId: m.accountId,
        channel: 'SMS' as const,
        address: m.phone,
        applicationId: m.applicationId,
      };
    };
    // Registered in different languages: each reads its messages, and lands, in its own.
    s.migrants = {
      A: await migrant('A', s.vacancyId, 'ky'),
      B: await migrant('B', s.vacancyId, 'ru'),
      C: await migrant('C', s.vacancyId, 'uz'),
      D: await migrant('D', s.vacancyId, 'tg'),
      E: await migrant('E', s.closingVacancyId, 'ky'),
      F: await migrant('F', s.vacancyId, 'ky'),
    };
  });

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser.close();
  });

  /** The person's browser tab; the first link they open finds them signed out, so it also proves the way back from sign-in. */
  async function open(person: Person, link: string): Promise<Page> {
    const target = new URL(link);
    expect(target.origin).toBe(new URL(BASE_URL).origin);
    const path = `${target.pathname}${target.search}`;
    if (!person.page) {
      const context = await newPhoneContext(browser);
      // Each person signs in from their own address, as people do.
      await context.setExtraHTTPHeaders({ 'x-forwarded-for': `10.78.${ip++}.1` });
      contexts.push(context);
      person.page = await context.newPage();
      await person.page.goto(path);
      await person.page.waitForURL(/\/login\?returnUrl=/);
      await person.page.locator('#login-identifier').fill(person.login);
      await person.page.locator('#login-password').fill(person.password);
      await person.page.locator('button[type=submit]').click();
      // Staff take the second step: a code of their demo authenticator key.
      const totpSecret = DEMO_TOTP_SECRETS[person.login];
      if (totpSecret) await enterTotpCode(person.page, totpSecret);
      await person.page.waitForURL((url) => url.pathname === target.pathname);
    } else {
      await person.page.goto(path);
    }
    return person.page;
  }

  async function expectLanded(page: Page, link: string, lang: string): Promise<void> {
    expect(new URL(page.url()).pathname).toBe(new URL(link).pathname);
    expect(await page.getByTestId('not-found').count()).toBe(0);
    expect(await page.locator('html').getAttribute('lang')).toBe(htmlLang(lang));
  }

  it.each(TABLE.map((row) => [row.type, row.trigger, row.recipient, row.shows, row] as const))(
    '%s (%s → %s) lands on %s',
    async (_type, _trigger, _recipient, _shows, row) => {
      // Rows that share a step (no act of their own) read what the last step sent.
      if (row.act) {
        lastStepAt = new Date(Date.now() - 2_000).toISOString();
        await row.act(s);
      }
      const since = lastStepAt;
      const person = row.to(s);
      const lang = await notificationLanguage(person.token);
      try {
        // In-app: the notification centre of the recipient.
        const inApp = await eventually(`${row.type} in ${person.name}'s notification centre`, async () =>
          (await inAppMessages(person.token)).find((n) => n.type === row.type && n.createdAt >= since && n.link?.includes(row.subject(s))),
        );
        const links = new Set<string>([inApp.link ?? '']);
        // SMS or e-mail, as the capture adapter kept it; a link in the text is opened too.
        const captured = await eventually(`${row.type} by ${person.channel} to ${person.name}`, async () =>
          (await capturedMessages(s.adminToken, person.channel)).find(
            (m) =>
              m.recipient === person.address &&
              m.createdAt >= since &&
              // An SMS names its subject only in words; an e-mail ends with the same link as the notification.
              (person.channel === 'SMS' ? m.accountId === person.accountId : m.body.includes(inApp.link ?? '')),
          ),
        );
        for (const link of linksIn(captured.body)) links.add(link);
        await row.beforeOpening?.(s);

        for (const link of links) {
          expect(languageOf(link)).toBe(lang);
          const page = await open(person, link);
          await row.lands(page, s, lang);
          await expectLanded(page, link, lang);
        }
      } catch (error) {
        if (person.page) await screenshot(person.page, `failure-message-${row.type}`).catch(() => undefined);
        throw error;
      }
    },
  );

  it('opens the approval from the notification centre, and the card’s address never widens a 360 px phone', async () => {
    // By now the attaché has revoked A's letter (the letterRevoked row): the approval's link lands on a letter section that says so.
    const migrant = s.migrants.A;
    const page = migrant.page ?? (await open(migrant, `${BASE_URL}/ky/applications/${migrant.applicationId}`));
    const lang = await notificationLanguage(migrant.token);
    await page.goto(`/${lang}/notifications`);
    const card = page
      .getByTestId('notification')
      .filter({ hasText: `${migrant.applicationId}/letter` })
      .first();
    await card.waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await screenshot(page, 'notifications-approved-360');
    await card.getByTestId('open-notification').click();
    await page.waitForURL((url) => url.pathname === `/${lang}/applications/${migrant.applicationId}/letter`);
    await page.getByTestId('letter-revoked').waitFor();
    expect(await page.getByTestId('download-letter').count()).toBe(0);
  });

  /**
   * Security messages (libs/server/notifications security.ts): the reset code and link go to the sign-in address only
   * — never to the notification centre — and land when the secret does its job in the browser, in the reader's
   * language; the notice that the password changed follows in the centre and on the same address, its link opening
   * "forgot password" (what to do if it was not you).
   */
  it.each([
    ['passwordResetCode', 'a migrant who forgot the password', 'uz'],
    ['passwordResetLink', 'an employer who forgot the password', 'tg'],
  ])('%s (%s, reading %s) lands, and passwordChanged follows', async (type, _who, lang) => {
    const migrant = type === 'passwordResetCode';
    const login = migrant ? `+99670${String(Date.now()).slice(-7)}` : `forgot-${Date.now()}@kirpich.example`;
    const channel = migrant ? 'SMS' : 'EMAIL';
    await apiCall(
      'POST',
      `/api/auth/register/${migrant ? 'migrant' : 'employer'}`,
      undefined,
      migrant
        ? { phone: login, password: PASSWORD, citizenship: 'KG', locale: lang }
        : { email: login, password: PASSWORD, fullName: 'Тест Тестов', locale: lang },
    );
    const { token, account } = await apiSession(login, PASSWORD);
    // The migrant's number is confirmed first (its code is the SMS registration sent): the reset SMS is the next one.
    const verificationCode = migrant ? await confirmPhoneAsDelivered(login, token) : null;
    const since = new Date(Date.now() - 2_000).toISOString();
    const context = await newPhoneContext(browser);
    await context.setExtraHTTPHeaders({ 'x-forwarded-for': `10.78.${ip++}.1` });
    contexts.push(context);
    const page = await context.newPage();
    // The migrant asks on the page (the code then typed there is the one asked for); the employer's link is asked for directly.
    if (migrant) {
      await page.goto(`/${lang}/forgot-password`);
      await page.locator('#forgot-login').fill(login);
      await page.locator('#forgot-login').press('Enter');
      await page.locator('#forgot-code').waitFor();
    } else await apiCall('POST', '/api/auth/password-reset', undefined, { login });
    const sent = await eventually(`${type} by ${channel} to ${login}`, async () =>
      (await capturedMessages(s.adminToken, channel)).find(
        (m) => m.accountId === account.id && m.createdAt >= since && (verificationCode === null || !m.body.includes(verificationCode)),
      ),
    );
    expect(sent.recipient).toBe(login);
    expect((await inAppMessages(token)).map((n) => n.type)).not.toContain(type);

    const newPassword = 'after-the-reset-2027';
    if (migrant) {
      const code = /\b(\d{6})\b/.exec(sent.body)?.[1];
      expect(code).toBeDefined();
      await page.locator('#forgot-code').fill(code as string);
    } else {
      const [link] = linksIn(sent.body);
      expect(languageOf(link)).toBe(lang);
      await page.goto(new URL(link).pathname);
      await page.locator('h1', { hasText: word(lang, 'resetPassword.title') }).waitFor();
    }
    const field = migrant ? '#forgot-new-password' : '#reset-new-password';
    await page.locator(field).fill(newPassword);
    await page.locator(field).press('Enter');
    await page.waitForURL((url) => url.pathname === `/${lang}/login` && url.searchParams.get('reset') === '1');
    expect(await page.locator('html').getAttribute('lang')).toBe(htmlLang(lang));

    // The notice: in the centre and on the sign-in address, leading to "forgot password" in the reader's language.
    const renewed = await apiSession(login, newPassword);
    const notice = await eventually(`passwordChanged in the centre of ${login}`, async () =>
      (await inAppMessages(renewed.token)).find((n) => n.type === 'passwordChanged'),
    );
    await eventually(`passwordChanged by ${channel} to ${login}`, async () =>
      (await capturedMessages(s.adminToken, channel)).find(
        (m) =>
          m.accountId === account.id && m.id !== sent.id && m.createdAt >= since && (verificationCode === null || !m.body.includes(verificationCode)),
      ),
    );
    const link = notice.link ?? '';
    expect(languageOf(link)).toBe(lang);
    await page.goto(new URL(link).pathname);
    await page.locator('#forgot-login').waitFor();
    await expectLanded(page, link, lang);
  });

  /**
   * Addressed e-mails (security.ts): the verification link goes to the address being proven, the invitation link to
   * the invited address (no account needed), a new staff account's set-up link to its address; none in the notification
   * centre. Each opens, signed out, on a working
   * page in the reader's language.
   */
  it.each([
    ['emailVerification', 'a new employer registers', 'ky'],
    ['companyInvitation', 'an owner invites an address with no account', 'uz'],
    ['accountSetup', 'the admin creates an attaché’s account', 'tg'],
  ])('%s (%s, reading %s) lands on its page', async (type, _who, lang) => {
    const since = new Date(Date.now() - 2_000).toISOString();
    let address: string;
    let token: string | null = null;
    let companyName = '';
    if (type === 'emailVerification') {
      address = `confirm-${Date.now()}@kirpich.example`;
      await apiCall('POST', '/api/auth/register/employer', undefined, { email: address, password: PASSWORD, fullName: 'Тест Тестов', locale: lang });
      token = (await apiSession(address, PASSWORD)).token;
    } else if (type === 'accountSetup') {
      address = `new-attache-${Date.now()}@jumush.example`;
      await apiCall('POST', '/api/admin/accounts/attaches', s.adminToken, {
        email: address,
        fullName: 'Тест Тестов',
        originCountry: 'TJ',
        locale: lang,
      });
    } else {
      const owner = await employerWithNewCompany(PASSWORD, lang);
      companyName = owner.legalName;
      address = `invited-${Date.now()}@kirpich.example`;
      await apiCall('POST', '/api/companies/mine/invitations', owner.token, { email: address });
    }
    const sent = await eventually(`${type} by EMAIL to ${address}`, async () =>
      (await capturedMessages(s.adminToken, 'EMAIL')).find((m) => m.recipient === address && m.createdAt >= since),
    );
    if (token) expect((await inAppMessages(token)).map((n) => n.type)).not.toContain(type);
    const path = type === 'emailVerification' ? '/verify-email/' : type === 'accountSetup' ? '/account-setup/' : '/invitations/';
    const [link] = linksIn(sent.body).filter((candidate) => candidate.includes(path));
    expect(languageOf(link)).toBe(lang);
    const context = await newPhoneContext(browser);
    contexts.push(context);
    const page = await context.newPage();
    try {
      await page.goto(new URL(link).pathname);
      if (type === 'emailVerification') await page.getByTestId('email-confirmed').waitFor();
      else if (type === 'accountSetup') await page.locator('#reset-new-password').waitFor();
      else {
        await page.getByTestId('invitation-text').filter({ hasText: companyName }).waitFor();
        await page.getByTestId('invitation-sign-in').waitFor();
      }
      await expectLanded(page, link, lang);
    } catch (error) {
      await screenshot(page, `failure-${type}`).catch(() => undefined);
      throw error;
    }
  });

  /**
   * The notice that someone tried to register a login that has an account (security.ts, a notice): the registration
   * is answered as a new one would be; the owner hears on the sign-in address and in the centre, and the link (in
   * the SMS text, after the e-mail's body) opens "forgot password", signed out, in the owner's language.
   */
  it.each([
    ['registrationAttempted', 'someone registers a migrant’s number', 'tg'],
    ['registrationAttempted', 'someone registers an employer’s address', 'ky'],
  ])('%s (%s, reading %s) lands on forgot-password', async (type, who, lang) => {
    const migrant = who.includes('migrant');
    const login = migrant ? `+99670${String(Date.now()).slice(-7)}` : `taken-${Date.now()}@kirpich.example`;
    const channel = migrant ? 'SMS' : 'EMAIL';
    const register = (password: string) =>
      apiCall<{ id: string; role: string }>(
        'POST',
        `/api/auth/register/${migrant ? 'migrant' : 'employer'}`,
        undefined,
        migrant ? { phone: login, password, citizenship: 'KG', locale: lang } : { email: login, password, fullName: 'Тест Тестов', locale: lang },
      );
    const owner = await register(PASSWORD);
    const { token, account } = await apiSession(login, PASSWORD);
    // The owner's number is confirmed (an unconfirmed one hears nothing by SMS but codes).
    if (migrant) await confirmPhoneAsDelivered(login, token);
    const since = new Date(Date.now() - 2_000).toISOString();
    const attempt = await register('a-stranger-tries-2027');
    expect(Object.keys(attempt).sort()).toEqual(Object.keys(owner).sort());
    expect(attempt.id).not.toBe(account.id);

    const notice = await eventually(`${type} in the centre of ${login}`, async () => (await inAppMessages(token)).find((n) => n.type === type));
    const sent = await eventually(`${type} by ${channel} to ${login}`, async () =>
      (await capturedMessages(s.adminToken, channel)).find(
        (m) => m.accountId === account.id && m.createdAt >= since && m.body.includes('/forgot-password'),
      ),
    );
    expect(sent.recipient).toBe(login);
    const links = new Set([notice.link ?? '', ...linksIn(sent.body)]);
    expect([...links].every((link) => new URL(link).pathname === `/${lang}/forgot-password`)).toBe(true);
    const context = await newPhoneContext(browser);
    contexts.push(context);
    const page = await context.newPage();
    try {
      for (const link of links) {
        expect(languageOf(link)).toBe(lang);
        await page.goto(new URL(link).pathname);
        await page.locator('#forgot-login').waitFor();
        await expectLanded(page, link, lang);
      }
    } catch (error) {
      await screenshot(page, `failure-${type}-${channel}`).catch(() => undefined);
      throw error;
    }
  });

  it.each(PATHS.map((row) => [row.name, row] as const))('%s lands for its recipient', async (_name, row) => {
    const person = row.who(s);
    const lang = await notificationLanguage(person.token);
    const link = `${BASE_URL}/${lang}${row.path(s)}`;
    const page = await open(person, link);
    try {
      await row.shows(page, s);
      await expectLanded(page, link, lang);
    } catch (error) {
      await screenshot(page, `failure-path-${person.name}`).catch(() => undefined);
      throw error;
    }
  });
});

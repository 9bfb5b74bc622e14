/**
 * Journey: every message lands. For each notification type that reaches a person today, the step that sends it is
 * taken through the API, the message is read as its recipient reads it (the in-app notification centre; the SMS and
 * e-mail the capture adapters kept), the link is taken out of the message, and opened in a browser signed in as the
 * recipient: the page must show the subject, in the recipient's language — not "page not found", not a sign-in loop.
 *
 * The TABLE below is the catalogue: one row per notification type (type → how it is triggered → who gets it → what
 * the landed page must show). A new type is a new row. PATHS lists pages messages link to whose sending step does not
 * happen in a browser run (delayed reminders) or is being added: each must open for its recipient too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { apiCall, apiSession, migrantWhoApplied, publishedVacancy } from './support/api';
import { BASE_URL, DEMO_PASSWORD, launchBrowser, newPhoneContext, screenshot } from './support/browser';
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
  adminToken: string;
  /** A: approved. B: declined. C: refused. D: returned, then withdrew. E: its vacancy closed. F: stays in D's batch. */
  migrants: Record<'A' | 'B' | 'C' | 'D' | 'E' | 'F', Person & { applicationId: string }>;
  firstBatchId: string;
  secondBatchId: string;
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
  // Not triggered here, on purpose:
  // - vacancyChanged: nothing sends it yet (issue 12); its link is /<lang>/vacancies/<id>, checked in PATHS.
  // - deadlineReminder, departureReminder: delayed jobs due a day before a deadline; their paths are in PATHS.
];

/** Pages messages link to without a step of this run sending them: each must open for its recipient. */
const PATHS: Array<{ name: string; path: (s: Story) => string; who: (s: Story) => Person; shows: (page: Page, s: Story) => Promise<void> }> = [
  // reminder.deadline to the attaché, and the batch messages being added.
  {
    name: '/attache/batches/<id>',
    path: (s) => `/attache/batches/${s.firstBatchId}`,
    who: (s) => s.attache,
    shows: (page) => page.getByTestId('batch-status').waitFor(),
  },
  // reminder.deadline to the employer's recruiters.
  {
    name: '/employer/vacancies/<id>/applicants',
    path: (s) => `/employer/vacancies/${s.vacancyId}/applicants`,
    who: (s) => s.employer,
    shows: (page, s) => page.locator('h1', { hasText: s.vacancyTitle }).waitFor(),
  },
  {
    name: '/employer/batches/<id>',
    path: (s) => `/employer/batches/${s.firstBatchId}`,
    who: (s) => s.employer,
    shows: (page) => page.getByTestId('batch-status').waitFor(),
  },
  {
    name: '/employer/company',
    path: () => '/employer/company',
    who: (s) => s.employer,
    shows: (page, s) => page.getByText(s.companyName).first().waitFor(),
  },
  {
    name: '/attache/companies/<id>',
    path: (s) => `/attache/companies/${s.companyId}`,
    who: (s) => s.attache,
    shows: (page, s) => page.locator('h1', { hasText: s.companyName }).waitFor(),
  },
  {
    name: '/employer/vacancies/<id>/edit',
    path: (s) => `/employer/vacancies/${s.vacancyId}/edit`,
    who: (s) => s.employer,
    shows: async (page, s) => expect(await page.locator('#vacancy-title').inputValue()).toBe(s.vacancyTitle),
  },
  // vacancy.changed to its applicants.
  {
    name: '/vacancies/<id>',
    path: (s) => `/vacancies/${s.vacancyId}`,
    who: (s) => s.migrants.A,
    shows: (page, s) => page.locator('h1', { hasText: s.vacancyTitle }).waitFor(),
  },
  // reminder.departure.
  { name: '/profile', path: () => '/profile', who: (s) => s.migrants.A, shows: (page) => page.getByTestId('step-indicator').waitFor() },
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
    s.adminToken = (await apiSession(ADMIN, DEMO_PASSWORD)).token;
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
    await page.getByTestId('download-letter').waitFor();
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

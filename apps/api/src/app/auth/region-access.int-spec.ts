/**
 * The access walk per region: an attaché limited to the Russian regions it covers (St Petersburg and Leningrad
 * oblast here) gets 404 on every vacancy, batch and letter elsewhere and finds none of them in its queues; in its
 * regions it sees and decides; an attaché of the same country covering all of Russia still sees everything.
 */
import { randomUUID } from 'node:crypto';
import type { AccountView, BatchQueueView, Page, ProblemDetails, VacancyReviewItem } from '@jumush/contracts';
import { DataSource } from 'typeorm';
import { Role } from '@jumush/domain';
import { queryRows } from '@jumush/server/database';
import { insertShortlistedApplications, insertSubmittedBatch } from '../../testing/batch-factories';
import { employerWithVacancy } from '../../testing/factories';
import { TEST_PASSWORD, startTestApi, uniqueEmail, type TestApi } from '../../testing/test-api';
import { createVacancy, staffSession, type Session } from '../vacancies/testing/vacancy-factories';
import { enableTwoFactorDirectly, signInWithTwoFactor } from '../../testing/two-factor';

/** The objects of one region: a vacancy waiting for review, a submitted batch of KG candidates, one candidate of it. */
interface RegionObjects {
  vacancyId: string;
  pendingVacancyId: string;
  batchId: string;
  applicationId: string;
}

const COVERED = { regionCode: '78', town: 'Санкт-Петербург' };
const UNCOVERED = { regionCode: '77', town: 'Москва' };

describe('access per region: a region-scoped attaché sees its regions only (real PostgreSQL)', () => {
  let api: TestApi;
  let admin: Session;
  let kgAttache: Session;
  let spbAttache: Session;
  let covered: RegionObjects;
  let uncovered: RegionObjects;

  /** A vacancy and a batch in one region, of one new verified employer. */
  async function objectsIn(region: { regionCode: string; town: string }): Promise<RegionObjects> {
    const { employer, vacancy } = await employerWithVacancy(api, region);
    const pending = await createVacancy(
      api,
      { token: employer.accessToken, accountId: employer.account.id, login: employer.login },
      { ...region, openTo: ['KG'] },
    );
    const submitted = await api.request('POST', `/api/vacancies/mine/${pending.id}/submit`, { token: employer.accessToken });
    if (submitted.status !== 200) throw new Error(`submit failed: ${submitted.status}`);
    const [applicationId] = await insertShortlistedApplications(api.app, vacancy, 1, 'KG');
    const batchId = await insertSubmittedBatch(api.app, vacancy, [applicationId], 'KG');
    return { vacancyId: vacancy.id, pendingVacancyId: pending.id, batchId, applicationId };
  }

  function createAttache(body: Record<string, unknown>) {
    return api.request<AccountView & ProblemDetails>('POST', '/api/admin/accounts/attaches', {
      token: admin.token,
      body: { email: uniqueEmail('attache'), password: TEST_PASSWORD, fullName: 'Представитель в Петербурге', originCountry: 'KG', ...body },
    });
  }

  function decide(session: Session, batchId: string) {
    return api.request<ProblemDetails>('POST', `/api/attache/batches/${batchId}/decision`, {
      token: session.token,
      body: { kind: 'APPROVE_ALL' },
      headers: { 'Idempotency-Key': randomUUID() },
    });
  }

  beforeAll(async () => {
    api = await startTestApi();
    admin = await staffSession(api, Role.Admin);
    kgAttache = await staffSession(api, Role.Attache, 'KG');
    // Made by the admin through the API, as in production; listed in any order, kept in the reference's.
    const created = await createAttache({ coveredRegions: ['78', '47'] });
    if (created.status !== 201) throw new Error(`attaché not created: ${created.status} ${JSON.stringify(created.body)}`);
    expect(created.body.coveredRegions).toEqual(['47', '78']);
    // Staff sign in with two-factor: switched on directly, as the enrolment would.
    const secret = await enableTwoFactorDirectly(api, created.body.id);
    const login = await signInWithTwoFactor(api, created.body.email ?? '', TEST_PASSWORD, secret);
    if (login.status !== 200) throw new Error(`login failed: ${login.status}`);
    expect(login.body.account.coveredRegions).toEqual(['47', '78']);
    spbAttache = { token: login.body.accessToken, accountId: login.body.account.id, login: created.body.email ?? '' };
    covered = await objectsIn(COVERED);
    uncovered = await objectsIn(UNCOVERED);
    // The Moscow batch is decided by the attaché covering all of Russia: its letter exists too.
    const decided = await decide(kgAttache, uncovered.batchId);
    if (decided.status !== 200) throw new Error(`decision failed: ${decided.status} ${JSON.stringify(decided.body)}`);
  });

  afterAll(async () => {
    await api.close();
  });

  const reads = (objects: RegionObjects) => [`/api/vacancy-reviews/${objects.pendingVacancyId}`, `/api/batches/${objects.batchId}`];
  const decidedReads = (objects: RegionObjects) => [
    `/api/batches/${objects.batchId}/decision-sheet.pdf`,
    `/api/batches/${objects.batchId}/approved.csv`,
    `/api/letters/${objects.applicationId}.pdf`,
  ];

  async function statusesOf(session: Session, paths: string[]): Promise<string[]> {
    const seen: string[] = [];
    for (const path of paths) seen.push(`GET ${path} → ${(await api.request('GET', path, { token: session.token })).status}`);
    return seen;
  }

  it('answers 404 on every read and decision of a vacancy, batch and letter outside its regions', async () => {
    const paths = [...reads(uncovered), ...decidedReads(uncovered)];
    expect(await statusesOf(spbAttache, paths)).toEqual(paths.map((path) => `GET ${path} → 404`));
    const writes: Array<[string, unknown]> = [
      [`/api/vacancy-reviews/${uncovered.pendingVacancyId}/publish`, undefined],
      [`/api/vacancy-reviews/${uncovered.pendingVacancyId}/reject`, { reason: 'Не наш регион' }],
      [`/api/attache/batches/${uncovered.batchId}/decision`, { kind: 'APPROVE_ALL' }],
      [`/api/attache/letters/${uncovered.applicationId}/revoke`, { category: 'OTHER', reason: 'Не наш регион' }],
    ];
    const answers: string[] = [];
    for (const [path, body] of writes) {
      const response = await api.request('POST', path, { token: spbAttache.token, body, headers: { 'Idempotency-Key': randomUUID() } });
      answers.push(`POST ${path} → ${response.status}`);
    }
    expect(answers).toEqual(writes.map(([path]) => `POST ${path} → 404`));
  });

  it('lists none of them in its queues, and only vacancies and batches of its regions', async () => {
    const reviews = await api.request<Page<VacancyReviewItem>>('GET', '/api/vacancy-reviews?pageSize=100', { token: spbAttache.token });
    const reviewIds = reviews.body.items.map((item) => item.id);
    expect(reviewIds).toContain(covered.pendingVacancyId);
    expect(reviewIds).not.toContain(uncovered.pendingVacancyId);
    expect(reviews.body.items.every((item) => ['47', '78'].includes(item.regionCode))).toBe(true);
    expect(reviews.body.total).toBe(reviews.body.items.length);

    const waiting = await api.request<BatchQueueView>('GET', '/api/attache/batches?pageSize=100', { token: spbAttache.token });
    expect(waiting.body.items.map((batch) => batch.id)).toContain(covered.batchId);
    expect(waiting.body.items.every((batch) => ['47', '78'].includes(batch.vacancy.regionCode))).toBe(true);
    expect(waiting.body.total).toBe(waiting.body.items.length);
    const decided = await api.request<BatchQueueView>('GET', '/api/attache/batches?status=DECIDED&pageSize=100', { token: spbAttache.token });
    expect(decided.body.items.map((batch) => batch.id)).not.toContain(uncovered.batchId);
    expect(decided.body.total).toBe(decided.body.items.length);
  });

  it('sees and decides the vacancy and the batch in its regions', async () => {
    const paths = reads(covered);
    expect(await statusesOf(spbAttache, paths)).toEqual(paths.map((path) => `GET ${path} → 200`));
    const published = await api.request('POST', `/api/vacancy-reviews/${covered.pendingVacancyId}/publish`, { token: spbAttache.token });
    expect(published.status).toBe(200);
    expect((await decide(spbAttache, covered.batchId)).status).toBe(200);
    const letters = decidedReads(covered);
    expect(await statusesOf(spbAttache, letters)).toEqual(letters.map((path) => `GET ${path} → 200`));
  });

  it('keeps a decided batch and its letters in the region they were decided for, when the vacancy later moves', async () => {
    const dataSource = api.app.get(DataSource);
    await dataSource.query(`UPDATE vacancies SET region_code = $2 WHERE id = $1`, [covered.vacancyId, UNCOVERED.regionCode]);
    try {
      const paths = [...reads(covered).slice(1), ...decidedReads(covered)];
      expect(await statusesOf(spbAttache, paths)).toEqual(paths.map((path) => `GET ${path} → 200`));
      const decided = await api.request<BatchQueueView>('GET', '/api/attache/batches?status=DECIDED&pageSize=100', { token: spbAttache.token });
      expect(decided.body.items.map((batch) => batch.id)).toContain(covered.batchId);
    } finally {
      await dataSource.query(`UPDATE vacancies SET region_code = $2 WHERE id = $1`, [covered.vacancyId, COVERED.regionCode]);
    }
  });

  it('leaves an attaché covering all of Russia seeing every region', async () => {
    const paths = [...reads(covered), ...reads(uncovered), ...decidedReads(uncovered)];
    expect(await statusesOf(kgAttache, paths)).toEqual(paths.map((path) => `GET ${path} → 200`));
    const reviews = await api.request<Page<VacancyReviewItem>>('GET', '/api/vacancy-reviews?pageSize=100', { token: kgAttache.token });
    expect(reviews.body.items.map((item) => item.id)).toContain(uncovered.pendingVacancyId);
    const decided = await api.request<BatchQueueView>('GET', '/api/attache/batches?status=DECIDED&pageSize=100', { token: kgAttache.token });
    expect(decided.body.items.map((batch) => batch.id)).toContain(uncovered.batchId);
  });

  it("tells of a submitted batch, and reminds of its deadline, only the attachés covering its vacancy's region", async () => {
    const recipients: Record<string, string[]> = {};
    for (const region of [COVERED, UNCOVERED]) {
      const { employer, vacancy } = await employerWithVacancy(api, region);
      const applicationIds = await insertShortlistedApplications(api.app, vacancy, 1, 'KG');
      const draft = await api.request<{ id: string }>('POST', '/api/batches', {
        token: employer.accessToken,
        body: { vacancyId: vacancy.id, applicationIds },
      });
      const submitted = await api.request('POST', `/api/batches/${draft.body.id}/submit`, { token: employer.accessToken });
      expect(submitted.status).toBe(200);
      const [reminder] = await queryRows<{ recipient_ids: string[] }>(
        api.app.get(DataSource).manager,
        `SELECT data->'recipientIds' AS recipient_ids FROM reminder_outbox WHERE data->>'aggregateId' = $1 AND data->>'kind' = 'deadline'`,
        [draft.body.id],
      );
      recipients[region.regionCode] = reminder?.recipient_ids ?? [];
    }
    expect(recipients[COVERED.regionCode]).toEqual(expect.arrayContaining([kgAttache.accountId, spbAttache.accountId]));
    expect(recipients[UNCOVERED.regionCode]).toContain(kgAttache.accountId);
    expect(recipients[UNCOVERED.regionCode]).not.toContain(spbAttache.accountId);
  });

  it.each([
    [['78', '00'], 'region.unknown'],
    [['Санкт-Петербург'], 'region.unknown'],
    [[], 'validation.arrayMinSize'],
    [['78', '78'], 'validation.arrayUnique'],
    ['78', 'validation.isArray'],
  ])('refuses covered regions %j with a field error %s', async (coveredRegions, code) => {
    const response = await createAttache({ coveredRegions });
    expect(response.status).toBe(400);
    expect(response.body.errors).toContainEqual(expect.objectContaining({ field: 'coveredRegions', code }));
  });

  it('creates an attaché without covered regions as covering all of Russia', async () => {
    const response = await createAttache({});
    expect(response.status).toBe(201);
    expect(response.body.coveredRegions).toBeNull();
  });
});

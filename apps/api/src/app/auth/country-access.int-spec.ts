/**
 * The access walk per country: an attaché of one country gets 404 on every object of another — its decision on a
 * company, vacancies not open to it, batches of its candidates, their letters — and the attaché of that country gets them.
 */
import { randomUUID } from 'node:crypto';
import type { BatchQueueView, Page, ProblemDetails, VacancyReviewItem, VerificationQueueItem } from '@jumush/contracts';
import { Role } from '@jumush/domain';
import { insertShortlistedApplications, insertSubmittedBatch } from '../../testing/batch-factories';
import { employerWithVacancy } from '../../testing/factories';
import { startTestApi, type TestApi } from '../../testing/test-api';
import { createVacancy, staffSession, type Session } from '../vacancies/testing/vacancy-factories';

describe('access per country: every object of another country is not found (real PostgreSQL)', () => {
  let api: TestApi;
  let kgAttache: Session;
  let uzAttache: Session;
  let objects: { companyId: string; pendingVacancyId: string; batchId: string; applicationId: string; employerToken: string; vacancyId: string };

  beforeAll(async () => {
    api = await startTestApi();
    kgAttache = await staffSession(api, Role.Attache, 'KG');
    uzAttache = await staffSession(api, Role.Attache, 'UZ');
    const { employer, company, vacancy } = await employerWithVacancy(api);
    const pending = await createVacancy(
      api,
      { token: employer.accessToken, accountId: employer.account.id, login: employer.login },
      { openTo: ['UZ'] },
    );
    await api.request('POST', `/api/vacancies/mine/${pending.id}/submit`, { token: employer.accessToken });
    const [approved] = await insertShortlistedApplications(api.app, vacancy, 1, 'UZ');
    const batchId = await insertSubmittedBatch(api.app, vacancy, [approved], 'UZ');
    // Decided by the Uzbek attaché: a decision sheet, exports and a letter exist.
    const decided = await api.request('POST', `/api/attache/batches/${batchId}/decision`, {
      token: uzAttache.token,
      body: { kind: 'APPROVE_ALL' },
      headers: { 'Idempotency-Key': randomUUID() },
    });
    if (decided.status !== 200) throw new Error(`decision failed: ${decided.status} ${JSON.stringify(decided.body)}`);
    objects = {
      companyId: company.id,
      pendingVacancyId: pending.id,
      batchId,
      applicationId: approved,
      employerToken: employer.accessToken,
      vacancyId: vacancy.id,
    };
  });

  afterAll(async () => {
    await api.close();
  });

  const reads = () => [
    `/api/verification/companies/${objects.companyId}/countries/UZ`,
    `/api/vacancy-reviews/${objects.pendingVacancyId}`,
    `/api/batches/${objects.batchId}`,
    `/api/batches/${objects.batchId}/decision-sheet.pdf`,
    `/api/batches/${objects.batchId}/approved.csv`,
    `/api/batches/${objects.batchId}/approved.xlsx`,
    `/api/letters/${objects.applicationId}.pdf`,
  ];
  const writes = (): Array<[string, unknown]> => [
    [`/api/vacancy-reviews/${objects.pendingVacancyId}/publish`, undefined],
    [`/api/vacancy-reviews/${objects.pendingVacancyId}/reject`, { reason: 'Не наша страна' }],
    [`/api/attache/batches/${objects.batchId}/decision`, { kind: 'APPROVE_ALL' }],
    [`/api/attache/letters/${objects.applicationId}/revoke`, { category: 'OTHER', reason: 'Не наша страна' }],
  ];

  it("answers 404 to another country's attaché on every read and every decision", async () => {
    const failures: string[] = [];
    for (const path of reads()) {
      const response = await api.request<ProblemDetails>('GET', path, { token: kgAttache.token });
      if (response.status !== 404) failures.push(`GET ${path} → ${response.status}`);
    }
    for (const [path, body] of writes()) {
      const response = await api.request<ProblemDetails>('POST', path, {
        token: kgAttache.token,
        body,
        headers: { 'Idempotency-Key': randomUUID() },
      });
      if (response.status !== 404) failures.push(`POST ${path} → ${response.status}`);
    }
    expect(failures).toEqual([]);
  });

  it("lists none of them in another country's queues", async () => {
    const batches = await api.request<BatchQueueView>('GET', '/api/attache/batches?status=DECIDED&pageSize=100', { token: kgAttache.token });
    expect(batches.body.items.map((batch) => batch.id)).not.toContain(objects.batchId);
    const reviews = await api.request<Page<VacancyReviewItem>>('GET', '/api/vacancy-reviews?pageSize=100', { token: kgAttache.token });
    expect(reviews.body.items.map((item) => item.id)).not.toContain(objects.pendingVacancyId);
    const companies = await api.request<Page<VerificationQueueItem>>('GET', '/api/verification/companies?status=VERIFIED&pageSize=100', {
      token: kgAttache.token,
    });
    expect(companies.body.items.every((item) => item.country === 'KG')).toBe(true);
  });

  it('gives them all to the attaché of their country', async () => {
    const failures: string[] = [];
    for (const path of reads()) {
      const response = await api.request('GET', path, { token: uzAttache.token });
      if (response.status !== 200) failures.push(`GET ${path} → ${response.status}`);
    }
    expect(failures).toEqual([]);
    const batches = await api.request<BatchQueueView>('GET', '/api/attache/batches?status=DECIDED&pageSize=100', { token: uzAttache.token });
    expect(batches.body.items.map((batch) => batch.id)).toContain(objects.batchId);
  });

  it("refuses a batch of candidates of two countries: each country's attaché decides their own", async () => {
    const { employer, vacancy } = await employerWithVacancy(api);
    const kg = await insertShortlistedApplications(api.app, vacancy, 1, 'KG');
    const uz = await insertShortlistedApplications(api.app, vacancy, 1, 'UZ');
    const mixed = await api.request<ProblemDetails>('POST', '/api/batches', {
      token: employer.accessToken,
      body: { vacancyId: vacancy.id, applicationIds: [...kg, ...uz] },
    });
    expect(mixed.status).toBe(422);
    expect(mixed.body.errors?.[0]).toMatchObject({ field: 'applicationIds', code: 'batch.mixedCountries', params: { countries: 'KG, UZ' } });
    const uzOnly = await api.request<{ id: string; originCountry: string }>('POST', '/api/batches', {
      token: employer.accessToken,
      body: { vacancyId: vacancy.id, applicationIds: uz },
    });
    expect(uzOnly.status).toBe(201);
    expect(uzOnly.body.originCountry).toBe('UZ');
    const addKg = await api.request<ProblemDetails>('PUT', `/api/batches/${uzOnly.body.id}/items`, {
      token: employer.accessToken,
      body: { applicationIds: [...uz, ...kg] },
    });
    expect(addKg.body.errors?.[0]).toMatchObject({ code: 'batch.mixedCountries' });
  });
});

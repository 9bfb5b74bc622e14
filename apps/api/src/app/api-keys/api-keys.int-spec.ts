/** API keys of an employer's HR system (issue 17): created by the owner, used within scopes and rate, audited, revoked. */
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import type {
  ApiKeysView,
  ApiKeyView,
  ApplicantView,
  CreatedApiKeyView,
  MyVacanciesPage,
  Page,
  ProblemDetails,
  VacancyView,
} from '@jumush/contracts';
import { Role, VacancyStatus } from '@jumush/domain';
import { CompanyMemberEntity, VacancyEntity } from '@jumush/server/database';
import { insertShortlistedApplications } from '../../testing/batch-factories';
import { registerAndLogin, startTestApi, type TestApi, type TestResponse } from '../../testing/test-api';
import {
  employerWithCompany,
  publishedVacancy,
  staffSession,
  vacancyTerms,
  type EmployerSession,
  type Session,
} from '../vacancies/testing/vacancy-factories';

/** Low enough to reach in a test, high enough for the journey of one key. */
const RATE = 20;

interface UseRow {
  actor_id: string;
  data: { companyId: string; method: string; route: string; status: number };
}

describe('API keys of HR systems (real PostgreSQL and Redis)', () => {
  let api: TestApi;
  let dataSource: DataSource;
  let owner: EmployerSession;
  let recruiter: Session;

  beforeAll(async () => {
    api = await startTestApi({ API_KEY_REQUESTS_PER_MINUTE: String(RATE) });
    dataSource = api.app.get(DataSource);
    owner = await employerWithCompany(api);
    const colleague = await registerAndLogin(api, 'employer');
    await dataSource.getRepository(CompanyMemberEntity).insert({
      companyId: owner.companyId,
      accountId: colleague.account.id,
      email: colleague.login,
      owner: false,
      acceptedAt: new Date(),
    });
    recruiter = { token: colleague.accessToken, accountId: colleague.account.id, login: colleague.login };
  });

  afterAll(async () => {
    await api.close();
  });

  const createKey = (session: Session, body: unknown) =>
    api.request<CreatedApiKeyView & Omit<ProblemDetails, 'status'>>('POST', '/api/api-keys', { token: session.token, body });
  const newKey = async (scopes: string[], name = 'HR system') => {
    const created = await createKey(owner, { name, scopes });
    if (created.status !== 201) throw new Error(`key creation failed: ${created.status} ${JSON.stringify(created.body)}`);
    return created.body;
  };
  const withKey = <T>(method: string, path: string, secret: string, body?: unknown, header: 'bearer' | 'x-api-key' = 'x-api-key') =>
    api.request<T & Omit<ProblemDetails, 'status'>>(method, path, {
      body,
      headers: header === 'bearer' ? { authorization: `Bearer ${secret}` } : { 'x-api-key': secret },
    });
  /** The audited uses of a key, once `count` of them are written (they are written just after each answer). */
  const usesOf = async (keyId: string, count: number): Promise<UseRow[]> => {
    for (let tries = 0; ; tries++) {
      const rows: UseRow[] = await dataSource.query(
        `SELECT actor_id, data FROM audit_events WHERE action = 'apiKey.used' AND subject_type = 'apiKey' AND subject_id = $1 ORDER BY id`,
        [keyId],
      );
      if (rows.length >= count || tries > 50) return rows;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  it('lets only the owner create a key; its secret is shown once and only its hash is stored', async () => {
    const refused = await createKey(recruiter, { name: 'Recruiter key', scopes: ['vacancies:read'] });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('apiKey.ownerOnly');

    const invalid = await createKey(owner, { name: '', scopes: ['vacancies:delete'] });
    expect(invalid.status).toBe(400);

    const created = await newKey(['vacancies:write', 'vacancies:read'], '1C:ЗУП');
    expect(created.secret).toMatch(/^jmk_[0-9a-f]{32}_[A-Za-z0-9_-]{43}$/);
    expect(created.key).toMatchObject({
      name: '1C:ЗУП',
      scopes: ['vacancies:read', 'vacancies:write'],
      standing: 'ACTIVE',
      expiresAt: null,
      lastUsedAt: null,
    });
    expect(created.key.hint).toBe(created.secret.slice(0, 12) + '…');

    // Hash at rest: the secret is in no column of the key, nor in any audit event.
    const randomPart = created.secret.slice(-43);
    const [stored] = await dataSource.query(`SELECT secret_hash FROM api_keys WHERE id = $1`, [created.key.id]);
    expect(stored.secret_hash).toBe(createHash('sha256').update(created.secret).digest('hex'));
    const [leaks] = await dataSource.query(
      `SELECT (SELECT count(*) FROM api_keys k WHERE row_to_json(k)::text LIKE '%' || $1 || '%')::int AS keys,
              (SELECT count(*) FROM audit_events e WHERE row_to_json(e)::text LIKE '%' || $1 || '%')::int AS events`,
      [randomPart],
    );
    expect(leaks).toEqual({ keys: 0, events: 0 });

    const [event] = await dataSource.query(`SELECT actor_id, data FROM audit_events WHERE action = 'apiKey.created' AND subject_id = $1`, [
      created.key.id,
    ]);
    expect(event).toMatchObject({ actor_id: owner.accountId, data: { companyId: owner.companyId, scopes: ['vacancies:read', 'vacancies:write'] } });

    // Recruiters see the keys (never a secret) but may not manage them.
    const listed = await api.request<ApiKeysView>('GET', '/api/api-keys', { token: recruiter.token });
    expect(listed.status).toBe(200);
    expect(listed.body.canManage).toBe(false);
    expect(listed.body.keys.map((key) => key.id)).toContain(created.key.id);
    expect(JSON.stringify(listed.body)).not.toContain(randomPart);
    const revokeByRecruiter = await api.request<ProblemDetails>('POST', `/api/api-keys/${created.key.id}/revoke`, { token: recruiter.token });
    expect(revokeByRecruiter.status).toBe(403);
    expect((await api.request<ApiKeysView>('GET', '/api/api-keys', { token: owner.token })).body.canManage).toBe(true);
  });

  it('posts a vacancy through the key under the web’s review rules, refuses what its scopes do not cover, then stops at revocation', async () => {
    const { key, secret } = await newKey(['vacancies:read', 'vacancies:write']);

    // Create and submit, through both headers: the same service as the web, so the vacancy waits for the attaché.
    const created = await withKey<VacancyView>('POST', '/api/vacancies', secret, vacancyTerms({ title: 'Бетонщик из HR-системы' }));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: VacancyStatus.Draft, companyId: owner.companyId });
    const submitted = await withKey<VacancyView>('POST', `/api/vacancies/mine/${created.body.id}/submit`, secret, undefined, 'bearer');
    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe(VacancyStatus.PendingReview);
    // The same rules refuse what the web refuses: a wage below the floor cannot go to review.
    const cheap = await withKey<VacancyView>('POST', '/api/vacancies', secret, vacancyTerms({ monthlyWageRoubles: 1000 }));
    expect(cheap.status).toBe(201);
    const refusedSubmit = await withKey<VacancyView>('POST', `/api/vacancies/mine/${cheap.body.id}/submit`, secret);
    expect(refusedSubmit.status).toBe(422);

    const stored = await dataSource.getRepository(VacancyEntity).findOneByOrFail({ id: created.body.id });
    expect(stored.createdBy).toBe(owner.accountId);
    const decisions: Array<{ action: string; data: { apiKeyId?: string } }> = await dataSource.query(
      `SELECT action, data FROM audit_events WHERE subject_type = 'vacancy' AND subject_id = $1 ORDER BY id`,
      [created.body.id],
    );
    expect(decisions.map((event) => event.action)).toEqual(['vacancy.create', 'vacancy.submit']);
    for (const event of decisions) expect(event.data.apiKeyId).toBe(key.id);

    // The owner sees it in their list, pending review.
    const mine = await api.request<MyVacanciesPage>('GET', `/api/vacancies/mine?status=${VacancyStatus.PendingReview}`, { token: owner.token });
    expect(mine.body.items.map((vacancy) => vacancy.id)).toContain(created.body.id);
    const read = await withKey<VacancyView>('GET', `/api/vacancies/mine/${created.body.id}`, secret);
    expect(read.status).toBe(200);

    // Outside its scopes, and outside the routes open to keys: 403.
    const applicants = await withKey('GET', `/api/vacancies/mine/${created.body.id}/applications`, secret);
    expect(applicants.status).toBe(403);
    expect(applicants.body).toMatchObject({ code: 'apiKey.scopeMissing', params: { scope: 'applicants:read' } });
    for (const [method, path] of [
      ['GET', '/api/companies/mine'],
      ['POST', '/api/api-keys'],
      ['GET', '/api/api-keys'],
      ['GET', '/api/auth/me'],
    ] as const) {
      const refused = await withKey(method, path, secret, method === 'POST' ? { name: 'x', scopes: ['vacancies:read'] } : undefined);
      expect({ path, status: refused.status, code: refused.body.code }).toEqual({ path, status: 403, code: 'apiKey.routeNotAllowed' });
    }

    // A wrong secret for the same key id is simply invalid, and names no key in the audit.
    const forged = secret.slice(0, -1) + (secret.endsWith('A') ? 'B' : 'A');
    const wrong = await withKey('GET', '/api/vacancies/mine', forged);
    expect(wrong.status).toBe(401);
    expect(wrong.body.code).toBe('apiKey.invalid');
    expect(wrong.headers.get('www-authenticate')).toContain('Bearer');

    const revoked = await api.request<ApiKeyView>('POST', `/api/api-keys/${key.id}/revoke`, { token: owner.token });
    expect(revoked.status).toBe(200);
    expect(revoked.body.standing).toBe('REVOKED');
    const after = await withKey('GET', '/api/vacancies/mine', secret, undefined, 'bearer');
    expect(after.status).toBe(401);
    expect(after.body.code).toBe('apiKey.revoked');
    expect(after.headers.get('content-type')).toContain('application/problem+json');
    // Revoking again changes nothing.
    expect((await api.request<ApiKeyView>('POST', `/api/api-keys/${key.id}/revoke`, { token: owner.token })).body.revokedAt).toBe(
      revoked.body.revokedAt,
    );

    // Every use is audited with the key, its company, the route and the status; the forged one is not.
    const expected = [
      ['POST', '/api/vacancies', 201],
      ['POST', '/api/vacancies/mine/:id/submit', 200],
      ['POST', '/api/vacancies', 201],
      ['POST', '/api/vacancies/mine/:id/submit', 422],
      ['GET', '/api/vacancies/mine/:id', 200],
      ['GET', '/api/vacancies/mine/:vacancyId/applications', 403],
      ['GET', '/api/companies/mine', 403],
      ['POST', '/api/api-keys', 403],
      ['GET', '/api/api-keys', 403],
      ['GET', '/api/auth/me', 403],
      ['GET', '/api/vacancies/mine', 401],
    ];
    const uses = await usesOf(key.id, expected.length);
    expect(uses.map((use) => [use.data.method, use.data.route, use.data.status])).toEqual(expected);
    for (const use of uses) {
      expect(use.actor_id).toBe(owner.accountId);
      expect(use.data.companyId).toBe(owner.companyId);
    }
    const [{ last_used_at }] = await dataSource.query(`SELECT last_used_at FROM api_keys WHERE id = $1`, [key.id]);
    expect(last_used_at).not.toBeNull();
  });

  it('reads applicants as a recruiter of the company sees them, and nothing of another company', async () => {
    const attache = await staffSession(api, Role.Attache, 'KG');
    const vacancy = await publishedVacancy(api, owner, attache);
    await insertShortlistedApplications(api.app, await dataSource.getRepository(VacancyEntity).findOneByOrFail({ id: vacancy.id }), 2);
    const { secret } = await newKey(['applicants:read']);

    const asKey = await withKey<Page<ApplicantView>>('GET', `/api/vacancies/mine/${vacancy.id}/applications`, secret);
    const asRecruiter = await api.request<Page<ApplicantView>>('GET', `/api/vacancies/mine/${vacancy.id}/applications`, { token: recruiter.token });
    expect(asKey.status).toBe(200);
    expect(asKey.body.total).toBe(2);
    expect(asKey.body).toEqual(asRecruiter.body);

    const other = await employerWithCompany(api);
    const theirs = await publishedVacancy(api, other, attache);
    expect((await withKey('GET', `/api/vacancies/mine/${theirs.id}/applications`, secret)).status).toBe(404);
    // vacancies:read is not among its scopes.
    expect((await withKey('GET', '/api/vacancies/mine', secret)).status).toBe(403);
  });

  it('limits each key’s rate with 429 and Retry-After, per key', async () => {
    const busy = await newKey(['vacancies:read']);
    const calm = await newKey(['vacancies:read']);
    for (let i = 0; i < RATE; i++) expect((await withKey('GET', '/api/vacancies/mine', busy.secret)).status).toBe(200);
    const limited = await withKey('GET', '/api/vacancies/mine', busy.secret);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('content-type')).toContain('application/problem+json');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.body.code).toBe('http.tooManyRequests');
    // Another key of the same company has its own count.
    expect((await withKey('GET', '/api/vacancies/mine', calm.secret)).status).toBe(200);
    const uses = await usesOf(busy.key.id, RATE + 1);
    expect(uses.map((use) => use.data.status)).toEqual([...Array<number>(RATE).fill(200), 429]);
  });

  it('refuses an expired key, and a key whose creator left the company', async () => {
    const expiring = await newKey(['vacancies:read']);
    await dataSource.query(`UPDATE api_keys SET expires_at = now() - interval '1 second' WHERE id = $1`, [expiring.key.id]);
    const expired = await withKey('GET', '/api/vacancies/mine', expiring.secret);
    expect(expired.status).toBe(401);
    expect(expired.body.code).toBe('apiKey.expired');
    expect(
      (await api.request<ApiKeysView>('GET', '/api/api-keys', { token: owner.token })).body.keys.find((k) => k.id === expiring.key.id)?.standing,
    ).toBe('EXPIRED');

    const other = await employerWithCompany(api);
    const created = await api.request<CreatedApiKeyView>('POST', '/api/api-keys', {
      token: other.token,
      body: { name: 'Left', scopes: ['vacancies:read'] },
    });
    expect((await withKey('GET', '/api/vacancies/mine', created.body.secret)).status).toBe(200);
    await dataSource.getRepository(CompanyMemberEntity).delete({ accountId: other.accountId });
    const left = await withKey('GET', '/api/vacancies/mine', created.body.secret);
    expect(left.status).toBe(401);
    expect(left.body.code).toBe('apiKey.invalid');
  });

  it('answers a malformed key 401 without touching anyone’s key, and leaves people’s tokens alone', async () => {
    for (const secret of ['jmk_nope', 'not-a-key', `jmk_${'0'.repeat(32)}_${'A'.repeat(43)}`]) {
      const refused: TestResponse<Omit<ProblemDetails, 'status'>> = await withKey('GET', '/api/vacancies/mine', secret);
      expect(refused.status).toBe(401);
      expect(refused.body.code).toBe('apiKey.invalid');
    }
    // A key on a public route is refused too: keys serve only the routes that name a scope for them.
    expect((await withKey('GET', '/api/public/vacancies', (await newKey(['vacancies:read'])).secret)).status).toBe(403);
    expect((await api.request('GET', '/api/vacancies/mine', { token: owner.token })).status).toBe(200);
  });
});

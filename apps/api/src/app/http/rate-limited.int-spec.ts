/**
 * What anyone may call without signing in is limited per client address, in Redis (shared by every instance):
 * public search, letter checks and registrations (these also per block of 1,000 phone numbers).
 */
import { DataSource } from 'typeorm';
import type { ProblemDetails } from '@jumush/contracts';
import { TEST_PASSWORD, startTestApi, uniqueClientIp, uniqueKyrgyzPhone, type TestApi } from '../../testing/test-api';

describe('rate limits on public routes (real Redis)', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ PUBLIC_READS_PER_MINUTE: '3', LETTER_CHECKS_PER_MINUTE: '2', REGISTRATIONS_PER_HOUR: '2' });
  });

  afterAll(async () => {
    await api.close();
  });

  const from = (address: string) => ({ headers: { 'x-forwarded-for': address } });

  it('answers 429 with Retry-After once an address searched too often, and not to another address', async () => {
    const [scraper, person] = [uniqueClientIp(), uniqueClientIp()];
    const statuses = [];
    for (let call = 0; call < 4; call++) statuses.push((await api.request('GET', '/api/public/vacancies?q=сварщик', from(scraper))).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await api.request<ProblemDetails>('GET', '/api/public/vacancies', from(scraper));
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.body.code).toBe('http.tooManyRequests');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    // A vacancy page counts against the same allowance.
    expect((await api.request('GET', '/api/public/vacancies/00000000-0000-4000-8000-000000000000', from(scraper))).status).toBe(429);
    expect((await api.request('GET', '/api/public/vacancies', from(person))).status).toBe(200);
  });

  it('limits letter checks per address: guessing verification codes stops after two a minute here', async () => {
    const guesser = uniqueClientIp();
    const statuses = [];
    for (let call = 0; call < 3; call++)
      statuses.push((await api.request('GET', `/api/public/verify/K7Q2-9XMD-4HRT-0BWE-VN3J-8PAC-ZF6${call}`, from(guesser))).status);
    expect(statuses).toEqual([200, 200, 429]);
  });

  it('refuses the third registration an hour from one address before hashing or storing anything', async () => {
    const address = uniqueClientIp();
    const phones = [uniqueKyrgyzPhone(), uniqueKyrgyzPhone(), uniqueKyrgyzPhone()];
    const statuses = [];
    for (const phone of phones) {
      statuses.push(
        (await api.request('POST', '/api/auth/register/migrant', { body: { phone, password: TEST_PASSWORD, citizenship: 'KG' }, ...from(address) }))
          .status,
      );
    }
    expect(statuses).toEqual([201, 201, 429]);
    const stored = await api.app.get(DataSource).query(`SELECT count(*)::int AS count FROM accounts WHERE phone = ANY($1)`, [phones]);
    expect(stored[0].count).toBe(2);
    // An employer's registration shares the address's allowance.
    const employer = await api.request<ProblemDetails>('POST', '/api/auth/register/employer', {
      body: { email: `limited-${Date.now()}@example.org`, password: TEST_PASSWORD, fullName: 'Test Recruiter' },
      ...from(address),
    });
    expect(employer.status).toBe(429);
  });

  it('counts registrations per block of 1,000 numbers, however many addresses they come from', async () => {
    const block = uniqueKyrgyzPhone().slice(0, -3);
    const statuses = [];
    // The block allows three times the hourly allowance a day: 6 here.
    for (let number = 0; number < 7; number++) {
      const phone = `${block}${String(number).padStart(3, '0')}`;
      statuses.push(
        (
          await api.request('POST', '/api/auth/register/migrant', {
            body: { phone, password: TEST_PASSWORD, citizenship: 'KG' },
            ...from(uniqueClientIp()),
          })
        ).status,
      );
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 201, 429]);
    // Typed in the local form, a number of the same block is counted there too.
    const local = `0${block.slice(4)}999`;
    expect(
      (
        await api.request('POST', '/api/auth/register/migrant', {
          body: { phone: local, password: TEST_PASSWORD, citizenship: 'KG' },
          ...from(uniqueClientIp()),
        })
      ).status,
    ).toBe(429);
  });
});

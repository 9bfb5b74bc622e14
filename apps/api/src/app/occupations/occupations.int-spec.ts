/**
 * Occupations are data (issue 15): the admin adds one, renames it and deactivates it, audited; the reference list,
 * the vacancy's validation and the search read the table at once (this instance's copy is dropped on every edit).
 * On a database of its own: a renamed or deactivated occupation is seen by no other suite.
 */
import { DataSource } from 'typeorm';
import type { AdminOccupationView, OccupationView, ProblemDetails, VacancySearchResult, VacancyView } from '@jumush/contracts';
import { Role } from '@jumush/domain';
import { queryRows } from '@jumush/server/database';
import { startTestApiOnOwnDatabase, type TestApi } from '../../testing/test-api';
import {
  createVacancy,
  employerWithCompany,
  publishedVacancy,
  staffSession,
  vacancyTerms,
  type Session,
} from '../vacancies/testing/vacancy-factories';

const NAMES = { ky: 'Дрон оператору', ru: 'Оператор дронов', uz: 'Dron operatori', tg: 'Оператори дрон', en: 'Drone operator' };

describe('occupations as data (real PostgreSQL)', () => {
  let api: TestApi;
  let drop: () => Promise<void>;
  let admin: Session;

  beforeAll(async () => {
    ({ api, drop } = await startTestApiOnOwnDatabase('occupations'));
    admin = await staffSession(api, Role.Admin);
  });
  afterAll(async () => {
    await drop();
  });

  const auditOf = (code: string) =>
    queryRows<{ action: string; actor_id: string }>(
      api.app.get(DataSource).manager,
      `SELECT action, actor_id::text AS actor_id FROM audit_events WHERE subject_type = 'occupation' AND subject_id = $1 ORDER BY seq`,
      [code],
    );
  const reference = async () => (await api.request<OccupationView[]>('GET', '/api/reference/occupations')).body;

  it('are seeded from the list as it was, all offered', async () => {
    const list = await api.request<AdminOccupationView[]>('GET', '/api/admin/occupations', { token: admin.token });
    expect(list.status).toBe(200);
    expect(list.body.length).toBeGreaterThanOrEqual(40);
    expect(list.body.find((occupation) => occupation.code === '7212')).toMatchObject({
      sector: 'CONSTRUCTION',
      names: { ru: 'Сварщик', en: 'Welder' },
      synonyms: { ru: expect.arrayContaining(['электросварщик']) },
      active: true,
    });
  });

  it('only admins edit them', async () => {
    const attache = await staffSession(api, Role.Attache);
    expect((await api.request('GET', '/api/admin/occupations', { token: attache.token })).status).toBe(403);
    expect((await api.request('POST', '/api/admin/occupations/7212/deactivate', { token: attache.token })).status).toBe(403);
  });

  it('adds one, offered at once to vacancies and the reference list; refuses a bad or repeated one field by field', async () => {
    const created = await api.request<AdminOccupationView>('POST', '/api/admin/occupations', {
      token: admin.token,
      body: { code: '3155', sector: 'TRANSPORT', names: NAMES, synonyms: { ru: ['дроновод', ' '] } },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ code: '3155', active: true, uses: 0, synonyms: { ru: ['дроновод'], ky: [] } });
    expect(await auditOf('3155')).toEqual([{ action: 'occupation.created', actor_id: admin.accountId }]);
    expect((await reference()).find((occupation) => occupation.code === '3155')).toMatchObject({ names: NAMES, active: true });

    const again = await api.request<ProblemDetails>('POST', '/api/admin/occupations', {
      token: admin.token,
      body: { code: '3155', sector: 'TRANSPORT', names: NAMES },
    });
    expect(again.status).toBe(409);
    expect(again.body.errors).toEqual([expect.objectContaining({ field: 'code', code: 'occupation.exists' })]);
    const bad = await api.request<ProblemDetails>('POST', '/api/admin/occupations', {
      token: admin.token,
      body: { code: '3156', sector: 'TRANSPORT', names: { ...NAMES, ky: '', ru: 'Сварщик' } },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors?.map((error) => [error.field, error.code])).toEqual([
      ['names.ky', 'occupation.nameRequired'],
      ['names.ru', 'occupation.duplicateName'],
    ]);
  });

  it('renames one: its vacancies are found by the new name; deactivates it: no new vacancy may choose it, those that have it keep it', async () => {
    const employer = await employerWithCompany(api);
    const attache = await staffSession(api, Role.Attache);
    const vacancy = await publishedVacancy(api, employer, attache, { occupationCode: '9621', title: 'Работа на складе в Подольске' });
    const search = (q: string) => api.request<VacancySearchResult>('GET', `/api/public/vacancies?q=${encodeURIComponent(q)}&limit=50`);
    expect((await search('мессенджер')).body.items.map((item) => item.id)).not.toContain(vacancy.id);

    const renamed = await api.request<AdminOccupationView>('PATCH', '/api/admin/occupations/9621', {
      token: admin.token,
      body: { names: { ru: 'Курьер-мессенджер' }, synonyms: { ru: ['посыльный'] } },
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ names: { ru: 'Курьер-мессенджер' }, synonyms: { ru: ['посыльный'] }, uses: 1 });
    expect((await search('мессенджер')).body.items.map((item) => item.id)).toContain(vacancy.id);
    expect((await reference()).find((occupation) => occupation.code === '9621')?.names['ru']).toBe('Курьер-мессенджер');

    const deactivated = await api.request<AdminOccupationView>('POST', '/api/admin/occupations/9621/deactivate', { token: admin.token });
    expect(deactivated.body).toMatchObject({ active: false });
    expect((await reference()).find((occupation) => occupation.code === '9621')).toMatchObject({ active: false });
    expect((await auditOf('9621')).map((event) => event.action)).toEqual(['occupation.updated', 'occupation.deactivated']);

    const refused = await api.request<ProblemDetails>('POST', '/api/vacancies', {
      token: employer.token,
      body: vacancyTerms({ occupationCode: '9621' }),
    });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'occupationCode', code: 'occupation.inactive' })]);
    const unknown = await api.request<ProblemDetails>('POST', '/api/vacancies', {
      token: employer.token,
      body: vacancyTerms({ occupationCode: '9999' }),
    });
    expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'occupationCode', code: 'occupation.unknown' })]);

    // A draft that has it keeps it through an edit; offered again, new vacancies may choose it.
    const draft = await createVacancy(api, employer, { occupationCode: '7212' });
    await api.app.get(DataSource).query(`UPDATE vacancies SET occupation_code = '9621' WHERE id = $1`, [draft.id]);
    const kept = await api.request<VacancyView>('PUT', `/api/vacancies/mine/${draft.id}`, {
      token: employer.token,
      body: { ...vacancyTerms({ occupationCode: '9621', title: 'Курьер по городу' }), version: draft.version },
    });
    expect(kept.status).toBe(200);
    expect((await api.request('POST', '/api/admin/occupations/9621/activate', { token: admin.token })).status).toBe(200);
    expect((await api.request('POST', '/api/vacancies', { token: employer.token, body: vacancyTerms({ occupationCode: '9621' }) })).status).toBe(201);
  });
});

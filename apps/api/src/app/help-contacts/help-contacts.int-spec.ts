/**
 * Help nearby, through the real API and PostgreSQL: an attaché keeps their country's entries only, the admin all; a
 * migrant only reads, and reads the entries for the region of the job they left for, their language first; bad
 * entries are refused field by field; every change leaves its audit event.
 */
import { DataSource } from 'typeorm';
import { CURRENT_CONSENT_VERSION, type HelpContactView, type MyApplicationView, type MyHelpView } from '@jumush/contracts';
import { queryRows } from '@jumush/server/database';
import { CHUY_DISTRICT, PERSONAL, SKILLS, uniquePassport } from '../../testing/candidate-fixtures';
import { employerWithVacancy } from '../../testing/factories';
import { DEMO_PASSWORD, registerAndLogin, startTestApi, type TestApi } from '../../testing/test-api';
import { signInWithTwoFactor } from '../../testing/two-factor';
import { DemoDataSeeder } from '../demo-data/demo-data.seeder';

interface FieldProblem {
  code: string;
  errors?: Array<{ field: string; code: string }>;
}

const ENTRY = {
  name: 'Кыргыз диаспорасынын жардам борбору, Москва',
  kind: 'NGO',
  regions: ['77'],
  languages: ['ky', 'ru'],
  phone: '+7 495 000-11-22',
  address: 'Москва, ул. Примерная, 5',
  website: 'https://example.org/kg-help',
  hours: { mon: '10:00–19:00', sat: '10:00–15:00' },
};

describe('help nearby: the directory and the migrant’s list (real PostgreSQL)', () => {
  let api: TestApi;
  let dataSource: DataSource;
  const tokens: Record<string, string> = {};
  const kg = () => tokens['attache@demo.jumush.kg'] as string;
  const uz = () => tokens['attache.uz@demo.jumush.kg'] as string;
  const admin = () => tokens['admin@demo.jumush.kg'] as string;

  const auditOf = (id: string) =>
    queryRows<{ action: string; actor_role: string; data: Record<string, unknown> }>(
      dataSource.manager,
      `SELECT action, actor_role, data FROM audit_events WHERE subject_type = 'help_contact' AND subject_id = $1 ORDER BY id`,
      [id],
    );

  /** A Kyrgyz migrant with an approved application to a fresh vacancy in `region`. */
  async function approvedMigrant(region: string) {
    const setup = await employerWithVacancy(api, { regionCode: region });
    const migrant = await registerAndLogin(api);
    const put = (step: string, body: unknown) => api.request('PUT', `/api/candidates/me/${step}`, { token: migrant.accessToken, body });
    await put('personal', PERSONAL);
    await put('residence', { residenceRegionCode: 'KG-C', residenceDistrictCode: CHUY_DISTRICT });
    await put('skills', SKILLS);
    await put('passport', { passportNumber: uniquePassport(), passportExpiresOn: `${new Date().getUTCFullYear() + 5}-01-01` });
    await put('consent', { version: CURRENT_CONSENT_VERSION, accepted: true });
    const applied = await api.request<MyApplicationView>('POST', `/api/vacancies/${setup.vacancy.id}/applications`, {
      token: migrant.accessToken,
      body: {},
    });
    expect(applied.status).toBe(201);
    await dataSource.query(`UPDATE applications SET status = 'APPROVED' WHERE id = $1`, [applied.body.id]);
    return { token: migrant.accessToken, applicationId: applied.body.id };
  }

  beforeAll(async () => {
    api = await startTestApi();
    await api.app.get(DemoDataSeeder).seed();
    dataSource = api.app.get(DataSource);
    for (const login of ['attache@demo.jumush.kg', 'attache.uz@demo.jumush.kg', 'admin@demo.jumush.kg'])
      tokens[login] = (await signInWithTwoFactor(api, login, DEMO_PASSWORD)).body.accessToken;
  });

  afterAll(async () => {
    await api.close();
  });

  it('lets an attaché keep only their country’s entries, and the admin every entry, each change audited', async () => {
    const created = await api.request<HelpContactView>('POST', '/api/help-contacts', { token: kg(), body: ENTRY });
    expect(created.status).toBe(201);
    // An attaché's entry serves their country, unless they say so themselves.
    expect(created.body).toMatchObject({ ...ENTRY, originCountries: ['KG'], demo: false, editable: true });
    const id = created.body.id;

    // The Uzbek attaché neither sees nor touches it.
    const uzList = await api.request<HelpContactView[]>('GET', '/api/help-contacts', { token: uz() });
    expect(uzList.status).toBe(200);
    expect(uzList.body.map((entry) => entry.id)).not.toContain(id);
    expect(uzList.body.every((entry) => entry.originCountries.length === 0 || entry.originCountries.includes('UZ'))).toBe(true);
    expect((await api.request('PUT', `/api/help-contacts/${id}`, { token: uz(), body: { ...ENTRY, originCountries: ['UZ'] } })).status).toBe(404);
    expect((await api.request('DELETE', `/api/help-contacts/${id}`, { token: uz() })).status).toBe(404);

    // An entry for every country is the admin's: the Kyrgyz attaché reads it, cannot change it.
    const kgList = (await api.request<HelpContactView[]>('GET', '/api/help-contacts', { token: kg() })).body;
    const nationwide = kgList.find((entry) => entry.originCountries.length === 0) as HelpContactView;
    expect(nationwide.editable).toBe(false);
    expect(kgList.find((entry) => entry.id === id)?.editable).toBe(true);
    const refused = await api.request<FieldProblem>('PUT', `/api/help-contacts/${nationwide.id}`, {
      token: kg(),
      body: { ...ENTRY, originCountries: ['KG'] },
    });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('auth.forbidden');
    expect((await api.request('DELETE', `/api/help-contacts/${nationwide.id}`, { token: kg() })).status).toBe(403);

    // The attaché changes their own; the admin changes it too (and may open it to every country).
    const changed = await api.request<HelpContactView>('PUT', `/api/help-contacts/${id}`, {
      token: kg(),
      body: { ...ENTRY, phone: '+7 495 000-33-44', hours: {} },
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ phone: '+7 495 000-33-44', hours: {}, originCountries: ['KG'] });
    const byAdmin = await api.request<HelpContactView>('PUT', `/api/help-contacts/${id}`, {
      token: admin(),
      body: { ...ENTRY, originCountries: [] },
    });
    expect(byAdmin.status).toBe(200);
    expect(byAdmin.body.originCountries).toEqual([]);
    expect((await api.request<HelpContactView[]>('GET', '/api/help-contacts', { token: uz() })).body.map((entry) => entry.id)).toContain(id);
    // Now it serves every country: the Kyrgyz attaché may no longer delete it; the admin may.
    expect((await api.request('DELETE', `/api/help-contacts/${id}`, { token: kg() })).status).toBe(403);
    expect((await api.request('DELETE', `/api/help-contacts/${id}`, { token: admin() })).status).toBe(204);
    expect((await api.request('DELETE', `/api/help-contacts/${id}`, { token: admin() })).status).toBe(404);

    const audit = await auditOf(id);
    expect(audit.map((row) => [row.action, row.actor_role])).toEqual([
      ['help.created', 'ATTACHE'],
      ['help.updated', 'ATTACHE'],
      ['help.updated', 'ADMIN'],
      ['help.deleted', 'ADMIN'],
    ]);
    expect(audit[1]?.data).toMatchObject({ before: { phone: ENTRY.phone }, after: { phone: '+7 495 000-33-44' } });
  });

  it('refuses bad entries field by field (4xx, never a 500) and lets no migrant or employer edit', async () => {
    const empty = await api.request<FieldProblem>('POST', '/api/help-contacts', { token: kg(), body: {} });
    expect(empty.status).toBe(400);
    expect(empty.body.code).toBe('validation.failed');
    expect(new Set(empty.body.errors?.map((error) => error.field))).toEqual(new Set(['name', 'kind', 'regions', 'languages']));

    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ regions: ['00'] }, 'regions', 'region.unknown'],
      [{ languages: ['fr'] }, 'languages', 'validation.isIn'],
      [{ languages: [] }, 'languages', 'validation.arrayMinSize'],
      [{ kind: 'CHURCH' }, 'kind', 'validation.isIn'],
      [{ phone: 'call me' }, 'phone', 'validation.matches'],
      [{ website: 'javascript:alert(1)' }, 'website', 'validation.matches'],
      [{ hours: { mon: 'x'.repeat(61) } }, 'hours.mon', 'validation.length'],
      [{ phone: null, address: '', website: null }, 'phone', 'help.noContact'],
      [{ originCountries: ['UZ'] }, 'originCountries', 'help.ownCountryOnly'],
      [{ originCountries: [] }, 'originCountries', 'help.ownCountryOnly'],
    ];
    for (const [change, field, code] of cases) {
      const response = await api.request<FieldProblem>('POST', '/api/help-contacts', { token: kg(), body: { ...ENTRY, ...change } });
      expect({ change, status: response.status, errors: response.body.errors }).toMatchObject({
        change,
        status: 400,
        errors: expect.arrayContaining([expect.objectContaining({ field, code })]),
      });
    }

    const migrant = await registerAndLogin(api);
    const employer = await registerAndLogin(api, 'employer');
    for (const token of [migrant.accessToken, employer.accessToken]) {
      expect((await api.request('GET', '/api/help-contacts', { token })).status).toBe(403);
      expect((await api.request('POST', '/api/help-contacts', { token, body: ENTRY })).status).toBe(403);
    }
    expect((await api.request('GET', '/api/help/mine', { token: employer.accessToken })).status).toBe(403);
    expect((await api.request('GET', '/api/help/mine')).status).toBe(401);
    expect((await api.request('GET', '/api/help/mine?lang=xx', { token: migrant.accessToken })).status).toBe(400);
  });

  it('shows the migrant, once departed, the entries for their job’s region and their country, their language first', async () => {
    const own = await api.request<HelpContactView>('POST', '/api/help-contacts', {
      token: kg(),
      body: { ...ENTRY, name: 'Я-последний по алфавиту, Москва, русский', languages: ['ru'] },
    });
    const elsewhere = await api.request<HelpContactView>('POST', '/api/help-contacts', {
      token: kg(),
      body: { ...ENTRY, name: 'Казанский кыргызский центр', regions: ['16'] },
    });
    const { token, applicationId } = await approvedMigrant('77');

    const before = await api.request<MyHelpView>('GET', '/api/help/mine', { token });
    expect(before.status).toBe(200);
    expect(before.body).toEqual({ regionCode: null, contacts: [] });

    expect((await api.request('POST', `/api/applications/mine/${applicationId}/depart`, { token, body: {} })).status).toBe(200);
    const help = await api.request<MyHelpView>('GET', '/api/help/mine?lang=ky', { token });
    expect(help.status).toBe(200);
    expect(help.body.regionCode).toBe('77');
    const names = help.body.contacts.map((contact) => contact.name);
    expect(names).toContain('Я-последний по алфавиту, Москва, русский');
    expect(names).not.toContain('Казанский кыргызский центр');
    // The Uzbek consul in Petersburg is for neither the region nor the country.
    expect(names.some((name) => name.includes('Узбекистана'))).toBe(false);
    for (const contact of help.body.contacts) {
      expect(contact.regions.length === 0 || contact.regions.includes('77')).toBe(true);
      expect(contact.originCountries.length === 0 || contact.originCountries.includes('KG')).toBe(true);
      expect(contact.editable).toBe(false);
    }
    // Kyrgyz speakers first, the region's own before the nationwide.
    const speaksKy = help.body.contacts.map((contact) => contact.languages.includes('ky'));
    expect(speaksKy.indexOf(false)).toBeGreaterThan(0);
    expect(speaksKy.slice(speaksKy.indexOf(false)).every((speaks) => !speaks)).toBe(true);
    expect(help.body.contacts[0]?.regions).toContain('77');
    // In Russian, the Russian-only entry moves up among the region's own.
    const inRussian = (await api.request<MyHelpView>('GET', '/api/help/mine?lang=ru', { token })).body.contacts.map((contact) => contact.name);
    expect(inRussian.indexOf('Я-последний по алфавиту, Москва, русский')).toBeLessThan(names.indexOf('Я-последний по алфавиту, Москва, русский'));

    for (const entry of [own, elsewhere])
      expect((await api.request('DELETE', `/api/help-contacts/${entry.body.id}`, { token: kg() })).status).toBe(204);
  });
});

import { DataSource } from 'typeorm';
import { queryRows } from '@jumush/server/database';
import { type RemindJobData } from '@jumush/server/queues';
import { CURRENT_CONSENT_VERSION, type ApplicantView, type MyApplicationView, type Page, type ProblemDetails } from '@jumush/contracts';
import { ApplicationStatus, CompanyStatus, VacancyStatus } from '@jumush/domain';
import { CHUY_DISTRICT, PERSONAL, SKILLS, uniquePassport } from '../../testing/candidate-fixtures';
import { DemoDataSeeder } from '../demo-data/demo-data.seeder';
import { employerWithVacancy } from '../../testing/factories';
import { DEMO_PASSWORD, registerAndLogin, startTestApi, type TestApi } from '../../testing/test-api';
import { outboxMessagesAbout } from '../../testing/outbox';
import { signInWithTwoFactor } from '../../testing/two-factor';

describe('applications (real PostgreSQL)', () => {
  let api: TestApi;
  let dataSource: DataSource;

  beforeAll(async () => {
    api = await startTestApi();
    await api.app.get(DemoDataSeeder).seed();
    dataSource = api.app.get(DataSource);
  });

  afterAll(async () => {
    await api.close();
  });

  /** A migrant with a complete profile and consent, ready to apply. */
  async function readyMigrant() {
    const migrant = await registerAndLogin(api);
    const put = (step: string, body: unknown) =>
      api.request('PUT', `/api/candidates/me/${step}`, {
        token: migrant.accessToken,
        body,
      });
    await put('personal', PERSONAL);
    await put('residence', {
      residenceRegionCode: 'KG-C',
      residenceDistrictCode: CHUY_DISTRICT,
    });
    await put('skills', SKILLS);
    await put('passport', {
      passportNumber: uniquePassport(),
      passportExpiresOn: `${new Date().getUTCFullYear() + 5}-01-01`,
    });
    await put('consent', { version: CURRENT_CONSENT_VERSION, accepted: true });
    return migrant;
  }

  const apply = (token: string, vacancyId: string, note?: string) =>
    api.request<MyApplicationView & Pick<ProblemDetails, 'code'>>('POST', `/api/vacancies/${vacancyId}/applications`, {
      token,
      body: note ? { note } : {},
    });
  // What the API wrote about the application: its own rows and its messages in the bundles of moves.
  const outboxFor = async (applicationId: string) =>
    (await outboxMessagesAbout(dataSource, [applicationId])).map(({ topic, recipientIds, payload }) => ({
      topic,
      recipient_ids: recipientIds,
      payload,
    }));

  it('applies with one tap and shows where the application stands, what comes next and how long it usually takes', async () => {
    const { employer, vacancy } = await employerWithVacancy(api);
    const migrant = await readyMigrant();
    const applied = await apply(migrant.accessToken, vacancy.id, 'Имею опыт 4 года');
    expect(applied.status).toBe(201);
    expect(applied.body).toMatchObject({
      status: ApplicationStatus.Submitted,
      note: 'Имею опыт 4 года',
      vacancy: { id: vacancy.id, title: vacancy.title },
      timeline: [
        expect.objectContaining({
          from: null,
          to: 'SUBMITTED',
          actorRole: 'MIGRANT',
        }),
      ],
      next: {
        key: 'application.next.SUBMITTED',
        party: 'employer',
        expected: {
          days: expect.any(Number),
          basis: expect.stringMatching(/observed|default/),
        },
      },
    });
    // The employer is told of the new application, in the same transaction.
    const [message] = await outboxFor(applied.body.id);
    expect(message.topic).toBe('application.submitted');
    expect(message.recipient_ids).toEqual(expect.arrayContaining([employer.account.id, migrant.account.id]));
  });

  it('writes a reminder to the recruiters, a day before the shortlisting target runs out, with the application', async () => {
    const { employer, vacancy } = await employerWithVacancy(api);
    const migrant = await readyMigrant();
    const applied = (await apply(migrant.accessToken, vacancy.id)).body;
    const rows = await queryRows<{ data: RemindJobData; due_at: Date }>(
      api.app.get(DataSource).manager,
      `SELECT data, due_at FROM reminder_outbox WHERE data->>'aggregateId' = $1`,
      [applied.id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.data).toMatchObject({
      kind: 'deadline',
      aggregateType: 'application',
      recipientIds: [employer.account.id],
      payload: { subject: vacancy.title },
    });
    const dueIn = new Date(rows[0]?.due_at ?? 0).getTime() - Date.now();
    expect(dueIn).toBeGreaterThan(5 * 86_400_000);
    expect(dueIn).toBeLessThan(8 * 86_400_000);
  });

  it('creates exactly one application out of 50 concurrent applies', async () => {
    const { vacancy } = await employerWithVacancy(api);
    const migrant = await readyMigrant();
    const responses = await Promise.all(Array.from({ length: 50 }, () => apply(migrant.accessToken, vacancy.id)));
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(49);
    expect(responses.find((response) => response.status === 409)?.body.code).toBe('application.duplicate');
    const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM applications WHERE vacancy_id = $1`, [vacancy.id]);
    expect(count).toBe(1);
  });

  it.each([
    ['after the deadline', { applicationDeadline: '2020-01-01' }, 422, 'application.deadlinePassed'],
    ['to a closed vacancy', { status: VacancyStatus.Closed }, 422, 'application.vacancyClosed'],
    ['to a draft', { status: VacancyStatus.Draft }, 404, 'http.notFound'],
  ])('refuses applying %s with a clear reason', async (_case, overrides, status, code) => {
    const { vacancy } = await employerWithVacancy(api, overrides);
    const migrant = await readyMigrant();
    const response = await apply(migrant.accessToken, vacancy.id);
    expect(response.status).toBe(status);
    expect(response.body.code).toBe(code);
  });

  it('refuses applying to a suspended employer, and without consent', async () => {
    const { company, vacancy } = await employerWithVacancy(api);
    await dataSource.query(`UPDATE company_country_statuses SET status = $1 WHERE company_id = $2 AND country = 'KG'`, [
      CompanyStatus.Suspended,
      company.id,
    ]);
    const migrant = await readyMigrant();
    expect((await apply(migrant.accessToken, vacancy.id)).body.code).toBe('application.employerSuspended');
    const other = await employerWithVacancy(api);
    const noConsent = await registerAndLogin(api);
    expect((await apply(noConsent.accessToken, other.vacancy.id)).body.code).toBe('application.consentRequired');
  });

  it('lets the employer shortlist and the migrant see it on the timeline, with contact shared only after shortlisting', async () => {
    const { employer, vacancy } = await employerWithVacancy(api);
    const migrant = await readyMigrant();
    const applied = (await apply(migrant.accessToken, vacancy.id)).body;

    const before = await api.request<Page<ApplicantView>>('GET', `/api/vacancies/mine/${vacancy.id}/applications`, { token: employer.accessToken });
    expect(before.body.items[0].candidate).toMatchObject({
      phone: null,
      displayName: 'Айбек Т.',
      russianLevel: 'CONVERSATIONAL',
      experienceYears: 4,
    });
    expect(JSON.stringify(before.body)).not.toMatch(/AC\d{7}/);

    const shortlisted = await api.request('POST', `/api/applications/${applied.id}/shortlist`, {
      token: employer.accessToken,
      body: { version: applied.version },
    });
    expect(shortlisted.status).toBe(200);
    const after = await api.request<Page<ApplicantView>>('GET', `/api/vacancies/mine/${vacancy.id}/applications?status=SHORTLISTED`, {
      token: employer.accessToken,
    });
    expect(after.body.items[0].candidate).toMatchObject({
      phone: migrant.login,
      displayName: 'Айбек Токтогулов',
    });

    const mine = await api.request<MyApplicationView[]>('GET', '/api/applications/mine', { token: migrant.accessToken });
    expect(mine.body[0].status).toBe(ApplicationStatus.Shortlisted);
    expect(mine.body[0].timeline.map((entry) => entry.to)).toEqual(['SUBMITTED', 'SHORTLISTED']);
    expect(mine.body[0].next.party).toBe('employer');
    expect((await outboxFor(applied.id)).map((message) => message.topic)).toEqual(['application.submitted', 'application.shortlisted']);
  });

  it('lets only one of two conflicting decisions made at once win', async () => {
    const { employer, vacancy } = await employerWithVacancy(api);
    const migrant = await readyMigrant();
    const applied = (await apply(migrant.accessToken, vacancy.id)).body;
    const [shortlist, decline] = await Promise.all([
      api.request('POST', `/api/applications/${applied.id}/shortlist`, {
        token: employer.accessToken,
        body: { version: applied.version },
      }),
      api.request('POST', `/api/applications/${applied.id}/decline`, {
        token: employer.accessToken,
        body: { version: applied.version, reason: 'Нет опыта' },
      }),
    ]);
    expect([shortlist.status, decline.status].sort()).toEqual([200, 409]);
    const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM application_events WHERE application_id = $1`, [applied.id]);
    expect(count).toBe(2);
  });

  it('shortlists and declines many at once, skipping those that cannot move', async () => {
    const { employer, vacancy } = await employerWithVacancy(api);
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) ids.push((await apply((await readyMigrant()).accessToken, vacancy.id)).body.id);
    const decide = (body: unknown) =>
      api.request<{ changed: string[]; skipped: string[] } & ProblemDetails>('POST', `/api/vacancies/mine/${vacancy.id}/applications/decisions`, {
        token: employer.accessToken,
        body,
      });
    const shortlisted = await decide({
      decision: 'shortlist',
      applicationIds: ids.slice(0, 3),
    });
    expect(shortlisted.body.changed.sort()).toEqual(ids.slice(0, 3).sort());
    expect((await decide({ decision: 'decline', applicationIds: ids })).status).toBe(400);
    const declined = await decide({
      decision: 'decline',
      applicationIds: [ids[2], ids[3]],
      reason: 'Вакансия заполнена',
    });
    expect(declined.body.changed.sort()).toEqual([ids[2], ids[3]].sort());
    const events = await dataSource.query(`SELECT to_status FROM application_events WHERE application_id = $1 ORDER BY id`, [ids[2]]);
    expect(events.map((event: { to_status: string }) => event.to_status)).toEqual(['SUBMITTED', 'SHORTLISTED', 'DECLINED']);
    expect((await outboxFor(ids[3])).map((message) => message.topic)).toEqual(['application.submitted', 'application.declined']);
  });

  it('writes the outbox row with its transition, and neither when the transaction rolls back', async () => {
    const { employer, vacancy } = await employerWithVacancy(api);
    const migrant = await readyMigrant();
    const applied = (await apply(migrant.accessToken, vacancy.id)).body;
    // Sabotage: the outbox insert of this one application (its own row or its move's bundle) fails, after its status update and timeline entry.
    await dataSource.query(
      `CREATE OR REPLACE FUNCTION fail_outbox_for_test() RETURNS trigger AS $$ BEGIN IF NEW.topic = 'application.declined' AND (NEW.aggregate_id = '${applied.id}' OR NEW.payload -> 'aggregateIds' ? '${applied.id}') THEN RAISE EXCEPTION 'sabotaged'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`,
    );
    await dataSource.query(
      `CREATE TRIGGER fail_outbox_for_test BEFORE INSERT ON outbox_messages FOR EACH ROW EXECUTE FUNCTION fail_outbox_for_test()`,
    );
    try {
      const failed = await api.request('POST', `/api/applications/${applied.id}/decline`, {
        token: employer.accessToken,
        body: { version: applied.version, reason: 'Нет опыта' },
      });
      expect(failed.status).toBe(500);
    } finally {
      await dataSource.query(`DROP TRIGGER fail_outbox_for_test ON outbox_messages`);
      await dataSource.query(`DROP FUNCTION fail_outbox_for_test()`);
    }
    const [row] = await dataSource.query(`SELECT status FROM applications WHERE id = $1`, [applied.id]);
    expect(row.status).toBe('SUBMITTED');
    expect((await outboxFor(applied.id)).map((message) => message.topic)).toEqual(['application.submitted']);
    const events = await dataSource.query(`SELECT to_status FROM application_events WHERE application_id = $1`, [applied.id]);
    expect(events).toHaveLength(1);

    const declined = await api.request('POST', `/api/applications/${applied.id}/decline`, {
      token: employer.accessToken,
      body: { version: applied.version, reason: 'Нет опыта' },
    });
    expect(declined.status).toBe(200);
    expect((await outboxFor(applied.id)).map((message) => message.topic)).toEqual(['application.submitted', 'application.declined']);
  });

  it('lets the migrant withdraw before departure, and refuses illegal moves with a named reason', async () => {
    const { employer, vacancy } = await employerWithVacancy(api);
    const migrant = await readyMigrant();
    const applied = (await apply(migrant.accessToken, vacancy.id)).body;
    const withdrawn = await api.request<MyApplicationView>('POST', `/api/applications/mine/${applied.id}/withdraw`, {
      token: migrant.accessToken,
      body: { version: applied.version, reason: 'Нашёл работу дома' },
    });
    expect(withdrawn.body).toMatchObject({
      status: 'WITHDRAWN',
      statusReason: 'Нашёл работу дома',
    });
    const illegal = await api.request<ProblemDetails>('POST', `/api/applications/${applied.id}/shortlist`, {
      token: employer.accessToken,
      body: { version: withdrawn.body.version },
    });
    expect(illegal.status).toBe(409);
    expect(illegal.body.code).toBe('transition.illegal');
  });

  it('keeps applications private: a migrant sees only their own, an employer only those to its vacancies', async () => {
    const { vacancy } = await employerWithVacancy(api);
    const owner = await readyMigrant();
    const applied = (await apply(owner.accessToken, vacancy.id)).body;
    const stranger = await readyMigrant();
    expect(
      (
        await api.request('GET', `/api/applications/mine/${applied.id}`, {
          token: stranger.accessToken,
        })
      ).status,
    ).toBe(404);
    expect(
      (await api.request('POST', `/api/applications/mine/${applied.id}/withdraw`, { token: stranger.accessToken, body: { version: 1 } })).status,
    ).toBe(404);
    const otherEmployer = await employerWithVacancy(api);
    expect((await api.request('GET', `/api/vacancies/mine/${vacancy.id}/applications`, { token: otherEmployer.employer.accessToken })).status).toBe(
      404,
    );
    expect(
      (
        await api.request('POST', `/api/applications/${applied.id}/shortlist`, {
          token: otherEmployer.employer.accessToken,
          body: { version: 1 },
        })
      ).status,
    ).toBe(404);
  });

  it('closes open applications when the employer withdraws the vacancy', async () => {
    const { employer, vacancy } = await employerWithVacancy(api);
    const migrant = await readyMigrant();
    const applied = (await apply(migrant.accessToken, vacancy.id)).body;
    expect((await api.request('POST', `/api/vacancies/mine/${vacancy.id}/withdraw`, { token: employer.accessToken })).status).toBe(200);
    const mine = await api.request<MyApplicationView>('GET', `/api/applications/mine/${applied.id}`, { token: migrant.accessToken });
    expect(mine.body).toMatchObject({
      status: 'CLOSED',
      statusReason: 'vacancyClosed',
    });
    expect((await outboxFor(applied.id)).at(-1)).toMatchObject({
      topic: 'application.closed',
      recipient_ids: [migrant.account.id],
    });
  });

  it('closes open applications when the employer is suspended, telling each candidate', async () => {
    const { company, vacancy } = await employerWithVacancy(api);
    const migrant = await readyMigrant();
    const applied = (await apply(migrant.accessToken, vacancy.id)).body;
    const attache = await signInWithTwoFactor(api, 'attache@demo.jumush.kg', DEMO_PASSWORD);
    const suspended = await api.request('POST', `/api/verification/companies/${company.id}/suspend`, {
      token: attache.body.accessToken,
      body: { reason: 'Жалобы на условия труда', category: 'unsafeConditions' },
    });
    expect(suspended.status).toBe(200);
    const mine = await api.request<MyApplicationView>('GET', `/api/applications/mine/${applied.id}`, { token: migrant.accessToken });
    expect(mine.body).toMatchObject({
      status: 'CLOSED',
      statusReason: 'employerSuspended',
    });
    expect(mine.body.timeline.at(-1)).toMatchObject({
      from: 'SUBMITTED',
      to: 'CLOSED',
      actorRole: 'SYSTEM',
    });
    expect((await outboxFor(applied.id)).at(-1)).toMatchObject({
      topic: 'application.closed',
      recipient_ids: [migrant.account.id],
    });
  });
});

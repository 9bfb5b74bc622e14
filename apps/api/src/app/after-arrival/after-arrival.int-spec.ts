/**
 * After arrival, through the real API and PostgreSQL: the one-tap departure and arrival (replayable from an offline
 * queue), the check-ins the arrival schedules in its own transaction, one-tap answers recorded once, a "no" on the
 * passport opening a grievance for the responsible attaché, and who may see and move a grievance (404 otherwise).
 */
import { DataSource } from 'typeorm';
import { CURRENT_CONSENT_VERSION, type CheckInView, type GrievanceSummaryView, type GrievanceView, type MyApplicationView } from '@jumush/contracts';
import { ApplicationStatus, checkInDueAt, responsibleAttaches } from '@jumush/domain';
import { queryRows } from '@jumush/server/database';
import { checkInReminderJobId } from '@jumush/server/queues';
import { CHUY_DISTRICT, PERSONAL, SKILLS, uniquePassport } from '../../testing/candidate-fixtures';
import { employerWithVacancy } from '../../testing/factories';
import { DEMO_PASSWORD, registerAndLogin, startTestApi, type TestApi } from '../../testing/test-api';
import { DemoDataSeeder } from '../demo-data/demo-data.seeder';
import { signInWithTwoFactor } from '../../testing/two-factor';

describe('after arrival: departure, arrival, check-ins and grievances (real PostgreSQL)', () => {
  let api: TestApi;
  let dataSource: DataSource;
  const tokens: Record<string, string> = {};

  // Demo staff have two-factor on: their sign-in takes the second step with their seeded secret.
  const signIn = async (login: string) => (await signInWithTwoFactor(api, login, DEMO_PASSWORD)).body.accessToken;

  /** A Kyrgyz migrant with an approved application to a fresh employer's vacancy in `region`. */
  async function approvedMigrant(region = '16') {
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
    return { ...setup, migrant, token: migrant.accessToken, applicationId: applied.body.id };
  }

  async function arrivedMigrant(region = '16') {
    const setup = await approvedMigrant(region);
    expect((await api.request('POST', `/api/applications/mine/${setup.applicationId}/depart`, { token: setup.token, body: {} })).status).toBe(200);
    expect((await api.request('POST', `/api/applications/mine/${setup.applicationId}/arrive`, { token: setup.token, body: {} })).status).toBe(200);
    const checkIns = (await api.request<CheckInView[]>('GET', '/api/check-ins/mine', { token: setup.token })).body;
    return { ...setup, checkIns };
  }

  const answer = (token: string, checkInId: string, question: string, value: string) =>
    api.request<CheckInView>('POST', `/api/check-ins/${checkInId}/answers`, { token, body: { question, answer: value } });

  beforeAll(async () => {
    api = await startTestApi({ CHECK_IN_DAYS: '3,30,90' });
    await api.app.get(DemoDataSeeder).seed();
    dataSource = api.app.get(DataSource);
    for (const login of ['attache@demo.jumush.kg', 'attache.spb@demo.jumush.kg', 'attache.uz@demo.jumush.kg', 'admin@demo.jumush.kg'])
      tokens[login] = await signIn(login);
  });

  afterAll(async () => {
    await api.close();
  });

  it('departs and arrives in one tap each; a tap replayed from the offline queue is a success and moves nothing twice', async () => {
    const { token, applicationId } = await approvedMigrant();
    const first = await api.request<MyApplicationView>('POST', `/api/applications/mine/${applicationId}/depart`, { token, body: {} });
    expect(first.status).toBe(200);
    expect(first.body.status).toBe(ApplicationStatus.Departed);
    // Arrival before departure is impossible; arrival replayed after it is fine, and so is the departure replayed.
    for (const move of ['arrive', 'arrive', 'depart']) {
      const replay = await api.request<MyApplicationView>('POST', `/api/applications/mine/${applicationId}/${move}`, { token, body: {} });
      expect(replay.status).toBe(200);
      expect(replay.body.status).toBe(ApplicationStatus.Arrived);
    }
    const timeline = await queryRows<{ to_status: string }>(
      dataSource.manager,
      `SELECT to_status FROM application_events WHERE application_id = $1 ORDER BY id`,
      [applicationId],
    );
    expect(timeline.map((entry) => entry.to_status)).toEqual(['SUBMITTED', 'DEPARTED', 'ARRIVED']);
    const checkIns = await queryRows<{ day: number }>(dataSource.manager, `SELECT day FROM check_ins WHERE application_id = $1 ORDER BY day`, [
      applicationId,
    ]);
    expect(checkIns.map((row) => row.day)).toEqual([3, 30, 90]);
  });

  it('refuses to arrive before departing, and someone else’s application is not found', async () => {
    const { token, applicationId } = await approvedMigrant();
    const early = await api.request<{ code: string }>('POST', `/api/applications/mine/${applicationId}/arrive`, { token, body: {} });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('transition.illegal');
    const stranger = await registerAndLogin(api);
    expect((await api.request('POST', `/api/applications/mine/${applicationId}/depart`, { token: stranger.accessToken, body: {} })).status).toBe(404);
    expect((await api.request('POST', `/api/applications/mine/${applicationId}/depart`, { body: {} })).status).toBe(401);
  });

  it('schedules the check-ins through the reminder outbox in the arrival’s own transaction', async () => {
    const { applicationId, migrant } = await arrivedMigrant();
    // now() is the transaction's start: the timeline entry, the check-ins and their reminder rows share it.
    const [arrival] = await queryRows<{ created_at: Date }>(
      dataSource.manager,
      `SELECT created_at FROM application_events WHERE application_id = $1 AND to_status = 'ARRIVED'`,
      [applicationId],
    );
    const checkIns = await queryRows<{ id: string; day: number; due_at: Date; created_at: Date }>(
      dataSource.manager,
      `SELECT id, day, due_at, created_at FROM check_ins WHERE application_id = $1 ORDER BY day`,
      [applicationId],
    );
    expect(checkIns.map((row) => row.day)).toEqual([3, 30, 90]);
    const reminders = await queryRows<{ job_id: string; due_at: Date; created_at: Date; data: Record<string, unknown> }>(
      dataSource.manager,
      `SELECT job_id, due_at, created_at, data FROM reminder_outbox WHERE job_id = ANY($1::text[]) ORDER BY due_at`,
      [checkIns.map((row) => checkInReminderJobId(row.id))],
    );
    expect(reminders).toHaveLength(3);
    for (const [index, checkIn] of checkIns.entries()) {
      expect(checkIn.created_at).toEqual(arrival.created_at);
      expect(reminders[index].created_at).toEqual(arrival.created_at);
      expect(new Date(checkIn.due_at).toISOString()).toBe(checkInDueAt(new Date(arrival.created_at), checkIn.day).toISOString());
      expect(reminders[index].due_at).toEqual(checkIn.due_at);
      expect(reminders[index].data).toMatchObject({ kind: 'check_in', aggregateId: checkIn.id, recipientIds: [migrant.account.id] });
    }
  });

  it('records the same answer once; a "no" on the passport opens one anonymous grievance and alerts the attaché covering the region', async () => {
    // Region 78 (St Petersburg): the demo's regional representative covers it, so they are alerted, not the country-wide attaché.
    const { token, checkIns } = await arrivedMigrant('78');
    const day3 = checkIns.find((checkIn) => checkIn.day === 3) as CheckInView;
    expect((await answer(token, day3.id, 'wage', 'yes')).body.answers).toEqual({ wage: 'yes' });
    const first = await answer(token, day3.id, 'passport', 'no');
    expect(first.status).toBe(200);
    expect(first.body.grievanceIds).toHaveLength(1);
    // The same answer again (the SMS link after the app): one check-in, one grievance, one audit event.
    const again = await answer(token, day3.id, 'passport', 'no');
    expect(again.body).toEqual(first.body);
    const audits = await queryRows<{ n: number }>(
      dataSource.manager,
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'checkIn.answered' AND subject_id = $1`,
      [day3.id],
    );
    expect(audits[0].n).toBe(2);
    const [grievanceId] = first.body.grievanceIds;
    const [alert] = await queryRows<{ recipient_ids: string[]; payload: Record<string, unknown> }>(
      dataSource.manager,
      `SELECT recipient_ids, payload FROM outbox_messages WHERE topic = 'grievance.opened' AND aggregate_id = $1`,
      [grievanceId],
    );
    const [spb] = await queryRows<{ id: string }>(dataSource.manager, `SELECT id FROM accounts WHERE email = 'attache.spb@demo.jumush.kg'`);
    // The attachés covering St Petersburg (78): the demo's regional one, and any other test of this run has made.
    const kyrgyzAttaches = await queryRows<{ id: string; coveredRegions: string[] | null }>(
      dataSource.manager,
      `SELECT id, covered_regions AS "coveredRegions" FROM accounts WHERE role = 'ATTACHE' AND origin_country = 'KG' AND disabled_at IS NULL`,
    );
    const covering = responsibleAttaches(kyrgyzAttaches, '78').map((attache) => attache.id);
    expect(covering).toContain(spb.id);
    expect(covering.every((id) => kyrgyzAttaches.find((attache) => attache.id === id)?.coveredRegions?.includes('78'))).toBe(true);
    expect([...alert.recipient_ids].sort()).toEqual(covering.sort());
    expect(alert.payload).toMatchObject({ grievanceId, category: 'passportHeld', fromCheckIn: true });
    const mine = await api.request<GrievanceView>('GET', `/api/grievances/mine/${grievanceId}`, { token });
    expect(mine.body).toMatchObject({ status: 'RECEIVED', category: 'passportHeld', anonymous: true, fromCheckIn: true, migrantName: null });
    // A "no" on the wage opens nothing by itself; a "yes" to a fee does.
    expect((await answer(token, day3.id, 'wage', 'no')).body.grievanceIds).toHaveLength(1);
    expect((await answer(token, day3.id, 'fee', 'yes')).body.grievanceIds).toHaveLength(2);
    expect((await answer(token, day3.id, 'housing', 'maybe')).status).toBe(400);
  });

  it('lets only the owner answer, and only while the job lasts', async () => {
    const { checkIns, employer, applicationId } = await arrivedMigrant();
    const stranger = await registerAndLogin(api);
    expect((await answer(stranger.accessToken, checkIns[0].id, 'safety', 'yes')).status).toBe(404);
    expect((await answer(employer.accessToken, checkIns[0].id, 'safety', 'yes')).status).toBe(403);
    const noShow = await api.request('POST', `/api/applications/${applicationId}/no-show`, { token: employer.accessToken, body: { reason: '' } });
    expect(noShow.status).toBe(400);
    expect(
      (
        await api.request('POST', `/api/applications/${applicationId}/no-show`, {
          token: employer.accessToken,
          body: { reason: 'Не вышел на смену' },
        })
      ).status,
    ).toBe(200);
  });

  it('walks the grievance from the attaché’s queue to its outcome, and nobody else sees it', async () => {
    const { token, checkIns, employer } = await arrivedMigrant('16');
    const day3 = checkIns.find((checkIn) => checkIn.day === 3) as CheckInView;
    const [grievanceId] = (await answer(token, day3.id, 'safety', 'no')).body.grievanceIds;
    const attache = tokens['attache@demo.jumush.kg'];

    const queue = await api.request<GrievanceSummaryView[]>('GET', '/api/attache/grievances', { token: attache });
    const listed = queue.body.find((entry) => entry.id === grievanceId);
    expect(listed).toMatchObject({ status: 'RECEIVED', category: 'safety', regionCode: '16', moves: ['takeUp', 'resolve'] });
    expect(listed?.migrantName).toEqual(expect.any(String));

    // Access walk: another country's attaché, a representative of other regions, an employer, another migrant.
    const other = await registerAndLogin(api);
    for (const [who, path, expected] of [
      ['attache.uz', `/api/attache/grievances/${grievanceId}`, 404],
      ['attache.spb', `/api/attache/grievances/${grievanceId}`, 404],
      ['employer', `/api/attache/grievances/${grievanceId}`, 403],
      ['employer', `/api/grievances/mine/${grievanceId}`, 403],
      ['other migrant', `/api/grievances/mine/${grievanceId}`, 404],
      ['migrant', `/api/attache/grievances/${grievanceId}`, 403],
    ] as const) {
      const reader =
        who === 'employer'
          ? employer.accessToken
          : who === 'other migrant'
            ? other.accessToken
            : who === 'migrant'
              ? token
              : tokens[`${who}@demo.jumush.kg`];
      expect([who, path, (await api.request('GET', path, { token: reader })).status]).toEqual([who, path, expected]);
    }
    expect(
      (await api.request<GrievanceSummaryView[]>('GET', '/api/attache/grievances', { token: tokens['attache.uz@demo.jumush.kg'] })).body.map(
        (g) => g.id,
      ),
    ).not.toContain(grievanceId);
    expect(
      (await api.request<GrievanceSummaryView[]>('GET', '/api/attache/grievances', { token: tokens['attache.spb@demo.jumush.kg'] })).body.map(
        (g) => g.id,
      ),
    ).not.toContain(grievanceId);
    expect(
      (
        await api.request('POST', `/api/attache/grievances/${grievanceId}/messages`, {
          token: tokens['attache.uz@demo.jumush.kg'],
          body: { body: 'x' },
        })
      ).status,
    ).toBe(404);

    // The attaché takes it up, writes, resolves with the outcome; each step tells the migrant.
    const taken = await api.request<GrievanceView>('POST', `/api/attache/grievances/${grievanceId}/moves`, {
      token: attache,
      body: { move: 'takeUp', version: 1 },
    });
    expect(taken.body.status).toBe('IN_PROGRESS');
    const stale = await api.request<{ code: string }>('POST', `/api/attache/grievances/${grievanceId}/moves`, {
      token: attache,
      body: { move: 'resolve', version: 1, reason: 'x' },
    });
    expect(stale.status).toBe(409);
    const written = await api.request<GrievanceView>('POST', `/api/attache/grievances/${grievanceId}/messages`, {
      token: attache,
      body: { body: 'Мы связались с работодателем, вам позвонит представитель.' },
    });
    expect(written.status).toBe(201);
    const noOutcome = await api.request('POST', `/api/attache/grievances/${grievanceId}/moves`, {
      token: attache,
      body: { move: 'resolve', version: taken.body.version },
    });
    expect(noOutcome.status).toBe(400);
    const resolved = await api.request<GrievanceView>('POST', `/api/attache/grievances/${grievanceId}/moves`, {
      token: attache,
      body: { move: 'resolve', version: taken.body.version, reason: 'Работодатель переселил работника в другое общежитие.' },
    });
    expect(resolved.body).toMatchObject({ status: 'RESOLVED', outcome: 'Работодатель переселил работника в другое общежитие.' });
    // The migrant may not resolve, but reads the outcome and the messages, and closes it.
    const read = await api.request<GrievanceView>('GET', `/api/grievances/mine/${grievanceId}`, { token });
    expect(read.body.outcome).toBe('Работодатель переселил работника в другое общежитие.');
    expect(read.body.messages.map((message) => [message.authorRole, message.move])).toEqual([
      ['ATTACHE', 'takeUp'],
      ['ATTACHE', null],
      ['ATTACHE', 'resolve'],
    ]);
    expect(read.body.moves).toEqual(['reopen', 'close']);
    const updates = await queryRows<{ n: number }>(
      dataSource.manager,
      `SELECT count(*)::int AS n FROM outbox_messages WHERE topic = 'grievance.updated' AND aggregate_id = $1`,
      [grievanceId],
    );
    expect(updates[0].n).toBe(3);
    const closed = await api.request<GrievanceView>('POST', `/api/grievances/mine/${grievanceId}/moves`, {
      token,
      body: { move: 'close', version: read.body.version },
    });
    expect(closed.body.status).toBe('CLOSED');
    expect((await api.request('POST', `/api/grievances/mine/${grievanceId}/messages`, { token, body: { body: 'Спасибо' } })).status).toBe(409);
    const audit = await queryRows<{ action: string }>(dataSource.manager, `SELECT action FROM audit_events WHERE subject_id = $1 ORDER BY id`, [
      grievanceId,
    ]);
    expect(audit.map((event) => event.action)).toEqual([
      'grievance.opened',
      'grievance.takeUp',
      'grievance.message',
      'grievance.resolve',
      'grievance.close',
    ]);
  });

  it('lets the migrant open a grievance about their job, anonymous unless they say otherwise, with field errors for bad input', async () => {
    const { token, applicationId } = await arrivedMigrant();
    const opened = await api.request<GrievanceView>('POST', '/api/grievances', {
      token,
      body: { applicationId, category: 'wage', description: 'Зарплату задерживают второй месяц' },
    });
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({ category: 'wage', anonymous: true, fromCheckIn: false, status: 'RECEIVED' });
    const bad = await api.request<{ errors: Array<{ field: string; code: string }> }>('POST', '/api/grievances', {
      token,
      body: { applicationId, category: 'weather', description: '' },
    });
    expect(bad.status).toBe(400);
    expect([...new Set(bad.body.errors.map((error) => error.field))].sort()).toEqual(['category', 'description']);
    const stranger = await registerAndLogin(api);
    const notMine = await api.request<{ errors: Array<{ field: string; code: string }> }>('POST', '/api/grievances', {
      token: stranger.accessToken,
      body: { applicationId, category: 'wage', description: 'Чужая заявка' },
    });
    expect(notMine.status).toBe(400);
    expect(notMine.body.errors).toEqual([expect.objectContaining({ field: 'applicationId', code: 'grievance.noSuchJob' })]);
    expect((await api.request<GrievanceSummaryView[]>('GET', '/api/grievances/mine', { token })).body.map((g) => g.id)).toEqual([opened.body.id]);
  });
});

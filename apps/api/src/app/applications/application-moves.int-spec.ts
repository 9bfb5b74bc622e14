/**
 * Every path that moves an application, through the real API and PostgreSQL: each must leave, for every application
 * it moved, a timeline entry, an audit event that lists it and an outbox notification to the right people — one
 * table, one check. A move of several writes one audit event and one outbox bundle for them all.
 */
import { DataSource } from 'typeorm';
import { CURRENT_CONSENT_VERSION, type MyApplicationView } from '@jumush/contracts';
import { ApplicationStatus } from '@jumush/domain';
import { queryRows } from '@jumush/server/database';
import { insertShortlistedApplications, insertSubmittedBatch } from '../../testing/batch-factories';
import { CHUY_DISTRICT, PERSONAL, SKILLS, uniquePassport } from '../../testing/candidate-fixtures';
import { employerWithVacancy } from '../../testing/factories';
import { outboxMessagesAbout } from '../../testing/outbox';
import { DEMO_PASSWORD, registerAndLogin, startTestApi, type TestApi } from '../../testing/test-api';
import { AuditEventsRepository } from '../audit/audit-events.repository';
import { DemoDataSeeder } from '../demo-data/demo-data.seeder';
import { signInWithTwoFactor } from '../../testing/two-factor';

type Audience = 'candidate' | 'employer';

/** One application as a move's audit event lists it: its data holds the moved applications column by column. */
function listedIn(data: Record<string, unknown>, id: string) {
  const at = (data['applicationIds'] as string[]).indexOf(id);
  if (at < 0) return undefined;
  return {
    id,
    from: (data['from'] as string[])[at],
    vacancyId: (data['vacancyIds'] as string[])[at],
    reason: (data['reasons'] as Array<string | null>)[at],
  };
}

interface MovePath {
  path: string;
  /** Makes applications ready for the path and takes it; returns the applications it must have moved. */
  take: (api: TestApi) => Promise<string[]>;
  to: ApplicationStatus;
  /** Null for a new application. */
  from: ApplicationStatus | null;
  actorRole: string;
  audience: Audience[];
  reason?: string | RegExp;
}

describe('application moves: every path writes timeline, audit and outbox (real PostgreSQL)', () => {
  let api: TestApi;
  let dataSource: DataSource;
  let attache: string;

  const signIn = async (login: string) => (await signInWithTwoFactor(api, login, DEMO_PASSWORD)).body.accessToken;

  /** A migrant with a complete profile and consent, who has applied to a fresh employer's vacancy. */
  async function migrantWhoApplied() {
    const setup = await employerWithVacancy(api);
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
    ok(applied, 201);
    return { ...setup, migrant, application: applied.body };
  }

  /** Shortlisted applications of a fresh employer's vacancy, and the employer's token. */
  async function shortlisted(count: number) {
    const setup = await employerWithVacancy(api);
    const ids = await insertShortlistedApplications(api.app, setup.vacancy, count);
    return { ...setup, ids, token: setup.employer.accessToken };
  }

  async function setStatus(ids: string[], status: ApplicationStatus): Promise<void> {
    await dataSource.query(`UPDATE applications SET status = $2 WHERE id = ANY($1::uuid[])`, [ids, status]);
  }

  const ok = (response: { status: number; body: unknown }, expected = 200) => {
    if (response.status !== expected) throw new Error(`Expected ${expected}, got ${response.status}: ${JSON.stringify(response.body)}`);
  };

  const PATHS: MovePath[] = [
    {
      path: 'the migrant applies',
      from: null,
      to: ApplicationStatus.Submitted,
      actorRole: 'MIGRANT',
      audience: ['candidate', 'employer'],
      take: async () => [(await migrantWhoApplied()).application.id],
    },
    {
      path: 'the migrant withdraws after approval: the position is freed and the letter revoked',
      from: ApplicationStatus.Approved,
      to: ApplicationStatus.Withdrawn,
      actorRole: 'MIGRANT',
      audience: ['candidate', 'employer'],
      reason: 'Нашёл работу дома',
      take: async () => {
        const { migrant, application, vacancy } = await migrantWhoApplied();
        const batchId = await insertSubmittedBatch(api.app, vacancy, [application.id]);
        await setStatus([application.id], ApplicationStatus.Approved);
        await dataSource.query(`UPDATE vacancies SET filled_positions = 1 WHERE id = $1`, [vacancy.id]);
        await dataSource.query(
          `INSERT INTO approval_letters (application_id, batch_id, code, decided_on, office) VALUES ($1, $2, $3, current_date, 'test office')`,
          [application.id, batchId, `MOVES-${application.id.slice(0, 8)}`],
        );
        const [{ version }] = await queryRows<{ version: number }>(dataSource.manager, `SELECT version FROM applications WHERE id = $1`, [
          application.id,
        ]);
        ok(
          await api.request('POST', `/api/applications/mine/${application.id}/withdraw`, {
            token: migrant.accessToken,
            body: { version, reason: 'Нашёл работу дома' },
          }),
        );
        const [letter] = await queryRows<{ revoked_at: Date | null }>(
          dataSource.manager,
          `SELECT revoked_at FROM approval_letters WHERE application_id = $1`,
          [application.id],
        );
        expect(letter.revoked_at).not.toBeNull();
        const [{ filled_positions }] = await queryRows<{ filled_positions: number }>(
          dataSource.manager,
          `SELECT filled_positions FROM vacancies WHERE id = $1`,
          [vacancy.id],
        );
        expect(filled_positions).toBe(0);
        return [application.id];
      },
    },
    {
      path: 'the migrant deletes their account: the employer is told, nobody writes to the account that is gone',
      from: ApplicationStatus.Shortlisted,
      to: ApplicationStatus.Withdrawn,
      actorRole: 'MIGRANT',
      audience: ['employer'],
      reason: 'accountDeleted',
      take: async () => {
        const { migrant, application } = await migrantWhoApplied();
        await setStatus([application.id], ApplicationStatus.Shortlisted);
        ok(await api.request('DELETE', '/api/candidates/me', { token: migrant.accessToken }), 204);
        return [application.id];
      },
    },
    {
      path: 'the employer shortlists one applicant',
      from: ApplicationStatus.Submitted,
      to: ApplicationStatus.Shortlisted,
      actorRole: 'EMPLOYER',
      audience: ['candidate'],
      take: async () => {
        const { ids, token } = await shortlisted(1);
        await setStatus(ids, ApplicationStatus.Submitted);
        ok(await api.request('POST', `/api/applications/${ids[0]}/shortlist`, { token, body: { version: 2 } }));
        return ids;
      },
    },
    {
      path: 'the employer declines many applicants at once',
      from: ApplicationStatus.Shortlisted,
      to: ApplicationStatus.Declined,
      actorRole: 'EMPLOYER',
      audience: ['candidate'],
      reason: 'Нужен опыт сварки',
      take: async () => {
        const { ids, token, vacancy } = await shortlisted(3);
        ok(
          await api.request('POST', `/api/vacancies/mine/${vacancy.id}/applications/decisions`, {
            token,
            body: { decision: 'decline', applicationIds: ids, reason: 'Нужен опыт сварки' },
          }),
        );
        return ids;
      },
    },
    {
      path: 'the employer sends a batch to the attaché',
      from: ApplicationStatus.Shortlisted,
      to: ApplicationStatus.InBatch,
      actorRole: 'EMPLOYER',
      audience: ['candidate'],
      take: async () => {
        const { ids, token, vacancy } = await shortlisted(3);
        const created = await api.request<{ id: string }>('POST', '/api/batches', { token, body: { vacancyId: vacancy.id, applicationIds: ids } });
        ok(created, 201);
        ok(await api.request('POST', `/api/batches/${created.body.id}/submit`, { token }), 200);
        return ids;
      },
    },
    {
      path: 'the employer takes candidates out of a returned batch',
      from: ApplicationStatus.InBatch,
      to: ApplicationStatus.Shortlisted,
      actorRole: 'EMPLOYER',
      audience: ['candidate'],
      reason: 'removedFromBatch',
      take: async () => {
        const { ids, token, vacancy } = await shortlisted(3);
        const batchId = await insertSubmittedBatch(api.app, vacancy, ids);
        await dataSource.query(`UPDATE batches SET status = 'RETURNED' WHERE id = $1`, [batchId]);
        ok(await api.request('PUT', `/api/batches/${batchId}/items`, { token, body: { applicationIds: [ids[0]] } }));
        return ids.slice(1);
      },
    },
    {
      path: 'the attaché approves a batch',
      from: ApplicationStatus.InBatch,
      to: ApplicationStatus.Approved,
      actorRole: 'ATTACHE',
      audience: ['candidate'],
      take: async () => {
        const { ids, vacancy } = await shortlisted(4);
        const batchId = await insertSubmittedBatch(api.app, vacancy, ids);
        ok(
          await api.request('POST', `/api/attache/batches/${batchId}/decision`, {
            token: attache,
            body: { kind: 'APPROVE_ALL' },
            headers: { 'Idempotency-Key': `moves-${batchId}` },
          }),
        );
        return ids;
      },
    },
    {
      path: 'the attaché refuses a batch',
      from: ApplicationStatus.InBatch,
      to: ApplicationStatus.Refused,
      actorRole: 'ATTACHE',
      audience: ['candidate'],
      reason: 'DOCUMENTS_INCOMPLETE: Нет медицинской справки',
      take: async () => {
        const { ids, vacancy } = await shortlisted(2);
        const batchId = await insertSubmittedBatch(api.app, vacancy, ids);
        ok(
          await api.request('POST', `/api/attache/batches/${batchId}/decision`, {
            token: attache,
            body: { kind: 'REFUSE_ALL', reasonCode: 'DOCUMENTS_INCOMPLETE', text: 'Нет медицинской справки' },
            headers: { 'Idempotency-Key': `moves-${batchId}` },
          }),
        );
        return ids;
      },
    },
    {
      path: 'the migrant confirms the departure in one tap: the letter stays valid and the position taken',
      from: ApplicationStatus.Approved,
      to: ApplicationStatus.Departed,
      actorRole: 'MIGRANT',
      audience: ['candidate'],
      take: async () => {
        const { migrant, application, vacancy } = await migrantWhoApplied();
        const batchId = await insertSubmittedBatch(api.app, vacancy, [application.id]);
        await setStatus([application.id], ApplicationStatus.Approved);
        await dataSource.query(`UPDATE vacancies SET filled_positions = 1 WHERE id = $1`, [vacancy.id]);
        await dataSource.query(
          `INSERT INTO approval_letters (application_id, batch_id, code, decided_on, office) VALUES ($1, $2, $3, current_date, 'test office')`,
          [application.id, batchId, `DEPART-${application.id.slice(0, 8)}`],
        );
        ok(await api.request('POST', `/api/applications/mine/${application.id}/depart`, { token: migrant.accessToken, body: {} }));
        const [letter] = await queryRows<{ revoked_at: Date | null }>(
          dataSource.manager,
          `SELECT revoked_at FROM approval_letters WHERE application_id = $1`,
          [application.id],
        );
        expect(letter.revoked_at).toBeNull();
        const [{ filled_positions }] = await queryRows<{ filled_positions: number }>(
          dataSource.manager,
          `SELECT filled_positions FROM vacancies WHERE id = $1`,
          [vacancy.id],
        );
        expect(filled_positions).toBe(1);
        return [application.id];
      },
    },
    {
      path: 'the migrant confirms the arrival in one tap',
      from: ApplicationStatus.Departed,
      to: ApplicationStatus.Arrived,
      actorRole: 'MIGRANT',
      audience: ['candidate'],
      take: async () => {
        const { migrant, application } = await migrantWhoApplied();
        await setStatus([application.id], ApplicationStatus.Departed);
        ok(await api.request('POST', `/api/applications/mine/${application.id}/arrive`, { token: migrant.accessToken, body: {} }));
        return [application.id];
      },
    },
    {
      path: 'the employer confirms the start of work',
      from: ApplicationStatus.Arrived,
      to: ApplicationStatus.Working,
      actorRole: 'EMPLOYER',
      audience: ['candidate'],
      take: async () => {
        const { employer, application } = await migrantWhoApplied();
        await setStatus([application.id], ApplicationStatus.Arrived);
        ok(await api.request('POST', `/api/applications/${application.id}/start-work`, { token: employer.accessToken, body: { version: 1 } }));
        return [application.id];
      },
    },
    {
      path: 'the employer records a no-show, saying why',
      from: ApplicationStatus.Departed,
      to: ApplicationStatus.NoShow,
      actorRole: 'EMPLOYER',
      audience: ['candidate'],
      reason: 'Не приехал к началу смены, телефон недоступен',
      take: async () => {
        const { employer, application } = await migrantWhoApplied();
        await setStatus([application.id], ApplicationStatus.Departed);
        ok(
          await api.request('POST', `/api/applications/${application.id}/no-show`, {
            token: employer.accessToken,
            body: { reason: 'Не приехал к началу смены, телефон недоступен' },
          }),
        );
        return [application.id];
      },
    },
    {
      path: 'the employer closes the vacancy',
      from: ApplicationStatus.Shortlisted,
      to: ApplicationStatus.Closed,
      actorRole: 'SYSTEM',
      audience: ['candidate'],
      reason: 'vacancyClosed',
      take: async () => {
        const { ids, token, vacancy } = await shortlisted(3);
        ok(await api.request('POST', `/api/vacancies/mine/${vacancy.id}/withdraw`, { token }));
        return ids;
      },
    },
    {
      path: 'the attaché suspends the employer',
      from: ApplicationStatus.Shortlisted,
      to: ApplicationStatus.Closed,
      actorRole: 'SYSTEM',
      audience: ['candidate'],
      reason: 'employerSuspended',
      take: async () => {
        const { ids, company } = await shortlisted(2);
        ok(
          await api.request('POST', `/api/verification/companies/${company.id}/suspend`, {
            token: attache,
            body: { reason: 'Жалобы на условия труда', category: 'unsafeConditions' },
          }),
          200,
        );
        return ids;
      },
    },
    {
      path: 'the attaché reinstates the employer: what the suspension closed is submitted again',
      from: ApplicationStatus.Closed,
      to: ApplicationStatus.Submitted,
      actorRole: 'SYSTEM',
      audience: ['candidate', 'employer'],
      reason: 'employerReinstated',
      take: async () => {
        const { ids, company } = await shortlisted(2);
        ok(
          await api.request('POST', `/api/verification/companies/${company.id}/suspend`, {
            token: attache,
            body: { reason: 'Жалобы на условия труда', category: 'unsafeConditions' },
          }),
        );
        ok(
          await api.request('POST', `/api/verification/companies/${company.id}/reinstate`, {
            token: attache,
            body: { reason: 'Условия исправлены' },
          }),
        );
        return ids;
      },
    },
  ];

  beforeAll(async () => {
    api = await startTestApi();
    await api.app.get(DemoDataSeeder).seed();
    dataSource = api.app.get(DataSource);
    attache = await signIn('attache@demo.jumush.kg');
  });

  afterAll(async () => {
    await api.close();
  });

  it.each(PATHS.map((path) => [path.path, path] as const))('%s', async (_name, path) => {
    const ids = await path.take(api);
    expect(ids.length).toBeGreaterThan(0);

    const applications = await queryRows<{ id: string; status: string; status_reason: string | null; account_id: string; company_id: string }>(
      dataSource.manager,
      `SELECT a.id, a.status, a.status_reason, p.account_id, v.company_id FROM applications a
         JOIN candidate_profiles p ON p.id = a.candidate_id JOIN vacancies v ON v.id = a.vacancy_id WHERE a.id = ANY($1::uuid[])`,
      [ids],
    );
    expect(applications.map((row) => row.status)).toEqual(ids.map(() => path.to));

    const action = `application.${path.to.toLowerCase()}`;
    const timeline = await queryRows<{ application_id: string; from_status: string; to_status: string; actor_role: string; reason: string | null }>(
      dataSource.manager,
      `SELECT application_id, from_status, to_status, actor_role, reason FROM application_events WHERE application_id = ANY($1::uuid[]) AND to_status = $2`,
      [ids, path.to],
    );
    // The move's one audit event lists every application it moved; a submission has an event of its own.
    const audits = new Map(
      await Promise.all(
        ids.map(
          async (id) => [id, (await api.app.get(AuditEventsRepository).eventsOfApplication(id)).filter((event) => event.action === action)] as const,
        ),
      ),
    );
    // The outbox as the API wrote it: the move's one bundle, read message by message (or a submission's own row).
    const outbox = await outboxMessagesAbout(dataSource, ids, action);
    if (path.from !== null) {
      expect(new Set([...audits.values()].flat().map((event) => event.id)).size).toBe(1);
      expect(new Set(outbox.map((message) => message.outboxId)).size).toBe(1);
    }

    for (const application of applications) {
      const entries = timeline.filter((entry) => entry.application_id === application.id);
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ from_status: path.from, actor_role: path.actorRole });

      const events = audits.get(application.id) ?? [];
      expect(events).toHaveLength(1);
      const [event] = events;
      expect(event.actorRole).toBe(path.actorRole === 'SYSTEM' ? null : path.actorRole);
      // A move's event: the application among those it lists, with where it came from and its reason.
      const listed =
        event.subjectType === 'applications'
          ? listedIn(event.data, application.id)
          : { id: event.subjectId, from: event.data['from'], reason: event.reason };
      expect(listed).toMatchObject({ id: application.id, from: path.from });
      expect(event.data).toMatchObject({ to: path.to });

      const messages = outbox.filter((message) => message.aggregateId === application.id);
      expect(messages).toHaveLength(1);
      expect(messages[0].payload).toMatchObject({ applicationId: application.id, from: path.from, to: path.to });
      const recruiters = (
        await queryRows<{ account_id: string }>(
          dataSource.manager,
          `SELECT account_id FROM company_members WHERE company_id = $1 AND account_id IS NOT NULL`,
          [application.company_id],
        )
      ).map((row) => row.account_id);
      const expectedRecipients = [
        ...(path.audience.includes('candidate') ? [application.account_id] : []),
        ...(path.audience.includes('employer') ? recruiters : []),
      ];
      expect([...messages[0].recipientIds].sort()).toEqual([...expectedRecipients].sort());

      if (path.reason !== undefined) {
        for (const recorded of [application.status_reason, entries[0].reason, listed?.reason, messages[0].payload['reason']]) {
          expect(recorded).toEqual(path.reason instanceof RegExp ? expect.stringMatching(path.reason) : path.reason);
        }
      }
    }
  });
});

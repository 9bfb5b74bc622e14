import { DataSource } from 'typeorm';
import { HousingOption, MealsOption, type MyVacanciesPage, type ProblemDetails, type VacancyHistoryView, type VacancyView } from '@jumush/contracts';
import { CompanyStatus, Role, VacancyStatus, wageFloorFor } from '@jumush/domain';
import { AuditEventEntity, VacancyEntity, VacancyRevisionEntity } from '@jumush/server/database';
import { insertShortlistedApplications } from '../../testing/batch-factories';
import { registerAndLogin, startTestApi, type TestApi } from '../../testing/test-api';
import { toTermsView } from './vacancy-views';
import {
  createVacancy,
  daysFromNow,
  employerWithCompany,
  publishedVacancy,
  staffSession,
  vacancyTerms,
  type EmployerSession,
  type Session,
  type TermsBody,
} from './testing/vacancy-factories';

/** A vacancy on success, a problem otherwise (the HTTP status tells which). */
type Answer = VacancyView & Omit<ProblemDetails, 'status'>;

describe('employer vacancies: drafts, edits and the lifecycle (real PostgreSQL)', () => {
  let api: TestApi;
  let dataSource: DataSource;
  let employer: EmployerSession;
  let attache: Session;

  beforeAll(async () => {
    api = await startTestApi();
    dataSource = api.app.get(DataSource);
    employer = await employerWithCompany(api);
    attache = await staffSession(api, Role.Attache, 'KG');
  });

  afterAll(async () => {
    await api.close();
  });

  const post = (path: string, session: Session, body?: unknown) => api.request<Answer>('POST', path, { token: session.token, body });
  const put = (id: string, session: Session, body: unknown) =>
    api.request<Answer>('PUT', `/api/vacancies/mine/${id}`, {
      token: session.token,
      body,
    });
  const submit = (id: string, session: Session = employer) => post(`/api/vacancies/mine/${id}/submit`, session);
  const withdraw = (id: string, session: Session = employer) => post(`/api/vacancies/mine/${id}/withdraw`, session);
  const publish = (id: string, session: Session = attache) => post(`/api/vacancy-reviews/${id}/publish`, session);
  const history = async (id: string) =>
    (await api.request<VacancyHistoryView>('GET', `/api/vacancies/mine/${id}/history`, { token: employer.token })).body;
  const actions = async (id: string) =>
    (
      await dataSource.getRepository(AuditEventEntity).find({
        where: { subjectType: 'vacancy', subjectId: id },
        order: { id: 'ASC' },
      })
    ).map((event) => event.action);
  /** The terms of a view, as the edit form sends them back. */
  const termsOf = (view: VacancyView): TermsBody => toTermsView(view);

  describe('create', () => {
    it('creates a DRAFT of the employer’s company, with the search text and an audit event', async () => {
      const response = await post('/api/vacancies', employer, vacancyTerms({ town: 'Подольск', skills: ['аргон'] }));
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        status: VacancyStatus.Draft,
        version: 1,
        companyId: employer.companyId,
        // Open, without a choice, to every country that verified the company.
        openTo: ['KG', 'TJ', 'UZ'],
        publishedAt: null,
        filledPositions: 0,
        housingCostRoubles: null,
        town: 'Подольск',
      });

      const stored = await dataSource.getRepository(VacancyEntity).findOneByOrFail({ id: response.body.id });
      expect(stored.createdBy).toBe(employer.accountId);
      // Lower-cased, so that the search does not depend on the database's locale; the title is part of it.
      for (const word of [
        'сварщик на строительство склада',
        'ширетүүчү',
        'welder',
        'электросварщик',
        'подольск',
        'москва',
        'moscow',
        'аргон',
        'металлоконструкций',
      ])
        expect(stored.searchText).toContain(word);

      const [event] = await dataSource.getRepository(AuditEventEntity).findBy({ subjectType: 'vacancy', subjectId: response.body.id });
      expect(event).toMatchObject({
        action: 'vacancy.create',
        actorId: employer.accountId,
        actorRole: Role.Employer,
      });
    });

    it('refuses an employer without a company with 404 company.none', async () => {
      const loner = await registerAndLogin(api, 'employer');
      const response = await api.request<ProblemDetails>('POST', '/api/vacancies', { token: loner.accessToken, body: vacancyTerms() });
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('company.none');
    });

    it('admits only employers', async () => {
      const migrant = await registerAndLogin(api);
      expect(
        (
          await api.request('POST', '/api/vacancies', {
            token: migrant.accessToken,
            body: vacancyTerms(),
          })
        ).status,
      ).toBe(403);
      expect(
        (
          await api.request('GET', '/api/vacancies/mine', {
            token: attache.token,
          })
        ).status,
      ).toBe(403);
      expect((await api.request('GET', '/api/vacancies/mine')).status).toBe(401);
    });
  });

  describe('bad input: always a 4xx with field errors, never a 500', () => {
    const long = (length: number) => 'ж'.repeat(length);
    const cases: Array<[string, Record<string, unknown>, string, string | null]> = [
      ['title missing', { title: undefined }, 'title', null],
      ['title too short', { title: ' ab ' }, 'title', 'validation.length'],
      ['title too long', { title: long(151) }, 'title', 'validation.length'],
      ['title not a string', { title: 42 }, 'title', null],
      ['title with a NUL character', { title: 'Сварщик\u0000' }, 'title', 'validation.nulCharacter'],
      ['unknown occupation', { occupationCode: '9999' }, 'occupationCode', 'occupation.unknown'],
      ['unknown region', { regionCode: '00' }, 'regionCode', 'region.unknown'],
      ['town empty', { town: '' }, 'town', null],
      ['wage negative', { monthlyWageRoubles: -1 }, 'monthlyWageRoubles', 'validation.min'],
      ['wage fractional', { monthlyWageRoubles: 50_000.5 }, 'monthlyWageRoubles', 'validation.isInt'],
      ['wage a string', { monthlyWageRoubles: '90000' }, 'monthlyWageRoubles', 'validation.isInt'],
      ['wage enormous', { monthlyWageRoubles: 1e15 }, 'monthlyWageRoubles', 'validation.max'],
      ['weekly hours above the limit', { weeklyHours: 100 }, 'weeklyHours', 'validation.max'],
      ['unknown shift pattern', { shiftPattern: 'SOMETIMES' }, 'shiftPattern', 'validation.isEnum'],
      ['unknown housing', { housing: 'TENT' }, 'housing', 'validation.isEnum'],
      ['paid housing without its cost', { housing: HousingOption.Paid }, 'housingCostRoubles', null],
      [
        'a housing cost without paid housing',
        { housing: HousingOption.Free, housingCostRoubles: 5000 },
        'housingCostRoubles',
        'vacancy.housingCostWithoutPaidHousing',
      ],
      ['meals missing', { meals: undefined }, 'meals', null],
      ['travelPaid not a boolean', { travelPaid: 'yes' }, 'travelPaid', 'validation.isBoolean'],
      ['insurance null', { insurance: null }, 'insurance', null],
      ['contract of no months', { contractMonths: 0 }, 'contractMonths', 'validation.min'],
      ['impossible start date', { startDate: '2026-02-30' }, 'startDate', 'date.format'],
      ['start date in another format', { startDate: '01.09.2026' }, 'startDate', 'date.format'],
      ['start date in the past', { startDate: '2025-01-10', applicationDeadline: '2025-01-01' }, 'startDate', 'vacancy.startInPast'],
      ['deadline after the start', { applicationDeadline: daysFromNow(120) }, 'applicationDeadline', 'vacancy.deadlineAfterStart'],
      ['no positions', { positions: 0 }, 'positions', 'validation.min'],
      ['too many positions', { positions: 1_000_000 }, 'positions', 'validation.max'],
      ['unknown Russian level', { russianLevel: 'NATIVE' }, 'russianLevel', 'validation.isEnum'],
      ['experience beyond a career', { experienceYears: 99 }, 'experienceYears', 'validation.max'],
      ['skills not an array', { skills: 'сварка' }, 'skills', 'validation.isArray'],
      ['too many skills', { skills: Array.from({ length: 21 }, (_, i) => `навык ${i}`) }, 'skills', 'validation.arrayMaxSize'],
      ['a skill too long', { skills: [long(61)] }, 'skills', null],
      ['a skill not a string', { skills: [7] }, 'skills', null],
      ['description too long', { description: long(5001) }, 'description', null],
      ['a field the API does not know', { status: 'PUBLISHED' }, 'status', 'validation.whitelist'],
      ['a company of another employer', { companyId: '00000000-0000-4000-8000-000000000000' }, 'companyId', 'validation.whitelist'],
    ];

    it.each(cases)('create: %s', async (_name, change, field, code) => {
      const response = await post('/api/vacancies', employer, {
        ...vacancyTerms(),
        ...change,
      });
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(response.body.code).toBe('validation.failed');
      expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field, ...(code ? { code } : {}) })]));
    });

    it.each([
      ['version missing', { version: undefined }, 'version'],
      ['version not a number', { version: 'one' }, 'version'],
      ['version beyond an integer', { version: 1e12 }, 'version'],
      ['version zero', { version: 0 }, 'version'],
    ])('update: %s', async (_name: string, change: Record<string, unknown>, field: string) => {
      const draft = await createVacancy(api, employer);
      const response = await put(draft.id, employer, Object.assign({}, termsOf(draft), { version: draft.version }, change));
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    });

    it('answers a malformed JSON body, an array and a malformed id with 400', async () => {
      expect(
        (
          await api.request('POST', '/api/vacancies', {
            token: employer.token,
            rawBody: '{"title": ',
          })
        ).status,
      ).toBe(400);
      expect(
        (
          await api.request('POST', '/api/vacancies', {
            token: employer.token,
            rawBody: '[1]',
          })
        ).status,
      ).toBe(400);
      expect(
        (
          await api.request('GET', '/api/vacancies/mine/not-a-uuid', {
            token: employer.token,
          })
        ).status,
      ).toBe(400);
      expect((await api.request('GET', '/api/vacancies/mine?status=OPEN&page=0&pageSize=500', { token: employer.token })).status).toBe(400);
    });

    it('accepts the terms of a view sent back unchanged (housingCostRoubles: null without paid housing)', async () => {
      const draft = await createVacancy(api, employer, {
        housing: HousingOption.None,
      });
      const response = await put(draft.id, employer, {
        ...termsOf(draft),
        version: draft.version,
      });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        version: 2,
        housing: HousingOption.None,
        housingCostRoubles: null,
      });
    });
  });

  describe('lifecycle', () => {
    it('submit → publish → withdraw, each conditional, audited and (submit, publish) recorded as a revision', async () => {
      const draft = await createVacancy(api, employer);
      const submitted = await submit(draft.id);
      expect(submitted.status).toBe(200);
      expect(submitted.body).toMatchObject({
        status: VacancyStatus.PendingReview,
        version: 2,
      });
      const published = await publish(draft.id);
      expect(published.status).toBe(200);
      expect(published.body).toMatchObject({
        status: VacancyStatus.Published,
        version: 3,
        publishedAt: expect.any(String),
      });
      const closed = await withdraw(draft.id);
      expect(closed.status).toBe(200);
      expect(closed.body).toMatchObject({
        status: VacancyStatus.Closed,
        version: 4,
      });

      expect(await actions(draft.id)).toEqual(['vacancy.create', 'vacancy.submit', 'vacancy.publish', 'vacancy.withdraw']);
      const events = await dataSource.getRepository(AuditEventEntity).find({
        where: { subjectType: 'vacancy', subjectId: draft.id },
        order: { id: 'ASC' },
      });
      expect(events.map((event) => [event.actorId, event.actorRole])).toEqual([
        [employer.accountId, Role.Employer],
        [employer.accountId, Role.Employer],
        [attache.accountId, Role.Attache],
        [employer.accountId, Role.Employer],
      ]);
      expect(events[1].data).toMatchObject({
        from: VacancyStatus.Draft,
        to: VacancyStatus.PendingReview,
        version: 2,
      });

      const recorded = await history(draft.id);
      expect(recorded.revisions.map((revision) => [revision.version, revision.status])).toEqual([
        [2, VacancyStatus.PendingReview],
        [3, VacancyStatus.Published],
      ]);
      expect(recorded.revisions[0].terms).toEqual(termsOf(draft));
      expect(recorded.events.map((event) => event.action)).toEqual(['vacancy.create', 'vacancy.submit', 'vacancy.publish', 'vacancy.withdraw']);
    });

    it('refuses moves the lifecycle does not have with 409 and the refusal as code', async () => {
      const draft = await createVacancy(api, employer);
      expect((await submit(draft.id)).status).toBe(200);
      const again = await submit(draft.id);
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('transition.sameState');
      const pendingWithdraw = await withdraw(draft.id);
      expect(pendingWithdraw.status).toBe(409);
      expect(pendingWithdraw.body.code).toBe('transition.illegal');
      expect((await publish(draft.id)).status).toBe(200);
      // A published vacancy goes back to review only through a material edit, never through "submit".
      const resubmitPublished = await submit(draft.id);
      expect(resubmitPublished.status).toBe(409);
      expect(resubmitPublished.body.code).toBe('transition.illegal');
      expect((await publish(draft.id)).body.code).toBe('transition.sameState');
    });

    it('a draft can be withdrawn; a closed vacancy cannot be edited, submitted or published', async () => {
      const draft = await createVacancy(api, employer);
      const closed = await withdraw(draft.id);
      expect(closed.body.status).toBe(VacancyStatus.Closed);
      const edit = await put(draft.id, employer, {
        ...termsOf(draft),
        version: closed.body.version,
      });
      expect(edit.status).toBe(409);
      expect(edit.body.code).toBe('vacancy.notEditable');
      expect((await submit(draft.id)).body.code).toBe('transition.illegal');
      expect((await publish(draft.id)).body.code).toBe('transition.illegal');
    });

    it('reject with a reason; the employer corrects and resubmits; the reason is cleared', async () => {
      const draft = await createVacancy(api, employer);
      await submit(draft.id);
      const noReason = await post(`/api/vacancy-reviews/${draft.id}/reject`, attache, {});
      expect(noReason.status).toBe(400);
      expect(noReason.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'reason' })]));

      const rejected = await post(`/api/vacancy-reviews/${draft.id}/reject`, attache, { reason: 'Укажите адрес общежития' });
      expect(rejected.status).toBe(200);
      expect(rejected.body).toMatchObject({
        status: VacancyStatus.Rejected,
        statusReason: 'Укажите адрес общежития',
      });

      const corrected = await put(draft.id, employer, {
        ...termsOf(draft),
        description: 'Общежитие: ул. Ленина, 5.',
        version: rejected.body.version,
      });
      expect(corrected.status).toBe(200);
      expect(corrected.body).toMatchObject({
        status: VacancyStatus.Rejected,
        description: 'Общежитие: ул. Ленина, 5.',
      });

      const resubmitted = await submit(draft.id);
      expect(resubmitted.status).toBe(200);
      expect(resubmitted.body).toMatchObject({
        status: VacancyStatus.PendingReview,
        statusReason: null,
      });
      expect(await actions(draft.id)).toEqual(['vacancy.create', 'vacancy.submit', 'vacancy.reject', 'vacancy.update', 'vacancy.resubmit']);
      const rejectEvent = await dataSource.getRepository(AuditEventEntity).findOneByOrFail({ subjectId: draft.id, action: 'vacancy.reject' });
      expect(rejectEvent.reason).toBe('Укажите адрес общежития');
    });
  });

  describe('editing a published vacancy', () => {
    it('a material change sends it back to review; the approved terms stay in the history', async () => {
      const live = await publishedVacancy(api, employer, attache, {
        monthlyWageRoubles: 90_000,
      });
      const edited = await put(live.id, employer, {
        ...termsOf(live),
        monthlyWageRoubles: 85_000,
        version: live.version,
      });
      expect(edited.status).toBe(200);
      expect(edited.body).toMatchObject({
        status: VacancyStatus.PendingReview,
        monthlyWageRoubles: 85_000,
        version: live.version + 1,
      });
      expect((await api.request('GET', `/api/public/vacancies/${live.id}`)).status).toBe(404);

      const recorded = await history(live.id);
      expect(recorded.revisions.map((revision) => [revision.status, revision.terms.monthlyWageRoubles])).toEqual([
        [VacancyStatus.PendingReview, 90_000],
        [VacancyStatus.Published, 90_000],
        [VacancyStatus.PendingReview, 85_000],
      ]);
      const event = recorded.events.at(-1)!;
      expect(event).toMatchObject({
        action: 'vacancy.materialChange',
        actorRole: Role.Employer,
        data: expect.objectContaining({
          from: VacancyStatus.Published,
          to: VacancyStatus.PendingReview,
          material: ['monthlyWageRoubles'],
        }),
      });
    });

    it("tells the company's members of the review and of the return to review, in the move's transaction", async () => {
      const draft = await createVacancy(api, employer);
      await submit(draft.id);
      await post(`/api/vacancy-reviews/${draft.id}/reject`, attache, { reason: 'Укажите адрес общежития' });
      const live = await publishedVacancy(api, employer, attache, { monthlyWageRoubles: 90_000 });
      await put(live.id, employer, { ...termsOf(live), monthlyWageRoubles: 85_000, version: live.version });
      const told = async (id: string) =>
        (
          (await dataSource.query(
            `SELECT topic, recipient_ids, payload FROM outbox_messages WHERE aggregate_type = 'vacancy' AND aggregate_id = $1 ORDER BY id`,
            [id],
          )) as Array<{ topic: string; recipient_ids: string[]; payload: Record<string, unknown> }>
        ).map((row) => [row.topic, row.recipient_ids, row.payload['reason'], row.payload['vacancyId']]);
      expect(await told(draft.id)).toEqual([['vacancy.rejected', [employer.accountId], 'Укажите адрес общежития', draft.id]]);
      expect(await told(live.id)).toEqual([
        ['vacancy.published', [employer.accountId], null, live.id],
        ['vacancy.sent_back', [employer.accountId], null, live.id],
      ]);
    });

    it('tells every open applicant of a new wage, housing or hours, with the old and new values: one outbox row per application', async () => {
      const live = await publishedVacancy(api, employer, attache, { monthlyWageRoubles: 90_000, weeklyHours: 40, housing: HousingOption.Free });
      const vacancy = await dataSource.getRepository(VacancyEntity).findOneByOrFail({ id: live.id });
      const [open, alsoOpen, declined] = await insertShortlistedApplications(api.app, vacancy, 3);
      // Fixture: an application that has ended hears nothing.
      await dataSource.query(`UPDATE applications SET status = 'DECLINED' WHERE id = $1`, [declined]);
      const applicants = async () =>
        (await dataSource.query(
          `SELECT o.aggregate_id, o.recipient_ids, o.payload FROM outbox_messages o WHERE o.topic = 'vacancy.changed' AND o.payload->>'vacancyId' = $1 ORDER BY o.aggregate_id`,
          [live.id],
        )) as Array<{ aggregate_id: string; recipient_ids: string[]; payload: Record<string, unknown> }>;

      // More places alone tell applicants nothing.
      const described = await put(live.id, employer, { ...termsOf(live), positions: live.positions + 2, version: live.version });
      expect(described.status).toBe(200);
      expect(await applicants()).toEqual([]);

      const edited = await put(live.id, employer, {
        ...termsOf(described.body),
        monthlyWageRoubles: 85_000,
        housing: HousingOption.Paid,
        housingCostRoubles: 8_000,
        weeklyHours: 48,
        version: described.body.version,
      });
      expect(edited.status).toBe(200);
      const rows = await applicants();
      expect(rows.map((row) => row.aggregate_id).sort()).toEqual([open, alsoOpen].sort());
      const accounts: Array<{ id: string; account_id: string }> = await dataSource.query(
        `SELECT a.id, p.account_id FROM applications a JOIN candidate_profiles p ON p.id = a.candidate_id WHERE a.id = ANY($1::uuid[])`,
        [[open, alsoOpen]],
      );
      for (const row of rows) {
        expect(row.recipient_ids).toEqual([accounts.find((account) => account.id === row.aggregate_id)?.account_id]);
        expect(row.payload).toEqual({
          applicationId: row.aggregate_id,
          vacancyId: live.id,
          vacancyTitle: live.title,
          changes: {
            wage: { from: 90_000, to: 85_000 },
            housing: { from: { option: 'FREE', costRoubles: null }, to: { option: 'PAID', costRoubles: 8_000 } },
            hours: { from: 40, to: 48 },
          },
        });
      }
    });

    it.each([
      ['title', { title: 'Каменщик 5 разряда' }],
      ['description', { description: 'Теперь с обедами.' }],
      ['town', { town: 'Подольск' }],
      ['regionCode', { regionCode: '50' }],
      ['meals', { meals: MealsOption.None }],
      ['travelPaid', { travelPaid: false }],
      ['startDate', { startDate: daysFromNow(100) }],
    ])('a change of %s goes back to the attaché too, never live', async (field, change) => {
      const live = await publishedVacancy(api, employer, attache);
      const edited = await put(live.id, employer, { ...termsOf(live), ...change, version: live.version });
      expect(edited.status).toBe(200);
      expect(edited.body.status).toBe(VacancyStatus.PendingReview);
      expect((await history(live.id)).events.at(-1)).toMatchObject({
        action: 'vacancy.materialChange',
        data: expect.objectContaining({ material: [field] }),
      });
      expect((await api.request('GET', `/api/public/vacancies/${live.id}`)).status).toBe(404);
    });

    it('more places and a later deadline stay published, with a revision', async () => {
      const live = await publishedVacancy(api, employer, attache);
      const edited = await put(live.id, employer, {
        ...termsOf(live),
        positions: 7,
        applicationDeadline: daysFromNow(75),
        version: live.version,
      });
      expect(edited.status).toBe(200);
      expect(edited.body).toMatchObject({ status: VacancyStatus.Published, positions: 7 });
      const recorded = await history(live.id);
      expect(recorded.revisions.at(-1)).toMatchObject({
        version: edited.body.version,
        status: VacancyStatus.Published,
        terms: expect.objectContaining({ positions: 7 }),
      });
      expect(recorded.events.at(-1)).toMatchObject({
        action: 'vacancy.update',
        data: expect.objectContaining({ changed: ['positions', 'applicationDeadline'] }),
      });
      const visible = await api.request<{ positions: number }>('GET', `/api/public/vacancies/${live.id}`);
      expect(visible.body.positions).toBe(7);
    });

    it('checks the wage floor on every save of a published vacancy, not only on material changes', async () => {
      const live = await publishedVacancy(api, employer, attache);
      // The floor rose under it (as on 1 January): the wage now stored is below the region's floor.
      await dataSource.query('UPDATE vacancies SET monthly_wage_roubles = 10000 WHERE id = $1', [live.id]);
      const response = await put(live.id, employer, { ...termsOf(live), monthlyWageRoubles: 10_000, positions: 9, version: live.version });
      expect(response.status).toBe(422);
      expect(response.body.errors).toEqual([expect.objectContaining({ field: 'monthlyWageRoubles', code: 'wage.belowFloor' })]);
      const stored = await dataSource.getRepository(VacancyEntity).findOneByOrFail({ id: live.id });
      expect(stored).toMatchObject({ status: VacancyStatus.Published, version: live.version, positions: live.positions });
    });

    it('a material change that breaks a submission rule is refused and nothing changes', async () => {
      const live = await publishedVacancy(api, employer, attache);
      const response = await put(live.id, employer, {
        ...termsOf(live),
        monthlyWageRoubles: 10_000,
        version: live.version,
      });
      expect(response.status).toBe(422);
      expect(response.body.errors).toEqual([
        expect.objectContaining({
          field: 'monthlyWageRoubles',
          code: 'wage.belowFloor',
        }),
      ]);
      const stored = await dataSource.getRepository(VacancyEntity).findOneByOrFail({ id: live.id });
      expect(stored).toMatchObject({
        status: VacancyStatus.Published,
        version: live.version,
        monthlyWageRoubles: live.monthlyWageRoubles,
      });
    });

    it('cannot drop below the positions already filled', async () => {
      const live = await publishedVacancy(api, employer, attache, {
        positions: 5,
      });
      await dataSource.query('UPDATE vacancies SET filled_positions = 3 WHERE id = $1', [live.id]);
      const response = await put(live.id, employer, {
        ...termsOf(live),
        positions: 2,
        version: live.version,
      });
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([
        expect.objectContaining({
          field: 'positions',
          code: 'vacancy.positionsBelowFilled',
          params: { filled: 3 },
        }),
      ]);
    });

    it('refuses a stale version with 409 vacancy.staleVersion', async () => {
      const draft = await createVacancy(api, employer);
      const first = await put(draft.id, employer, {
        ...termsOf(draft),
        title: 'Первое изменение',
        version: 1,
      });
      expect(first.status).toBe(200);
      const stale = await put(draft.id, employer, {
        ...termsOf(draft),
        title: 'Второе, со старой версии',
        version: 1,
      });
      expect(stale.status).toBe(409);
      expect(stale.body.code).toBe('vacancy.staleVersion');
      expect((await api.request<VacancyView>('GET', `/api/vacancies/mine/${draft.id}`, { token: employer.token })).body.title).toBe(
        'Первое изменение',
      );
    });

    it('refuses edits while under review', async () => {
      const draft = await createVacancy(api, employer);
      const pending = await submit(draft.id);
      const response = await put(draft.id, employer, {
        ...termsOf(draft),
        version: pending.body.version,
      });
      expect(response.status).toBe(409);
      expect(response.body.code).toBe('vacancy.notEditable');
    });
  });

  describe('concurrency: of two simultaneous actions exactly one wins', () => {
    it('two withdrawals', async () => {
      const live = await publishedVacancy(api, employer, attache);
      const statuses = (await Promise.all([withdraw(live.id), withdraw(live.id)])).map((response) => response.status).sort();
      expect(statuses).toEqual([200, 409]);
      expect((await actions(live.id)).filter((action) => action === 'vacancy.withdraw')).toHaveLength(1);
    });

    it('two publications by two attachés', async () => {
      const other = await staffSession(api, Role.Attache, 'KG');
      const draft = await createVacancy(api, employer);
      await submit(draft.id);
      const responses = await Promise.all([publish(draft.id, attache), publish(draft.id, other)]);
      expect(responses.map((response) => response.status).sort()).toEqual([200, 409]);
      expect((await actions(draft.id)).filter((action) => action === 'vacancy.publish')).toHaveLength(1);
      expect(await dataSource.getRepository(VacancyRevisionEntity).countBy({ vacancyId: draft.id, status: VacancyStatus.Published })).toBe(1);
    });

    it('a publication racing a rejection', async () => {
      const draft = await createVacancy(api, employer);
      await submit(draft.id);
      const responses = await Promise.all([
        publish(draft.id),
        post(`/api/vacancy-reviews/${draft.id}/reject`, attache, {
          reason: 'Нет документов',
        }),
      ]);
      expect(responses.map((response) => response.status).sort()).toEqual([200, 409]);
      const stored = await dataSource.getRepository(VacancyEntity).findOneByOrFail({ id: draft.id });
      expect(stored.version).toBe(3);
    });

    it('two edits from the same version', async () => {
      const draft = await createVacancy(api, employer);
      const responses = await Promise.all([
        put(draft.id, employer, {
          ...termsOf(draft),
          title: 'Правка А',
          version: 1,
        }),
        put(draft.id, employer, {
          ...termsOf(draft),
          title: 'Правка Б',
          version: 1,
        }),
      ]);
      expect(responses.map((response) => response.status).sort()).toEqual([200, 409]);
      expect(responses.find((response) => response.status === 409)?.body.code).toBe('vacancy.staleVersion');
    });
  });

  describe('what must hold before review', () => {
    it('refuses a wage below the floor of the region on the start date, with the floor', async () => {
      const startDate = daysFromNow(90);
      const floor = wageFloorFor('77', startDate)!.monthlyRoubles;
      const draft = await createVacancy(api, employer, {
        monthlyWageRoubles: floor - 1,
        startDate,
      });
      const response = await submit(draft.id);
      expect(response.status).toBe(422);
      expect(response.body).toMatchObject({
        code: 'wage.belowFloor',
        params: { floor },
      });
      expect(response.body.errors).toEqual([
        expect.objectContaining({
          field: 'monthlyWageRoubles',
          code: 'wage.belowFloor',
          params: expect.objectContaining({ floor }),
        }),
      ]);

      const atFloor = await put(draft.id, employer, {
        ...termsOf(draft),
        monthlyWageRoubles: floor,
        version: draft.version,
      });
      expect(atFloor.status).toBe(200);
      expect((await submit(draft.id)).status).toBe(200);
    });

    it.each([CompanyStatus.Pending, CompanyStatus.Rejected, CompanyStatus.Suspended])(
      'refuses a %s company with 422 employer.notVerified',
      async (status) => {
        const unverified = await employerWithCompany(api, status);
        const draft = await createVacancy(api, unverified);
        const response = await submit(draft.id, unverified);
        expect(response.status).toBe(422);
        expect(response.body.code).toBe('employer.notVerified');
        expect((await dataSource.getRepository(VacancyEntity).findOneByOrFail({ id: draft.id })).status).toBe(VacancyStatus.Draft);
      },
    );

    it('refuses a draft whose start date has passed meanwhile', async () => {
      const draft = await createVacancy(api, employer);
      await dataSource.query(`UPDATE vacancies SET start_date = '2025-06-01', application_deadline = '2025-05-01' WHERE id = $1`, [draft.id]);
      const response = await submit(draft.id);
      expect(response.status).toBe(422);
      expect(response.body.errors?.map((error) => error.code).sort()).toEqual(['vacancy.deadlinePassed', 'vacancy.startInPast']);
    });
  });

  describe('ownership', () => {
    it("another company's vacancy does not exist for an employer: every route answers 404", async () => {
      const stranger = await employerWithCompany(api);
      const draft = await createVacancy(api, employer);
      const attempts = [
        await api.request<ProblemDetails>('GET', `/api/vacancies/mine/${draft.id}`, { token: stranger.token }),
        await put(draft.id, stranger, {
          ...termsOf(draft),
          title: 'Чужая правка',
          version: 1,
        }),
        await submit(draft.id, stranger),
        await withdraw(draft.id, stranger),
        await api.request<ProblemDetails>('GET', `/api/vacancies/mine/${draft.id}/history`, { token: stranger.token }),
      ];
      expect(attempts.map((response) => [response.status, response.body.code])).toEqual(Array(5).fill([404, 'vacancy.notFound']));
      expect((await api.request<VacancyView>('GET', `/api/vacancies/mine/${draft.id}`, { token: employer.token })).body).toMatchObject({
        version: 1,
        status: VacancyStatus.Draft,
      });
      const strangers = await api.request<MyVacanciesPage>('GET', '/api/vacancies/mine', { token: stranger.token });
      expect(strangers.body.items.map((item) => item.id)).not.toContain(draft.id);
    });
  });

  describe('the list of mine', () => {
    it('pages the company’s vacancies, filters by status and counts every status', async () => {
      const own = await employerWithCompany(api);
      const drafts = [await createVacancy(api, own), await createVacancy(api, own), await createVacancy(api, own)];
      await submit(drafts[0].id, own);
      const all = await api.request<MyVacanciesPage>('GET', '/api/vacancies/mine?pageSize=2', { token: own.token });
      expect(all.status).toBe(200);
      expect(all.body).toMatchObject({
        total: 3,
        page: 1,
        pageSize: 2,
        counts: {
          DRAFT: 2,
          PENDING_REVIEW: 1,
          PUBLISHED: 0,
          CLOSED: 0,
          REJECTED: 0,
        },
      });
      expect(all.body.items).toHaveLength(2);
      const onlyDrafts = await api.request<MyVacanciesPage>('GET', '/api/vacancies/mine?status=DRAFT', { token: own.token });
      expect(onlyDrafts.body.items.map((item) => item.id).sort()).toEqual([drafts[1].id, drafts[2].id].sort());
      expect(onlyDrafts.body.total).toBe(2);
      expect(onlyDrafts.body.counts.PENDING_REVIEW).toBe(1);
    });
  });
});

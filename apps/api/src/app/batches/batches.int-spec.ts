import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { queryRows } from '@jumush/server/database';
import { remindJobId, type RemindJobData } from '@jumush/server/queues';
import {
  CURRENT_CONSENT_VERSION,
  type BatchDecisionResultView,
  type BatchDetailView,
  type BatchQueueView,
  type LetterVerificationView,
  type MyApplicationView,
  type ProblemDetails,
} from '@jumush/contracts';
import { pdfQrCodes, pdfText } from '@jumush/server/documents/testing';
import { DemoDataSeeder } from '../demo-data/demo-data.seeder';
import { insertShortlistedApplications, insertSubmittedBatch } from '../../testing/batch-factories';
import { CHUY_DISTRICT, PERSONAL, SKILLS, uniquePassport } from '../../testing/candidate-fixtures';
import { employerWithVacancy } from '../../testing/factories';
import { DEMO_PASSWORD, registerAndLogin, startTestApi, uniqueEmail, type TestApi } from '../../testing/test-api';
import { outboxMessagesAbout } from '../../testing/outbox';
import { enableTwoFactorDirectly, signInWithTwoFactor } from '../../testing/two-factor';

describe('batches and the attaché’s decision (real PostgreSQL)', () => {
  let api: TestApi;
  let dataSource: DataSource;
  let attache: string;
  let admin: string;

  const signIn = async (login: string, password = DEMO_PASSWORD) => (await signInWithTwoFactor(api, login, password)).body.accessToken;

  const decide = (token: string, batchId: string, body: unknown, key: string = randomUUID()) =>
    api.request<BatchDecisionResultView & Pick<ProblemDetails, 'code' | 'params'>>('POST', `/api/attache/batches/${batchId}/decision`, {
      token,
      body,
      headers: { 'idempotency-key': key },
    });

  beforeAll(async () => {
    api = await startTestApi();
    await api.app.get(DemoDataSeeder).seed();
    dataSource = api.app.get(DataSource);
    attache = await signIn('attache@demo.jumush.kg');
    admin = await signIn('admin@demo.jumush.kg');
  });

  afterAll(async () => {
    await api.close();
  });

  /** A migrant who filled the profile and applied; returns the application. */
  async function applicant(vacancyId: string, passportNumber = uniquePassport()) {
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
      passportNumber,
      passportExpiresOn: `${new Date().getUTCFullYear() + 6}-01-01`,
    });
    await put('consent', { version: CURRENT_CONSENT_VERSION, accepted: true });
    const applied = await api.request<MyApplicationView>('POST', `/api/vacancies/${vacancyId}/applications`, {
      token: migrant.accessToken,
      body: {},
    });
    return { migrant, application: applied.body };
  }

  /** Shortlists the applications, batches them and submits the batch; returns the employer's view of it. */
  async function submittedBatch(employerToken: string, vacancyId: string, applicationIds: string[]) {
    await api.request('POST', `/api/vacancies/mine/${vacancyId}/applications/decisions`, {
      token: employerToken,
      body: { decision: 'shortlist', applicationIds },
    });
    const created = await api.request<BatchDetailView>('POST', '/api/batches', { token: employerToken, body: { vacancyId, applicationIds } });
    return (await api.request<BatchDetailView>('POST', `/api/batches/${created.body.id}/submit`, { token: employerToken })).body;
  }

  it('flags a shared passport number and a second open batch to the attaché alone; the employer reads two characters of a number', async () => {
    const number = uniquePassport();
    const first = await employerWithVacancy(api, { positions: 2 });
    const second = await employerWithVacancy(api, { positions: 2 });
    // Two profiles hold one number (a typo, or someone else's passport), and each applied to another company.
    const mine = await applicant(first.vacancy.id, number);
    const theirs = await applicant(second.vacancy.id, number);
    await submittedBatch(first.employer.accessToken, first.vacancy.id, [mine.application.id]);
    const batch = await submittedBatch(second.employer.accessToken, second.vacancy.id, [theirs.application.id]);

    const seenByAttache = await api.request<BatchDetailView>('GET', `/api/batches/${batch.id}?flaggedOnly=true`, { token: attache });
    expect(seenByAttache.body.items[0].flags).toEqual(expect.arrayContaining(['PASSPORT_IN_ANOTHER_OPEN_BATCH', 'DUPLICATE_PASSPORT']));
    expect(seenByAttache.body.items[0].candidate.passportNumber).toBe(number);

    const employer = second.employer.accessToken;
    const seenByEmployer = await api.request<BatchDetailView>('GET', `/api/batches/${batch.id}`, { token: employer });
    const [item] = seenByEmployer.body.items;
    expect(item.flags).not.toContain('PASSPORT_IN_ANOTHER_OPEN_BATCH');
    expect(item.flags).not.toContain('DUPLICATE_PASSPORT');
    expect(item.candidate.passportNumber).toBe(`•••••••${number.slice(-2)}`);
    // Counting and filtering "flagged" candidates does not give the hidden flags away either: with only those
    // raised (the other flags depend on the checklist), the employer counts no flagged candidate.
    await dataSource.query(`UPDATE batch_items SET flags = '{DUPLICATE_PASSPORT,PASSPORT_IN_ANOTHER_OPEN_BATCH}' WHERE batch_id = $1`, [batch.id]);
    const counted = await api.request<BatchDetailView>('GET', `/api/batches/${batch.id}?flaggedOnly=true`, { token: employer });
    expect([counted.body.flaggedCount, counted.body.itemsTotal, counted.body.items]).toEqual([0, 0, []]);
    const listed = await api.request<Array<{ id: string; flaggedCount: number }>>('GET', `/api/batches/mine?vacancyId=${second.vacancy.id}`, {
      token: employer,
    });
    expect(listed.body.find((summary) => summary.id === batch.id)?.flaggedCount).toBe(0);
    const counterCheck = await api.request<BatchDetailView>('GET', `/api/batches/${batch.id}?flaggedOnly=true`, { token: attache });
    expect([counterCheck.body.flaggedCount, counterCheck.body.itemsTotal]).toEqual([1, 1]);
  });

  it('builds, submits and decides a batch end to end: approve all but one, with letters anyone can verify', async () => {
    const { employer, vacancy } = await employerWithVacancy(api, {
      positions: 5,
    });
    const people = [await applicant(vacancy.id), await applicant(vacancy.id), await applicant(vacancy.id)];
    const ids = people.map((person) => person.application.id);
    await api.request('POST', `/api/vacancies/mine/${vacancy.id}/applications/decisions`, {
      token: employer.accessToken,
      body: { decision: 'shortlist', applicationIds: ids },
    });

    const created = await api.request<BatchDetailView>('POST', '/api/batches', {
      token: employer.accessToken,
      body: { vacancyId: vacancy.id, applicationIds: ids },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'DRAFT', candidateCount: 3 });
    // Drafts are the employer's own: the attaché does not see them yet.
    expect(
      (
        await api.request('GET', `/api/batches/${created.body.id}`, {
          token: attache,
        })
      ).status,
    ).toBe(404);

    const submitted = await api.request<BatchDetailView>('POST', `/api/batches/${created.body.id}/submit`, { token: employer.accessToken });
    expect(submitted.body).toMatchObject({
      status: 'SUBMITTED',
      deadlineAt: expect.any(String),
      overdue: false,
    });
    // Readiness is incomplete for all three (no checklist yet): flagged, not blocked.
    expect(submitted.body.items.every((item) => (item.flags as string[]).includes('READINESS_INCOMPLETE'))).toBe(true);
    expect(submitted.body.items[0].candidate.passportNumber).toMatch(/•/);

    // Other tests share the database: page through the attaché's whole queue to find this batch.
    const queued: string[] = [];
    for (let page = 1; page <= 20; page++) {
      const queue = await api.request<BatchQueueView>('GET', `/api/attache/batches?pageSize=100&page=${page}`, { token: attache });
      queued.push(...queue.body.items.map((batch) => batch.id));
      if (queue.body.items.length < 100) break;
    }
    expect(queued).toContain(created.body.id);
    const seen = await api.request<BatchDetailView>('GET', `/api/batches/${created.body.id}`, { token: attache });
    expect(seen.body.items[0].candidate.passportNumber).toMatch(/^AC\d{7}$/);

    const excluded = ids[1];
    const decision = await decide(attache, created.body.id, {
      kind: 'APPROVE_ALL_EXCEPT',
      exclusions: [
        {
          applicationId: excluded,
          reasonCode: 'MEDICAL',
          text: 'Нет медицинской справки',
        },
      ],
    });
    expect(decision.status).toBe(200);
    expect(decision.body).toMatchObject({
      status: 'DECIDED',
      approved: 2,
      refused: 1,
      replayed: false,
    });

    const [{ filled_positions }] = await dataSource.query(`SELECT filled_positions FROM vacancies WHERE id = $1`, [vacancy.id]);
    expect(filled_positions).toBe(2);
    const approvedPerson = people[0];
    const mine = await api.request<MyApplicationView>('GET', `/api/applications/mine/${approvedPerson.application.id}`, {
      token: approvedPerson.migrant.accessToken,
    });
    expect(mine.body.status).toBe('APPROVED');
    expect(mine.body.timeline.map((entry) => entry.to)).toEqual(['SUBMITTED', 'SHORTLISTED', 'IN_BATCH', 'APPROVED']);
    const refused = await api.request<MyApplicationView>('GET', `/api/applications/mine/${excluded}`, { token: people[1].migrant.accessToken });
    expect(refused.body).toMatchObject({
      status: 'REFUSED',
      statusReason: 'MEDICAL: Нет медицинской справки',
    });
    const topics = (await outboxMessagesAbout(dataSource, ids))
      .map((message) => message.topic)
      .filter((topic) => topic === 'application.approved' || topic === 'application.refused')
      .sort();
    expect(topics).toEqual(['application.approved', 'application.approved', 'application.refused']);

    // The letter: the candidate downloads it; its text and QR code check out; the public page confirms it.
    const letter = await fetch(`${api.baseUrl}/api/letters/${approvedPerson.application.id}.pdf`, {
      headers: {
        authorization: `Bearer ${approvedPerson.migrant.accessToken}`,
      },
    });
    expect(letter.status).toBe(200);
    const pdf = Buffer.from(await letter.arrayBuffer());
    const text = await pdfText(pdf);
    expect(text).toContain('Токтогулов Айбек');
    expect(text).toContain('TOKTOGULOV AIBEK');
    expect(text).toContain(vacancy.title);
    const [qr] = await pdfQrCodes(pdf);
    const code = qr.split('/verify/')[1];
    expect(qr).toBe(`http://localhost:4200/verify/${code}`);
    const verified = await api.request<LetterVerificationView>('GET', `/api/public/verify/${code}`);
    expect(verified.body).toMatchObject({
      status: 'VALID',
      initials: 'T. A.',
      initialsCyrillic: 'Т. А.',
      vacancyTitle: vacancy.title,
    });
    expect(JSON.stringify(verified.body)).not.toContain('TOKTOGULOV');
    expect((await api.request<LetterVerificationView>('GET', '/api/public/verify/K7Q2-9XMD-4HRT-0BWE-VN3J-8PAC-ZF6S')).body.status).toBe('UNKNOWN');
    // The letter prints the terms as decided: a later edit of the vacancy changes no issued document.
    await dataSource.query(`UPDATE vacancies SET title = 'Подсобный рабочий', town = 'Тверь' WHERE id = $1`, [vacancy.id]);
    const reissued = await fetch(`${api.baseUrl}/api/letters/${approvedPerson.application.id}.pdf`, {
      headers: { authorization: `Bearer ${approvedPerson.migrant.accessToken}` },
    });
    const reissuedText = await pdfText(Buffer.from(await reissued.arrayBuffer()));
    expect(reissuedText).toContain(vacancy.title);
    expect(reissuedText).not.toContain('Подсобный рабочий');
    expect(reissuedText).not.toContain('Тверь');
    expect((await api.request<LetterVerificationView>('GET', `/api/public/verify/${code}`)).body.vacancyTitle).toBe(vacancy.title);
    // Another migrant cannot download it.
    expect((await api.request('GET', `/api/letters/${approvedPerson.application.id}.pdf`, { token: people[2].migrant.accessToken })).status).toBe(
      404,
    );

    // Withdrawing after approval revokes the letter and frees the position.
    const withdrawal = await api.request<MyApplicationView>('POST', `/api/applications/mine/${approvedPerson.application.id}/withdraw`, {
      token: approvedPerson.migrant.accessToken,
      body: { version: mine.body.version },
    });
    expect(withdrawal.body.status).toBe('WITHDRAWN');
    expect((await api.request<LetterVerificationView>('GET', `/api/public/verify/${code.toLowerCase()}`)).body.status).toBe('REVOKED');
    const [{ filled_positions: after }] = await dataSource.query(`SELECT filled_positions FROM vacancies WHERE id = $1`, [vacancy.id]);
    expect(after).toBe(1);

    // Documents for the consulate and the employer.
    const sheet = await fetch(`${api.baseUrl}/api/batches/${created.body.id}/decision-sheet.pdf`, {
      headers: { authorization: `Bearer ${employer.accessToken}` },
    });
    const sheetText = await pdfText(Buffer.from(await sheet.arrayBuffer()));
    expect(sheetText).toContain('TOKTOGULOV AIBEK');
    expect(sheetText).not.toContain('Подсобный рабочий');
    const csv = await fetch(`${api.baseUrl}/api/batches/${created.body.id}/approved.csv`, { headers: { authorization: `Bearer ${attache}` } });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect((await csv.text()).split('\r\n').filter(Boolean)).toHaveLength(2); // header + the one approval still valid
  });

  it('never lets a batch hold more candidates than the vacancy has positions left', async () => {
    const { employer, vacancy } = await employerWithVacancy(api, {
      positions: 2,
    });
    const ids = await insertShortlistedApplications(api.app, vacancy, 3);
    const response = await api.request<ProblemDetails>('POST', '/api/batches', {
      token: employer.accessToken,
      body: { vacancyId: vacancy.id, applicationIds: ids },
    });
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({
      code: 'batch.exceedsRemainingPositions',
      params: { remaining: 2, requested: 3 },
    });
  });

  it('keeps an application in one open batch at most', async () => {
    const { employer, vacancy } = await employerWithVacancy(api);
    const ids = await insertShortlistedApplications(api.app, vacancy, 2);
    expect(
      (
        await api.request('POST', '/api/batches', {
          token: employer.accessToken,
          body: { vacancyId: vacancy.id, applicationIds: ids },
        })
      ).status,
    ).toBe(201);
    const again = await api.request<ProblemDetails>('POST', '/api/batches', {
      token: employer.accessToken,
      body: { vacancyId: vacancy.id, applicationIds: [ids[0]] },
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('batch.applicationInAnotherBatch');
  });

  it('approves no more than the positions when 200 decisions on overlapping batches arrive at once', async () => {
    const { vacancy } = await employerWithVacancy(api, { positions: 50 });
    const ids = await insertShortlistedApplications(api.app, vacancy, 200);
    const batches = await Promise.all(ids.map((id) => insertSubmittedBatch(api.app, vacancy, [id])));
    const responses = await Promise.all(batches.map((batchId, index) => decide(index % 2 ? attache : admin, batchId, { kind: 'APPROVE_ALL' })));
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(50);
    expect(statuses.filter((status) => status === 422)).toHaveLength(150);
    expect(responses.find((response) => response.status === 422)?.body.code).toBe('decision.exceedsPositions');
    const [{ approved, filled }] = await dataSource.query(
      `SELECT (SELECT count(*)::int FROM applications WHERE vacancy_id = $1 AND status = 'APPROVED') AS approved, (SELECT filled_positions FROM vacancies WHERE id = $1) AS filled`,
      [vacancy.id],
    );
    expect([approved, filled]).toEqual([50, 50]);
  });

  it('acts once for a repeated decision with the same idempotency key, even when the repeats race', async () => {
    const { vacancy } = await employerWithVacancy(api);
    const batchId = await insertSubmittedBatch(api.app, vacancy, await insertShortlistedApplications(api.app, vacancy, 4));
    const key = `retry-${randomUUID()}`;
    const answers = await Promise.all([
      decide(attache, batchId, { kind: 'APPROVE_ALL' }, key),
      decide(attache, batchId, { kind: 'APPROVE_ALL' }, key),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
    expect(answers.map((answer) => answer.body.replayed).sort()).toEqual([false, true]);
    const later = await decide(attache, batchId, { kind: 'APPROVE_ALL' }, key);
    expect(later.body).toMatchObject({ approved: 4, replayed: true });
    const [{ events }] = await dataSource.query(
      `SELECT count(*)::int AS events FROM audit_events WHERE subject_id = $1 AND action = 'batch.approve_all'`,
      [batchId],
    );
    expect(events).toBe(1);
    expect((await decide(attache, batchId, { kind: 'APPROVE_ALL' })).status).toBe(409);
    expect(
      (
        await api.request('POST', `/api/attache/batches/${batchId}/decision`, {
          token: attache,
          body: { kind: 'APPROVE_ALL' },
        })
      ).status,
    ).toBe(400);
  });

  it('closes every item with its decision and issues letters to the approvals alone, whichever move writes them', async () => {
    const { vacancy } = await employerWithVacancy(api, { positions: 20 });
    /** A submitted batch of `count`, its first application withdrawn meanwhile (what the withdrawal's move leaves). */
    const batchWithOneWithdrawn = async (count: number) => {
      const ids = (await insertShortlistedApplications(api.app, vacancy, count)).sort();
      const batchId = await insertSubmittedBatch(api.app, vacancy, ids);
      await dataSource.query(`UPDATE applications SET status = 'WITHDRAWN' WHERE id = $1`, [ids[0]]);
      await dataSource.query(`UPDATE batch_items SET open = false WHERE application_id = $1`, [ids[0]]);
      return { batchId, ids };
    };
    const outcome = async (batchId: string) => ({
      batch: (
        await dataSource.query(`SELECT status, decided_terms IS NOT NULL AS terms, decided_by IS NOT NULL AS by FROM batches WHERE id = $1`, [
          batchId,
        ])
      )[0],
      items: await dataSource.query(
        `SELECT bi.application_id AS id, bi.open, bi.decision, bi.refusal_reason AS reason, bi.refusal_text AS text, a.status, l.code IS NOT NULL AS letter
           FROM batch_items bi JOIN applications a ON a.id = bi.application_id LEFT JOIN approval_letters l ON l.application_id = bi.application_id
          WHERE bi.batch_id = $1 ORDER BY bi.application_id`,
        [batchId],
      ),
    });
    const item = (id: string, status: string, decision: string | null, letter = false, reason: string | null = null, text: string | null = null) => ({
      id,
      open: false,
      decision,
      reason,
      text,
      status,
      letter,
    });

    // No refusal: the approval's one statement writes the items and the letters.
    const all = await batchWithOneWithdrawn(3);
    expect((await decide(attache, all.batchId, { kind: 'APPROVE_ALL' })).body).toMatchObject({ approved: 2, refused: 0 });
    expect(await outcome(all.batchId)).toEqual({
      batch: { status: 'DECIDED', terms: true, by: true },
      items: [item(all.ids[0], 'WITHDRAWN', null), item(all.ids[1], 'APPROVED', 'APPROVED', true), item(all.ids[2], 'APPROVED', 'APPROVED', true)],
    });

    // Refusals: the refusal's statement writes them, with the approvals moved by the statement before.
    const mixed = await batchWithOneWithdrawn(4);
    const exclusions = [
      { applicationId: mixed.ids[1], reasonCode: 'MEDICAL', text: 'Нет медицинской справки' },
      { applicationId: mixed.ids[2], reasonCode: 'UNDERAGE' },
    ];
    expect((await decide(attache, mixed.batchId, { kind: 'APPROVE_ALL_EXCEPT', exclusions })).body).toMatchObject({ approved: 1, refused: 2 });
    expect(await outcome(mixed.batchId)).toEqual({
      batch: { status: 'DECIDED', terms: true, by: true },
      items: [
        item(mixed.ids[0], 'WITHDRAWN', null),
        item(mixed.ids[1], 'REFUSED', 'REFUSED', false, 'MEDICAL', 'Нет медицинской справки'),
        item(mixed.ids[2], 'REFUSED', 'REFUSED', false, 'UNDERAGE'),
        item(mixed.ids[3], 'APPROVED', 'APPROVED', true),
      ],
    });

    const refused = await batchWithOneWithdrawn(2);
    expect((await decide(attache, refused.batchId, { kind: 'REFUSE_ALL', reasonCode: 'OTHER', text: 'Вакансия закрыта' })).body).toMatchObject({
      approved: 0,
      refused: 1,
    });
    expect(await outcome(refused.batchId)).toEqual({
      batch: { status: 'DECIDED', terms: true, by: true },
      items: [item(refused.ids[0], 'WITHDRAWN', null), item(refused.ids[1], 'REFUSED', 'REFUSED', false, 'OTHER', 'Вакансия закрыта')],
    });
    const [{ filled }] = await dataSource.query(`SELECT filled_positions AS filled FROM vacancies WHERE id = $1`, [vacancy.id]);
    expect(filled).toBe(3);
  });

  it('is all or nothing when any part of the decision fails', async () => {
    const { vacancy } = await employerWithVacancy(api);
    const ids = await insertShortlistedApplications(api.app, vacancy, 5);
    const batchId = await insertSubmittedBatch(api.app, vacancy, ids);
    await dataSource.query(
      `CREATE OR REPLACE FUNCTION fail_letters_for_test() RETURNS trigger AS $$ BEGIN IF NEW.batch_id = '${batchId}' THEN RAISE EXCEPTION 'sabotaged'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`,
    );
    await dataSource.query(
      `CREATE TRIGGER fail_letters_for_test BEFORE INSERT ON approval_letters FOR EACH ROW EXECUTE FUNCTION fail_letters_for_test()`,
    );
    try {
      expect((await decide(attache, batchId, { kind: 'APPROVE_ALL' })).status).toBe(500);
    } finally {
      await dataSource.query(`DROP TRIGGER fail_letters_for_test ON approval_letters`);
      await dataSource.query(`DROP FUNCTION fail_letters_for_test()`);
    }
    const [state] = await dataSource.query(
      `SELECT (SELECT status FROM batches WHERE id = $1) AS batch, (SELECT filled_positions FROM vacancies WHERE id = $2) AS filled,
              (SELECT count(*)::int FROM applications WHERE id = ANY($3) AND status = 'IN_BATCH') AS in_batch,
              (SELECT count(*)::int FROM application_events WHERE application_id = ANY($3)) AS events`,
      [batchId, vacancy.id, ids],
    );
    expect(state).toEqual({
      batch: 'SUBMITTED',
      filled: 0,
      in_batch: 5,
      events: 0,
    });
    expect(await outboxMessagesAbout(dataSource, ids)).toEqual([]);
    expect((await decide(attache, batchId, { kind: 'APPROVE_ALL' })).body.approved).toBe(5);
  });

  it('lets the attaché return a batch with comments, and the employer resubmit it', async () => {
    const { employer, vacancy } = await employerWithVacancy(api);
    const ids = await insertShortlistedApplications(api.app, vacancy, 2);
    const batch = (
      await api.request<BatchDetailView>('POST', '/api/batches', {
        token: employer.accessToken,
        body: { vacancyId: vacancy.id, applicationIds: ids },
      })
    ).body;
    await api.request('POST', `/api/batches/${batch.id}/submit`, {
      token: employer.accessToken,
    });
    expect((await decide(attache, batch.id, { kind: 'RETURN' })).status).toBe(400);
    const returned = await decide(attache, batch.id, {
      kind: 'RETURN',
      comment: 'Добавьте медицинские справки',
    });
    expect(returned.body.status).toBe('RETURNED');
    const seen = await api.request<BatchDetailView>('GET', `/api/batches/${batch.id}`, { token: employer.accessToken });
    expect(seen.body).toMatchObject({
      status: 'RETURNED',
      returnComment: 'Добавьте медицинские справки',
    });
    await api.request('PUT', `/api/batches/${batch.id}/items`, {
      token: employer.accessToken,
      body: { applicationIds: [ids[0]] },
    });
    const resubmitted = await api.request<BatchDetailView>('POST', `/api/batches/${batch.id}/submit`, { token: employer.accessToken });
    expect(resubmitted.body).toMatchObject({
      status: 'SUBMITTED',
      candidateCount: 1,
    });
    const [removed] = await dataSource.query(`SELECT status FROM applications WHERE id = $1`, [ids[1]]);
    expect(removed.status).toBe('SHORTLISTED');
  });

  it('shows batches only to the attaché of their country: another country’s gets 404', async () => {
    const { vacancy } = await employerWithVacancy(api);
    const batchId = await insertSubmittedBatch(api.app, vacancy, await insertShortlistedApplications(api.app, vacancy, 1));
    const email = uniqueEmail('uz-attache');
    const created = await api.request<{ id: string }>('POST', '/api/admin/accounts/attaches', {
      token: admin,
      body: {
        email,
        password: 'attache-pass-77',
        fullName: 'Dilshod Karimov',
        originCountry: 'UZ',
      },
    });
    // Staff sign in with two-factor: switched on directly, as the enrolment would.
    const secret = await enableTwoFactorDirectly(api, created.body.id);
    const foreign = (await signInWithTwoFactor(api, email, 'attache-pass-77', secret)).body.accessToken;
    expect((await api.request('GET', `/api/batches/${batchId}`, { token: foreign })).status).toBe(404);
    expect((await decide(foreign, batchId, { kind: 'APPROVE_ALL' })).status).toBe(404);
    const queue = await api.request<BatchQueueView>('GET', '/api/attache/batches', { token: foreign });
    expect(queue.body.items.map((batch) => batch.id)).not.toContain(batchId);
    const otherEmployer = await employerWithVacancy(api);
    expect(
      (
        await api.request('GET', `/api/batches/${batchId}`, {
          token: otherEmployer.employer.accessToken,
        })
      ).status,
    ).toBe(404);
  });

  it('writes the deadline reminder and the overdue mark into the reminder outbox with the submission', async () => {
    const { employer, vacancy } = await employerWithVacancy(api);
    const ids = await insertShortlistedApplications(api.app, vacancy, 1);
    const batch = (
      await api.request<BatchDetailView>('POST', '/api/batches', {
        token: employer.accessToken,
        body: { vacancyId: vacancy.id, applicationIds: ids },
      })
    ).body;
    const submitted = (await api.request<BatchDetailView>('POST', `/api/batches/${batch.id}/submit`, { token: employer.accessToken })).body;
    const deadline = new Date(submitted.deadlineAt ?? '');
    const rows = await queryRows<{
      job_id: string;
      data: RemindJobData;
      due_at: Date;
    }>(api.app.get(DataSource).manager, `SELECT job_id, data, due_at FROM reminder_outbox WHERE data->>'aggregateId' = $1 ORDER BY id`, [batch.id]);
    expect(rows).toHaveLength(2);
    const [reminder, overdue] = rows;
    expect(reminder?.data).toMatchObject({
      kind: 'deadline',
      aggregateType: 'batch',
      payload: { subject: vacancy.title, deadline: deadline.toISOString() },
    });
    expect(reminder?.data.recipientIds.length).toBeGreaterThan(0);
    expect(reminder?.job_id).toBe(remindJobId(reminder?.data ?? { kind: 'deadline', aggregateId: '' }, new Date(reminder?.due_at ?? 0)));
    // A day before, in the Bishkek morning.
    const lead = deadline.getTime() - new Date(reminder?.due_at ?? 0).getTime();
    expect(lead).toBeGreaterThan(12 * 3600_000);
    expect(lead).toBeLessThan(48 * 3600_000);
    expect(overdue?.data).toMatchObject({
      kind: 'overdue',
      aggregateId: batch.id,
    });
    expect(overdue?.job_id).toBe(remindJobId({ kind: 'overdue', aggregateId: batch.id }, deadline));
    expect(new Date(overdue?.due_at ?? 0).getTime()).toBe(deadline.getTime());
  });

  it('puts overdue batches at the top of the queue and counts them', async () => {
    const { vacancy } = await employerWithVacancy(api);
    const late = await insertSubmittedBatch(api.app, vacancy, await insertShortlistedApplications(api.app, vacancy, 1));
    await dataSource.query(`UPDATE batches SET overdue = true, deadline_at = now() - interval '1 day' WHERE id = $1`, [late]);
    const queue = await api.request<BatchQueueView>('GET', '/api/attache/batches?pageSize=100', { token: attache });
    expect(queue.body.items[0].overdue).toBe(true);
    expect(queue.body.overdue).toBeGreaterThanOrEqual(1);
    const overdueOnly = await api.request<BatchQueueView>('GET', '/api/attache/batches?overdueOnly=true', { token: attache });
    expect(overdueOnly.body.items.every((batch) => batch.overdue)).toBe(true);
  });
});

import { getQueueToken } from '@nestjs/bullmq';
import { Queue, QueueEvents } from 'bullmq';
import { DataSource } from 'typeorm';
import type { VacancySearchResult } from '@jumush/contracts';
import { QueueName, VacancyJob, type CloseDueVacanciesJobData, type CloseDueVacanciesJobReturn } from '@jumush/server/queues';
import { insertShortlistedApplications } from '../../testing/batch-factories';
import { employerWithVacancy } from '../../testing/factories';
import { startTestApi, type TestApi } from '../../testing/test-api';
import { outboxMessagesAbout } from '../../testing/outbox';

describe('vacancies close themselves (real PostgreSQL and Redis)', () => {
  let api: TestApi;
  let dataSource: DataSource;
  let queue: Queue<CloseDueVacanciesJobData, CloseDueVacanciesJobReturn>;
  let events: QueueEvents;

  beforeAll(async () => {
    api = await startTestApi();
    dataSource = api.app.get(DataSource);
    queue = api.app.get(getQueueToken(QueueName.Vacancies));
    events = new QueueEvents(QueueName.Vacancies, { connection: queue.opts.connection });
    await events.waitUntilReady();
  });

  afterAll(async () => {
    await events.close();
    await api.close();
  });

  /** Runs the closing job through the queue, as the schedule does, limited to these vacancies (tests share one database). */
  async function runClosingJob(vacancyIds: string[]): Promise<CloseDueVacanciesJobReturn> {
    const job = await queue.add(VacancyJob.CloseDue, { vacancyIds }, { attempts: 1 });
    return job.waitUntilFinished(events, 30_000);
  }

  async function searchFor(word: string): Promise<string[]> {
    const response = await api.request<VacancySearchResult>('GET', `/api/public/vacancies?q=${word}`);
    expect(response.status).toBe(200);
    return response.body.items.map((item) => item.id);
  }

  const uniqueWord = () => `closing${Math.random().toString(36).slice(2, 10)}`;

  it('hides a vacancy past its deadline from search at once, then closes it and tells its open applicants', async () => {
    const word = uniqueWord();
    const { vacancy } = await employerWithVacancy(api, { title: `Сварщик ${word}`, searchText: `сварщик ${word}` });
    const applicationIds = await insertShortlistedApplications(api.app, vacancy, 2);
    expect(await searchFor(word)).toEqual([vacancy.id]);

    // The deadline passed two days ago (Moscow calendar, whatever the test machine's zone): gone from search before any job.
    await dataSource.query(`UPDATE vacancies SET application_deadline = (now() AT TIME ZONE 'Europe/Moscow')::date - 2 WHERE id = $1`, [vacancy.id]);
    expect(await searchFor(word)).toEqual([]);
    const [stillPublished] = await dataSource.query(`SELECT status FROM vacancies WHERE id = $1`, [vacancy.id]);
    expect(stillPublished.status).toBe('PUBLISHED');

    const result = await runClosingJob([vacancy.id]);
    expect(result).toEqual({ closed: [{ vacancyId: vacancy.id, cause: 'deadlinePassed' }], applicationsClosed: 2 });

    const [closed] = await dataSource.query(`SELECT status, status_reason FROM vacancies WHERE id = $1`, [vacancy.id]);
    expect(closed).toEqual({ status: 'CLOSED', status_reason: 'deadlinePassed' });
    const audit = await dataSource.query(`SELECT action, actor_id, reason FROM audit_events WHERE subject_type = 'vacancy' AND subject_id = $1`, [
      vacancy.id,
    ]);
    expect(audit).toEqual([{ action: 'vacancy.closeAutomatically', actor_id: null, reason: 'deadlinePassed' }]);

    const applicants = await dataSource.query(
      `SELECT a.id, a.status, a.status_reason, p.account_id FROM applications a JOIN candidate_profiles p ON p.id = a.candidate_id WHERE a.id = ANY($1::uuid[])`,
      [applicationIds],
    );
    expect(applicants.map((row: { status: string; status_reason: string }) => [row.status, row.status_reason])).toEqual([
      ['CLOSED', 'vacancyClosed'],
      ['CLOSED', 'vacancyClosed'],
    ]);
    for (const applicant of applicants as Array<{ id: string; account_id: string }>) {
      const told = await outboxMessagesAbout(dataSource, [applicant.id], 'application.closed');
      expect(told.map((message) => message.recipientIds)).toEqual([[applicant.account_id]]);
    }

    // Idempotent: a second run (a retry, another API instance) closes nothing and tells nobody twice.
    expect(await runClosingJob([vacancy.id])).toEqual({ closed: [], applicationsClosed: 0 });
  });

  it('hides and closes a vacancy once every position is filled, and leaves an open one alone', async () => {
    const word = uniqueWord();
    const { vacancy: full } = await employerWithVacancy(api, { title: `Маляр ${word}`, searchText: `маляр ${word}`, positions: 2 });
    const { vacancy: open } = await employerWithVacancy(api, { title: `Маляр ${word}`, searchText: `маляр ${word}`, positions: 2 });
    expect((await searchFor(word)).sort()).toEqual([full.id, open.id].sort());
    await dataSource.query(`UPDATE vacancies SET filled_positions = 2 WHERE id = $1`, [full.id]);
    await dataSource.query(`UPDATE vacancies SET filled_positions = 1 WHERE id = $1`, [open.id]);
    expect(await searchFor(word)).toEqual([open.id]);

    expect(await runClosingJob([full.id, open.id])).toEqual({ closed: [{ vacancyId: full.id, cause: 'filled' }], applicationsClosed: 0 });
    const rows = await dataSource.query(`SELECT id, status FROM vacancies WHERE id = ANY($1::uuid[])`, [[full.id, open.id]]);
    expect(Object.fromEntries(rows.map((row: { id: string; status: string }) => [row.id, row.status]))).toEqual({
      [full.id]: 'CLOSED',
      [open.id]: 'PUBLISHED',
    });
  });

  it('schedules the sweep under one deterministic scheduler id when switched on', async () => {
    const scheduled = await startTestApi({ VACANCY_CLOSING_EVERY_SECONDS: '3600' });
    const again = await startTestApi({ VACANCY_CLOSING_EVERY_SECONDS: '3600' });
    try {
      const schedulers = await queue.getJobSchedulers();
      expect(schedulers.filter((scheduler) => scheduler.key === 'vacancies.close-due')).toEqual([
        expect.objectContaining({ key: 'vacancies.close-due', every: 3_600_000, name: VacancyJob.CloseDue }),
      ]);
    } finally {
      await queue.removeJobScheduler('vacancies.close-due');
      await Promise.all([scheduled.close(), again.close()]);
    }
  });
});

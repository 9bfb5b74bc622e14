/**
 * A check-in answered from Telegram and from the SMS link, on real PostgreSQL and Redis with the real worker and a
 * local fake of the Bot API: the worker asks the day-3 check-in in the linked chat with signed yes/no buttons and by
 * SMS with the short link; a tap is recorded through the app's own path (audit, a grievance on "no" to the passport)
 * and acknowledged in the chat; the same answer given again on the page the SMS opens records nothing more. Taps that
 * are not the migrant's (another chat, a forged button) record nothing.
 */
import type { Job } from 'bullmq';
import { CURRENT_CONSENT_VERSION, checkInIdOfShortCode, type CheckInView, type MyApplicationView, type TelegramLinkView } from '@jumush/contracts';
import { checkInReminderData, checkInReminderJobId, type RemindJobData, type RemindJobReturn } from '@jumush/server/queues';
import { DataSource } from 'typeorm';
import { createIsolatedDatabase, fakeHttpServer, uniqueQueuePrefix, waitUntil, type RecordedRequest } from '@jumush/server/notifications/testing';
import { FAST_PIPELINE, RemindersService, startWorker, type StartedWorker } from '@jumush/worker/testing';
import {
  CHUY_DISTRICT,
  PERSONAL,
  SKILLS,
  employerWithVacancy,
  registerAndLogin,
  startTestApi,
  uniquePassport,
  type TestApi,
} from '@jumush/api/testing';

const BOT_TOKEN = '123456:check-in-token';
const SECRET = 'webhook-secret-check-ins-0123456789abcdef';

interface Button {
  text: string;
  callback_data: string;
}

describe('a Telegram inline answer and an SMS-link answer record the same check-in (real PostgreSQL, Redis, worker; fake Bot API)', () => {
  let database: { url: string; drop(): Promise<void> };
  let api: TestApi;
  let worker: StartedWorker;
  let dataSource: DataSource;
  let telegram: Awaited<ReturnType<typeof fakeHttpServer>>;
  let updateId = 0;

  beforeAll(async () => {
    telegram = await fakeHttpServer((_request, index) => ({ status: 200, body: { ok: true, result: { message_id: 5000 + index } } }));
    database = await createIsolatedDatabase('jumush_cia');
    const telegramEnv = { TELEGRAM_BOT_TOKEN: BOT_TOKEN, TELEGRAM_API_URL: telegram.url };
    api = await startTestApi({ DATABASE_URL: database.url, ...telegramEnv, TELEGRAM_BOT_USERNAME: 'JumushTestBot', TELEGRAM_WEBHOOK_SECRET: SECRET });
    worker = await startWorker(
      { DATABASE_URL: database.url, REDIS_URL: process.env['REDIS_URL'] as string, PUBLIC_WEB_URL: 'https://jumush.kg', ...telegramEnv },
      { ...FAST_PIPELINE, queuePrefix: uniqueQueuePrefix() },
    );
    dataSource = api.app.get(DataSource);
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await database?.drop();
    await telegram?.close();
  });

  const post = (update: Record<string, unknown>) =>
    api.request('POST', '/api/telegram/webhook', {
      body: { update_id: ++updateId, ...update },
      headers: { 'x-telegram-bot-api-secret-token': SECRET },
    });
  const tap = (chatId: number, data: string, messageId = 1) =>
    post({
      callback_query: {
        id: `tap-${updateId + 1}`,
        data,
        from: { id: chatId, is_bot: false, first_name: 'Азамат', language_code: 'ru' },
        message: { message_id: messageId, date: 0, chat: { id: chatId, type: 'private' } },
      },
    });
  const calls = (method: string): Array<Record<string, unknown>> =>
    telegram.requests
      .filter((request: RecordedRequest) => request.url === `/bot${BOT_TOKEN}/${method}`)
      .map((request) => JSON.parse(request.body) as Record<string, unknown>);

  /** A Kyrgyz migrant who arrived, with their Telegram chat linked. */
  async function arrivedWithTelegram(chatId: number) {
    const setup = await employerWithVacancy(api);
    const migrant = await registerAndLogin(api);
    const token = migrant.accessToken;
    const put = (step: string, body: unknown) => api.request('PUT', `/api/candidates/me/${step}`, { token, body });
    await put('personal', PERSONAL);
    await put('residence', { residenceRegionCode: 'KG-C', residenceDistrictCode: CHUY_DISTRICT });
    await put('skills', SKILLS);
    await put('passport', { passportNumber: uniquePassport(), passportExpiresOn: `${new Date().getUTCFullYear() + 5}-01-01` });
    await put('consent', { version: CURRENT_CONSENT_VERSION, accepted: true });
    const applied = await api.request<MyApplicationView>('POST', `/api/vacancies/${setup.vacancy.id}/applications`, { token, body: {} });
    await dataSource.query(`UPDATE applications SET status = 'APPROVED' WHERE id = $1`, [applied.body.id]);
    expect((await api.request('POST', `/api/applications/mine/${applied.body.id}/depart`, { token, body: {} })).status).toBe(200);
    expect((await api.request('POST', `/api/applications/mine/${applied.body.id}/arrive`, { token, body: {} })).status).toBe(200);
    const link = await api.request<TelegramLinkView>('POST', '/api/notifications/telegram/link', { token });
    const start = new URL(link.body.deepLink).searchParams.get('start');
    const linked = await post({
      message: {
        message_id: 1,
        date: 0,
        text: `/start ${start}`,
        chat: { id: chatId, type: 'private' },
        from: { id: chatId, is_bot: false, first_name: 'А' },
      },
    });
    expect(linked.status).toBe(200);
    const [day3] = (await api.request<CheckInView[]>('GET', '/api/check-ins/mine', { token })).body;
    return { migrant, token, day3 };
  }

  const askNow = (checkIn: CheckInView, accountId: string) =>
    worker.app
      .get(RemindersService)
      .remind({ id: checkInReminderJobId(checkIn.id), data: checkInReminderData(checkIn.id, accountId, checkIn.applicationId, checkIn.day) } as Job<
        RemindJobData,
        RemindJobReturn
      >);
  const count = async (sql: string, values: unknown[]) => ((await dataSource.query(sql, values)) as Array<{ n: number }>)[0].n;
  const audits = (checkInId: string) =>
    count(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'checkIn.answered' AND subject_id = $1`, [checkInId]);

  it('records one answer from a Telegram tap, acknowledges it in the chat, and the same answer on the SMS link’s page records nothing more', async () => {
    const { migrant, token, day3 } = await arrivedWithTelegram(8101);
    expect((await askNow(day3, migrant.account.id)).outboxId).toEqual(expect.any(String));

    // Telegram: the check-in with a row of yes/no buttons per question.
    const asked = async () => calls('sendMessage').find((body) => body['chat_id'] === '8101' && body['reply_markup'] !== undefined);
    await waitUntil('the check-in to reach the linked chat with its buttons', async () => (await asked()) !== undefined);
    const sent = (await asked()) as { text: string; reply_markup: { inline_keyboard: Button[][] } };
    expect(sent.text).toContain('3. Паспортуңуз өзүңүздөбү?');
    const rows = sent.reply_markup.inline_keyboard;
    expect(rows.map((row) => row.map((button) => button.text))).toEqual([1, 2, 3, 4, 5].map((n) => [`${n}. Ооба`, `${n}. Жок`]));
    const passportNo = rows[2][1].callback_data;
    const sentIndex = telegram.requests.findIndex((request) => request.url.endsWith('/sendMessage') && request.body.includes('reply_markup'));

    // SMS: the short link, which names this check-in's page.
    const sms = async () =>
      (
        (await dataSource.query(`SELECT body FROM captured_messages WHERE account_id = $1 AND channel = 'SMS' AND body LIKE '%/ky/c/%'`, [
          migrant.account.id,
        ])) as Array<{ body: string }>
      )[0];
    await waitUntil('the check-in SMS', async () => (await sms()) !== undefined);
    const shortLink = /https:\/\/jumush\.kg\/ky\/c\/([A-Za-z0-9_-]{22})$/.exec((await sms()).body);
    expect(checkInIdOfShortCode(shortLink?.[1] ?? '')).toBe(day3.id);

    // The tap: "no" to "Do you hold your own passport?".
    expect((await tap(8101, passportNo, 5000 + sentIndex)).status).toBe(200);
    const afterTap = (await api.request<CheckInView>('GET', `/api/check-ins/${day3.id}`, { token })).body;
    expect(afterTap.answers).toEqual({ passport: 'no' });
    expect(afterTap.grievanceIds).toHaveLength(1);
    expect(await audits(day3.id)).toBe(1);
    expect(calls('answerCallbackQuery').at(-1)).toEqual({ callback_query_id: expect.any(String), text: 'Жооп жазылды: Паспортуңуз өзүңүздөбү? Жок' });
    const ticked = calls('editMessageReplyMarkup').at(-1) as { chat_id: string; message_id: number; reply_markup: { inline_keyboard: Button[][] } };
    expect(ticked).toMatchObject({ chat_id: '8101', message_id: 5000 + sentIndex });
    expect(ticked.reply_markup.inline_keyboard[2].map((button) => button.text)).toEqual(['3. Ооба', '✅ 3. Жок']);
    // The grievance opened as the app's answer opens it (its audit event shares the transaction with the attachés' alert).
    expect(
      await count(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'grievance.opened' AND subject_id = $1`, [afterTap.grievanceIds[0]]),
    ).toBe(1);

    // The same answer on the page the SMS link opens (what its button posts): one check-in, one answer, no second audit.
    const again = await api.request<CheckInView>('POST', `/api/check-ins/${day3.id}/answers`, {
      token,
      body: { question: 'passport', answer: 'no' },
    });
    expect(again.status).toBe(200);
    expect(again.body.answers).toEqual({ passport: 'no' });
    expect(again.body.grievanceIds).toEqual(afterTap.grievanceIds);
    expect(await count(`SELECT count(*)::int AS n FROM check_ins WHERE application_id = $1 AND day = 3`, [day3.applicationId])).toBe(1);
    expect(await audits(day3.id)).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM grievances WHERE check_in_id = $1`, [day3.id])).toBe(1);
    // And the tap again (a double tap): nothing more either.
    expect((await tap(8101, passportNo, 5000 + sentIndex)).status).toBe(200);
    expect(await audits(day3.id)).toBe(1);
  });

  it('records nothing for a tap from a chat that is not the migrant’s, nor for a forged or altered button', async () => {
    const { migrant, token, day3 } = await arrivedWithTelegram(8201);
    const other = await arrivedWithTelegram(8202);
    await askNow(day3, migrant.account.id);
    const asked = async () =>
      calls('sendMessage').find((body) => body['chat_id'] === '8201' && body['reply_markup'] !== undefined) as
        | { reply_markup: { inline_keyboard: Button[][] } }
        | undefined;
    await waitUntil('the check-in to reach the chat', async () => (await asked()) !== undefined);
    const safetyNo = ((await asked()) as { reply_markup: { inline_keyboard: Button[][] } }).reply_markup.inline_keyboard[4][1].callback_data;
    const refusals = () => calls('answerCallbackQuery').filter((body) => String(body['text']).startsWith('Этот опрос')).length;
    const before = refusals();

    // Another migrant's linked chat, a chat linked to nobody, and a button altered to another question.
    expect((await tap(8202, safetyNo)).status).toBe(200);
    expect((await tap(8299, safetyNo)).status).toBe(200);
    const [prefix, id, , mac] = safetyNo.split('.');
    expect((await tap(8201, [prefix, id, '2n', mac].join('.'))).status).toBe(200);
    expect((await tap(8201, 'ci1.AAAAAAAAAAAAAAAAAAAAAA.4n.AAAAAAAAAAAAAAAA')).status).toBe(200);
    expect(refusals() - before).toBe(4);
    expect((await api.request<CheckInView>('GET', `/api/check-ins/${day3.id}`, { token })).body.answers).toEqual({});
    expect(await audits(day3.id)).toBe(0);
    expect((await api.request<CheckInView>('GET', `/api/check-ins/${other.day3.id}`, { token: other.token })).body.answers).toEqual({});
  });
});

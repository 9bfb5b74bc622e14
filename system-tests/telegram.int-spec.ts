/**
 * Linking a Telegram chat, end to end on real PostgreSQL and Redis with the real worker, against a local fake
 * of the Bot API: "Connect Telegram" → the bot's /start with the one-time token → the chat gets notifications.
 */
import { createHash } from 'node:crypto';
import type { NotificationPreferencesView, ProblemDetails, TelegramLinkStatusView, TelegramLinkView } from '@jumush/contracts';
import { Locale } from '@jumush/domain';
import { telegramReply } from '@jumush/server/notifications';
import { DataSource } from 'typeorm';
import { createIsolatedDatabase, fakeHttpServer, uniqueQueuePrefix, waitUntil, type RecordedRequest } from '@jumush/server/notifications/testing';
import { FAST_PIPELINE, startWorker, type StartedWorker } from '@jumush/worker/testing';
import { registerAndLogin, startTestApi, type TestApi } from '@jumush/api/testing';

const BOT_TOKEN = '123456:test-token';
const SECRET = 'webhook-secret-0123456789-abcdefghij';

describe('Telegram chat linking (real PostgreSQL, Redis, worker; fake Bot API)', () => {
  let database: { url: string; drop(): Promise<void> };
  let api: TestApi;
  let worker: StartedWorker;
  let dataSource: DataSource;
  let telegram: Awaited<ReturnType<typeof fakeHttpServer>>;
  let updateId = 0;

  beforeAll(async () => {
    telegram = await fakeHttpServer((_request, index) => ({ status: 200, body: { ok: true, result: { message_id: 1000 + index } } }));
    database = await createIsolatedDatabase('jumush_tg');
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

  const webhook = (text: string, chatId: number, secret: string | null = SECRET, languageCode = 'ky') =>
    api.request<ProblemDetails>('POST', '/api/telegram/webhook', {
      body: {
        update_id: ++updateId,
        message: {
          message_id: updateId,
          date: 0,
          text,
          chat: { id: chatId, type: 'private' },
          from: { id: chatId, is_bot: false, first_name: 'Азамат', language_code: languageCode },
        },
      },
      headers: secret === null ? {} : { 'x-telegram-bot-api-secret-token': secret },
    });
  const sentTo = (chatId: number): Array<{ chat_id: string; text: string }> =>
    telegram.requests
      .filter((request: RecordedRequest) => request.url === `/bot${BOT_TOKEN}/sendMessage`)
      .map((request) => JSON.parse(request.body) as { chat_id: string; text: string })
      .filter((body) => body.chat_id === String(chatId));
  const link = async (token: string) => {
    const response = await api.request<TelegramLinkView>('POST', '/api/notifications/telegram/link', { token });
    expect(response.status).toBe(201);
    return response.body;
  };
  const tokenOf = (deepLink: string) => new URL(deepLink).searchParams.get('start') as string;
  const preferencesRow = async (accountId: string) =>
    (
      (await dataSource.query(`SELECT telegram_chat_id, channels::text[] AS channels FROM notification_preferences WHERE account_id = $1`, [
        accountId,
      ])) as Array<{
        telegram_chat_id: string | null;
        channels: string[] | null;
      }>
    )[0];

  it('links a chat with the one-time link, switches Telegram on, confirms in the chat, and delivers notifications there', async () => {
    const migrant = await registerAndLogin(api);
    const status = await api.request<TelegramLinkStatusView>('GET', '/api/notifications/telegram', { token: migrant.accessToken });
    expect(status.body).toEqual({ configured: true, linked: false });

    const created = await link(migrant.accessToken);
    expect(created.deepLink).toMatch(/^https:\/\/t\.me\/JumushTestBot\?start=[A-Za-z0-9_-]{43}$/);
    const expiresIn = Date.parse(created.expiresAt) - Date.now();
    expect(expiresIn).toBeGreaterThan(14 * 60_000);
    expect(expiresIn).toBeLessThanOrEqual(15 * 60_000);
    // Only the token's hash is kept.
    const token = tokenOf(created.deepLink);
    const [stored] = (await dataSource.query('SELECT token_hash FROM telegram_link_tokens WHERE account_id = $1', [migrant.account.id])) as Array<{
      token_hash: string;
    }>;
    expect(stored.token_hash).toBe(createHash('sha256').update(token).digest('hex'));

    expect((await webhook(`/start ${token}`, 7001)).status).toBe(200);
    expect(await preferencesRow(migrant.account.id)).toEqual({ telegram_chat_id: '7001', channels: ['IN_APP', 'SMS', 'TELEGRAM'] });
    expect(sentTo(7001).map((message) => message.text)).toEqual([telegramReply('linked', Locale.Kyrgyz)]);
    expect((await api.request<TelegramLinkStatusView>('GET', '/api/notifications/telegram', { token: migrant.accessToken })).body).toEqual({
      configured: true,
      linked: true,
    });
    const preferences = await api.request<NotificationPreferencesView>('GET', '/api/notifications/preferences', { token: migrant.accessToken });
    expect(preferences.body).toMatchObject({
      telegramLinked: true,
      channels: expect.arrayContaining(['TELEGRAM']),
      availableChannels: expect.arrayContaining(['TELEGRAM']),
    });
    expect(
      (
        await dataSource.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'notifications.telegramLinked' AND subject_id = $1`, [
          migrant.account.id,
        ])
      )[0].n,
    ).toBe(1);

    // A notification now reaches the chat through the worker's Telegram channel.
    await dataSource.query(
      `INSERT INTO outbox_messages (topic, aggregate_type, aggregate_id, recipient_ids, payload) VALUES ('application.approved', 'application', 'x', ARRAY[$1::uuid], $2::jsonb)`,
      [migrant.account.id, JSON.stringify({ vacancyTitle: 'Сварщик', applicationId: '0b6f7c3e-2d7a-4c55-9a36-8e1f0c2b9d41' })],
    );
    await waitUntil('the approval to reach the linked chat', async () => sentTo(7001).length === 2);
    expect(sentTo(7001)[1].text).toContain('Топ бекитилди');

    // The token worked once: a second /start with it (from any chat) links nothing and says the link expired.
    expect((await webhook(`/start ${token}`, 7002, SECRET, 'ru')).status).toBe(200);
    expect(sentTo(7002).map((message) => message.text)).toEqual([telegramReply('linkExpired', Locale.Russian)]);
    expect((await preferencesRow(migrant.account.id))?.telegram_chat_id).toBe('7001');
  });

  it('refuses updates without the webhook secret, and links nothing', async () => {
    const migrant = await registerAndLogin(api);
    const token = tokenOf((await link(migrant.accessToken)).deepLink);
    for (const secret of [null, 'wrong-secret', `${SECRET}x`]) {
      const response = await webhook(`/start ${token}`, 7101, secret);
      expect(response.status).toBe(401);
      expect(response.body.code).toBe('auth.unauthenticated');
    }
    expect(await preferencesRow(migrant.account.id)).toBeUndefined();
    expect(sentTo(7101)).toEqual([]);
    // The token is still there for the real /start.
    expect((await webhook(`/start ${token}`, 7101)).status).toBe(200);
    expect((await preferencesRow(migrant.account.id))?.telegram_chat_id).toBe('7101');
  });

  it('does not link with an expired token, nor with one replaced by a newer link', async () => {
    const migrant = await registerAndLogin(api);
    const first = tokenOf((await link(migrant.accessToken)).deepLink);
    const second = tokenOf((await link(migrant.accessToken)).deepLink);
    // A stranger's token (unknown now): answered in the Telegram app's language.
    expect((await webhook(`/start ${first}`, 7201, SECRET, 'ru')).status).toBe(200);
    expect(await preferencesRow(migrant.account.id)).toBeUndefined();
    expect(sentTo(7201).map((message) => message.text)).toEqual([telegramReply('linkExpired', Locale.Russian)]);

    await dataSource.query(`UPDATE telegram_link_tokens SET expires_at = now() - interval '1 second' WHERE account_id = $1`, [migrant.account.id]);
    expect((await webhook(`/start ${second}`, 7202, SECRET, 'en')).status).toBe(200);
    expect(await preferencesRow(migrant.account.id)).toBeUndefined();
    // The expired token names its account: the answer is in the account's language, not the Telegram app's.
    expect(sentTo(7202).map((message) => message.text)).toEqual([telegramReply('linkExpired', Locale.Kyrgyz)]);
  });

  it('unlinks on /stop in the chat, and from the web', async () => {
    const byBot = await registerAndLogin(api);
    expect((await webhook(`/start ${tokenOf((await link(byBot.accessToken)).deepLink)}`, 7301)).status).toBe(200);
    expect((await webhook('/stop', 7301)).status).toBe(200);
    expect(await preferencesRow(byBot.account.id)).toEqual({ telegram_chat_id: null, channels: ['IN_APP', 'SMS'] });
    expect(sentTo(7301).map((message) => message.text)).toEqual([telegramReply('linked', Locale.Kyrgyz), telegramReply('unlinked', Locale.Kyrgyz)]);

    const byWeb = await registerAndLogin(api);
    expect((await webhook(`/start ${tokenOf((await link(byWeb.accessToken)).deepLink)}`, 7302)).status).toBe(200);
    expect((await api.request('DELETE', '/api/notifications/telegram/link', { token: byWeb.accessToken })).status).toBe(204);
    expect(await preferencesRow(byWeb.account.id)).toEqual({ telegram_chat_id: null, channels: ['IN_APP', 'SMS'] });
    expect((await api.request<TelegramLinkStatusView>('GET', '/api/notifications/telegram', { token: byWeb.accessToken })).body.linked).toBe(false);
    expect(sentTo(7302).at(-1)?.text).toBe(telegramReply('unlinked', Locale.Kyrgyz));
  });

  it('acknowledges and ignores what it does not understand', async () => {
    const before = telegram.requests.length;
    const post = (body: unknown) => api.request('POST', '/api/telegram/webhook', { body, headers: { 'x-telegram-bot-api-secret-token': SECRET } });
    expect((await post({ update_id: 1, edited_message: { text: '/stop' } })).status).toBe(200);
    expect((await post({ update_id: 2, message: { text: '/start abc', chat: { id: -100, type: 'group' } } })).status).toBe(200);
    expect((await post({ update_id: 3, message: { text: 'салам', chat: { id: 7401, type: 'private' } } })).status).toBe(200);
    expect((await post([1, 2, 3])).status).toBe(200);
    expect(telegram.requests.length).toBe(before);
    // /start without a token tells the person how to link.
    expect((await webhook('/start', 7402, SECRET, 'uz')).status).toBe(200);
    expect(sentTo(7402).map((message) => message.text)).toEqual([telegramReply('notLinked', Locale.Uzbek)]);
  });

  it('hides "Connect Telegram" where no bot is configured', async () => {
    const plain = await startTestApi({ DATABASE_URL: database.url });
    try {
      const migrant = await registerAndLogin(plain);
      expect((await plain.request<TelegramLinkStatusView>('GET', '/api/notifications/telegram', { token: migrant.accessToken })).body).toEqual({
        configured: false,
        linked: false,
      });
      const refused = await plain.request<ProblemDetails>('POST', '/api/notifications/telegram/link', { token: migrant.accessToken });
      expect(refused.status).toBe(409);
      expect(refused.body.code).toBe('telegram.notConfigured');
      expect(
        (await plain.request('POST', '/api/telegram/webhook', { body: {}, headers: { 'x-telegram-bot-api-secret-token': SECRET } })).status,
      ).toBe(401);
    } finally {
      await plain.close();
    }
  });
});

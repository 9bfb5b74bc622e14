/**
 * The notification centre over HTTP, with the real worker delivering: live stream (SSE), list,
 * read marks, preferences, the admins' pages, the queue dashboard and /metrics.
 */
import type {
  ProblemDetails,
  StreamTicketView,
  InAppNotificationView,
  NotificationPreferencesView,
  NotificationStreamEvent,
  Page,
  SessionView,
  UnreadCountView,
  CapturedMessageView,
  FailedDeliveryView,
} from '@jumush/contracts';
import { DataSource } from 'typeorm';
import { createIsolatedDatabase, uniqueQueuePrefix } from '@jumush/server/notifications/testing';
import { FAST_PIPELINE, startWorker, type StartedWorker } from '@jumush/worker/testing';
import {
  DEMO_PASSWORD,
  DemoDataSeeder,
  registerAndLogin,
  signInWithTwoFactor,
  startTestApi,
  uniqueClientIp,
  uniqueKyrgyzPhone,
  verifyPhoneOf,
  type TestApi,
} from '@jumush/api/testing';

/** Reads server-sent events from a streaming response. */
class EventReader {
  private buffer = '';
  private readonly decoder = new TextDecoder();

  constructor(private readonly reader: ReadableStreamDefaultReader<Uint8Array>) {}

  async next(timeoutMs = 20_000): Promise<NotificationStreamEvent> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const end = this.buffer.indexOf('\n\n');
      if (end >= 0) {
        const block = this.buffer.slice(0, end);
        this.buffer = this.buffer.slice(end + 2);
        const data = block.split('\n').find((line) => line.startsWith('data: '));
        if (block.includes('event: notification') && data) return JSON.parse(data.slice('data: '.length)) as NotificationStreamEvent;
        continue;
      }
      if (Date.now() > deadline) throw new Error('no event in time');
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>(
        (_, reject) => (timer = setTimeout(() => reject(new Error('no event in time')), Math.max(1, deadline - Date.now()))),
      );
      const chunk = await Promise.race([this.reader.read(), timeout]).finally(() => clearTimeout(timer));
      if (chunk.done) throw new Error('stream ended');
      this.buffer += this.decoder.decode(chunk.value, { stream: true });
    }
  }
}

describe('notifications API (real PostgreSQL, Redis and worker)', () => {
  let database: { url: string; drop(): Promise<void> };
  let api: TestApi;
  let worker: StartedWorker;
  let dataSource: DataSource;
  let adminToken: string;

  beforeAll(async () => {
    database = await createIsolatedDatabase('jumush_napi');
    api = await startTestApi({ DATABASE_URL: database.url });
    await api.app.get(DemoDataSeeder).seed();
    worker = await startWorker(
      {
        DATABASE_URL: database.url,
        REDIS_URL: process.env['REDIS_URL'] as string,
        PUBLIC_WEB_URL: 'https://jumush.kg',
      },
      { ...FAST_PIPELINE, queuePrefix: uniqueQueuePrefix() },
    );
    dataSource = api.app.get(DataSource);
    const admin = await signInWithTwoFactor(api, 'admin@demo.jumush.kg', DEMO_PASSWORD);
    adminToken = admin.body.accessToken;
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await database?.drop();
  });

  const notify = async (
    accountId: string,
    topic = 'application.approved',
    payload: Record<string, unknown> = {
      vacancyTitle: 'Сварщик',
      applicationId: '0b6f7c3e-2d7a-4c55-9a36-8e1f0c2b9d41',
    },
  ) => {
    await dataSource.query(
      `INSERT INTO outbox_messages (topic, aggregate_type, aggregate_id, recipient_ids, payload) VALUES ($1, 'application', 'x', ARRAY[$2::uuid], $3::jsonb)`,
      [topic, accountId, JSON.stringify(payload)],
    );
  };

  it('pushes the unread count and the new notification to an open stream the moment it is delivered', async () => {
    const migrant = await registerAndLogin(api);
    const controller = new AbortController();
    const { body: ticket } = await api.request<StreamTicketView>('POST', '/api/notifications/stream-ticket', { token: migrant.accessToken });
    expect(ticket.expiresInSeconds).toBe(60);
    const response = await fetch(`${api.baseUrl}/api/notifications/stream?ticket=${encodeURIComponent(ticket.ticket)}`, {
      signal: controller.signal,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const events = new EventReader(response.body!.getReader());
    try {
      expect(await events.next()).toEqual({ unreadCount: 0, latest: null });
      await notify(migrant.account.id);
      const event = await events.next();
      expect(event.unreadCount).toBe(1);
      expect(event.latest).toMatchObject({
        type: 'approved',
        title: 'Топ бекитилди',
        readAt: null,
        link: 'https://jumush.kg/ky/applications/0b6f7c3e-2d7a-4c55-9a36-8e1f0c2b9d41/letter',
      });
      expect(event.latest?.body).toContain('«Сварщик»');
    } finally {
      controller.abort();
    }
  });

  it('refuses a stream without a valid ticket: a forged one, one used twice, or a token put in the URL', async () => {
    expect((await api.request<ProblemDetails>('GET', '/api/notifications/stream')).status).toBe(401);
    const forged = await api.request<ProblemDetails>(`GET`, `/api/notifications/stream?ticket=${'A'.repeat(43)}`);
    expect(forged.status).toBe(401);
    expect(forged.body.code).toBe('auth.unauthenticated');
    expect((await api.request('POST', '/api/notifications/stream-ticket')).status).toBe(401);

    const migrant = await registerAndLogin(api);
    // The token itself in the URL (where proxies log it) opens nothing.
    expect((await api.request('GET', `/api/notifications/stream?access_token=${encodeURIComponent(migrant.accessToken)}`)).status).toBe(401);
    const { body: ticket } = await api.request<StreamTicketView>('POST', '/api/notifications/stream-ticket', { token: migrant.accessToken });
    const controller = new AbortController();
    try {
      const first = await fetch(`${api.baseUrl}/api/notifications/stream?ticket=${ticket.ticket}`, { signal: controller.signal });
      expect(first.status).toBe(200);
      const again = await api.request<ProblemDetails>('GET', `/api/notifications/stream?ticket=${ticket.ticket}`);
      expect(again.status).toBe(401);
    } finally {
      controller.abort();
    }
  });

  it('lists notifications newest first, counts the unread ones and marks them read', async () => {
    const migrant = await registerAndLogin(api);
    await notify(migrant.account.id, 'application.shortlisted', {
      vacancyTitle: 'Первая',
      from: 'SUBMITTED',
    });
    const first = async () =>
      (await api.request<UnreadCountView>('GET', '/api/notifications/unread-count', { token: migrant.accessToken })).body.unreadCount;
    await waitFor(async () => (await first()) === 1);
    await notify(migrant.account.id, 'application.declined', {
      vacancyTitle: 'Вторая',
      reason: 'нет мест',
    });
    await waitFor(async () => (await first()) === 2);

    const list = await api.request<Page<InAppNotificationView>>('GET', '/api/notifications?page=1&pageSize=10', { token: migrant.accessToken });
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(2);
    expect(list.body.items.map((item) => item.type)).toEqual(['declined', 'shortlisted']);

    const read = await api.request<UnreadCountView>('POST', `/api/notifications/${list.body.items[0].id}/read`, { token: migrant.accessToken });
    expect(read).toMatchObject({ status: 200, body: { unreadCount: 1 } });
    const someoneElse = await registerAndLogin(api);
    expect((await api.request('POST', `/api/notifications/${list.body.items[1].id}/read`, { token: someoneElse.accessToken })).status).toBe(404);
    expect(
      (
        await api.request('POST', '/api/notifications/not-a-uuid/read', {
          token: migrant.accessToken,
        })
      ).status,
    ).toBe(400);
    expect((await api.request<UnreadCountView>('POST', '/api/notifications/read-all', { token: migrant.accessToken })).body).toEqual({
      unreadCount: 0,
    });
  });

  it('keeps preferences: defaults by role, only channels with an address, in-app always on', async () => {
    const migrant = await registerAndLogin(api);
    const defaults = await api.request<NotificationPreferencesView>('GET', '/api/notifications/preferences', { token: migrant.accessToken });
    expect(defaults.body).toEqual({
      channels: ['IN_APP', 'SMS'],
      locale: 'ky',
      availableChannels: ['IN_APP', 'SMS'],
      telegramLinked: false,
      isDefault: true,
    });

    const noEmail = await api.request<ProblemDetails>('PUT', '/api/notifications/preferences', {
      token: migrant.accessToken,
      body: { channels: ['EMAIL'], locale: 'ru' },
    });
    expect(noEmail.status).toBe(422);
    expect(noEmail.body).toMatchObject({
      code: 'notifications.channelUnavailable',
      params: { channel: 'EMAIL' },
    });
    expect(
      (
        await api.request('PUT', '/api/notifications/preferences', {
          token: migrant.accessToken,
          body: { channels: ['SMS'], locale: 'xx' },
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await api.request('PUT', '/api/notifications/preferences', {
          token: migrant.accessToken,
          body: { channels: ['FAX'], locale: 'ru' },
        })
      ).status,
    ).toBe(400);

    const saved = await api.request<NotificationPreferencesView>('PUT', '/api/notifications/preferences', {
      token: migrant.accessToken,
      body: { channels: [], locale: 'uz' },
    });
    expect(saved.body).toMatchObject({
      channels: ['IN_APP'],
      locale: 'uz',
      isDefault: false,
    });

    // The worker follows the choice: in-app only, in Uzbek.
    await notify(migrant.account.id, 'application.in_batch', {
      vacancyTitle: 'Payvandchi',
    });
    await waitFor(
      async () => (await api.request<Page<InAppNotificationView>>('GET', '/api/notifications', { token: migrant.accessToken })).body.total === 1,
    );
    const list = await api.request<Page<InAppNotificationView>>('GET', '/api/notifications', { token: migrant.accessToken });
    expect(list.body.items[0].title).toBe('Siz guruhga kiritildingiz');
    expect(
      await dataSource.query(
        `SELECT d.channel FROM notification_deliveries d JOIN outbox_messages o ON o.id = d.outbox_id WHERE d.account_id = $1 AND o.topic = 'application.in_batch'`,
        [migrant.account.id],
      ),
    ).toEqual([{ channel: 'IN_APP' }]);
  });

  it('sends an unproven number no SMS but its code: the notice goes in-app, and by SMS once the number is proven', async () => {
    const migrant = await registerAndLogin(api, 'migrant', { verified: false });
    await notify(migrant.account.id, 'application.refused', { vacancyTitle: 'Штукатур', reason: 'квота исчерпана' });
    const channelsOf = async (topic: string) =>
      (
        await dataSource.query<Array<{ channel: string }>>(
          `SELECT d.channel FROM notification_deliveries d JOIN outbox_messages o ON o.id = d.outbox_id
            WHERE d.account_id = $1 AND o.topic = $2 ORDER BY d.channel`,
          [migrant.account.id, topic],
        )
      ).map((row) => row.channel);
    await waitFor(
      async () => (await channelsOf('application.refused')).length > 0 && (await channelsOf('account.phone_verification_requested')).length > 0,
    );
    // The code went by SMS, the refusal only to the in-app centre.
    expect(await channelsOf('account.phone_verification_requested')).toEqual(['SMS']);
    expect(await channelsOf('application.refused')).toEqual(['IN_APP']);
    const smsTo = async () =>
      (
        await api.request<Page<CapturedMessageView>>('GET', '/api/admin/captured-messages?channel=SMS&pageSize=100', { token: adminToken })
      ).body.items.filter((item) => item.accountId === migrant.account.id);
    await waitFor(async () => (await smsTo()).length === 1);
    expect((await smsTo()).map((item) => item.body)).toEqual([expect.stringMatching(/^Jumush: \d{6} коду телефонуңузду ырастайт/)]);

    await verifyPhoneOf(api, migrant);
    await notify(migrant.account.id, 'application.refused', { vacancyTitle: 'Штукатур', reason: 'паспорт истекает' });
    await waitFor(async () => (await smsTo()).some((item) => item.body.includes('паспорт истекает')));
    expect((await smsTo()).filter((item) => item.body.includes('квота'))).toEqual([]);
  });

  it('shows admins the captured messages and the failed deliveries, and nobody else', async () => {
    const migrant = await registerAndLogin(api);
    await notify(migrant.account.id, 'application.refused', {
      vacancyTitle: 'Маляр',
      reason: 'квота исчерпана',
    });
    let captured: Page<CapturedMessageView> | undefined;
    await waitFor(async () => {
      captured = (await api.request<Page<CapturedMessageView>>('GET', '/api/admin/captured-messages?channel=SMS&pageSize=100', { token: adminToken }))
        .body;
      return captured.items.some((item) => item.accountId === migrant.account.id && item.body.includes('квота'));
    });
    expect(captured!.items.find((item) => item.accountId === migrant.account.id && item.body.includes('квота'))).toMatchObject({
      channel: 'SMS',
      recipient: migrant.login,
      body: 'Jumush: атташе «Маляр» боюнча бекиткен жок. Себеби: квота исчерпана',
    });

    const [{ id: outboxId }] = await dataSource.query(
      `SELECT id::text AS id FROM outbox_messages WHERE $1 = ANY(recipient_ids) AND topic = 'application.refused' LIMIT 1`,
      [migrant.account.id],
    );
    await dataSource.query(
      `INSERT INTO notification_deliveries (outbox_id, account_id, channel, status, attempts, last_error) VALUES ($1, $2, 'TELEGRAM', 'FAILED', 8, 'Telegram answered 403: Forbidden: bot was blocked by the user')`,
      [outboxId, migrant.account.id],
    );
    const failed = await api.request<Page<FailedDeliveryView>>('GET', '/api/admin/notifications/failed', { token: adminToken });
    expect(failed.body.items[0]).toMatchObject({
      outboxId,
      topic: 'application.refused',
      channel: 'TELEGRAM',
      attempts: 8,
      reason: 'Telegram answered 403: Forbidden: bot was blocked by the user',
    });

    expect(
      (
        await api.request('GET', '/api/admin/captured-messages', {
          token: migrant.accessToken,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await api.request('GET', '/api/admin/notifications/failed', {
          token: migrant.accessToken,
        })
      ).status,
    ).toBe(403);
  });

  it('writes SMS in the language each migrant registered in, when they never chose one, with the refusal reason whole', async () => {
    const reason = 'нет справки о несудимости и медицинской справки, паспорт истекает до конца договора';
    const registered: Array<{ locale: string; id: string; phone: string }> = [];
    for (const locale of ['ru', 'uz', 'tg']) {
      const phone = uniqueKyrgyzPhone();
      const created = await api.request('POST', '/api/auth/register/migrant', {
        body: { phone, password: DEMO_PASSWORD, citizenship: 'KG', locale },
      });
      expect(created.status).toBe(201);
      const session = await api.request<SessionView>('POST', '/api/auth/login', {
        body: { login: phone, password: DEMO_PASSWORD },
        headers: { 'x-forwarded-for': uniqueClientIp() },
      });
      const preferences = await api.request<NotificationPreferencesView>('GET', '/api/notifications/preferences', {
        token: session.body.accessToken,
      });
      expect(preferences.body).toMatchObject({ locale, isDefault: true });
      await verifyPhoneOf(api, session.body);
      registered.push({ locale, id: session.body.account.id, phone });
      await notify(session.body.account.id, 'application.refused', { vacancyTitle: 'Маляр', reason });
    }
    const smsOf = async (accountId: string) =>
      (
        await api.request<Page<CapturedMessageView>>('GET', '/api/admin/captured-messages?channel=SMS&pageSize=100', { token: adminToken })
      ).body.items.find((item) => item.accountId === accountId && item.body.includes(reason));
    await waitFor(async () => (await Promise.all(registered.map((account) => smsOf(account.id)))).every(Boolean));
    const bodies = Object.fromEntries(await Promise.all(registered.map(async (account) => [account.locale, (await smsOf(account.id))?.body])));
    expect(bodies).toEqual({
      ru: `Jumush: атташе не одобрил «Маляр». Причина: ${reason}`,
      uz: `Jumush: attashe "Маляр" bo'yicha tasdiqlamadi. Sabab: ${reason}`,
      tg: `Jumush: атташе «Маляр»-ро тасдиқ накард. Сабаб: ${reason}`,
    });
  });

  it('tells the attaché a batch arrived and the employer it was decided or returned, each linking to the batch', async () => {
    const batchId = '5d0a3c2e-7b1f-4e8a-9c3d-2f6e8a1b4c7d';
    const signIn = async (login: string) => (await signInWithTwoFactor(api, login, DEMO_PASSWORD)).body;
    const attache = await signIn('attache@demo.jumush.kg');
    const employer = await registerAndLogin(api, 'employer');
    await notify(attache.account.id, 'batch.submitted', { batchId, vacancyTitle: 'Сварщик', size: 12 });
    await notify(employer.account.id, 'batch.decided', { batchId, vacancyTitle: 'Сварщик', approved: 10, refused: 2, comment: null });
    await notify(employer.account.id, 'batch.returned', { batchId, vacancyTitle: 'Сварщик', comment: 'Приложите миграционные карты' });
    const inbox = async (token: string) =>
      (await api.request<Page<InAppNotificationView>>('GET', '/api/notifications?pageSize=50', { token })).body.items.filter((item) =>
        item.type.startsWith('batch'),
      );
    await waitFor(async () => (await inbox(attache.accessToken)).length >= 1 && (await inbox(employer.accessToken)).length === 2);
    const [arrived] = (await inbox(attache.accessToken)).filter((item) => item.link?.endsWith(batchId));
    expect(arrived).toMatchObject({
      type: 'batchSubmitted',
      title: 'Новый набор на одобрение',
      link: `https://jumush.kg/ru/attache/batches/${batchId}`,
    });
    expect(arrived.body).toContain('кандидатов: 12');
    const employerSide = await inbox(employer.accessToken);
    expect(employerSide.map((item) => [item.type, item.link]).sort()).toEqual([
      ['batchDecided', `https://jumush.kg/ru/employer/batches/${batchId}`],
      ['batchReturned', `https://jumush.kg/ru/employer/batches/${batchId}`],
    ]);
    expect(employerSide.find((item) => item.type === 'batchDecided')?.body).toContain('одобрено — 10, не одобрено — 2');
    expect(employerSide.find((item) => item.type === 'batchReturned')?.body).toContain('Комментарий: Приложите миграционные карты.');
  });

  it('puts an outbox topic nobody handles among the failed deliveries the admins see', async () => {
    const migrant = await registerAndLogin(api);
    await notify(migrant.account.id, 'company.renamed', { companyName: 'ООО «Новое имя»' });
    let failed: FailedDeliveryView | undefined;
    await waitFor(async () => {
      const page = await api.request<Page<FailedDeliveryView>>('GET', '/api/admin/notifications/failed?pageSize=100', { token: adminToken });
      failed = page.body.items.find((item) => item.accountId === migrant.account.id);
      return failed !== undefined;
    });
    expect(failed).toMatchObject({
      topic: 'company.renamed',
      channel: 'IN_APP',
      reason: 'topic "company.renamed" is not in the notification catalogue: nobody handles it',
    });
    const unread = await api.request<UnreadCountView>('GET', '/api/notifications/unread-count', { token: migrant.accessToken });
    expect(unread.body.unreadCount).toBe(0);
  });

  it('opens the queue dashboard only with an admin’s short-lived cookie', async () => {
    expect((await fetch(`${api.baseUrl}/admin/queues`)).status).toBe(401);
    expect(
      (
        await fetch(`${api.baseUrl}/admin/queues`, {
          headers: { authorization: `Bearer ${adminToken}` },
        })
      ).status,
    ).toBe(401);
    const migrant = await registerAndLogin(api);
    expect(
      (
        await api.request('POST', '/api/admin/queues/session', {
          token: migrant.accessToken,
        })
      ).status,
    ).toBe(403);

    const session = await api.request('POST', '/api/admin/queues/session', {
      token: adminToken,
    });
    expect(session.status).toBe(204);
    const setCookie = session.headers.getSetCookie().find((cookie) => cookie.startsWith('jm_queue_board='))!;
    expect(setCookie).toMatch(/Path=\/admin\/queues/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    const cookie = setCookie.split(';')[0];
    const page = await fetch(`${api.baseUrl}/admin/queues`, {
      headers: { cookie },
    });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<html');
    const queues = await fetch(`${api.baseUrl}/admin/queues/api/queues`, {
      headers: { cookie },
    });
    expect(queues.status).toBe(200);
    expect(JSON.stringify(await queues.json())).toContain('deliveries-sms');
    // The dashboard's actions (pause, retry, clean) obey the HTTP edge: no cross-site request, no form body.
    const act = (headers: Record<string, string>, body?: string) =>
      fetch(`${api.baseUrl}/admin/queues/api/queues/no-such-queue/pause`, { method: 'PUT', headers: { cookie, ...headers }, body });
    expect((await act({ origin: 'https://evil.example' })).status).toBe(403);
    expect((await act({ 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await act({ 'sec-fetch-site': 'same-origin', 'content-type': 'application/x-www-form-urlencoded' }, 'a=1')).status).toBe(415);
    // The same request from the dashboard's own page passes the edge (and finds no such queue).
    expect((await act({ 'sec-fetch-site': 'same-origin' })).status).toBe(404);
    // An access token is no dashboard pass, even as a cookie.
    expect(
      (
        await fetch(`${api.baseUrl}/admin/queues`, {
          headers: { cookie: `jm_queue_board=${adminToken}` },
        })
      ).status,
    ).toBe(401);
  });

  it('serves Prometheus metrics at /metrics', async () => {
    const response = await fetch(`${api.baseUrl}/metrics`);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toContain('jumush_queue_jobs{queue="deliveries-sms",state="waiting"}');
    expect(text).toContain('jumush_outbox_unpublished');
    expect(text).toContain('jumush_notification_streams');
  });
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error('timed out');
}

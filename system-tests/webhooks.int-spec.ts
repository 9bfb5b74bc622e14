/**
 * Webhooks end to end, with the real API and worker and a local HTTP receiver: the signature verifies, a failing
 * receiver gets retries with the same event id, one endpoint's deliveries keep their order under retries, an endpoint
 * that keeps failing is switched off and its owner told, and a replay sends the same event again.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type {
  CreatedWebhookEndpointView,
  InAppNotificationView,
  MyApplicationView,
  Page,
  ProblemDetails,
  WebhookDeliveriesView,
  WebhookEndpointView,
  WebhookEventBody,
} from '@jumush/contracts';
import { verifyWebhookSignature } from '@jumush/server/crypto';
import { createIsolatedDatabase, uniqueQueuePrefix } from '@jumush/server/notifications/testing';
import { FAST_PIPELINE, startWorker, type StartedWorker } from '@jumush/worker/testing';
import { employerWithVacancy, readyMigrantOf, registerAndLogin, startTestApi, type TestApi } from '@jumush/api/testing';
import { DataSource } from 'typeorm';

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  status: number;
}

/** A receiver on 127.0.0.1: `/ok` answers 200, `/flaky` 500 to its first `flakyFailures` requests, `/down` always 500. */
class Receiver {
  readonly received: Received[] = [];
  flakyFailures = 2;
  private server!: Server;
  private flakySeen = 0;

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const path = request.url ?? '/';
        let status = 200;
        if (path.startsWith('/down')) status = 500;
        if (path.startsWith('/flaky') && this.flakySeen++ < this.flakyFailures) status = 500;
        this.received.push({ path, headers: request.headers, body: Buffer.concat(chunks).toString('utf8'), status });
        response.writeHead(status, { 'content-type': 'text/plain' }).end(status === 200 ? 'ok' : 'boom');
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
  }

  url(path: string): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}${path}`;
  }

  at(path: string): Received[] {
    return this.received.filter((request) => request.path === path);
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

async function eventually<T>(what: string, probe: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const bodyOf = (request: Received) => JSON.parse(request.body) as WebhookEventBody;

describe('webhooks (real PostgreSQL, Redis, API and worker; a local receiver)', () => {
  let database: { url: string; drop(): Promise<void> };
  let api: TestApi;
  let worker: StartedWorker;
  let dataSource: DataSource;
  const receiver = new Receiver();

  beforeAll(async () => {
    await receiver.start();
    database = await createIsolatedDatabase('jumush_hooks');
    api = await startTestApi({ DATABASE_URL: database.url, WEBHOOKS_ALLOW_LOCAL_HTTP: 'true' });
    worker = await startWorker(
      { DATABASE_URL: database.url, REDIS_URL: process.env['REDIS_URL'] as string, WEBHOOKS_ALLOW_LOCAL_HTTP: 'true' },
      {
        ...FAST_PIPELINE,
        queuePrefix: uniqueQueuePrefix(),
        webhooks: { backoffMs: 100, timeoutMs: 2_000, orderPollMs: 50, disablePolicy: { consecutiveFailures: 4, failingForMs: 24 * 3600_000 } },
      },
    );
    dataSource = api.app.get(DataSource);
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await database?.drop();
    await receiver.close();
  });

  async function endpointFor(token: string, path: string, events: string[] = ['application.created', 'application.withdrawn']) {
    const created = await api.request<CreatedWebhookEndpointView>('POST', '/api/companies/mine/webhooks', {
      token,
      body: { url: receiver.url(path), events, description: `receiver ${path}` },
    });
    expect(created.status).toBe(201);
    return created.body;
  }

  const deliveriesOf = async (token: string, endpointId: string) =>
    (await api.request<WebhookDeliveriesView>('GET', `/api/companies/mine/webhooks/${endpointId}/deliveries`, { token })).body.deliveries;

  it('refuses a plain-HTTP or private address with a field error, and an employer without a company', async () => {
    const { employer } = await employerWithVacancy(api);
    const refused = async (url: string) => {
      const response = await api.request<ProblemDetails>('POST', '/api/companies/mine/webhooks', {
        token: employer.accessToken,
        body: { url, events: ['application.created'] },
      });
      expect(response.status).toBe(400);
      return response.body.errors?.map((error) => `${error.field}:${error.code}`);
    };
    expect(await refused('http://hr.example.org/hook')).toEqual(['url:webhook.urlNotHttps']);
    expect(await refused('https://10.1.2.3/hook')).toEqual(['url:webhook.urlPrivate']);
    expect(await refused('https://169.254.169.254/latest/meta-data')).toEqual(['url:webhook.urlPrivate']);
    expect(await refused('http://192.168.0.10:8080/hook')).toEqual(['url:webhook.urlNotHttps']);

    const stranger = await registerAndLogin(api, 'employer');
    const none = await api.request<ProblemDetails>('POST', '/api/companies/mine/webhooks', {
      token: stranger.accessToken,
      body: { url: receiver.url('/ok'), events: ['application.created'] },
    });
    expect(none.status).toBe(404);
  });

  it('signs application.created and application.withdrawn for the subscribed endpoint, and logs each delivery', async () => {
    const { employer, company, vacancy } = await employerWithVacancy(api);
    const endpoint = await endpointFor(employer.accessToken, '/ok');
    expect(endpoint.secret).toMatch(/^whsec_/);
    // The secret is shown once: the list never carries it.
    const listed = await api.request<{ endpoints: WebhookEndpointView[] }>('GET', '/api/companies/mine/webhooks', { token: employer.accessToken });
    expect(JSON.stringify(listed.body)).not.toContain(endpoint.secret);
    const [{ secret_sealed: sealed }] = await dataSource.query(`SELECT secret_sealed FROM webhook_endpoints WHERE id = $1`, [endpoint.id]);
    expect(sealed).not.toContain(endpoint.secret);

    const migrant = await readyMigrantOf(api, 'KG');
    const applied = await api.request<MyApplicationView>('POST', `/api/vacancies/${vacancy.id}/applications`, {
      token: migrant.accessToken,
      body: {},
    });
    expect(applied.status).toBe(201);

    const created = await eventually('application.created', () =>
      receiver.at('/ok').find((r) => bodyOf(r).data && 'application_id' in bodyOf(r).data),
    );
    const body = bodyOf(created);
    expect(body).toEqual({
      id: created.headers['jumush-event-id'],
      type: 'application.created',
      occurred_at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      company_id: company.id,
      data: { application_id: applied.body.id, vacancy_id: vacancy.id },
    });
    expect(created.headers['jumush-event-type']).toBe('application.created');
    expect(verifyWebhookSignature(String(created.headers['jumush-signature']), created.body, endpoint.secret)).toBe(true);
    expect(verifyWebhookSignature(String(created.headers['jumush-signature']), created.body, 'whsec_wrong')).toBe(false);
    expect(created.body).not.toMatch(/passport|AC\d{7}|\+996/i);

    const withdrawn = await api.request<MyApplicationView>('POST', `/api/applications/mine/${applied.body.id}/withdraw`, {
      token: migrant.accessToken,
      body: { version: applied.body.version, reason: 'нашёл другую работу' },
    });
    expect(withdrawn.status).toBe(200);
    const second = await eventually('application.withdrawn', () => receiver.at('/ok').find((r) => bodyOf(r).type === 'application.withdrawn'));
    expect(bodyOf(second).data).toEqual({ application_id: applied.body.id, vacancy_id: vacancy.id, previous_status: 'SUBMITTED' });
    expect(verifyWebhookSignature(String(second.headers['jumush-signature']), second.body, endpoint.secret)).toBe(true);

    const log = await eventually('the log', async () => {
      const rows = await deliveriesOf(employer.accessToken, endpoint.id);
      return rows.length === 2 && rows.every((row) => row.status === 'DELIVERED') && rows;
    });
    expect(log.map((row) => row.eventType)).toEqual(['application.withdrawn', 'application.created']);
    expect(log[1]).toMatchObject({ eventId: body.id, attempts: 1, responseStatus: 200, error: null, replayOf: null });
    expect(log[1].durationMs).toEqual(expect.any(Number));

    // Replay: the same event id and body again, logged as a delivery of its own.
    const before = receiver.at('/ok').length;
    const replay = await api.request('POST', `/api/companies/mine/webhooks/${endpoint.id}/deliveries/${log[1].id}/replay`, {
      token: employer.accessToken,
    });
    expect(replay.status).toBe(202);
    const again = await eventually('the replay', () => receiver.at('/ok').length > before && receiver.at('/ok')[before]);
    expect(again.headers['jumush-event-id']).toBe(body.id);
    expect(again.body).toBe(created.body);
    expect(verifyWebhookSignature(String(again.headers['jumush-signature']), again.body, endpoint.secret)).toBe(true);
    const replayed = await eventually('the replay in the log', async () => {
      const rows = await deliveriesOf(employer.accessToken, endpoint.id);
      return rows.find((row) => row.replayOf === log[1].id && row.status === 'DELIVERED');
    });
    expect(replayed.eventId).toBe(body.id);

    const audit = await dataSource.query(`SELECT action FROM audit_events WHERE subject_id = $1 ORDER BY id`, [endpoint.id]);
    expect(audit.map((row: { action: string }) => row.action)).toEqual(['webhook.created', 'webhook.replayed']);
  });

  it('retries a failing receiver with the same event id and keeps the endpoint’s order under retries', async () => {
    const { employer } = await employerWithVacancy(api);
    const endpoint = await endpointFor(employer.accessToken, '/flaky');
    receiver.flakyFailures = 2;
    // Three events written together (as one transaction would): the first meets two 500s before its 200.
    await dataSource.query(
      `INSERT INTO outbox_messages (topic, aggregate_type, aggregate_id, recipient_ids, payload)
       SELECT 'webhook.test', 'webhook_endpoint', $1, '{}', jsonb_build_object('n', n) FROM generate_series(1, 3) n`,
      [endpoint.id],
    );
    const requests = await eventually('five requests', () => receiver.at('/flaky').length >= 5 && receiver.at('/flaky'));
    await new Promise((resolve) => setTimeout(resolve, 500));
    const seen = receiver.at('/flaky');
    expect(seen.map((r) => r.status)).toEqual([500, 500, 200, 200, 200]);
    const ids = seen.map((r) => r.headers['jumush-event-id']);
    expect(ids[0]).toBe(ids[1]);
    expect(ids[1]).toBe(ids[2]);
    expect(new Set(ids).size).toBe(3);
    for (const request of requests)
      expect(verifyWebhookSignature(String(request.headers['jumush-signature']), request.body, endpoint.secret)).toBe(true);

    // The log in the same order: the first delivery took three attempts, each attempt recorded.
    const log = (await deliveriesOf(employer.accessToken, endpoint.id)).reverse();
    expect(log.map((row) => [row.eventId, row.status, row.attempts])).toEqual([
      [ids[0], 'DELIVERED', 3],
      [ids[3], 'DELIVERED', 1],
      [ids[4], 'DELIVERED', 1],
    ]);
    const attempts = await dataSource.query(
      `SELECT attempt, status_code, succeeded FROM webhook_delivery_attempts WHERE delivery_id = $1 ORDER BY attempt`,
      [log[0].id],
    );
    expect(attempts).toEqual([
      { attempt: 1, status_code: 500, succeeded: false },
      { attempt: 2, status_code: 500, succeeded: false },
      { attempt: 3, status_code: 200, succeeded: true },
    ]);
    const [{ consecutive_failures }] = await dataSource.query(`SELECT consecutive_failures FROM webhook_endpoints WHERE id = $1`, [endpoint.id]);
    expect(consecutive_failures).toBe(0);
  });

  it('switches an endpoint off after repeated failures, skips what waited, and tells its owner', async () => {
    const { employer } = await employerWithVacancy(api);
    const endpoint = await endpointFor(employer.accessToken, '/down');
    expect((await api.request('POST', `/api/companies/mine/webhooks/${endpoint.id}/test`, { token: employer.accessToken })).status).toBe(202);
    expect((await api.request('POST', `/api/companies/mine/webhooks/${endpoint.id}/test`, { token: employer.accessToken })).status).toBe(202);

    const disabled = await eventually('the endpoint switched off', async () => {
      const { body } = await api.request<{ endpoints: WebhookEndpointView[] }>('GET', '/api/companies/mine/webhooks', {
        token: employer.accessToken,
      });
      const found = body.endpoints.find((row) => row.id === endpoint.id);
      return found?.status === 'DISABLED' && found;
    });
    expect(disabled).toMatchObject({ disabledReason: 'failures', consecutiveFailures: 4 });
    expect(receiver.at('/down')).toHaveLength(4);
    const log = await deliveriesOf(employer.accessToken, endpoint.id);
    expect(log.map((row) => row.status).sort()).toEqual(['FAILED', 'SKIPPED']);

    const notification = await eventually('the owner’s notification', async () => {
      const { body } = await api.request<Page<InAppNotificationView>>('GET', '/api/notifications', { token: employer.accessToken });
      return body.items.find((item) => item.type === 'webhookDisabled');
    });
    expect(notification.body).toContain('127.0.0.1');
    expect(notification.link).toContain('/employer/webhooks');
    const audit = await dataSource.query(`SELECT actor_id, reason FROM audit_events WHERE action = 'webhook.disabled' AND subject_id = $1`, [
      endpoint.id,
    ]);
    expect(audit).toEqual([{ actor_id: null, reason: 'failures' }]);

    // Nothing more is sent while it is off; a test event is refused until the owner switches it on again.
    expect((await api.request('POST', `/api/companies/mine/webhooks/${endpoint.id}/test`, { token: employer.accessToken })).status).toBe(409);
    const on = await api.request<WebhookEndpointView>('PATCH', `/api/companies/mine/webhooks/${endpoint.id}`, {
      token: employer.accessToken,
      body: { status: 'ACTIVE' },
    });
    expect(on.body).toMatchObject({ status: 'ACTIVE', consecutiveFailures: 0, disabledAt: null });
  });

  it('queues again the deliveries whose jobs Redis lost, so the endpoint’s line moves on in order', async () => {
    const { employer, company } = await employerWithVacancy(api);
    const endpoint = await endpointFor(employer.accessToken, '/lost');
    // Two deliveries written by a fan-out whose jobs never reached Redis (or that Redis lost): only PostgreSQL knows.
    const lost = [randomUUID(), randomUUID()];
    for (const [index, eventId] of lost.entries()) {
      const body = JSON.stringify({ id: eventId, type: 'webhook.test', occurred_at: new Date().toISOString(), company_id: company.id, data: {} });
      await dataSource.query(
        `INSERT INTO webhook_deliveries (endpoint_id, outbox_id, event_id, event_type, body, created_at)
         VALUES ($1, $2, $3, 'webhook.test', $4, now() - interval '1 hour')`,
        [endpoint.id, 9_000_000_000 + Date.now() * 10 + index, eventId, body],
      );
    }
    const received = await eventually('both lost deliveries', () => receiver.at('/lost').length >= 2 && receiver.at('/lost'));
    expect(received.map((request) => request.headers['jumush-event-id'])).toEqual(lost);
    expect(verifyWebhookSignature(String(received[0].headers['jumush-signature']), received[0].body, endpoint.secret)).toBe(true);
    const log = await eventually('the log', async () => {
      const rows = await deliveriesOf(employer.accessToken, endpoint.id);
      return rows.every((row) => row.status === 'DELIVERED') && rows;
    });
    expect(log.map((row) => row.attempts)).toEqual([1, 1]);
  });
});

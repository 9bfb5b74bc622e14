/**
 * Two API instances on one PostgreSQL, one Redis and one S3 bucket (s3rver), as docker/compose.yaml runs them behind
 * the proxy: a document uploaded through one downloads through the other, sign-in failures on one slow the login
 * down on the other, and a notification raised through one reaches a live stream held by the other.
 */
import type { CompanyDocumentView, CompanyView, NotificationStreamEvent, ProblemDetails, StreamTicketView } from '@jumush/contracts';
import { createIsolatedDatabase, uniqueQueuePrefix } from '@jumush/server/notifications/testing';
import { FAST_PIPELINE, startWorker, type StartedWorker } from '@jumush/worker/testing';
import {
  DEMO_PASSWORD,
  DemoDataSeeder,
  TEST_PASSWORD,
  asOwnProcess,
  registerAndLogin,
  signInWithTwoFactor,
  startS3Server,
  startTestApi,
  uniqueClientIp,
  uniqueCompanyInn,
  uniqueCompanyOgrn,
  type TestApi,
  type TestS3Server,
} from '@jumush/api/testing';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n');

/** The `event: notification` blocks of a server-sent-events response, one at a time. */
async function* notificationEvents(response: Response): AsyncGenerator<NotificationStreamEvent> {
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    buffer += decoder.decode(chunk, { stream: true });
    for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = block.split('\n').find((line) => line.startsWith('data: '));
      if (block.includes('event: notification') && data) yield JSON.parse(data.slice('data: '.length)) as NotificationStreamEvent;
    }
  }
}

async function nextEvent(events: AsyncGenerator<NotificationStreamEvent>, timeoutMs = 20_000): Promise<NotificationStreamEvent> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('no event in time')), timeoutMs)));
  const next = await Promise.race([events.next(), timeout]).finally(() => clearTimeout(timer));
  if (next.done) throw new Error('stream ended');
  return next.value;
}

describe('two API instances on one PostgreSQL, Redis and S3 bucket', () => {
  let database: { url: string; drop(): Promise<void> };
  let s3: TestS3Server;
  let a: TestApi;
  let b: TestApi;
  let worker: StartedWorker;

  beforeAll(async () => {
    database = await createIsolatedDatabase('jumush_two');
    s3 = await startS3Server();
    // Each instance gets a local folder of its own too (testConfig): only the bucket can make a file travel.
    const settings = { DATABASE_URL: database.url, ...s3.settings('jumush-documents'), LOGIN_ATTEMPTS_PER_ACCOUNT: '3' };
    a = await startTestApi(settings);
    b = await startTestApi(settings);
    await a.app.get(DemoDataSeeder).seed();
    worker = await startWorker(
      { DATABASE_URL: database.url, REDIS_URL: process.env['REDIS_URL'] as string, PUBLIC_WEB_URL: 'https://jumush.kg' },
      { ...FAST_PIPELINE, queuePrefix: uniqueQueuePrefix() },
    );
  });

  afterAll(async () => {
    await worker?.close();
    await b?.close();
    await a?.close();
    await s3?.close();
    await database?.drop();
  });

  async function employerWithCompany(api: TestApi) {
    const employer = await registerAndLogin(asOwnProcess(api), 'employer');
    const company = await api.request<CompanyView>('POST', '/api/companies', {
      token: employer.accessToken,
      body: {
        legalName: 'ООО «Два Узла»',
        inn: uniqueCompanyInn(),
        ogrn: uniqueCompanyOgrn(),
        legalAddress: 'г. Москва, ул. Строителей, д. 2',
        regionCode: '77',
        contactPerson: 'Ольга Смирнова',
        phone: '+7 916 123-45-67',
        email: 'hr@two-nodes.ru',
      },
    });
    expect(company.status).toBe(201);
    return { employer, company: company.body };
  }

  it('serves through B the document uploaded through A', async () => {
    const { employer } = await employerWithCompany(a);
    const form = new FormData();
    form.append('kind', 'REGISTRATION_EXTRACT');
    form.append('file', new Blob([new Uint8Array(PDF)]), 'extract.pdf');
    asOwnProcess(a);
    const uploaded = await fetch(`${a.baseUrl}/api/companies/mine/documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${employer.accessToken}` },
      body: form,
    });
    expect(uploaded.status).toBe(201);
    const document = (await uploaded.json()) as CompanyDocumentView;

    asOwnProcess(b);
    const downloaded = await fetch(`${b.baseUrl}/api/companies/mine/documents/${document.id}/file`, {
      headers: { authorization: `Bearer ${employer.accessToken}` },
    });
    expect(downloaded.status).toBe(200);
    expect(Buffer.from(await downloaded.arrayBuffer()).equals(PDF)).toBe(true);
  });

  it('counts sign-in failures on A against the login on B', async () => {
    const migrant = await registerAndLogin(asOwnProcess(a));
    const login = (api: TestApi, password: string) =>
      asOwnProcess(api).request<ProblemDetails>('POST', '/api/auth/login', {
        body: { login: migrant.login, password },
        headers: { 'x-forwarded-for': uniqueClientIp() },
      });
    // LOGIN_ATTEMPTS_PER_ACCOUNT (3 here) failures are free across addresses, wherever they land.
    for (let attempt = 0; attempt < 3; attempt++) expect((await login(a, 'wrong-password-1')).status).toBe(401);
    const slowed = await login(b, TEST_PASSWORD);
    expect(slowed.status).toBe(429);
    expect(slowed.body.code).toBe('auth.tooManyAttempts');
    expect(Number(slowed.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('delivers to a stream held by B the notification of a decision taken through A', async () => {
    const { employer, company } = await employerWithCompany(b);
    const ticket = await asOwnProcess(b).request<StreamTicketView>('POST', '/api/notifications/stream-ticket', { token: employer.accessToken });
    expect(ticket.status).toBe(200);
    const controller = new AbortController();
    const stream = await fetch(`${b.baseUrl}/api/notifications/stream?ticket=${encodeURIComponent(ticket.body.ticket)}`, {
      signal: controller.signal,
    });
    expect(stream.status).toBe(200);
    const events = notificationEvents(stream);
    try {
      expect(await nextEvent(events)).toEqual({ unreadCount: 0, latest: null });
      const attache = await signInWithTwoFactor(asOwnProcess(a), 'attache@demo.jumush.kg', DEMO_PASSWORD);
      expect(attache.status).toBe(200);
      const verified = await a.request<CompanyView>('POST', `/api/verification/companies/${company.id}/verify`, { token: attache.body.accessToken });
      expect(verified.status).toBe(200);
      const event = await nextEvent(events);
      expect(event.unreadCount).toBe(1);
      expect(event.latest?.body).toContain('Два Узла');
    } finally {
      controller.abort();
    }
  });
});

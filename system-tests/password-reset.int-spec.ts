/**
 * A forgotten password with the real worker delivering: the SMS code and the e-mail link arrive on the sign-in
 * address (captured), work once, never show in the in-app centre, and the outbox keeps the secret sealed.
 */
import type { SessionView } from '@jumush/contracts';
import { NotificationChannel } from '@jumush/contracts';
import { DataSource } from 'typeorm';
import { createIsolatedDatabase, uniqueQueuePrefix } from '@jumush/server/notifications/testing';
import { FAST_PIPELINE, startWorker, type StartedWorker } from '@jumush/worker/testing';
import { TEST_PASSWORD, registerAndLogin, startTestApi, uniqueClientIp, type TestApi } from '@jumush/api/testing';

const NEW_PASSWORD = 'remembered-at-last-5';

describe('password reset through the notification pipeline (real PostgreSQL, Redis and worker)', () => {
  let database: { url: string; drop(): Promise<void> };
  let api: TestApi;
  let worker: StartedWorker;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createIsolatedDatabase('jumush_reset');
    api = await startTestApi({ DATABASE_URL: database.url });
    worker = await startWorker(
      { DATABASE_URL: database.url, REDIS_URL: process.env['REDIS_URL'] as string, PUBLIC_WEB_URL: 'https://jumush.kg' },
      { ...FAST_PIPELINE, queuePrefix: uniqueQueuePrefix() },
    );
    dataSource = api.app.get(DataSource);
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await database?.drop();
  });

  /** The captured messages of an account (but its e-mail verification), waiting until `count` arrived. */
  async function captured(
    accountId: string,
    count: number,
  ): Promise<Array<{ channel: string; recipient: string; subject: string | null; body: string }>> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const rows = await dataSource.query<Array<{ channel: string; recipient: string; subject: string | null; body: string }>>(
        `SELECT c.channel, c.recipient, c.subject, c.body FROM captured_messages c JOIN outbox_messages o ON o.id = c.outbox_id
          WHERE c.account_id = $1 AND o.topic NOT IN ('account.email_verification_requested', 'account.phone_verification_requested') ORDER BY c.id`,
        [accountId],
      );
      if (rows.length >= count) return rows;
      if (Date.now() > deadline) throw new Error(`${rows.length} of ${count} messages captured for ${accountId}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  const inApp = (accountId: string) =>
    dataSource.query<Array<{ type: string; body: string; link: string | null }>>(
      `SELECT type, body, link FROM in_app_notifications WHERE account_id = $1`,
      [accountId],
    );
  const request = (login: string) =>
    api.request('POST', '/api/auth/password-reset', { body: { login }, headers: { 'x-forwarded-for': uniqueClientIp() } });
  const confirm = (body: Record<string, string>) =>
    api.request<{ code?: string }>('POST', '/api/auth/password-reset/confirm', { body, headers: { 'x-forwarded-for': uniqueClientIp() } });
  const signIn = (login: string, password: string) =>
    api.request<SessionView>('POST', '/api/auth/login', { body: { login, password }, headers: { 'x-forwarded-for': uniqueClientIp() } });

  it('a migrant gets the code by SMS in their language, even with SMS switched off; it works once', async () => {
    const migrant = await registerAndLogin(api, 'migrant');
    // Only the in-app centre chosen: a security message still goes to the phone.
    await dataSource.query(`INSERT INTO notification_preferences (account_id, channels, locale) VALUES ($1, $2::notification_channel[], 'ru')`, [
      migrant.account.id,
      [NotificationChannel.InApp],
    ]);
    expect((await request(migrant.login)).status).toBe(202);
    const [sms] = await captured(migrant.account.id, 1);
    expect(sms).toMatchObject({ channel: 'SMS', recipient: migrant.login });
    const code = /(\d{6})/.exec(sms.body)?.[1] as string;
    expect(sms.body).toContain('код для сброса пароля');
    const [outbox] = await dataSource.query<Array<{ payload: unknown }>>(
      `SELECT payload FROM outbox_messages WHERE topic = 'account.password_reset_requested' AND $1 = ANY(recipient_ids)`,
      [migrant.account.id],
    );
    expect(JSON.stringify(outbox.payload)).not.toContain(code);
    expect(await inApp(migrant.account.id)).toEqual([]);

    expect((await confirm({ login: migrant.login, code, newPassword: NEW_PASSWORD })).status).toBe(204);
    expect((await confirm({ login: migrant.login, code, newPassword: NEW_PASSWORD })).body.code).toBe('passwordReset.used');
    expect((await signIn(migrant.login, NEW_PASSWORD)).status).toBe(200);
    // The notice that the password changed: on the phone and in the app, without any secret.
    const messages = await captured(migrant.account.id, 2);
    expect(messages[1].body).toContain('пароль изменён');
    expect((await inApp(migrant.account.id)).map((row) => row.type)).toEqual(['passwordChanged']);
  });

  it('someone registering a migrant’s number: the owner gets one SMS with the forgot-password link in their language, and the notice in the app', async () => {
    const migrant = await registerAndLogin(api, 'migrant');
    // Only the in-app centre chosen, in Russian: the security notice still goes to the phone.
    await dataSource.query(`INSERT INTO notification_preferences (account_id, channels, locale) VALUES ($1, $2::notification_channel[], 'ru')`, [
      migrant.account.id,
      [NotificationChannel.InApp],
    ]);
    for (const password of ['stranger-pass-1', 'stranger-pass-2'])
      expect((await api.request('POST', '/api/auth/register/migrant', { body: { phone: migrant.login, password, citizenship: 'KG' } })).status).toBe(
        201,
      );
    const [sms] = await captured(migrant.account.id, 1);
    expect(sms).toMatchObject({ channel: 'SMS', recipient: migrant.login });
    expect(sms.body).toContain('ваш номер пытались зарегистрировать');
    expect(sms.body).toContain('https://jumush.kg/ru/forgot-password');
    expect(await inApp(migrant.account.id)).toEqual([
      expect.objectContaining({ type: 'registrationAttempted', link: 'https://jumush.kg/ru/forgot-password' }),
    ]);
    // The second attempt the same day sent nothing more.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await captured(migrant.account.id, 1)).toHaveLength(1);
  });

  it('an employer gets the link by e-mail; it opens the reset page in their language and works once', async () => {
    const employer = await registerAndLogin(api, 'employer');
    expect((await request(employer.login)).status).toBe(202);
    const [mail] = await captured(employer.account.id, 1);
    expect(mail).toMatchObject({ channel: 'EMAIL', recipient: employer.login, subject: 'Сброс пароля Jumush' });
    const link = /https:\/\/jumush\.kg\/ru\/reset-password\/([A-Za-z0-9_-]{43})/.exec(mail.body);
    expect(link).not.toBeNull();
    const token = link?.[1] as string;
    expect(await inApp(employer.account.id)).toEqual([]);
    expect((await confirm({ token, newPassword: NEW_PASSWORD })).status).toBe(204);
    expect((await confirm({ token, newPassword: NEW_PASSWORD })).body.code).toBe('passwordReset.used');
    expect((await signIn(employer.login, TEST_PASSWORD)).status).toBe(401);
    expect((await signIn(employer.login, NEW_PASSWORD)).status).toBe(200);
  });
});

describe('a production worker without an SMS gateway (real PostgreSQL, Redis and worker)', () => {
  let database: { url: string; drop(): Promise<void> };
  let api: TestApi;
  let worker: StartedWorker;

  beforeAll(async () => {
    database = await createIsolatedDatabase('jumush_reset_prod');
    api = await startTestApi({ DATABASE_URL: database.url });
    worker = await startWorker(
      { DATABASE_URL: database.url, REDIS_URL: process.env['REDIS_URL'] as string, NODE_ENV: 'production' },
      { ...FAST_PIPELINE, queuePrefix: uniqueQueuePrefix() },
    );
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await database?.drop();
  });

  it('does not keep a reset code readable in the capture (where admins read it): the delivery is skipped, with the reason', async () => {
    const dataSource = api.app.get(DataSource);
    const migrant = await registerAndLogin(api, 'migrant');
    await api.request('POST', '/api/auth/password-reset', { body: { login: migrant.login }, headers: { 'x-forwarded-for': uniqueClientIp() } });
    const deadline = Date.now() + 20_000;
    let rows: Array<{ status: string; last_error: string | null }> = [];
    while (Date.now() < deadline && rows[0]?.status !== 'SKIPPED') {
      rows = await dataSource.query(
        `SELECT d.status, d.last_error FROM notification_deliveries d JOIN outbox_messages o ON o.id = d.outbox_id
          WHERE d.account_id = $1 AND o.topic = 'account.password_reset_requested'`,
        [migrant.account.id],
      );
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(rows).toEqual([{ status: 'SKIPPED', last_error: expect.stringContaining('not captured in production') }]);
    expect(await dataSource.query(`SELECT 1 FROM captured_messages WHERE account_id = $1`, [migrant.account.id])).toEqual([]);
  });

  it('nor an e-mail verification link: every one-time secret follows the same rule', async () => {
    const dataSource = api.app.get(DataSource);
    const employer = await registerAndLogin(api, 'employer', { verified: false });
    const deadline = Date.now() + 20_000;
    let rows: Array<{ status: string; last_error: string | null }> = [];
    while (Date.now() < deadline && rows[0]?.status !== 'SKIPPED') {
      rows = await dataSource.query(`SELECT status, last_error FROM notification_deliveries WHERE account_id = $1`, [employer.account.id]);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(rows).toEqual([{ status: 'SKIPPED', last_error: expect.stringContaining('not captured in production') }]);
    expect(await dataSource.query(`SELECT 1 FROM captured_messages WHERE account_id = $1`, [employer.account.id])).toEqual([]);
  });
});

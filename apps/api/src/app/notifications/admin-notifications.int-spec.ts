import type { CapturedMessageView, Page } from '@jumush/contracts';
import { Role } from '@jumush/domain';
import { DataSource } from 'typeorm';
import { startTestApi, uniqueEmail, uniqueKyrgyzPhone, type TestApi } from '../../testing/test-api';
import { staffSession } from '../vacancies/testing/vacancy-factories';

describe('captured messages for admins (real PostgreSQL)', () => {
  let api: TestApi;
  let adminToken: string;

  beforeAll(async () => {
    api = await startTestApi();
    adminToken = (await staffSession(api, Role.Admin)).token;
  });

  afterAll(async () => {
    await api.close();
  });

  const capture = (channel: 'SMS' | 'EMAIL', recipient: string, body: string, createdAt: string) =>
    api.app
      .get(DataSource)
      .query(`INSERT INTO captured_messages (channel, recipient, body, created_at) VALUES ($1, $2, $3, $4)`, [channel, recipient, body, createdAt]);

  const list = async (query: string) =>
    (await api.request<Page<CapturedMessageView>>('GET', `/api/admin/captured-messages?pageSize=100&${query}`, { token: adminToken })).body;

  it('lists newest first by time, whatever order the rows were written in', async () => {
    const phone = uniqueKyrgyzPhone();
    // Written out of time order (a retried delivery is captured after a newer one), and enough rows that ids
    // sort differently as text ("10" < "9") than as numbers.
    for (let i = 0; i < 11; i++) await capture('SMS', phone, `message ${i}`, `2026-11-0${1 + (i % 9)}T0${i % 10}:00:00Z`);
    const page = await list(`search=${encodeURIComponent(phone)}`);
    const times = page.items.map((item) => new Date(item.createdAt).getTime());
    expect(page.total).toBe(11);
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('finds messages by phone number typed any way, and by e-mail', async () => {
    const phone = uniqueKyrgyzPhone();
    const other = uniqueKyrgyzPhone();
    const email = uniqueEmail('Search');
    await capture('SMS', phone, 'for the phone', '2026-11-20T10:00:00Z');
    await capture('SMS', other, 'for someone else', '2026-11-20T10:01:00Z');
    await capture('EMAIL', email, 'for the mailbox', '2026-11-20T10:02:00Z');

    const national = `0${phone.slice(4, 7)} ${phone.slice(7, 10)} ${phone.slice(10)}`;
    for (const typed of [phone, phone.slice(1), national, phone.slice(-6)]) {
      const page = await list(`search=${encodeURIComponent(typed)}`);
      expect({ typed, bodies: page.items.map((item) => item.body) }).toEqual({ typed, bodies: ['for the phone'] });
    }
    expect((await list(`search=${encodeURIComponent(email.toUpperCase())}`)).items.map((item) => item.recipient)).toEqual([email]);
    expect((await list(`search=${encodeURIComponent(phone)}&channel=EMAIL`)).total).toBe(0);
  });
});

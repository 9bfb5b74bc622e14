import 'reflect-metadata';
import { NotificationChannel } from '@jumush/contracts';
import { Role } from '@jumush/domain';
import type { RecipientRow } from '@jumush/server/notifications';
import type { CapturedMessageRow, FailedDeliveryRow, InAppRow } from './notifications.repository';
import { toCapturedMessageView, toFailedDeliveryView, toInAppNotificationView, toPreferencesView } from './notification-views';

const { InApp, Email, Sms, Telegram } = NotificationChannel;

describe('notification rows as views', () => {
  const inApp: InAppRow = {
    id: 'n1',
    type: 'application.shortlisted' as InAppRow['type'],
    title: 'Shortlisted',
    body: 'You are on the shortlist.',
    link: '/applications/1',
    created_at: new Date('2026-03-01T10:00:00.000Z'),
    read_at: null,
  };

  it('an unread in-app notification', () => {
    expect(toInAppNotificationView(inApp)).toEqual({
      id: 'n1',
      type: 'application.shortlisted',
      title: 'Shortlisted',
      body: 'You are on the shortlist.',
      link: '/applications/1',
      createdAt: '2026-03-01T10:00:00.000Z',
      readAt: null,
    });
  });

  it('a read one, times given as text by the driver', () => {
    const row = { ...inApp, created_at: '2026-03-01 10:00:00+00', read_at: '2026-03-02T08:30:00Z' } as unknown as InAppRow;
    expect(toInAppNotificationView(row)).toMatchObject({ createdAt: '2026-03-01T10:00:00.000Z', readAt: '2026-03-02T08:30:00.000Z' });
  });

  it('a captured message', () => {
    const row: CapturedMessageRow = {
      id: '7',
      channel: Sms,
      recipient: '+996700000000',
      subject: null,
      body: 'Code 1234',
      account_id: 'a1',
      outbox_id: null,
      created_at: new Date('2026-03-01T10:00:00.000Z'),
    };
    expect(toCapturedMessageView(row)).toEqual({
      id: '7',
      channel: Sms,
      recipient: '+996700000000',
      subject: null,
      body: 'Code 1234',
      accountId: 'a1',
      outboxId: null,
      createdAt: '2026-03-01T10:00:00.000Z',
    });
  });

  it('a failed delivery, its last error as the reason', () => {
    const row: FailedDeliveryRow = {
      id: '3',
      outbox_id: '9',
      topic: 'application.shortlisted',
      account_id: 'a1',
      channel: Email,
      attempts: 5,
      last_error: 'mailbox full',
      created_at: new Date('2026-03-01T10:00:00.000Z'),
      updated_at: new Date('2026-03-01T11:00:00.000Z'),
    };
    expect(toFailedDeliveryView(row)).toEqual({
      id: '3',
      outboxId: '9',
      topic: 'application.shortlisted',
      accountId: 'a1',
      channel: Email,
      attempts: 5,
      reason: 'mailbox full',
      createdAt: '2026-03-01T10:00:00.000Z',
      updatedAt: '2026-03-01T11:00:00.000Z',
    });
  });
});

describe('the preferences an account ends up with', () => {
  const account = (changes: Partial<RecipientRow> = {}): RecipientRow => ({
    role: Role.Migrant,
    account_locale: null,
    phone: '+996700000000',
    phone_verified: true,
    email: null,
    channels: null,
    locale: null,
    telegram_chat_id: null,
    ...changes,
  });

  it.each<
    [
      string,
      Partial<RecipientRow>,
      NotificationChannel[],
      { channels: NotificationChannel[]; locale: string; isDefault: boolean; telegramLinked: boolean },
    ]
  >([
    [
      'a migrant who never chose: SMS and in-app in Kyrgyz',
      {},
      [InApp, Sms],
      { channels: [InApp, Sms], locale: 'ky', isDefault: true, telegramLinked: false },
    ],
    [
      'an employer who never chose: e-mail and in-app in Russian',
      { role: Role.Employer },
      [InApp, Email],
      { channels: [InApp, Email], locale: 'ru', isDefault: true, telegramLinked: false },
    ],
    ['a default channel without an address is dropped', {}, [InApp], { channels: [InApp], locale: 'ky', isDefault: true, telegramLinked: false }],
    [
      'a choice, in-app always first',
      { channels: [Telegram], locale: 'en', telegram_chat_id: '42' },
      [InApp, Sms, Telegram],
      { channels: [InApp, Telegram], locale: 'en', isDefault: false, telegramLinked: true },
    ],
    [
      'a chosen channel no longer available is dropped',
      { channels: [Sms, Telegram], locale: 'ru' },
      [InApp, Sms],
      { channels: [InApp, Sms], locale: 'ru', isDefault: false, telegramLinked: false },
    ],
    [
      'an unknown stored channel and locale are ignored',
      { channels: ['FAX', Sms], locale: 'xx' },
      [InApp, Sms],
      { channels: [InApp, Sms], locale: 'ky', isDefault: false, telegramLinked: false },
    ],
  ])('%s', (_name, changes, available, expected) => {
    expect(toPreferencesView(account(changes), available)).toEqual({ ...expected, availableChannels: available });
  });
});

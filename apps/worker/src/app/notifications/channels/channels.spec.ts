import 'reflect-metadata';
import { NotificationChannel, NotificationLocale, NotificationType } from '@jumush/contracts';
import type { OutgoingMessage } from './channel-adapter';
import { PermanentDeliveryError, ProviderRateLimitedError } from './channel-adapter';
import { emailText, messageIdOf, smtpOptionsFromUrl } from './email.channel';
import { HttpSmsChannel } from './sms.channel';
import { checkInCallbackKey, parseCheckInCallbackData } from '@jumush/server/notifications';
import { TelegramChannel, telegramText } from './telegram.channel';

const message: OutgoingMessage = {
  deliveryId: '7',
  outboxId: '42',
  accountId: '11111111-2222-4333-8444-555555555555',
  channel: NotificationChannel.Sms,
  address: '+996555000001',
  type: NotificationType.Approved,
  locale: NotificationLocale.Kyrgyz,
  title: 'Топ бекитилди',
  body: 'Эмгек атташеси тобуңузду бекитти.',
  sms: 'Jumush: бекитилди!',
  link: 'https://jumush.kg/ky/applications/1/letter',
  idempotencyKey: 'deliver.42.11111111-2222-4333-8444-555555555555.SMS',
};

const answer = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  jest.fn<Promise<Response>, Parameters<typeof fetch>>().mockResolvedValue(new Response(JSON.stringify(body), { status, headers }));

describe('channel adapters', () => {
  it('read SMTP settings from the URL', () => {
    expect(smtpOptionsFromUrl('smtps://mailer:p%40ss@mail.example.kg')).toMatchObject({
      host: 'mail.example.kg',
      port: 465,
      secure: true,
      auth: { user: 'mailer', pass: 'p@ss' },
    });
    expect(smtpOptionsFromUrl('smtp://relay:2525')).toMatchObject({ host: 'relay', port: 2525, secure: false, auth: undefined });
  });

  it('give an e-mail the same Message-ID on every attempt, and the link in its text', () => {
    expect(messageIdOf(message.idempotencyKey)).toBe('<deliver.42.11111111-2222-4333-8444-555555555555.SMS@jumush>');
    expect(emailText(message)).toBe('Эмгек атташеси тобуңузду бекитти.\n\nhttps://jumush.kg/ky/applications/1/letter\n\n—\nJumush');
    expect(telegramText(message)).toBe('Топ бекитилди\n\nЭмгек атташеси тобуңузду бекитти.\n\nhttps://jumush.kg/ky/applications/1/letter');
  });

  it('classify SMS gateway answers: 2xx delivered, 5xx retried, 4xx final, 429 slowed down', async () => {
    await expect(new HttpSmsChannel('http://gw/send', 'k', answer(200, { messageId: 7 })).send(message)).resolves.toEqual({ providerMessageId: '7' });
    await expect(new HttpSmsChannel('http://gw/send', 'k', answer(502, {})).send(message)).rejects.not.toBeInstanceOf(PermanentDeliveryError);
    await expect(new HttpSmsChannel('http://gw/send', 'k', answer(400, { error: 'bad number' })).send(message)).rejects.toBeInstanceOf(
      PermanentDeliveryError,
    );
    const limited = new HttpSmsChannel('http://gw/send', 'k', answer(429, {}, { 'retry-after': '3' })).send(message);
    await expect(limited).rejects.toBeInstanceOf(ProviderRateLimitedError);
    await expect(limited).rejects.toMatchObject({ retryAfterMs: 3_000 });
  });

  it('classify Telegram answers the same way, without the token in the reason', async () => {
    const telegram = (fetchImpl: typeof fetch) => new TelegramChannel('https://api.telegram.org', '123:secret', fetchImpl);
    await expect(telegram(answer(200, { ok: true, result: { message_id: 9 } })).send({ ...message, address: '555' })).resolves.toEqual({
      providerMessageId: '9',
    });
    const blocked = telegram(answer(403, { ok: false, description: 'Forbidden: bot was blocked by the user' })).send(message);
    await expect(blocked).rejects.toBeInstanceOf(PermanentDeliveryError);
    await expect(blocked).rejects.toThrow(/^Telegram answered 403: Forbidden: bot was blocked by the user$/);
    await expect(telegram(answer(429, { ok: false, parameters: { retry_after: 2 } })).send(message)).rejects.toMatchObject({ retryAfterMs: 2_000 });
  });

  it('ask a due check-in in Telegram with signed yes/no buttons, one row per question; other messages carry none', async () => {
    const checkInId = '0b6f7c3e-2d7a-4c55-9a36-8e1f0c2b9d41';
    const fetchImpl = jest
      .fn<Promise<Response>, Parameters<typeof fetch>>()
      .mockImplementation(() => Promise.resolve(new Response(JSON.stringify({ ok: true, result: { message_id: 10 } }), { status: 200 })));
    const channel = new TelegramChannel('https://api.telegram.org', '123:secret', fetchImpl);
    await channel.send({
      ...message,
      address: '555',
      type: NotificationType.CheckInDue,
      checkInId,
      link: `https://jumush.kg/ky/check-ins/${checkInId}`,
    });
    await channel.send({ ...message, address: '555', checkInId });
    const [asked, approved] = fetchImpl.mock.calls.map(([, init]) => JSON.parse(String(init?.body)) as Record<string, unknown>);
    const keyboard = (asked['reply_markup'] as { inline_keyboard: Array<Array<{ text: string; callback_data: string }>> }).inline_keyboard;
    expect(keyboard.map((row) => row.map((button) => button.text))).toEqual([
      ['1. Ооба', '1. Жок'],
      ['2. Ооба', '2. Жок'],
      ['3. Ооба', '3. Жок'],
      ['4. Ооба', '4. Жок'],
      ['5. Ооба', '5. Жок'],
    ]);
    expect(parseCheckInCallbackData(checkInCallbackKey('123:secret'), keyboard[2][1].callback_data)).toEqual({
      checkInId,
      question: 'passport',
      answer: 'no',
    });
    expect(asked['text']).toContain('3. Паспортуңуз өзүңүздөбү?');
    expect(asked['text']).toContain(`https://jumush.kg/ky/check-ins/${checkInId}`);
    expect(approved['reply_markup']).toBeUndefined();
  });
});

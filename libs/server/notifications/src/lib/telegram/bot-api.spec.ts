import { Locale } from '@jumush/domain';
import { TELEGRAM_MAX_TEXT, TelegramBotApi } from './bot-api';
import { localeOfTelegramUser, telegramReply } from './replies';

const answer = (status: number, body: unknown) =>
  jest.fn<Promise<Response>, Parameters<typeof fetch>>().mockResolvedValue(new Response(JSON.stringify(body), { status }));

describe('the Bot API client', () => {
  it('posts sendMessage to the bot’s URL as plain text without link previews', async () => {
    const fetchImpl = answer(200, { ok: true, result: { message_id: 77 } });
    await expect(new TelegramBotApi('http://bot.test/', '123:abc', fetchImpl).sendMessage('555', 'Салам')).resolves.toEqual({
      ok: true,
      messageId: '77',
    });
    const [url, init] = fetchImpl.mock.calls[0];
    expect(url).toBe('http://bot.test/bot123:abc/sendMessage');
    expect(JSON.parse(String(init?.body))).toEqual({ chat_id: '555', text: 'Салам', link_preview_options: { is_disabled: true } });
  });

  it('cuts a text to Telegram’s limit without splitting a character', async () => {
    const fetchImpl = answer(200, { ok: true, result: {} });
    await new TelegramBotApi('http://bot.test', '1:a', fetchImpl).sendMessage('1', '😀'.repeat(TELEGRAM_MAX_TEXT + 10));
    const text = (JSON.parse(String(fetchImpl.mock.calls[0][1]?.body)) as { text: string }).text;
    expect(Array.from(text)).toHaveLength(TELEGRAM_MAX_TEXT);
    expect(text.endsWith('😀')).toBe(true);
  });

  it('reports a refusal with its status, description and retry-after', async () => {
    await expect(
      new TelegramBotApi(
        'http://bot.test',
        '1:a',
        answer(429, { ok: false, description: 'Too Many Requests', parameters: { retry_after: 4 } }),
      ).sendMessage('1', 'x'),
    ).resolves.toEqual({
      ok: false,
      status: 429,
      description: 'Too Many Requests',
      retryAfterSeconds: 4,
    });
    await expect(new TelegramBotApi('http://bot.test', '1:a', answer(502, 'bad gateway')).sendMessage('1', 'x')).resolves.toMatchObject({
      ok: false,
      status: 502,
      description: '',
    });
  });
});

describe('the bot’s replies', () => {
  it('exist in every language', () => {
    for (const locale of Object.values(Locale))
      for (const reply of ['linked', 'linkExpired', 'unlinked', 'notLinked'] as const)
        expect(telegramReply(reply, locale).length).toBeGreaterThan(20);
    expect(telegramReply('linked', Locale.Kyrgyz)).toContain('/stop');
  });

  it('take a stranger’s language from their Telegram app, else Russian', () => {
    expect(localeOfTelegramUser('uz')).toBe(Locale.Uzbek);
    expect(localeOfTelegramUser('ky')).toBe(Locale.Kyrgyz);
    expect(localeOfTelegramUser('de')).toBe(Locale.Russian);
    expect(localeOfTelegramUser(undefined)).toBe(Locale.Russian);
  });
});

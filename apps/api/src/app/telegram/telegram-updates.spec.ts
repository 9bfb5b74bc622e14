import { botCommandOf, buttonTapOf } from './telegram-updates';

const message = (
  text: unknown,
  chat: Record<string, unknown> = { id: 555, type: 'private' },
  from: Record<string, unknown> = { id: 1, language_code: 'ky' },
) => ({
  update_id: 1,
  message: { message_id: 2, text, chat, from },
});

describe('botCommandOf', () => {
  it('reads /start with its token, also addressed to the bot by name', () => {
    expect(botCommandOf(message('/start abcDEF_123-x'))).toEqual({ name: 'start', argument: 'abcDEF_123-x', chatId: '555', languageCode: 'ky' });
    expect(botCommandOf(message('/start@JumushKgBot tok'))).toMatchObject({ name: 'start', argument: 'tok' });
    expect(botCommandOf(message('/start'))).toMatchObject({ name: 'start', argument: null });
  });

  it('reads /stop', () => {
    expect(botCommandOf(message(' /stop '))).toEqual({ name: 'stop', argument: null, chatId: '555', languageCode: 'ky' });
  });

  it('ignores other text, group chats, bots and malformed updates', () => {
    expect(botCommandOf(message('hello'))).toBeNull();
    expect(botCommandOf(message('/start a b'))).toBeNull();
    expect(botCommandOf(message('/start tok', { id: -100, type: 'group' }))).toBeNull();
    expect(botCommandOf(message('/start tok', { id: 555, type: 'private' }, { is_bot: true }))).toBeNull();
    expect(botCommandOf(message(42))).toBeNull();
    expect(botCommandOf(message('/stop', { id: 'not a number', type: 'private' }))).toBeNull();
    expect(botCommandOf({ update_id: 3, edited_message: { text: '/stop' } })).toBeNull();
    expect(botCommandOf(null)).toBeNull();
    expect(botCommandOf('text')).toBeNull();
  });
});

describe('buttonTapOf', () => {
  const tap = (query: Record<string, unknown>) => ({
    update_id: 3,
    callback_query: {
      id: 'q-1',
      data: 'ci1.x.0y.mac',
      from: { id: 555, language_code: 'uz' },
      message: { message_id: 77, chat: { id: 555, type: 'private' } },
      ...query,
    },
  });

  it('reads a tap on a button of a message in a private chat', () => {
    expect(buttonTapOf(tap({}))).toEqual({ callbackQueryId: 'q-1', chatId: '555', messageId: '77', data: 'ci1.x.0y.mac', languageCode: 'uz' });
  });

  it('ignores taps in groups, by bots, by someone other than the chat, without data, and anything that is not a tap', () => {
    expect(buttonTapOf(tap({ message: { message_id: 77, chat: { id: -100, type: 'group' } } }))).toBeNull();
    expect(buttonTapOf(tap({ from: { id: 555, is_bot: true } }))).toBeNull();
    expect(buttonTapOf(tap({ from: { id: 556 } }))).toBeNull();
    expect(buttonTapOf(tap({ data: undefined }))).toBeNull();
    expect(buttonTapOf(tap({ message: undefined }))).toBeNull();
    for (const other of [null, 'x', [], { message: { text: '/stop' } }]) expect(buttonTapOf(other)).toBeNull();
  });
});

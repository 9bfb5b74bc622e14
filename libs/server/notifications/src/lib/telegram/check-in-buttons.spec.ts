import { CHECK_IN_QUESTIONS, Locale } from '@jumush/domain';
import {
  TELEGRAM_CALLBACK_DATA_MAX,
  checkInAcknowledgement,
  checkInCallbackData,
  checkInCallbackKey,
  checkInKeyboard,
  checkInQuestionList,
  parseCheckInCallbackData,
} from './check-in-buttons';

const key = checkInCallbackKey('123456:bot-token');
const checkInId = '0b6f7c3e-2d7a-4c55-9a36-8e1f0c2b9d41';

describe('check-in buttons on Telegram', () => {
  it('carry every question and answer of a check-in, signed, within Telegram’s 64 bytes', () => {
    for (const question of CHECK_IN_QUESTIONS)
      for (const answer of ['yes', 'no'] as const) {
        const data = checkInCallbackData(key, checkInId, question, answer);
        expect(Buffer.byteLength(data)).toBeLessThanOrEqual(TELEGRAM_CALLBACK_DATA_MAX);
        expect(parseCheckInCallbackData(key, data)).toEqual({ checkInId, question, answer });
      }
  });

  it('refuse data signed with another key, altered in any part, or not a check-in button at all', () => {
    const data = checkInCallbackData(key, checkInId, 'passport', 'yes');
    expect(parseCheckInCallbackData(checkInCallbackKey('654321:other-token'), data)).toBeNull();
    const [prefix, id, choice, mac] = data.split('.');
    const otherId = Buffer.from('1'.repeat(32), 'hex').toString('base64url');
    for (const forged of [
      [prefix, id, '2n', mac],
      [prefix, id, '0y', mac],
      [prefix, otherId, choice, mac],
      [prefix, id, choice, `${mac.slice(0, -1)}${mac.endsWith('A') ? 'B' : 'A'}`],
      [prefix, id, choice, mac.slice(1)],
      ['ci2', id, choice, mac],
    ])
      expect(parseCheckInCallbackData(key, forged.join('.'))).toBeNull();
    for (const junk of [undefined, 42, '', 'ci1', `${data}.x`, 'x'.repeat(65)]) expect(parseCheckInCallbackData(key, junk)).toBeNull();
  });

  it('tick the answer given and number the rows as the message numbers the questions', () => {
    const keyboard = checkInKeyboard(key, checkInId, Locale.Russian, { passport: 'no', wage: 'yes' });
    expect(keyboard.inline_keyboard.map((row) => row.map((button) => button.text))).toEqual([
      ['✅ 1. Да', '1. Нет'],
      ['2. Да', '2. Нет'],
      ['3. Да', '✅ 3. Нет'],
      ['4. Да', '4. Нет'],
      ['5. Да', '5. Нет'],
    ]);
    expect(checkInQuestionList(Locale.Russian).split('\n')[2]).toBe('3. Ваш паспорт у вас на руках?');
  });

  it('word every question, answer and notice in every language', () => {
    for (const locale of Object.values(Locale)) {
      expect(checkInQuestionList(locale).split('\n')).toHaveLength(5);
      expect(checkInAcknowledgement(locale, { checkInId, question: 'fee', answer: 'no' }).length).toBeGreaterThan(10);
      expect(checkInAcknowledgement(locale, null).length).toBeGreaterThan(10);
    }
    expect(checkInAcknowledgement(Locale.Kyrgyz, { checkInId, question: 'passport', answer: 'no' })).toBe(
      'Жооп жазылды: Паспортуңуз өзүңүздөбү? Жок',
    );
  });
});

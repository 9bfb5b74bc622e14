/**
 * A check-in on Telegram: the five questions in the message, one row of "yes"/"no" buttons per question, one tap per
 * answer. Callback data is signed (HMAC-SHA256 under a key derived from the bot token, which the worker that sends and
 * the API that receives both hold): a modified client cannot forge an answer for a check-in it was not sent, nor flip
 * a question. Who may answer (the chat linked to the check-in's migrant) the API decides on arrival.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { CHECK_IN_QUESTIONS, Locale, type CheckInAnswer, type CheckInQuestion } from '@jumush/domain';

/** Telegram's limit on callback_data. */
export const TELEGRAM_CALLBACK_DATA_MAX = 64;
const PREFIX = 'ci1';
const MAC_BYTES = 12;
const ANSWERS: Record<string, CheckInAnswer> = { y: 'yes', n: 'no' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface CheckInCallback {
  checkInId: string;
  question: CheckInQuestion;
  answer: CheckInAnswer;
}

export interface InlineKeyboardButton {
  text: string;
  callback_data: string;
}

export interface InlineKeyboardMarkup {
  inline_keyboard: InlineKeyboardButton[][];
}

/** The signing key of check-in buttons, derived from the bot token (rotating the token voids old buttons). */
export function checkInCallbackKey(botToken: string): Buffer {
  return createHmac('sha256', botToken).update('jumush:check-in-callback:v1').digest();
}

const mac = (key: Buffer, signed: string) => createHmac('sha256', key).update(signed).digest().subarray(0, MAC_BYTES).toString('base64url');
const compactId = (uuid: string) => Buffer.from(uuid.replace(/-/g, ''), 'hex').toString('base64url');
function uuidOf(compact: string): string | null {
  const hex = Buffer.from(compact, 'base64url').toString('hex');
  if (hex.length !== 32) return null;
  const uuid = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return UUID.test(uuid) ? uuid : null;
}

/** `ci1.<check-in id, 22>.<question index><y|n>.<mac, 16>`: 45 characters. */
export function checkInCallbackData(key: Buffer, checkInId: string, question: CheckInQuestion, answer: CheckInAnswer): string {
  const signed = `${PREFIX}.${compactId(checkInId)}.${CHECK_IN_QUESTIONS.indexOf(question)}${answer === 'yes' ? 'y' : 'n'}`;
  return `${signed}.${mac(key, signed)}`;
}

/** The answer a button carries, or null for anything not signed with this key (or not a check-in button at all). */
export function parseCheckInCallbackData(key: Buffer, data: unknown): CheckInCallback | null {
  if (typeof data !== 'string' || data.length > TELEGRAM_CALLBACK_DATA_MAX) return null;
  const parts = data.split('.');
  if (parts.length !== 4 || parts[0] !== PREFIX) return null;
  const signed = parts.slice(0, 3).join('.');
  const given = Buffer.from(parts[3]);
  const expected = Buffer.from(mac(key, signed));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const checkInId = uuidOf(parts[1]);
  const question = CHECK_IN_QUESTIONS[Number(parts[2].charAt(0))] as CheckInQuestion | undefined;
  const answer = ANSWERS[parts[2].charAt(1)];
  if (!checkInId || !question || !answer || parts[2].length !== 2) return null;
  return { checkInId, question, answer };
}

interface CheckInWords {
  questions: Record<CheckInQuestion, string>;
  yes: string;
  no: string;
  recorded: string;
  refused: string;
}

/** The questions as the web's check-in page words them (apps/web/public/i18n, checkIn.*). */
const WORDS: Record<Locale, CheckInWords> = {
  [Locale.Russian]: {
    questions: {
      wage: 'Зарплата такая, как обещали?',
      housing: 'Жильё такое, как описано?',
      passport: 'Ваш паспорт у вас на руках?',
      fee: 'С вас просили деньги за эту работу?',
      safety: 'Вы в безопасности?',
    },
    yes: 'Да',
    no: 'Нет',
    recorded: 'Ответ записан',
    refused: 'Этот опрос больше не принимает ответы здесь. Откройте его на сайте.',
  },
  [Locale.English]: {
    questions: {
      wage: 'Is your wage as promised?',
      housing: 'Is the housing as described?',
      passport: 'Do you hold your own passport?',
      fee: 'Did anyone ask you to pay for this job?',
      safety: 'Are you safe?',
    },
    yes: 'Yes',
    no: 'No',
    recorded: 'Answer recorded',
    refused: 'This check-in takes no answers here any more. Open it on the website.',
  },
  [Locale.Kyrgyz]: {
    questions: {
      wage: 'Эмгек акыңыз убада кылынгандайбы?',
      housing: 'Турак жай сүрөттөлгөндөйбү?',
      passport: 'Паспортуңуз өзүңүздөбү?',
      fee: 'Бул жумуш үчүн сизден акча сурашканбы?',
      safety: 'Сиз коопсуздасызбы?',
    },
    yes: 'Ооба',
    no: 'Жок',
    recorded: 'Жооп жазылды',
    refused: 'Бул сурамжылоо бул жерде мындан ары жооп кабыл албайт. Аны сайттан ачыңыз.',
  },
  [Locale.Uzbek]: {
    questions: {
      wage: 'Maoshingiz va’da qilinganidekmi?',
      housing: 'Turar joy tasvirlanganidekmi?',
      passport: 'Pasportingiz o‘zingizdami?',
      fee: 'Bu ish uchun sizdan pul so‘rashganmi?',
      safety: 'Xavfsizmisiz?',
    },
    yes: 'Ha',
    no: 'Yo‘q',
    recorded: 'Javob yozildi',
    refused: 'Bu so‘rov bu yerda endi javob qabul qilmaydi. Uni saytda oching.',
  },
  [Locale.Tajik]: {
    questions: {
      wage: 'Музди шумо мисли ваъдашуда аст?',
      housing: 'Манзил мисли тавсифшуда аст?',
      passport: 'Шиносномаатон дар дасти худатон аст?',
      fee: 'Барои ин кор аз шумо пул талаб карданд?',
      safety: 'Шумо дар амон ҳастед?',
    },
    yes: 'Ҳа',
    no: 'Не',
    recorded: 'Ҷавоб сабт шуд',
    refused: 'Ин пурсиш дигар дар ин ҷо ҷавоб қабул намекунад. Онро дар сомона кушоед.',
  },
};

/** The numbered questions, for the message text: the buttons carry the numbers. */
export function checkInQuestionList(locale: Locale): string {
  return CHECK_IN_QUESTIONS.map((question, index) => `${index + 1}. ${WORDS[locale].questions[question]}`).join('\n');
}

/** One row per question: "1. Yes" / "1. No"; the answer given so far is ticked. */
export function checkInKeyboard(
  key: Buffer,
  checkInId: string,
  locale: Locale,
  answers: Partial<Record<CheckInQuestion, CheckInAnswer>> = {},
): InlineKeyboardMarkup {
  const words = WORDS[locale];
  const button = (index: number, question: CheckInQuestion, answer: CheckInAnswer): InlineKeyboardButton => ({
    text: `${answers[question] === answer ? '✅ ' : ''}${index + 1}. ${answer === 'yes' ? words.yes : words.no}`,
    callback_data: checkInCallbackData(key, checkInId, question, answer),
  });
  return { inline_keyboard: CHECK_IN_QUESTIONS.map((question, index) => [button(index, question, 'yes'), button(index, question, 'no')]) };
}

/** The short notice Telegram shows on the tap: what was recorded, or that nothing was. */
export function checkInAcknowledgement(locale: Locale, recorded: CheckInCallback | null): string {
  const words = WORDS[locale];
  if (!recorded) return words.refused;
  return `${words.recorded}: ${words.questions[recorded.question]} ${recorded.answer === 'yes' ? words.yes : words.no}`;
}

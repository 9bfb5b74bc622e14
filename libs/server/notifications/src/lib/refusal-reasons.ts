/**
 * A refusal's reason as the migrant reads it: the attaché's code named in the reader's language, then what they
 * wrote ("Документы неполные — нет медицинской справки"), never the raw "DOCUMENTS_INCOMPLETE: …" the record keeps.
 * The web names the codes in its i18n files (`refusal.*`); these are the same words.
 */
import { Locale, REFUSAL_REASONS, type RefusalReason } from '@jumush/domain';

const LABELS: Record<Locale, Record<RefusalReason, string>> = {
  [Locale.Kyrgyz]: {
    DOCUMENTS_INCOMPLETE: 'Документтер толук эмес',
    PASSPORT_INVALID: 'Паспорт жараксыз',
    DUPLICATE_CANDIDATE: 'Талапкер кайталанат',
    UNDERAGE: '18 жашка толо элек',
    MEDICAL: 'Медициналык себептер',
    OTHER: 'Башка',
  },
  [Locale.Russian]: {
    DOCUMENTS_INCOMPLETE: 'Документы неполные',
    PASSPORT_INVALID: 'Паспорт недействителен',
    DUPLICATE_CANDIDATE: 'Кандидат повторяется',
    UNDERAGE: 'Младше 18 лет',
    MEDICAL: 'Медицинские причины',
    OTHER: 'Другое',
  },
  [Locale.Uzbek]: {
    DOCUMENTS_INCOMPLETE: 'Hujjatlar toʻliq emas',
    PASSPORT_INVALID: 'Pasport yaroqsiz',
    DUPLICATE_CANDIDATE: 'Nomzod takrorlanmoqda',
    UNDERAGE: '18 yoshdan kichik',
    MEDICAL: 'Tibbiy sabablar',
    OTHER: 'Boshqa',
  },
  [Locale.Tajik]: {
    DOCUMENTS_INCOMPLETE: 'Ҳуҷҷатҳо нопурраанд',
    PASSPORT_INVALID: 'Шиноснома беэътибор аст',
    DUPLICATE_CANDIDATE: 'Номзад такрор мешавад',
    UNDERAGE: 'Аз 18 сола хурдтар',
    MEDICAL: 'Сабабҳои тиббӣ',
    OTHER: 'Дигар',
  },
  [Locale.English]: {
    DOCUMENTS_INCOMPLETE: 'Documents incomplete',
    PASSPORT_INVALID: 'Passport invalid',
    DUPLICATE_CANDIDATE: 'Duplicate candidate',
    UNDERAGE: 'Under age',
    MEDICAL: 'Medical reasons',
    OTHER: 'Other',
  },
};

function isRefusalReason(value: string): value is RefusalReason {
  return (REFUSAL_REASONS as readonly string[]).includes(value);
}

/** "CODE" or "CODE: text" as stored → the code's name in `locale`, then the text; any other reason (a decline's own words) as it is. */
export function readableReason(stored: string, locale: Locale): string {
  const match = /^([A-Z_]+)(?::\s*([\s\S]*))?$/.exec(stored.trim());
  if (!match || !isRefusalReason(match[1])) return stored;
  const label = LABELS[locale][match[1]];
  const text = match[2]?.trim();
  return text ? `${label} — ${text}` : label;
}

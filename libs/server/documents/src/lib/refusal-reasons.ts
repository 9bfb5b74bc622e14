/** What each refusal reason of @jumush/domain is called in the documents' languages. */
import type { RefusalReason } from '@jumush/domain';
import type { DocumentLocale } from './locale';

export const REFUSAL_REASON_LABELS: Record<DocumentLocale, Record<RefusalReason, string>> = {
  ru: {
    DOCUMENTS_INCOMPLETE: 'Неполный комплект документов',
    PASSPORT_INVALID: 'Паспорт недействителен',
    DUPLICATE_CANDIDATE: 'Кандидат уже подал заявку',
    UNDERAGE: 'Кандидату нет 18 лет',
    MEDICAL: 'Медицинские противопоказания',
    OTHER: 'Иная причина',
  },
  ky: {
    DOCUMENTS_INCOMPLETE: 'Документтер толук эмес',
    PASSPORT_INVALID: 'Паспорт жараксыз',
    DUPLICATE_CANDIDATE: 'Талапкер арызды мурда берген',
    UNDERAGE: 'Талапкер 18 жашка толо элек',
    MEDICAL: 'Медициналык каршы көрсөтмөлөр',
    OTHER: 'Башка себеп',
  },
  en: {
    DOCUMENTS_INCOMPLETE: 'Documents incomplete',
    PASSPORT_INVALID: 'Passport not valid',
    DUPLICATE_CANDIDATE: 'Candidate already applied',
    UNDERAGE: 'Candidate under 18',
    MEDICAL: 'Medical grounds',
    OTHER: 'Other reason',
  },
};

/** "Reason: what the attaché wrote", or either alone; an em dash when there is neither. */
export function refusalText(locale: DocumentLocale, reason: RefusalReason | null | undefined, text: string | null | undefined): string {
  const label = reason ? REFUSAL_REASON_LABELS[locale][reason] : null;
  const written = text?.trim() || null;
  if (label && written) return `${label}: ${written}`;
  return label ?? written ?? '—';
}

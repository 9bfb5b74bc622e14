/** Languages the documents are written in: the product's languages (Locale of @jumush/domain, as plain strings). */
export type DocumentLocale = 'ru' | 'ky' | 'en';

/**
 * Languages of the approval letter: every product language (Locale of @jumush/domain), since the candidate
 * carries it. Sheets and exports for the attaché and the consulate stay in DocumentLocale.
 */
export type LetterLocale = DocumentLocale | 'uz' | 'tg';

/** BCP 47 tags, for the PDF's language. */
export const LANGUAGE_TAG: Record<LetterLocale, string> = { ru: 'ru-RU', ky: 'ky-KG', uz: 'uz-Latn-UZ', tg: 'tg-TJ', en: 'en' };

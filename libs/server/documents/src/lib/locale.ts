/** Languages the documents are written in: the product's languages (Locale of @jumush/domain, as plain strings). */
export type DocumentLocale = 'ru' | 'ky' | 'en';

/** BCP 47 tags, for the PDF's language. */
export const LANGUAGE_TAG: Record<DocumentLocale, string> = { ru: 'ru-RU', ky: 'ky-KG', en: 'en' };

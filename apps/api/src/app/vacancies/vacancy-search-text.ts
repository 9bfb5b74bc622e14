/**
 * What a vacancy is found by: the title, the occupation's names and synonyms in every language, the town, the
 * region's names, the skills and the description. PostgreSQL turns it into the full-text vector (see the
 * generated column of VacancyEntity), next to the title.
 *
 * The text is lower-cased here, with ё as е, and so is every query (normalizeSearchText): PostgreSQL lower-cases
 * Cyrillic only under a UTF-8 LC_CTYPE, and a cluster initialised with the C locale (the embedded one of
 * `npm start` and `npm test`) would otherwise make the search case-sensitive. The title is repeated for the same
 * reason; its own part of the vector keeps the stronger weight where the locale allows.
 */
import { SUPPORTED_LOCALES, regionByCode, type Occupation } from '@jumush/domain';

export interface SearchableTerms {
  title: string;
  occupationCode: string;
  regionCode: string;
  town: string;
  skills: readonly string[];
  description: string;
}

/** Lower case (Russian rules), ё as е: how both the stored text and every query are compared. */
export function normalizeSearchText(text: string): string {
  return text.toLocaleLowerCase('ru').replace(/ё/g, 'е');
}

/** Names and synonyms of an occupation in every language, one string. Empty for none (an unknown code). */
export function occupationSearchText(occupation: Occupation | undefined): string {
  if (!occupation) return '';
  return SUPPORTED_LOCALES.flatMap((locale) => [occupation.name[locale], ...occupation.synonyms[locale]]).join(' ');
}

export function regionSearchText(code: string): string {
  const region = regionByCode(code);
  return region ? `${region.nameRu} ${region.nameEn}` : '';
}

/** The parts, trimmed, empty ones left out, one per line, normalised; `occupation`: the one `terms.occupationCode` names. */
export function vacancySearchText(terms: SearchableTerms, occupation: Occupation | undefined): string {
  return normalizeSearchText(
    [terms.title, occupationSearchText(occupation), terms.town, regionSearchText(terms.regionCode), terms.skills.join(' '), terms.description]
      .map((part) => part.trim())
      .filter(Boolean)
      .join('\n'),
  );
}

/**
 * Which occupations a misspelled word names ("сваршик" → welder), by trigrams as pg_trgm makes them: each word,
 * lower-cased, padded with two spaces in front and one behind, cut into every three characters. A query word
 * matches an occupation when most of its trigrams occur in one of the occupation's names or synonyms, in any
 * language (|T(query word) ∩ T(name word)| / |T(query word)| ≥ 0.5, like pg_trgm's word similarity but word by word).
 *
 * Done here rather than by `word_similarity(q, search_text)` in SQL: every vacancy of an occupation carries the
 * same names, and comparing a query with 45 occupations in memory costs microseconds, where word_similarity over
 * each candidate row's search text cost about 0.1 ms a row (half a second at 100,000 vacancies, see bench/README.md).
 *
 * The occupations are data: OccupationsService installs each list it loads (useOccupationsForFuzzyMatching), so an
 * admin's rename is matched from the next search on; until the first load, the list as seeded.
 */
import { SEED_OCCUPATIONS, SUPPORTED_LOCALES, type Occupation } from '@jumush/domain';

/** Shorter words are too ambiguous to correct (a typo leaves too few trigrams). */
const MIN_WORD_LENGTH = 4;
const THRESHOLD = 0.5;

function wordsOf(text: string): string[] {
  return (
    text
      .toLocaleLowerCase('ru')
      .replace(/ё/g, 'е')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

export function trigramsOf(word: string): Set<string> {
  const padded = `  ${word} `;
  const trigrams = new Set<string>();
  const chars = Array.from(padded);
  for (let i = 0; i + 3 <= chars.length; i++) trigrams.add(chars.slice(i, i + 3).join(''));
  return trigrams;
}

type OccupationWords = ReadonlyArray<{ code: string; words: ReadonlyArray<Set<string>> }>;

/** Each occupation with the trigram sets of the words of its names and synonyms. */
function wordsOfOccupations(occupations: readonly Occupation[]): OccupationWords {
  return occupations.map((occupation) => {
    const text = SUPPORTED_LOCALES.flatMap((locale) => [occupation.name[locale], ...occupation.synonyms[locale]]).join(' ');
    return {
      code: occupation.code,
      words: [...new Set(wordsOf(text))].filter((word) => word.length >= 3).map(trigramsOf),
    };
  });
}

let occupationWords: OccupationWords = wordsOfOccupations(SEED_OCCUPATIONS);
let installed: readonly Occupation[] = SEED_OCCUPATIONS;

/** Matches against this list from now on (built once per list: the same list twice costs nothing). */
export function useOccupationsForFuzzyMatching(occupations: readonly Occupation[]): void {
  if (occupations === installed) return;
  installed = occupations;
  occupationWords = wordsOfOccupations(occupations);
}

/** The share of the query word's trigrams found in the other word. */
function coverage(query: Set<string>, other: Set<string>): number {
  let common = 0;
  for (const trigram of query) if (other.has(trigram)) common++;
  return common / query.size;
}

/** Codes of the occupations some word of `q` names, allowing for misspellings; in the order of the list. */
export function fuzzyOccupationCodes(q: string): string[] {
  const queryWords = [...new Set(wordsOf(q))].filter((word) => Array.from(word).length >= MIN_WORD_LENGTH).map(trigramsOf);
  if (queryWords.length === 0) return [];
  return occupationWords
    .filter(({ words }) => queryWords.some((query) => words.some((word) => coverage(query, word) >= THRESHOLD)))
    .map(({ code }) => code);
}

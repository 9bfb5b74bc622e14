import type { RequirementSourceView } from '@jumush/contracts/client';
import { formatDate } from './format';

type Translate = (key: string, params?: Record<string, string | number>) => string;

/**
 * "Legal basis: <act of its date>, article <n> (in force from <date>)" in the reader's language, or the programme's
 * label: the line beside every requirement the law (or our programme) sets.
 */
export function legalSourceLine(source: RequirementSourceView, translate: Translate, lang: string): string {
  if (source.basis === 'programme') return translate('profile.checklist.source.programme');
  const act = translate(`legal.act.${source.act}`);
  const line = source.article
    ? translate('profile.checklist.source.lawArticle', { act, article: source.article })
    : translate('profile.checklist.source.law', { act });
  return source.inForceFrom ? `${line} (${translate('profile.checklist.source.inForce', { date: formatDate(source.inForceFrom, lang) })})` : line;
}

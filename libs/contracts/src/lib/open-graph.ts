/**
 * Link previews of a vacancy page (`/:lang/vacancies/:id`): Open Graph and description tags put into the web app's
 * index.html by the web server, so a link shared in a messenger shows the title, town, wage, housing and
 * insurance in the reader's language. Pure string work, no framework: the web server imports this file by path.
 */
import type { PublicVacancyView } from './vacancies';

/** The product's languages (Locale of @jumush/domain), spelled out: the web server imports this file by path. */
export type OpenGraphLanguage = 'ky' | 'ru' | 'uz' | 'tg' | 'en';
export const OPEN_GRAPH_LANGUAGES: readonly OpenGraphLanguage[] = ['ky', 'ru', 'uz', 'tg', 'en'];

export type OpenGraphVacancy = Pick<
  PublicVacancyView,
  'id' | 'title' | 'town' | 'monthlyWageRoubles' | 'housing' | 'housingCostRoubles' | 'insurance'
>;

export interface PageMeta {
  title: string;
  description: string;
  url: string;
  language: OpenGraphLanguage;
}

const OG_LOCALES: Record<OpenGraphLanguage, string> = { ky: 'ky_KG', ru: 'ru_RU', uz: 'uz_UZ', tg: 'tg_TJ', en: 'en_GB' };

/** `<html lang>`, as the web app sets it: Uzbek names its Latin script. */
const HTML_LANG: Record<OpenGraphLanguage, string> = { ky: 'ky', ru: 'ru', uz: 'uz-Latn', tg: 'tg', en: 'en' };

/** 95000 → "95 000" (no-break space) in ky, ru, uz and tg, "95,000" in en; the same on every machine, unlike Intl. */
export function formatRoubles(amount: number, language: OpenGraphLanguage): string {
  const digits = String(Math.round(Math.abs(amount)));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, language === 'en' ? ',' : '\u00a0');
  return amount < 0 ? `-${grouped}` : grouped;
}

const TEXTS: Record<
  OpenGraphLanguage,
  { wage: (roubles: string) => string; housing: (vacancy: OpenGraphVacancy, cost: string) => string; insurance: (yes: boolean) => string }
> = {
  ru: {
    wage: (roubles) => `${roubles} ₽ в месяц`,
    housing: (vacancy, cost) =>
      `Жильё: ${vacancy.housing === 'FREE' ? 'бесплатно' : vacancy.housing === 'PAID' ? `платно, ${cost} ₽ в месяц` : 'не предоставляется'}`,
    insurance: (yes) => `ДМС: ${yes ? 'есть' : 'нет'}`,
  },
  ky: {
    wage: (roubles) => `Айлык: ${roubles} рубль`,
    housing: (vacancy, cost) =>
      `Турак жай: ${vacancy.housing === 'FREE' ? 'акысыз' : vacancy.housing === 'PAID' ? `акы төлөнөт, айына ${cost} рубль` : 'берилбейт'}`,
    insurance: (yes) => `Медициналык камсыздандыруу: ${yes ? 'бар' : 'жок'}`,
  },
  uz: {
    wage: (roubles) => `Oylik: ${roubles} rubl`,
    housing: (vacancy, cost) =>
      `Turar joy: ${vacancy.housing === 'FREE' ? 'bepul' : vacancy.housing === 'PAID' ? `pullik, oyiga ${cost} rubl` : 'berilmaydi'}`,
    insurance: (yes) => `Tibbiy sugʻurta: ${yes ? 'bor' : 'yoʻq'}`,
  },
  tg: {
    wage: (roubles) => `Музди моҳона: ${roubles} рубл`,
    housing: (vacancy, cost) =>
      `Манзил: ${vacancy.housing === 'FREE' ? 'ройгон' : vacancy.housing === 'PAID' ? `пулакӣ, ${cost} рубл дар як моҳ` : 'дода намешавад'}`,
    insurance: (yes) => `Суғуртаи тиббӣ: ${yes ? 'ҳаст' : 'нест'}`,
  },
  en: {
    wage: (roubles) => `${roubles} roubles a month`,
    housing: (vacancy, cost) =>
      `Housing: ${vacancy.housing === 'FREE' ? 'free' : vacancy.housing === 'PAID' ? `${cost} roubles a month` : 'not provided'}`,
    insurance: (yes) => `Health insurance: ${yes ? 'yes' : 'no'}`,
  },
};

/** What a preview of the vacancy says: "title — town", and wage · housing · insurance in the language. */
export function vacancyPageMeta(vacancy: OpenGraphVacancy, language: OpenGraphLanguage, url: string): PageMeta {
  const text = TEXTS[language];
  const description = [
    text.wage(formatRoubles(vacancy.monthlyWageRoubles, language)),
    text.housing(vacancy, formatRoubles(vacancy.housingCostRoubles ?? 0, language)),
    text.insurance(vacancy.insurance),
  ].join(' · ');
  return { title: `${vacancy.title} — ${vacancy.town}`, description, url, language };
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char);
}

/** Tags this function writes; earlier ones of the same kind are removed, so rendering twice changes nothing. */
const OWN_TAGS = /[ \t]*<(?:meta\s+(?:name="description"|property="og:[a-z_:]+")|link\s+rel="canonical")[^>]*>\n?/gi;

/**
 * index.html with the page's title, description, canonical link and Open Graph tags in its <head>, every value
 * HTML-escaped. Without a </head> the document is returned unchanged.
 */
export function renderPageMeta(html: string, meta: PageMeta): string {
  const headEnd = html.search(/<\/head>/i);
  if (headEnd < 0) return html;
  const title = escapeHtml(meta.title);
  const description = escapeHtml(meta.description);
  const url = escapeHtml(meta.url);
  const tags = [
    `<meta name="description" content="${description}" />`,
    `<meta property="og:type" content="website" />`,
    `<meta property="og:site_name" content="Jumush" />`,
    `<meta property="og:locale" content="${OG_LOCALES[meta.language]}" />`,
    `<meta property="og:title" content="${title}" />`,
    `<meta property="og:description" content="${description}" />`,
    `<meta property="og:url" content="${url}" />`,
    `<link rel="canonical" href="${url}" />`,
  ]
    .map((tag) => `    ${tag}\n`)
    .join('');
  const head = html.slice(0, headEnd).replace(OWN_TAGS, '');
  const withTitle = /<title>[\s\S]*?<\/title>/i.test(head) ? head.replace(/<title>[\s\S]*?<\/title>/i, `<title>${title} · Jumush</title>`) : head;
  const withLanguage = withTitle.replace(/<html([^>]*?)\slang="[^"]*"/i, `<html$1 lang="${HTML_LANG[meta.language]}"`);
  return `${withLanguage.replace(/[ \t]*$/, '')}${tags}  ${html.slice(headEnd)}`;
}

/** A JSON-LD block already in the page (written by renderJsonLd), so rendering twice changes nothing. */
const OWN_JSON_LD = /[ \t]*<script type="application\/ld\+json">[\s\S]*?<\/script>\n?/gi;

/**
 * JSON for inside a <script> element: `<` (so no `</script>` or `<!--` can end or bend the element), and U+2028 and
 * U+2029 written as escapes, which JSON allows and every parser reads back as the same string.
 */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * The page with structured data (schema.org JSON-LD) at the end of its <head>. A data block is never run, so the
 * Content-Security-Policy's script-src does not apply to it. Without a </head> the document is returned unchanged.
 */
export function renderJsonLd(html: string, data: unknown): string {
  const headEnd = html.search(/<\/head>/i);
  if (headEnd < 0) return html;
  const head = html.slice(0, headEnd).replace(OWN_JSON_LD, '');
  return `${head.replace(/[ \t]*$/, '')}    <script type="application/ld+json">${jsonForScript(data)}</script>\n  ${html.slice(headEnd)}`;
}

/** The whole step: a vacancy page's index.html, with its JobPosting when the API gave one. */
export function renderVacancyPage(html: string, vacancy: OpenGraphVacancy, language: OpenGraphLanguage, url: string, jobPosting?: unknown): string {
  const withMeta = renderPageMeta(html, vacancyPageMeta(vacancy, language, url));
  return jobPosting === undefined || jobPosting === null ? withMeta : renderJsonLd(withMeta, jobPosting);
}

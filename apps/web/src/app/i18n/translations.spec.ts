import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SUPPORTED_LOCALES, Role } from '@jumush/contracts/client';
import { FIELD_ERROR_CODES, PROBLEM_CODES } from '../core/errors/problem';

/**
 * The five translation files must say the same things: same keys, same {{placeholders}} as Russian (the
 * reference), a message for every code the API can send and every key the app uses, no key that nothing uses,
 * and no text in a template that bypasses them.
 */
type Tree = { [key: string]: string | Tree };

const ROOT = join(__dirname, '../../../../..');
const I18N_DIR = join(__dirname, '../../../public/i18n');
const APP_DIR = join(__dirname, '..');
const REFERENCE = 'ru';

function load(lang: string): Tree {
  return JSON.parse(readFileSync(join(I18N_DIR, `${lang}.json`), 'utf8')) as Tree;
}

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]).sort();
}

/** Non-test .ts (and .html) files under `dir`. */
function sourceFiles(dir: string, extensions = /\.(ts|html)$/): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(path, extensions);
    return extensions.test(name) && !/\.(spec|int-spec)\.ts$/.test(name) ? [path] : [];
  });
}

const files = Object.fromEntries(SUPPORTED_LOCALES.map((lang) => [lang, flatten(load(lang))]));
const reference = files[REFERENCE];
const others = SUPPORTED_LOCALES.filter((lang) => lang !== REFERENCE);
const appSources = sourceFiles(APP_DIR).map((file) => ({ file, text: readFileSync(file, 'utf8') }));
const appSourceText = appSources.map((source) => source.text).join('\n');
/** The API and the libraries it speaks through: where problem codes and server-built keys come from. */
const serverSourceText = [join(ROOT, 'apps/api/src'), join(ROOT, 'libs')]
  .flatMap((dir) => sourceFiles(dir, /\.ts$/))
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');

/**
 * Keys that no literal names, because code builds them from a value (`'status.company.' + status`,
 * `plural.${base}.${form}`). Each prefix must still appear, followed by a dot, in the code said to build it, so
 * the list cannot outlive its use. enum-translations.spec.ts checks that every value has its label.
 */
const DYNAMIC_KEY_PREFIXES: readonly { prefix: string; builtBy: 'web' | 'server' }[] = [
  { prefix: 'language', builtBy: 'web' },
  { prefix: 'checkIn.question', builtBy: 'web' },
  { prefix: 'rating.aspect', builtBy: 'web' },
  { prefix: 'grievance.category', builtBy: 'web' },
  { prefix: 'grievance.status', builtBy: 'web' },
  { prefix: 'grievance.move', builtBy: 'web' },
  { prefix: 'workReports.housingReport', builtBy: 'web' },
  { prefix: 'workReports.contractReport', builtBy: 'web' },
  { prefix: 'workReports.difference', builtBy: 'web' },
  { prefix: 'workReports.feeStates', builtBy: 'web' },
  { prefix: 'workReports.done', builtBy: 'web' },
  { prefix: 'redFlags.rule', builtBy: 'web' },
  { prefix: 'redFlags.status', builtBy: 'web' },
  { prefix: 'redFlags.evidenceKind', builtBy: 'web' },
  { prefix: 'help.kind', builtBy: 'web' },
  { prefix: 'help.day', builtBy: 'web' },
  { prefix: 'plural', builtBy: 'web' },
  { prefix: 'terms.housingShort', builtBy: 'web' },
  { prefix: 'terms.housingPlain', builtBy: 'web' },
  { prefix: 'terms.mealsOption', builtBy: 'web' },
  { prefix: 'terms.mealsPlain', builtBy: 'web' },
  { prefix: 'terms.shift', builtBy: 'web' },
  { prefix: 'terms.shiftPlain', builtBy: 'web' },
  { prefix: 'terms.russian', builtBy: 'web' },
  { prefix: 'terms.russianPlain', builtBy: 'web' },
  { prefix: 'status.company', builtBy: 'web' },
  // `'status.dispute.' + status` and `'attacheDisputes.decided.' + decision` on the dispute pages.
  { prefix: 'status.dispute', builtBy: 'web' },
  { prefix: 'suspensionCategory', builtBy: 'web' },
  { prefix: 'attacheDisputes.decided', builtBy: 'web' },
  { prefix: 'status.vacancy', builtBy: 'web' },
  { prefix: 'sectors', builtBy: 'web' },
  { prefix: 'companyPage.statusText', builtBy: 'web' },
  { prefix: 'documents.kind', builtBy: 'web' },
  { prefix: 'editor.notice', builtBy: 'web' },
  { prefix: 'editor.statusText', builtBy: 'web' },
  { prefix: 'decision.company', builtBy: 'web' },
  { prefix: 'decision.vacancy', builtBy: 'web' },
  { prefix: 'attacheCompanies.empty', builtBy: 'web' },
  // `audit.${event.action}`, the action being e.g. 'company.verify'.
  { prefix: 'audit', builtBy: 'web' },
  { prefix: 'profile.step', builtBy: 'web' },
  { prefix: 'profile.sex', builtBy: 'web' },
  { prefix: 'profile.education', builtBy: 'web' },
  { prefix: 'profile.checklist.kind', builtBy: 'web' },
  { prefix: 'profile.checklist.status', builtBy: 'web' },
  { prefix: 'profile.citizenship.regime', builtBy: 'web' },
  { prefix: 'citizenship.country', builtBy: 'web' },
  { prefix: 'legal.act', builtBy: 'web' },
  // The region warnings a vacancy carries (libs/domain region-warnings: VacancyRegionWarning).
  { prefix: 'region', builtBy: 'server' },
  // The honest-terms findings (libs/domain honest-terms: VacancyTermsFindingCode) and their severity's label.
  { prefix: 'termsFinding', builtBy: 'server' },
  { prefix: 'termsFindings', builtBy: 'web' },
  { prefix: 'myApplications.status', builtBy: 'web' },
  { prefix: 'myApplications.happened', builtBy: 'web' },
  { prefix: 'myApplications.closedCause', builtBy: 'web' },
  // The after-arrival checklist on an application's page: its kinds (libs/domain AfterArrivalItemKind) and parties.
  { prefix: 'applicationPage.afterArrival.kind', builtBy: 'web' },
  { prefix: 'applicationPage.afterArrival.party', builtBy: 'web' },
  { prefix: 'applicants.status', builtBy: 'web' },
  { prefix: 'batch.status', builtBy: 'web' },
  // `verify.category.${category}`: the revocation category on the verification page and the attaché's revoke form.
  { prefix: 'verify.category', builtBy: 'web' },
  { prefix: 'batch.flag', builtBy: 'web' },
  // `'members.invitationStatus.' + invitation.status` on the company page's colleagues section.
  { prefix: 'members.invitationStatus', builtBy: 'web' },
  { prefix: 'batchPage.document', builtBy: 'web' },
  { prefix: 'refusal', builtBy: 'web' },
  { prefix: 'attacheBatch.summary', builtBy: 'web' },
  { prefix: 'verify.status', builtBy: 'web' },
  { prefix: 'verify.text', builtBy: 'web' },
  { prefix: 'adminMessages.channel', builtBy: 'web' },
  { prefix: 'adminCountries.regimeName', builtBy: 'web' },
  { prefix: 'notificationPreferences.channel', builtBy: 'web' },
  { prefix: 'notificationPreferences.unavailable', builtBy: 'web' },
  // The API sends the key of "what happens next" with each application (libs/domain application-lifecycle).
  { prefix: 'application.next', builtBy: 'server' },
  // The transparency page: a stage, a registry status and a data set, named by the open data's own codes.
  { prefix: 'transparency.stages', builtBy: 'web' },
  { prefix: 'transparency.statuses', builtBy: 'web' },
  { prefix: 'transparency.datasets', builtBy: 'web' },
  // The employer's API keys page: `apiKeys.scope.${scope}` (colon as underscore) and `apiKeys.standing.${standing}`.
  { prefix: 'apiKeys.scope', builtBy: 'web' },
  { prefix: 'apiKeys.standing', builtBy: 'web' },
];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A quoted or template-literal key: 'search.title', "search.title", `search.title`. */
function isNamedLiterally(key: string, source: string): boolean {
  return new RegExp(`[\`'"]${escapeRegExp(key)}[\`'"]`).test(source);
}

/** The templates of a file: a whole .html file, or the inline `template:` literals of a component. */
function templatesOf(file: string, text: string): string[] {
  if (file.endsWith('.html')) return [text];
  return [...text.matchAll(/template:\s*`((?:[^`\\]|\\.)*)`/g)].map((m) => m[1]);
}

/** Attributes a person reads or hears (screen readers): their values must come from the translations. */
const READ_ATTRIBUTES = [
  'placeholder',
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'alt',
  'label',
  'mattooltip',
];

/** Words that are the same in every language: the product's name. */
// The product's name, and names of formats and of a licence, written the same in every language.
const NOT_LANGUAGE = new Set(['Jumush', 'JSON', 'CSV', 'CC BY 4.0']);

/** A start or end tag, with attribute values that may contain ">" (`@if (count() > 0)` in a binding). */
const TAG = /<\/?[a-zA-Z][^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>/g;

/** Text in a template that a person would read and that no translation supplies. */
export function hardCodedText(template: string): string[] {
  const found: string[] = [];
  const markup = template.replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '');
  for (const [tag] of markup.matchAll(TAG)) {
    for (const [, name, value] of tag.matchAll(/\s([\w.:-]+)="([^"]*)"/g)) {
      // [attr]="…" and attr.x are bindings: they hold expressions, usually `'key' | translate`.
      if (!READ_ATTRIBUTES.includes(name.toLowerCase())) continue;
      const literal = value.replace(/\{\{[\s\S]*?\}\}/g, ' ').trim();
      if (/\p{L}/u.test(literal) && !NOT_LANGUAGE.has(literal)) found.push(`${name}="${value}"`);
    }
  }
  for (const node of markup.split(TAG)) {
    const text = node
      .replace(/\{\{[\s\S]*?\}\}/g, ' ')
      .replace(/@(?:if|for|switch|case|defer|else if)\s*\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\)\s*\{/g, ' ')
      .replace(/@(?:else|default|empty|placeholder|loading|error|defer)\s*\{/g, ' ')
      .replace(/@let\s[^;]*;/g, ' ')
      .replace(/&(?:[a-z]+|#\d+|#x[\da-f]+);/gi, ' ')
      .replace(/[{}]/g, ' ')
      .trim();
    if (/\p{L}/u.test(text) && !NOT_LANGUAGE.has(text)) found.push(text.replace(/\s+/g, ' '));
  }
  return found;
}

describe('translation files', () => {
  it('exist for every supported locale and are not empty', () => {
    expect(SUPPORTED_LOCALES).toEqual(['ky', 'ru', 'uz', 'tg', 'en']);
    for (const lang of SUPPORTED_LOCALES) expect(files[lang].size).toBeGreaterThan(0);
  });

  it.each(others)('%s has no key missing compared to ru', (lang) => {
    const missing = [...reference.keys()].filter((key) => !files[lang].has(key));
    expect(missing).toEqual([]);
  });

  it.each(others)('%s has no extra key compared to ru', (lang) => {
    const extra = [...files[lang].keys()].filter((key) => !reference.has(key));
    expect(extra).toEqual([]);
  });

  it.each(others)('%s uses the same {{placeholders}} as ru', (lang) => {
    const mismatches = [...reference.entries()]
      .filter(([key]) => files[lang].has(key))
      .filter(([key, text]) => placeholders(text).join() !== placeholders(files[lang].get(key) ?? '').join())
      .map(([key]) => key);
    expect(mismatches).toEqual([]);
  });

  it.each([...SUPPORTED_LOCALES])('%s has no empty message', (lang) => {
    const empty = [...files[lang].entries()].filter(([, text]) => text.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it.each([...SUPPORTED_LOCALES])('%s writes in its own script', (lang) => {
    const script = { ky: /\p{Script=Cyrillic}/u, ru: /\p{Script=Cyrillic}/u, tg: /\p{Script=Cyrillic}/u, uz: /[a-z]/, en: /[a-z]/ }[lang];
    const words = [...files[lang].values()].join(' ');
    expect(script.test(words)).toBe(true);
    // Letters only one language of the five has: a Kyrgyz ң in a Tajik file is a copy-paste slip. Uzbek is
    // Latin throughout, abbreviations too (INN, OGRN, MROT); only the example of a legal name is typed as registered.
    const russianAbbreviations = /ООО «Строймонтаж»/g;
    const foreign = { ky: /[ҷҳӣӯқғ]/, tg: /[ңөү]/, ru: /[ңөүҷҳӣӯқғ]/, uz: /\p{Script=Cyrillic}/u, en: /[ңөүҷҳӣӯқғ]/ }[lang];
    const slips = [...files[lang].entries()]
      .filter(([key, text]) => !key.startsWith('language.') && foreign.test(text.replace(russianAbbreviations, '')))
      .map(([key]) => key);
    expect(slips).toEqual([]);
  });

  it.each([...SUPPORTED_LOCALES])('%s translates every API field error and problem code', (lang) => {
    const missing = [...FIELD_ERROR_CODES, ...PROBLEM_CODES].filter((code) => !files[lang].has(code));
    expect(missing).toEqual([]);
  });

  it('lists every problem and field error code the API source sends', () => {
    const sent = new Set([...serverSourceText.matchAll(/\bcode: '([a-z][A-Za-z]*\.[A-Za-z][\w.]*)'/g)].map((m) => m[1]));
    expect(sent.size).toBeGreaterThan(30);
    const known = new Set<string>([...FIELD_ERROR_CODES, ...PROBLEM_CODES]);
    expect([...sent].filter((code) => !known.has(code)).sort()).toEqual([]);
  });

  it('names every role and every language, each language in its own name', () => {
    const keys = [...Object.values(Role).map((role) => `roles.${role}`), ...SUPPORTED_LOCALES.map((lang) => `language.${lang}`)];
    expect(keys.filter((key) => !reference.has(key))).toEqual([]);
    const nativeNames = { ky: 'Кыргызча', ru: 'Русский', uz: 'Oʻzbekcha', tg: 'Тоҷикӣ', en: 'English' };
    for (const lang of SUPPORTED_LOCALES) {
      for (const named of SUPPORTED_LOCALES) expect([lang, named, files[lang].get(`language.${named}`)]).toEqual([lang, named, nativeNames[named]]);
    }
  });

  it('has every key the templates and components use', () => {
    const namespaces = [...new Set([...reference.keys()].map((key) => key.split('.')[0]))].join('|');
    const keyLiteral = new RegExp(`['"\`]((?:${namespaces})\\.[A-Za-z][\\w.]*)['"\`]`, 'g');
    const used = new Set(appSources.flatMap(({ text }) => [...text.matchAll(keyLiteral)].map((m) => m[1])));
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((key) => !reference.has(key)).sort()).toEqual([]);
  });

  it('has no key that nothing uses', () => {
    const dynamic = (key: string) => DYNAMIC_KEY_PREFIXES.some(({ prefix }) => key.startsWith(`${prefix}.`));
    const unused = [...reference.keys()].filter((key) => !isNamedLiterally(key, appSourceText) && !dynamic(key));
    expect(unused).toEqual([]);
  });

  it.each(DYNAMIC_KEY_PREFIXES.map(({ prefix, builtBy }) => [prefix, builtBy]))(
    'still builds keys from the prefix %s (in the %s code)',
    (prefix, builtBy) => {
      expect(reference.has(prefix)).toBe(false);
      expect([...reference.keys()].some((key) => key.startsWith(`${prefix}.`))).toBe(true);
      const source = builtBy === 'web' ? appSourceText : serverSourceText;
      expect(new RegExp(`[\`'"]${escapeRegExp(prefix)}\\.`).test(source)).toBe(true);
    },
  );
});

describe('templates', () => {
  it('finds text that bypasses the translations', () => {
    expect(hardCodedText('<p>Hello {{ name }}</p>')).toEqual(['Hello']);
    expect(hardCodedText('<input placeholder="Your name" [title]="title" aria-label="{{ \'a.b\' | translate }}">')).toEqual([
      'placeholder="Your name"',
    ]);
    expect(hardCodedText('@if (count() > 0) { <b title="Save">{{ \'x.y\' | translate }}</b> } @else { Nothing }')).toEqual([
      'title="Save"',
      'Nothing',
    ]);
    expect(hardCodedText('<mat-label>Имя</mat-label><span>—</span><a>Jumush</a><!-- a comment -->&nbsp;')).toEqual(['Имя']);
    expect(hardCodedText("@for (item of items(); track item.id) { <li>{{ item.name }}</li> } @empty { <li>{{ 'e.f' | translate }}</li> }")).toEqual(
      [],
    );
  });

  it('show no text that is not translated', () => {
    const templates = appSources.flatMap(({ file, text }) => templatesOf(file, text).map((template) => ({ file, template })));
    expect(templates.length).toBeGreaterThan(30);
    const found = templates.flatMap(({ file, template }) => hardCodedText(template).map((text) => `${file.slice(APP_DIR.length + 1)}: ${text}`));
    expect(found).toEqual([]);
  });
});

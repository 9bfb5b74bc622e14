/**
 * The prerendered shell of the public vacancy search (`/:lang/vacancies`): static markup of the toolbar and
 * the page's heading and lead paragraph, in the page's language, put into index.html by the web server. On a
 * cheap phone on slow mobile data the text then paints from the HTML, seconds before Angular has downloaded,
 * started and rendered the page. It has the app's classes and sizes, so that nothing moves when the app takes
 * over: `jm-root` stays hidden while `#jm-prerendered` exists, and the app removes it once its first page has
 * rendered (App). Pure functions, no imports: the web server (tools/stack/web-server.ts) imports this file by path,
 * as it does open-graph.ts; the e2e journey imports it from `@jumush/contracts`.
 */

/** The element the app removes when it has rendered; while it exists, `jm-root` is hidden. */
export const PRERENDERED_ID = 'jm-prerendered';

/** `/:lang/vacancies` (the search, not a vacancy): the language segment, lower case; null for any other path. */
export function prerenderedLanguageOf(pathname: string): string | null {
  const match = /^\/([a-z]{2})\/vacancies\/?$/i.exec(pathname);
  return match ? match[1].toLowerCase() : null;
}

/** The BCP 47 tag for `<html lang>`, as the app sets it (locale-resolution.ts documentLanguageOf). */
export function documentLanguageOf(language: string): string {
  return language === 'uz' ? 'uz-Latn' : language;
}

export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** The language's translation file (apps/web/public/i18n/<lang>.json), nested objects of strings. */
export type Translations = Record<string, unknown>;

/** A translation by its dotted key, falling back to the key as ngx-translate does. */
export function translate(translations: Translations, key: string): string {
  let node: unknown = translations;
  for (const part of key.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  return typeof node === 'string' ? node : key;
}

/**
 * The styles of the shell: app.scss, vacancy-search.scss and the Material toolbar and buttons, as they compute
 * with the theme's tokens (inlined in index.html's <head> by the build). Keep in step with those files; the
 * e2e test `prerendered-shell.e2e.ts` compares the positions of both renders. Plus styles.scss's
 * `.visually-hidden`: with its code preloaded the app may render before styles.css (fetched at low priority)
 * has arrived, and a hidden label showing for that moment would push the search box down when it goes.
 */
const SHELL_CSS = `
#${PRERENDERED_ID}~jm-root{display:none}
.visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap}
#${PRERENDERED_ID}{display:flex;flex-direction:column;min-height:100dvh}
#${PRERENDERED_ID} .app-toolbar{display:grid;grid-template-columns:auto 1fr auto auto;grid-template-areas:'brand links nav language';align-items:center;gap:8px 16px;box-sizing:border-box;width:100%;min-height:64px;padding:8px 16px;border-block-end:1px solid var(--mat-sys-outline-variant);background:var(--mat-sys-surface);color:var(--mat-sys-on-surface);font:var(--mat-sys-title-large);letter-spacing:var(--mat-sys-title-large-tracking);white-space:normal}
#${PRERENDERED_ID} .brand{grid-area:brand;display:inline-flex;align-items:center;gap:8px;min-height:44px;color:inherit;text-decoration:none;font:var(--mat-sys-title-large);font-weight:700;letter-spacing:.02em}
#${PRERENDERED_ID} .brand-mark{width:28px;height:28px;border-radius:50%;background:radial-gradient(circle,var(--mat-sys-tertiary) 0 30%,var(--mat-sys-primary) 32%)}
#${PRERENDERED_ID} .language-switcher{grid-area:language;min-height:40px;max-width:100%;padding:6px 8px;border:1px solid var(--mat-sys-outline);border-radius:8px;background:var(--mat-sys-surface);color:var(--mat-sys-on-surface);font:var(--mat-sys-body-medium)}
#${PRERENDERED_ID} .main-nav{grid-area:links;display:flex;gap:4px;min-width:0;overflow-x:auto;scrollbar-width:none}
#${PRERENDERED_ID} .nav-link{display:inline-flex;flex:none;align-items:center;min-height:40px;padding:0 12px;border-radius:20px;color:var(--mat-sys-on-surface);text-decoration:none;font:var(--mat-sys-label-large);white-space:nowrap}
#${PRERENDERED_ID} .nav-link.active{background:var(--mat-sys-secondary-container);color:var(--mat-sys-on-secondary-container);font-weight:700}
#${PRERENDERED_ID} .account-nav{grid-area:nav;display:flex;flex-wrap:wrap;align-items:center;justify-content:flex-end;gap:8px;min-width:0}
#${PRERENDERED_ID} .button{display:inline-flex;align-items:center;justify-content:center;box-sizing:border-box;min-width:64px;height:40px;padding:0 12px;border-radius:var(--mat-sys-corner-full);color:var(--mat-sys-on-surface);font-family:var(--mat-sys-label-large-font);font-size:var(--mat-sys-label-large-size);font-weight:var(--mat-sys-label-large-weight);letter-spacing:var(--mat-sys-label-large-tracking);text-decoration:none;vertical-align:middle}
#${PRERENDERED_ID} .button.flat{padding:0 24px;background:var(--mat-sys-primary);color:var(--mat-sys-on-primary)}
#${PRERENDERED_ID} .app-main{flex:1;padding:24px 16px 48px}
#${PRERENDERED_ID} .search{display:block;width:min(100%,1120px);margin-inline:auto}
#${PRERENDERED_ID} .h1{margin:0 0 4px;font:var(--mat-sys-headline-medium)}
#${PRERENDERED_ID} .lead{margin:0 0 16px;color:var(--mat-sys-on-surface-variant)}
@media (max-width:599.98px){
#${PRERENDERED_ID} .app-toolbar{grid-template-columns:auto 1fr;grid-template-areas:'brand language' 'links links' 'nav nav';padding:8px 12px}
#${PRERENDERED_ID} .language-switcher{justify-self:end}
#${PRERENDERED_ID} .account-nav{justify-content:stretch}
#${PRERENDERED_ID} .account-nav>*{flex:1 1 auto}
}
@media (min-width:600px){#${PRERENDERED_ID} .app-main{padding:40px 24px 64px}}
`
  .trim()
  .replace(/\n/g, '');

/** The search page's component in the build's stats.json (esbuild metafile): its chunks are preloaded. */
const SEARCH_PAGE_ENTRY = 'apps/web/src/app/pages/vacancy-search/vacancy-search.ts';

/** The part of esbuild's metafile (Angular's stats.json) read here. */
export interface BuildStats {
  outputs: Record<string, { entryPoint?: string; imports?: Array<{ path: string; kind: string }> }>;
}

/**
 * The JavaScript the search page loads lazily — its chunk and what that imports statically — less what
 * index.html loads already (its scripts, modulepreloads and their static imports).
 */
export function searchPageChunksFromStats(stats: BuildStats, indexHtml: string): string[] {
  const closure = (roots: string[]) => {
    const seen = new Set<string>();
    const queue = [...roots];
    while (queue.length) {
      const file = queue.pop() as string;
      if (seen.has(file) || !stats.outputs[file]) continue;
      seen.add(file);
      for (const imported of stats.outputs[file].imports ?? []) if (imported.kind === 'import-statement') queue.push(imported.path);
    }
    return seen;
  };
  const initial = closure(
    [...indexHtml.matchAll(/<script[^>]+src="([^"]+\.js)"|<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)].map(
      (match) => match[1] ?? match[2],
    ),
  );
  const page = Object.entries(stats.outputs).find(([, output]) => output.entryPoint === SEARCH_PAGE_ENTRY)?.[0];
  return page ? [...closure([page])].filter((file) => file.endsWith('.js') && !initial.has(file)) : [];
}

/** The languages of the switcher, in the app's order (SUPPORTED_LOCALES); only those with a translation file are listed. */
export const SWITCHER_LANGUAGES = ['ky', 'ru', 'uz', 'tg', 'en'] as const;

export interface ShellOptions {
  language: string;
  translations: Translations;
  /** Languages that have a translation file (for the switcher). */
  languages: readonly string[];
  /** Hashed JavaScript files of the search page, fetched alongside the main bundle (`<link rel="modulepreload">`). */
  modulePreloads?: readonly string[];
}

/**
 * The shell's markup: the signed-out toolbar and the search page's heading, as the app renders them. No
 * <main>, <header> or <h1> and no ids: for the moment both exist, `main h1` or `#nav-login` must find the
 * app's element only (the heading is one by its role).
 */
export function shellMarkup(language: string, translations: Translations, languages: readonly string[]): string {
  const t = (key: string) => escapeHtml(translate(translations, key));
  const lang = escapeHtml(language);
  const options = SWITCHER_LANGUAGES.filter((locale) => languages.includes(locale))
    .map(
      (locale) =>
        `<option value="${locale}" lang="${documentLanguageOf(locale)}"${locale === language ? ' selected' : ''}>${t(`language.${locale}`)}</option>`,
    )
    .join('');
  return (
    `<div id="${PRERENDERED_ID}">` +
    `<div class="app-header"><div class="app-toolbar signed-out">` +
    `<a class="brand" href="/${lang}" aria-label="${t('app.homeLink')}"><span class="brand-mark" aria-hidden="true"></span><span class="brand-name">${t('app.name')}</span></a>` +
    // Before the app runs, choosing a language does nothing; the app's own switcher replaces this one.
    `<select class="language-switcher" aria-label="${t('language.label')}">${options}</select>` +
    `<nav class="main-nav" aria-label="${t('app.mainNavigation')}">` +
    `<a class="nav-link active" href="/${lang}/vacancies" aria-current="page">${t('nav.findJob')}</a>` +
    `<a class="nav-link" href="/${lang}/saved">${t('nav.saved')}</a></nav>` +
    `<nav class="account-nav" aria-label="${t('app.accountNavigation')}">` +
    `<a class="button" href="/${lang}/login">${t('nav.login')}</a>` +
    `<a class="button flat" href="/${lang}/register">${t('nav.register')}</a></nav>` +
    `</div></div>` +
    `<div class="app-main"><div class="search"><div class="head">` +
    `<div class="h1" role="heading" aria-level="1">${t('search.title')}</div><p class="lead">${t('search.lead')}</p>` +
    `</div></div></div></div>`
  );
}

/**
 * index.html for `/:lang/vacancies`: `<html lang>`, the page title, the shell before `<jm-root>` with its
 * styles, a preload of the language's translations (the language guard waits for them) and modulepreloads of
 * the page's code. Returned unchanged when it has no `<jm-root>`.
 */
export function renderPrerenderedShell(indexHtml: string, options: ShellOptions): string {
  const { language, translations } = options;
  if (!/<jm-root[^>]*>\s*<\/jm-root>/i.test(indexHtml)) return indexHtml;
  const lang = escapeHtml(language);
  const title = escapeHtml(translate(translations, 'titles.vacancies'));
  const head = [`<link rel="preload" as="fetch" crossorigin href="/i18n/${lang}.json">`, `<style>${SHELL_CSS}</style>`].join('');
  const preloads = (options.modulePreloads ?? []).map((file) => `<link rel="modulepreload" href="${escapeHtml(file)}">`).join('');
  // Replacement functions, not strings: a translation may contain `$&` or `$1`.
  return indexHtml
    .replace(/<html([^>]*?)\slang="[^"]*"/i, (_, attributes: string) => `<html${attributes} lang="${escapeHtml(documentLanguageOf(language))}"`)
    .replace(/<title>[\s\S]*?<\/title>/i, () => `<title>${title} · ${escapeHtml(translate(translations, 'app.name'))}</title>`)
    .replace(/<\/head>/i, () => `${head}</head>`)
    .replace(/<jm-root([^>]*)>\s*<\/jm-root>/i, (root) => `${shellMarkup(language, translations, options.languages)}${root}`)
    .replace(/(<script[^>]+type="module"[^>]*><\/script>\s*<\/body>)/i, (scripts) => `${preloads}${scripts}`);
}

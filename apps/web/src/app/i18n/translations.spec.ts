import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SUPPORTED_LOCALES, Role } from '@jumush/contracts/client';
import { FIELD_ERROR_CODES, PROBLEM_CODES } from '../core/errors/problem';

/**
 * The three translation files must say the same things: same keys, same {{placeholders}} as Russian
 * (the reference), and a message for every code the API can send and every key the app uses.
 */
type Tree = { [key: string]: string | Tree };

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

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|html)$/.test(name) && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

const files = Object.fromEntries(SUPPORTED_LOCALES.map((lang) => [lang, flatten(load(lang))]));
const reference = files[REFERENCE];
const others = SUPPORTED_LOCALES.filter((lang) => lang !== REFERENCE);

describe('translation files', () => {
  it('exist for every supported locale and are not empty', () => {
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

  it('translates every API field error and problem code', () => {
    const missing = [...FIELD_ERROR_CODES, ...PROBLEM_CODES].filter((code) => !reference.has(code));
    expect(missing).toEqual([]);
  });

  it('names every role and every language', () => {
    const keys = [
      ...Object.values(Role).map((role) => `roles.${role}`),
      ...SUPPORTED_LOCALES.map((lang) => `language.${lang}`),
    ];
    expect(keys.filter((key) => !reference.has(key))).toEqual([]);
  });

  it('has every key the templates and components use', () => {
    const namespaces = [...new Set([...reference.keys()].map((key) => key.split('.')[0]))].join('|');
    const keyLiteral = new RegExp(`['"]((?:${namespaces})\\.[A-Za-z][\\w.]*)['"]`, 'g');
    const used = new Set(
      sourceFiles(APP_DIR).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(keyLiteral)].map((m) => m[1])),
    );
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((key) => !reference.has(key)).sort()).toEqual([]);
  });
});

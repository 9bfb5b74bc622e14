import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TranslateService, type TranslationObject } from '@ngx-translate/core';
import { TestBed } from '@angular/core/testing';
import { SUPPORTED_LOCALES } from '@jumush/contracts/client';

/** The real translation file of a language, for component tests. */
export function translationsOf(lang: string): TranslationObject {
  return JSON.parse(readFileSync(join(__dirname, '../../../public/i18n', `${lang}.json`), 'utf8')) as TranslationObject;
}

/** Loads the real files into the TranslateService of the TestBed and activates `lang`. */
export function useRealTranslations(lang = 'ru'): TranslateService {
  const translate = TestBed.inject(TranslateService);
  for (const code of SUPPORTED_LOCALES) translate.setTranslation(code, translationsOf(code));
  translate.use(lang);
  return translate;
}

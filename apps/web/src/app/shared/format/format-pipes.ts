import { Pipe, type PipeTransform } from '@angular/core';
import { formatDate, formatDateTime, formatFileSize, formatMonth, formatNumber, formatRoubles, pluralForm } from './format';

/*
 * Pure pipes that take the language as an argument (`{{ wage | roubles: lang() }}`): the page re-renders
 * them when the language in the URL changes, and nothing needs Angular locale data.
 */

@Pipe({ name: 'roubles' })
export class RoublesPipe implements PipeTransform {
  transform(value: number | null | undefined, lang: string): string {
    return formatRoubles(value, lang);
  }
}

@Pipe({ name: 'num' })
export class NumberPipe implements PipeTransform {
  transform(value: number | null | undefined, lang: string): string {
    return value === null || value === undefined ? '' : formatNumber(value, lang);
  }
}

@Pipe({ name: 'localDate' })
export class LocalDatePipe implements PipeTransform {
  transform(value: string | null | undefined, lang: string): string {
    return formatDate(value, lang);
  }
}

@Pipe({ name: 'dateTime' })
export class DateTimePipe implements PipeTransform {
  transform(value: string | null | undefined, lang: string): string {
    return formatDateTime(value, lang);
  }
}

@Pipe({ name: 'month' })
export class MonthPipe implements PipeTransform {
  transform(value: string, lang: string): string {
    return formatMonth(value, lang);
  }
}

@Pipe({ name: 'fileSize' })
export class FileSizePipe implements PipeTransform {
  transform(value: number, lang: string): string {
    return formatFileSize(value, lang);
  }
}

/**
 * The translation key of a count: `'months' | plural: 6 : 'ru'` → 'plural.months.many'.
 * The bases are listed in PLURAL_KEYS (a spec checks every form exists).
 */
@Pipe({ name: 'plural' })
export class PluralPipe implements PipeTransform {
  transform(base: PluralKey, count: number, lang: string): string {
    return `plural.${base}.${pluralForm(count, lang)}`;
  }
}

export const PLURAL_KEYS = [
  'vacancies',
  'months',
  'hoursPerWeek',
  'years',
  'positions',
  'positionsLeft',
  'documents',
  'days',
  'workingDays',
  'age',
  'experienceYears',
  'applications',
] as const;
export type PluralKey = (typeof PLURAL_KEYS)[number];

export const FORMAT_PIPES = [RoublesPipe, NumberPipe, LocalDatePipe, DateTimePipe, MonthPipe, FileSizePipe, PluralPipe] as const;

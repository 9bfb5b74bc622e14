/** The dashboard's period filter: calendar dates (Moscow, as the API counts them), presets, the report's month. */
import { MOSCOW_TIME_ZONE, calendarToday } from '@jumush/contracts/client';

export const PERIOD_PRESETS = ['weeks4', 'weeks12', 'year'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

export interface Period {
  from: string;
  to: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_MONTH = /^\d{4}-\d{2}$/;

/** A query parameter that is a real calendar date ('2026-02-30' is not), else undefined. */
export function dateParam(value: string | null | undefined): string | undefined {
  if (!value || !ISO_DATE.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value ? value : undefined;
}

export function monthParam(value: string | null | undefined): string | undefined {
  if (!value || !ISO_MONTH.test(value)) return undefined;
  const month = Number(value.slice(5));
  return month >= 1 && month <= 12 ? value : undefined;
}

export function addDays(date: string, days: number): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + days);
  return next.toISOString().slice(0, 10);
}

/** Today on Moscow's calendar, where the figures are counted. */
export function moscowToday(now: Date = new Date()): string {
  return calendarToday(MOSCOW_TIME_ZONE, now);
}

/** The period a preset stands for, ending today: the last 4 or 12 weeks (28 or 84 days), or this year so far. */
export function presetPeriod(preset: PeriodPreset, today: string): Period {
  switch (preset) {
    case 'weeks4':
      return { from: addDays(today, -27), to: today };
    case 'weeks12':
      return { from: addDays(today, -83), to: today };
    case 'year':
      return { from: `${today.slice(0, 4)}-01-01`, to: today };
  }
}

/** The preset a period is, if any (to highlight its button). */
export function presetOf(period: Period, today: string): PeriodPreset | null {
  return (
    PERIOD_PRESETS.find((preset) => {
      const candidate = presetPeriod(preset, today);
      return candidate.from === period.from && candidate.to === period.to;
    }) ?? null
  );
}

/** The month before today's: the last whole month, what a monthly report is usually asked for. */
export function previousMonth(today: string): string {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

/** What the dashboard's charts share: an axis with round ticks, shares as percentages, the series' colours. */
import { formatDecimal } from '../format/format';

export interface Scale {
  /** The axis' top value: the largest figure rounded up to a tick. */
  max: number;
  ticks: number[];
}

/** Round steps (1, 2, 5 × 10ⁿ) so that about `count` ticks cover 0..largest; whole numbers only (these are counts). */
export function niceScale(largest: number, count = 4): Scale {
  if (!Number.isFinite(largest) || largest <= 0) return { max: 1, ticks: [0, 1] };
  const raw = largest / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * magnitude).find((candidate) => candidate >= raw) ?? 10 * magnitude);
  const max = Math.ceil(largest / step) * step;
  const ticks: number[] = [];
  for (let tick = 0; tick <= max; tick += step) ticks.push(tick);
  return { max, ticks };
}

/** A share 0..1 as a whole percentage in the language: "85 %" (ru, ky, uz, tg), "85%" (en). */
export function formatShare(share: number | null, lang: string): string {
  if (share === null || !Number.isFinite(share)) return '—';
  const number = formatDecimal(Math.round(share * 100), lang, 0);
  return lang === 'en' ? `${number}%` : `${number}\u00a0%`;
}

/** Days with one decimal ("2,5" in Russian), or a dash where nothing was decided. */
export function formatDays(days: number | null, lang: string): string {
  return days === null || !Number.isFinite(days) ? '—' : formatDecimal(days, lang, 1);
}

/**
 * One colour per series, told apart also by people who do not see red and green apart (Okabe–Ito hues, darkened
 * to at least 3:1 against white, WCAG 1.4.11). The legend and the table name every series: colour is never alone.
 */
export const SERIES_COLORS = ['#0b5394', '#b35c00', '#117a65', '#a0306e', '#5b4a9e', '#6b6b00'] as const;

export function seriesColor(index: number): string {
  return SERIES_COLORS[index % SERIES_COLORS.length];
}

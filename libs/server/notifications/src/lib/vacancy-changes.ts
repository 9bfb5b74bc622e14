/**
 * What changed in a vacancy's terms that its applicants must hear of — the wage, the housing (option and cost) and the
 * hours — as the old and new values the `vacancy.changed` outbox row carries, and those values written in the reader's
 * language ("зарплата: 45 000 → 50 000 ₽ в месяц; жильё: бесплатно → 8 000 ₽ в месяц").
 */
import { HousingOption, NotificationLocale } from '@jumush/contracts/client';
import { intlLocaleOf } from './locales';

export interface HousingTerms {
  option: HousingOption;
  costRoubles: number | null;
}

export interface VacancyTermsChanges {
  wage?: { from: number; to: number };
  housing?: { from: HousingTerms; to: HousingTerms };
  hours?: { from: number; to: number };
}

/** The terms compared: as a vacancy row or the DTO carries them. */
export interface ApplicantFacingTerms {
  monthlyWageRoubles: number;
  weeklyHours: number;
  housing: HousingOption;
  housingCostRoubles?: number | null;
}

/** The changes applicants are told of between two versions of the terms; null when none of them changed. */
export function applicantFacingChanges(before: ApplicantFacingTerms, after: ApplicantFacingTerms): VacancyTermsChanges | null {
  const changes: VacancyTermsChanges = {};
  if (before.monthlyWageRoubles !== after.monthlyWageRoubles) changes.wage = { from: before.monthlyWageRoubles, to: after.monthlyWageRoubles };
  if (before.weeklyHours !== after.weeklyHours) changes.hours = { from: before.weeklyHours, to: after.weeklyHours };
  const housing = (terms: ApplicantFacingTerms): HousingTerms => ({
    option: terms.housing,
    costRoubles: terms.housing === HousingOption.Paid ? (terms.housingCostRoubles ?? null) : null,
  });
  const [from, to] = [housing(before), housing(after)];
  if (from.option !== to.option || from.costRoubles !== to.costRoubles) changes.housing = { from, to };
  return Object.keys(changes).length > 0 ? changes : null;
}

interface ChangeWords {
  wage: string;
  hours: string;
  housing: string;
  perMonth: (amount: string) => string;
  housingOption: Record<HousingOption.None | HousingOption.Free, string>;
}

const WORDS: Record<NotificationLocale, ChangeWords> = {
  [NotificationLocale.Kyrgyz]: {
    wage: 'айлык',
    hours: 'жумасына саат',
    housing: 'турак жай',
    perMonth: (amount) => `айына ${amount} ₽`,
    housingOption: { [HousingOption.None]: 'берилбейт', [HousingOption.Free]: 'акысыз' },
  },
  [NotificationLocale.Russian]: {
    wage: 'зарплата',
    hours: 'часов в неделю',
    housing: 'жильё',
    perMonth: (amount) => `${amount} ₽ в месяц`,
    housingOption: { [HousingOption.None]: 'не предоставляется', [HousingOption.Free]: 'бесплатно' },
  },
  [NotificationLocale.Uzbek]: {
    wage: 'maosh',
    hours: 'haftasiga soat',
    housing: 'turar joy',
    perMonth: (amount) => `oyiga ${amount} ₽`,
    housingOption: { [HousingOption.None]: 'berilmaydi', [HousingOption.Free]: 'bepul' },
  },
  [NotificationLocale.Tajik]: {
    wage: 'музди меҳнат',
    hours: 'соат дар як ҳафта',
    housing: 'манзил',
    perMonth: (amount) => `${amount} ₽ дар як моҳ`,
    housingOption: { [HousingOption.None]: 'дода намешавад', [HousingOption.Free]: 'ройгон' },
  },
  [NotificationLocale.English]: {
    wage: 'wage',
    hours: 'hours a week',
    housing: 'housing',
    perMonth: (amount) => `${amount} ₽ a month`,
    housingOption: { [HousingOption.None]: 'not provided', [HousingOption.Free]: 'free' },
  },
};

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isFromTo = (value: unknown): value is { from: number; to: number } =>
  typeof value === 'object' && value !== null && isNumber((value as { from: unknown }).from) && isNumber((value as { to: unknown }).to);
const isHousing = (value: unknown): value is HousingTerms =>
  typeof value === 'object' && value !== null && Object.values(HousingOption).includes((value as HousingTerms).option);

/** The changes in the payload (untrusted JSON) written out in the reader's language, separated by "; "; '' when there are none. */
export function vacancyChangeList(changes: unknown, locale: NotificationLocale): string {
  if (typeof changes !== 'object' || changes === null) return '';
  const { wage, hours, housing } = changes as Record<string, unknown>;
  const words = WORDS[locale];
  const amount = (value: number) => new Intl.NumberFormat(intlLocaleOf(locale), { maximumFractionDigits: 0 }).format(value);
  const housingText = (terms: HousingTerms) =>
    terms.option === HousingOption.Paid
      ? words.perMonth(isNumber(terms.costRoubles) ? amount(terms.costRoubles) : '?')
      : words.housingOption[terms.option];
  const parts: string[] = [];
  if (isFromTo(wage)) parts.push(`${words.wage}: ${amount(wage.from)} → ${words.perMonth(amount(wage.to))}`);
  if (typeof housing === 'object' && housing !== null) {
    const { from, to } = housing as Record<string, unknown>;
    if (isHousing(from) && isHousing(to)) parts.push(`${words.housing}: ${housingText(from)} → ${housingText(to)}`);
  }
  if (isFromTo(hours)) parts.push(`${words.hours}: ${hours.from} → ${hours.to}`);
  return parts.join('; ');
}

import { Locale } from '@jumush/domain';
import { NotificationLocale } from '@jumush/contracts/client';

/** The BCP 47 tag handed to Intl (plural rules, month names) for each notification language. */
const INTL_LOCALE: Record<NotificationLocale, string> = {
  [NotificationLocale.Kyrgyz]: 'ky',
  [NotificationLocale.Russian]: 'ru',
  [NotificationLocale.Uzbek]: 'uz-Latn',
  [NotificationLocale.Tajik]: 'tg',
  [NotificationLocale.English]: 'en',
};

export function intlLocaleOf(locale: NotificationLocale): string {
  return INTL_LOCALE[locale];
}

/** The web app's language for links: it speaks ky, ru and en; Uzbek and Tajik readers land on Russian pages. */
export function webLocaleOf(locale: NotificationLocale): Locale {
  switch (locale) {
    case NotificationLocale.Kyrgyz:
      return Locale.Kyrgyz;
    case NotificationLocale.English:
      return Locale.English;
    case NotificationLocale.Russian:
    case NotificationLocale.Uzbek:
    case NotificationLocale.Tajik:
      return Locale.Russian;
  }
}

import { NotificationLocale } from '@jumush/contracts/client';
import type { TemplateCatalogue } from './catalogue';
import { EN } from './en';
import { KY } from './ky';
import { RU } from './ru';
import { TG } from './tg';
import { UZ } from './uz';

export type { NotificationTemplate, TemplateCatalogue } from './catalogue';

/** Every notification in every notification language. Russian is the reference catalogue. */
export const TEMPLATES: Record<NotificationLocale, TemplateCatalogue> = {
  [NotificationLocale.Kyrgyz]: KY,
  [NotificationLocale.Russian]: RU,
  [NotificationLocale.Uzbek]: UZ,
  [NotificationLocale.Tajik]: TG,
  [NotificationLocale.English]: EN,
};

export const REFERENCE_LOCALE = NotificationLocale.Russian;

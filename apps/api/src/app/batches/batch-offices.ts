/**
 * The office that decides batches for each origin country, as printed on letters: the body of the migrants' own state
 * that represents its labour migrants in Russia.
 */
import { isCitizenshipCode, type CitizenshipCode } from '@jumush/domain';

const OFFICES: Readonly<Record<CitizenshipCode, string>> = {
  KG: 'Атташе по трудовой миграции Кыргызской Республики в Российской Федерации',
  UZ: 'Представительство Агентства внешней трудовой миграции Республики Узбекистан в Российской Федерации',
  TJ: 'Представительство Министерства труда, миграции и занятости населения Республики Таджикистан в Российской Федерации',
};

export function decidingOfficeOf(originCountry: string): string {
  return isCitizenshipCode(originCountry) ? OFFICES[originCountry] : `Labour attaché (${originCountry})`;
}

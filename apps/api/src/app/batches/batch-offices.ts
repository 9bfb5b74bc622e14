/** The office that decides batches for each origin country, as printed on letters. */
const OFFICES: Record<string, string> = {
  KG: 'Атташе по трудовой миграции Кыргызской Республики в Российской Федерации',
};

export function decidingOfficeOf(originCountry: string): string {
  return OFFICES[originCountry] ?? `Labour attaché (${originCountry})`;
}

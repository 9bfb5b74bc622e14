/** The Russian minimum wage (МРОТ) and regional minimum wages, as dated data: a new year's figure is a data change. */

/** A calendar date, 'YYYY-MM-DD'. Laws change on a date; a timestamp would drag a time zone into it. */
export type IsoDate = string;

export interface MinimumWageEntry {
  /** Tax-service code of the federal subject (see russian-regions), or null for the federal МРОТ. */
  regionCode: string | null;
  /** For a full month of full-time work, before personal income tax. */
  monthlyRoubles: number;
  /** In force from this date until the next entry for the same region (or the next federal entry). */
  effectiveFrom: IsoDate;
  /** The legal act, named so that anyone can check the figure. */
  source: string;
}

/**
 * Federal figures: article 1 of Федеральный закон от 19.06.2000 № 82-ФЗ «О минимальном размере оплаты труда»,
 * as amended each year. Regional figures: regional agreements under article 133.1 of the Labour Code.
 *
 * Only figures whose act we could name are listed. A region without an entry is not a region without a
 * regional minimum: it means "not recorded here", and the federal МРОТ is used. So the floor this table gives is
 * never above the law, but may be below it: regional agreements missing here, and the Far North coefficients
 * that are paid on top of the МРОТ (Постановление Конституционного Суда от 07.12.2017 № 38-П), are not modelled.
 *
 * Known gaps, left out on purpose rather than guessed:
 * - Moscow before 2024 and Moscow Oblast before 1 November 2025 (earlier agreements not checked);
 * - Moscow Oblast from 1 January 2026: 27 800 roubles was announced by the regional ministry (21.10.2025),
 *   but we have not seen the act that sets it; until it is added, the federal 27 093 applies there.
 */
export const MINIMUM_WAGE_TABLE: readonly MinimumWageEntry[] = [
  { regionCode: null, monthlyRoubles: 16_242, effectiveFrom: '2023-01-01', source: 'Федеральный закон от 19.12.2022 № 522-ФЗ' },
  { regionCode: null, monthlyRoubles: 19_242, effectiveFrom: '2024-01-01', source: 'Федеральный закон от 27.11.2023 № 548-ФЗ' },
  { regionCode: null, monthlyRoubles: 22_440, effectiveFrom: '2025-01-01', source: 'Федеральный закон от 29.10.2024 № 365-ФЗ' },
  {
    regionCode: null,
    monthlyRoubles: 27_093,
    effectiveFrom: '2026-01-01',
    // The number is from secondary sources (see docs/legal-facts.md); confirm against the official publication.
    source: 'Федеральный закон от 28.11.2025 № 429-ФЗ',
  },

  {
    regionCode: '77',
    monthlyRoubles: 29_389,
    effectiveFrom: '2024-01-01',
    // Signed in December 2023; the agreement's number is not verified here.
    source: 'Соглашение о минимальной заработной плате в городе Москве на 2024 год',
  },
  {
    regionCode: '77',
    monthlyRoubles: 32_916,
    effectiveFrom: '2025-01-01',
    source: 'Соглашение о минимальной заработной плате в городе Москве на 2025 год от 20.12.2024 № 77-1697',
  },
  {
    regionCode: '77',
    monthlyRoubles: 39_730,
    effectiveFrom: '2026-01-01',
    source: 'Соглашение о минимальной заработной плате в городе Москве на 2026 год от 11.12.2025',
  },

  {
    regionCode: '78',
    monthlyRoubles: 25_000,
    effectiveFrom: '2024-01-01',
    // Less certain than the others: the figure agrees with the city's statement that 2025's 28 750 is 15 % above
    // 2024, but the 2024 agreement itself (and its date) was not checked.
    source: 'Региональное соглашение о минимальной заработной плате в Санкт-Петербурге на 2024 год',
  },
  {
    regionCode: '78',
    monthlyRoubles: 28_750,
    effectiveFrom: '2025-01-01',
    // Signed in August 2024 by the governor, the employers' union and the trade unions.
    source: 'Региональное соглашение о минимальной заработной плате в Санкт-Петербурге на 2025 год',
  },
  {
    regionCode: '78',
    monthlyRoubles: 31_250,
    effectiveFrom: '2026-01-01',
    source: 'Региональное соглашение о минимальной заработной плате в Санкт-Петербурге на 2026 год от 11.12.2025',
  },

  {
    regionCode: '47',
    monthlyRoubles: 20_125,
    effectiveFrom: '2024-01-01',
    source: 'Региональное соглашение о минимальной заработной плате в Ленинградской области на 2024 год',
  },
  {
    regionCode: '47',
    monthlyRoubles: 23_800,
    effectiveFrom: '2025-01-01',
    source: 'Региональное соглашение о минимальной заработной плате в Ленинградской области на 2025 год',
  },
  {
    regionCode: '47',
    monthlyRoubles: 27_440,
    effectiveFrom: '2026-01-01',
    source: 'Региональное соглашение о минимальной заработной плате в Ленинградской области на 2026 год от 24.11.2025',
  },

  {
    regionCode: '50',
    monthlyRoubles: 24_500,
    effectiveFrom: '2025-11-01',
    source: 'Соглашение о минимальной заработной плате в Московской области от 29.10.2025',
  },
];

/**
 * What the employer (in the vacancy editor) and the attaché (at review) are told about a vacancy's region. Warnings,
 * never refusals: the wage floor stays the МРОТ or the regional minimum (see wageFloorFor), the rest is for people.
 */
import { regionByCode } from '../geography/russian-regions';

/**
 * Regions wholly or mostly in the Far North or equivalent areas (docs/legal-facts.md): Sakha (Yakutia) 14,
 * Kamchatka 41, Magadan 49, Murmansk 51, Nenets 83, Khanty-Mansi 86, Chukotka 87, Yamalo-Nenets 89. Wages there carry
 * a regional coefficient and northern allowances on top of the minimum (Chukotka's coefficient is 2.0), so a
 * monthly wage at the bare МРОТ is below the legal minimum. Coefficients differ by district: not modelled.
 */
export const FAR_NORTH_REGION_CODES: readonly string[] = ['14', '41', '49', '51', '83', '86', '87', '89'];

export enum VacancyRegionWarning {
  /** The regional coefficient and northern allowances are due on top of the minimum wage. */
  FarNorth = 'region.farNorth',
  /**
   * A region of Ukraine Russia declared annexed (see RussianRegion.annexedFromUkraineIn). Our decision: such a
   * vacancy may be submitted, the attaché is shown this warning at review and decides; nothing is published
   * without that decision (docs/legal-facts.md, "Annexed regions").
   */
  AnnexedFromUkraine = 'region.annexedFromUkraine',
}

export function isFarNorthRegion(regionCode: string): boolean {
  return FAR_NORTH_REGION_CODES.includes(regionCode);
}

/** The warnings of a region, in the order above; none for an unknown code (the validator refuses those). */
export function vacancyRegionWarnings(regionCode: string): VacancyRegionWarning[] {
  const region = regionByCode(regionCode);
  if (!region) return [];
  const warnings: VacancyRegionWarning[] = [];
  if (isFarNorthRegion(region.code)) warnings.push(VacancyRegionWarning.FarNorth);
  if (region.annexedFromUkraineIn !== null) warnings.push(VacancyRegionWarning.AnnexedFromUkraine);
  return warnings;
}

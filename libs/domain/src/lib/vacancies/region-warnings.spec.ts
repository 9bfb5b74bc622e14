import { RUSSIAN_REGIONS } from '../geography/russian-regions';
import { FAR_NORTH_REGION_CODES, VacancyRegionWarning, isFarNorthRegion, vacancyRegionWarnings } from './region-warnings';

describe('region warnings of a vacancy', () => {
  it('knows the eight Far North regions, all of them real region codes', () => {
    expect(FAR_NORTH_REGION_CODES).toEqual(['14', '41', '49', '51', '83', '86', '87', '89']);
    expect(FAR_NORTH_REGION_CODES.every((code) => RUSSIAN_REGIONS.some((region) => region.code === code))).toBe(true);
  });

  it.each(['14', '41', '49', '51', '83', '86', '87', '89'])('warns of the regional coefficient in region %s', (code) => {
    expect(isFarNorthRegion(code)).toBe(true);
    expect(vacancyRegionWarnings(code)).toEqual([VacancyRegionWarning.FarNorth]);
  });

  it.each(['90', '91', '92', '93', '94', '95'])('flags region %s, annexed from Ukraine, for the attaché', (code) => {
    expect(vacancyRegionWarnings(code)).toEqual([VacancyRegionWarning.AnnexedFromUkraine]);
  });

  it('says nothing of any other region, nor of an unknown code', () => {
    const quiet = RUSSIAN_REGIONS.filter((region) => !FAR_NORTH_REGION_CODES.includes(region.code) && region.annexedFromUkraineIn === null);
    expect(quiet).toHaveLength(89 - 8 - 6);
    for (const region of quiet) expect(vacancyRegionWarnings(region.code)).toEqual([]);
    expect(vacancyRegionWarnings('00')).toEqual([]);
    expect(vacancyRegionWarnings('')).toEqual([]);
  });

  it('uses the translation keys the web knows', () => {
    expect(Object.values(VacancyRegionWarning)).toEqual(['region.farNorth', 'region.annexedFromUkraine']);
  });
});

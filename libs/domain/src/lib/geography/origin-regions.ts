/** Where migrants come from: the regions and districts of each origin country, as data. */
import type { Locale } from '../accounts/locale';

/** Countries whose migrants use the exchange. Uzbekistan (UZ) and Tajikistan (TJ) are added as data, here. */
export type OriginCountryCode = 'KG';

export type LocalizedName = Readonly<Record<Locale, string>>;

export interface OriginRegion {
  /** ISO 3166-2 code of the first-level unit, e.g. KG-C for Chüy oblast. */
  code: string;
  country: OriginCountryCode;
  /** Bishkek and Osh are cities of republican significance, outside any oblast. */
  kind: 'oblast' | 'city';
  name: LocalizedName;
}

export interface OriginDistrict {
  /** Our own stable code: the region's ISO code and the district's name in Latin letters. */
  code: string;
  regionCode: string;
  name: LocalizedName;
}

export interface OriginCountryGeography {
  regions: readonly OriginRegion[];
  districts: readonly OriginDistrict[];
}

const kgRegion = (code: string, kind: OriginRegion['kind'], ky: string, ru: string, en: string): OriginRegion => ({
  code,
  country: 'KG',
  kind,
  name: { ky, ru, en },
});

/** Districts of one region, given as [latin code part, Kyrgyz, Russian, English]. */
const districtsOf = (regionCode: string, rows: readonly (readonly [string, string, string, string])[]): OriginDistrict[] =>
  rows.map(([slug, ky, ru, en]) => ({ code: `${regionCode}-${slug}`, regionCode, name: { ky, ru, en } }));

/**
 * Kyrgyzstan: 7 oblasts, 2 cities of republican significance, 40 districts (районы / райондор), as in the
 * state classifier СОАТЕ before the territorial reform under discussion since 2023. District names change from
 * time to time (renamings, mergers): check the current СОАТЕ of the National Statistical Committee before
 * relying on this list for anything official. Cities of oblast significance (Kara-Balta, Tokmok, …) and the
 * city districts of Bishkek and Osh are not listed: a migrant's home is recorded by oblast and district.
 */
const KYRGYZSTAN: OriginCountryGeography = {
  regions: [
    kgRegion('KG-B', 'oblast', 'Баткен облусу', 'Баткенская область', 'Batken Region'),
    kgRegion('KG-C', 'oblast', 'Чүй облусу', 'Чуйская область', 'Chüy Region'),
    kgRegion('KG-J', 'oblast', 'Жалал-Абад облусу', 'Джалал-Абадская область', 'Jalal-Abad Region'),
    kgRegion('KG-N', 'oblast', 'Нарын облусу', 'Нарынская область', 'Naryn Region'),
    kgRegion('KG-O', 'oblast', 'Ош облусу', 'Ошская область', 'Osh Region'),
    kgRegion('KG-T', 'oblast', 'Талас облусу', 'Таласская область', 'Talas Region'),
    kgRegion('KG-Y', 'oblast', 'Ысык-Көл облусу', 'Иссык-Кульская область', 'Issyk-Kul Region'),
    kgRegion('KG-GB', 'city', 'Бишкек шаары', 'город Бишкек', 'Bishkek'),
    kgRegion('KG-GO', 'city', 'Ош шаары', 'город Ош', 'Osh'),
  ],
  districts: [
    ...districtsOf('KG-B', [
      ['BATKEN', 'Баткен району', 'Баткенский район', 'Batken District'],
      ['KADAMJAY', 'Кадамжай району', 'Кадамжайский район', 'Kadamjay District'],
      ['LEYLEK', 'Лейлек району', 'Лейлекский район', 'Leylek District'],
    ]),
    ...districtsOf('KG-C', [
      ['ALAMUDUN', 'Аламүдүн району', 'Аламудунский район', 'Alamüdün District'],
      ['JAYYL', 'Жайыл району', 'Жайылский район', 'Jayyl District'],
      ['KEMIN', 'Кемин району', 'Кеминский район', 'Kemin District'],
      ['MOSKVA', 'Москва району', 'Московский район', 'Moskva District'],
      ['PANFILOV', 'Панфилов району', 'Панфиловский район', 'Panfilov District'],
      ['SOKULUK', 'Сокулук району', 'Сокулукский район', 'Sokuluk District'],
      ['CHUY', 'Чүй району', 'Чуйский район', 'Chüy District'],
      ['YSYK-ATA', 'Ысык-Ата району', 'Ысык-Атинский район', 'Ysyk-Ata District'],
    ]),
    ...districtsOf('KG-J', [
      ['AKSY', 'Аксы району', 'Аксыйский район', 'Aksy District'],
      ['ALA-BUKA', 'Ала-Бука району', 'Ала-Букинский район', 'Ala-Buka District'],
      ['BAZAR-KORGON', 'Базар-Коргон району', 'Базар-Коргонский район', 'Bazar-Korgon District'],
      ['NOOKEN', 'Ноокен району', 'Ноокенский район', 'Nooken District'],
      ['SUZAK', 'Сузак району', 'Сузакский район', 'Suzak District'],
      ['TOGUZ-TORO', 'Тогуз-Торо району', 'Тогуз-Тороуский район', 'Toguz-Toro District'],
      ['TOKTOGUL', 'Токтогул району', 'Токтогульский район', 'Toktogul District'],
      ['CHATKAL', 'Чаткал району', 'Чаткальский район', 'Chatkal District'],
    ]),
    ...districtsOf('KG-N', [
      ['AK-TALAA', 'Ак-Талаа району', 'Ак-Талинский район', 'Ak-Talaa District'],
      ['AT-BASHY', 'Ат-Башы району', 'Ат-Башинский район', 'At-Bashy District'],
      ['JUMGAL', 'Жумгал району', 'Джумгальский район', 'Jumgal District'],
      ['KOCHKOR', 'Кочкор району', 'Кочкорский район', 'Kochkor District'],
      ['NARYN', 'Нарын району', 'Нарынский район', 'Naryn District'],
    ]),
    ...districtsOf('KG-O', [
      ['ALAY', 'Алай району', 'Алайский район', 'Alay District'],
      ['ARAVAN', 'Араван району', 'Араванский район', 'Aravan District'],
      ['KARA-KULJA', 'Кара-Кулжа району', 'Кара-Кульджинский район', 'Kara-Kulja District'],
      ['KARA-SUU', 'Кара-Суу району', 'Кара-Сууский район', 'Kara-Suu District'],
      ['NOOKAT', 'Ноокат району', 'Ноокатский район', 'Nookat District'],
      ['OZGON', 'Өзгөн району', 'Узгенский район', 'Özgön District'],
      ['CHONG-ALAY', 'Чоң-Алай району', 'Чон-Алайский район', 'Chong-Alay District'],
    ]),
    ...districtsOf('KG-T', [
      ['BAKAY-ATA', 'Бакай-Ата району', 'Бакай-Атинский район', 'Bakay-Ata District'],
      ['KARA-BUURA', 'Кара-Буура району', 'Кара-Бууринский район', 'Kara-Buura District'],
      ['MANAS', 'Манас району', 'Манасский район', 'Manas District'],
      ['TALAS', 'Талас району', 'Таласский район', 'Talas District'],
    ]),
    ...districtsOf('KG-Y', [
      ['AK-SUU', 'Ак-Суу району', 'Ак-Суйский район', 'Ak-Suu District'],
      ['JETI-OGUZ', 'Жети-Өгүз району', 'Джети-Огузский район', 'Jeti-Ögüz District'],
      ['YSYK-KOL', 'Ысык-Көл району', 'Иссык-Кульский район', 'Issyk-Kul District'],
      ['TON', 'Тоң району', 'Тонский район', 'Ton District'],
      ['TUP', 'Түп району', 'Тюпский район', 'Tüp District'],
    ]),
  ],
};

export const ORIGIN_GEOGRAPHY: Readonly<Record<OriginCountryCode, OriginCountryGeography>> = { KG: KYRGYZSTAN };

export const ORIGIN_COUNTRIES = Object.keys(ORIGIN_GEOGRAPHY) as readonly OriginCountryCode[];

export function isOriginCountryCode(value: unknown): value is OriginCountryCode {
  return typeof value === 'string' && (ORIGIN_COUNTRIES as readonly string[]).includes(value);
}

const ALL_REGIONS = ORIGIN_COUNTRIES.flatMap((country) => ORIGIN_GEOGRAPHY[country].regions);
const ALL_DISTRICTS = ORIGIN_COUNTRIES.flatMap((country) => ORIGIN_GEOGRAPHY[country].districts);

export function originRegionByCode(code: string): OriginRegion | undefined {
  return ALL_REGIONS.find((r) => r.code === code);
}

export function originDistrictByCode(code: string): OriginDistrict | undefined {
  return ALL_DISTRICTS.find((d) => d.code === code);
}

/** The districts of one region, in the order of the data; empty for a city or an unknown code. */
export function originDistrictsOf(regionCode: string): readonly OriginDistrict[] {
  return ALL_DISTRICTS.filter((d) => d.regionCode === regionCode);
}

/** A home address is consistent when the district, if given, lies in the region. */
export function isDistrictInRegion(districtCode: string, regionCode: string): boolean {
  return originDistrictByCode(districtCode)?.regionCode === regionCode;
}

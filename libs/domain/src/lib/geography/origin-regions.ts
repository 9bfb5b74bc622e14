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

const kgRegion = (code: string, kind: OriginRegion['kind'], ky: string, ru: string, en: string, uz: string, tg: string): OriginRegion => ({
  code,
  country: 'KG',
  kind,
  name: { ky, ru, uz, tg, en },
});

/** Districts of one region, given as [latin code part, Kyrgyz, Russian, English, Uzbek, Tajik]. */
const districtsOf = (regionCode: string, rows: readonly (readonly [string, string, string, string, string, string])[]): OriginDistrict[] =>
  rows.map(([slug, ky, ru, en, uz, tg]) => ({ code: `${regionCode}-${slug}`, regionCode, name: { ky, ru, uz, tg, en } }));

/**
 * Kyrgyzstan: 7 oblasts, 2 cities of republican significance, 40 districts (районы / райондор), as in the
 * state classifier СОАТЕ before the territorial reform under discussion since 2023. District names change from
 * time to time (renamings, mergers): check the current СОАТЕ of the National Statistical Committee before
 * relying on this list for anything official. Cities of oblast significance (Kara-Balta, Tokmok, …) and the
 * city districts of Bishkek and Osh are not listed: a migrant's home is recorded by oblast and district.
 */
const KYRGYZSTAN: OriginCountryGeography = {
  regions: [
    kgRegion('KG-B', 'oblast', 'Баткен облусу', 'Баткенская область', 'Batken Region', 'Botken viloyati', 'Вилояти Боткен'),
    kgRegion('KG-C', 'oblast', 'Чүй облусу', 'Чуйская область', 'Chüy Region', 'Chuy viloyati', 'Вилояти Чуй'),
    kgRegion('KG-J', 'oblast', 'Жалал-Абад облусу', 'Джалал-Абадская область', 'Jalal-Abad Region', 'Jalolobod viloyati', 'Вилояти Ҷалолобод'),
    kgRegion('KG-N', 'oblast', 'Нарын облусу', 'Нарынская область', 'Naryn Region', 'Norin viloyati', 'Вилояти Норин'),
    kgRegion('KG-O', 'oblast', 'Ош облусу', 'Ошская область', 'Osh Region', 'Oʻsh viloyati', 'Вилояти Ӯш'),
    kgRegion('KG-T', 'oblast', 'Талас облусу', 'Таласская область', 'Talas Region', 'Talas viloyati', 'Вилояти Талас'),
    kgRegion('KG-Y', 'oblast', 'Ысык-Көл облусу', 'Иссык-Кульская область', 'Issyk-Kul Region', 'Issiqkoʻl viloyati', 'Вилояти Иссиқкӯл'),
    kgRegion('KG-GB', 'city', 'Бишкек шаары', 'город Бишкек', 'Bishkek', 'Bishkek shahri', 'Шаҳри Бишкек'),
    kgRegion('KG-GO', 'city', 'Ош шаары', 'город Ош', 'Osh', 'Oʻsh shahri', 'Шаҳри Ӯш'),
  ],
  districts: [
    ...districtsOf('KG-B', [
      ['BATKEN', 'Баткен району', 'Баткенский район', 'Batken District', 'Botken tumani', 'Ноҳияи Боткен'],
      ['KADAMJAY', 'Кадамжай району', 'Кадамжайский район', 'Kadamjay District', 'Qadamjoy tumani', 'Ноҳияи Қадамҷой'],
      ['LEYLEK', 'Лейлек району', 'Лейлекский район', 'Leylek District', 'Leylak tumani', 'Ноҳияи Лейлак'],
    ]),
    ...districtsOf('KG-C', [
      ['ALAMUDUN', 'Аламүдүн району', 'Аламудунский район', 'Alamüdün District', 'Olamudun tumani', 'Ноҳияи Аламудун'],
      ['JAYYL', 'Жайыл району', 'Жайылский район', 'Jayyl District', 'Jayil tumani', 'Ноҳияи Ҷайил'],
      ['KEMIN', 'Кемин району', 'Кеминский район', 'Kemin District', 'Kemin tumani', 'Ноҳияи Кемин'],
      ['MOSKVA', 'Москва району', 'Московский район', 'Moskva District', 'Moskva tumani', 'Ноҳияи Москва'],
      ['PANFILOV', 'Панфилов району', 'Панфиловский район', 'Panfilov District', 'Panfilov tumani', 'Ноҳияи Панфилов'],
      ['SOKULUK', 'Сокулук району', 'Сокулукский район', 'Sokuluk District', 'Soʻquluq tumani', 'Ноҳияи Сокулук'],
      ['CHUY', 'Чүй району', 'Чуйский район', 'Chüy District', 'Chuy tumani', 'Ноҳияи Чуй'],
      ['YSYK-ATA', 'Ысык-Ата району', 'Ысык-Атинский район', 'Ysyk-Ata District', 'Issiq-Ota tumani', 'Ноҳияи Иссиқ-Ота'],
    ]),
    ...districtsOf('KG-J', [
      ['AKSY', 'Аксы району', 'Аксыйский район', 'Aksy District', 'Aqsi tumani', 'Ноҳияи Оқсӣ'],
      ['ALA-BUKA', 'Ала-Бука району', 'Ала-Букинский район', 'Ala-Buka District', 'Olabuqa tumani', 'Ноҳияи Олабуқа'],
      ['BAZAR-KORGON', 'Базар-Коргон району', 'Базар-Коргонский район', 'Bazar-Korgon District', 'Bozorqoʻrgʻon tumani', 'Ноҳияи Бозорқӯрғон'],
      ['NOOKEN', 'Ноокен району', 'Ноокенский район', 'Nooken District', 'Nooken tumani', 'Ноҳияи Нукен'],
      ['SUZAK', 'Сузак району', 'Сузакский район', 'Suzak District', 'Suzoq tumani', 'Ноҳияи Сузоқ'],
      ['TOGUZ-TORO', 'Тогуз-Торо району', 'Тогуз-Тороуский район', 'Toguz-Toro District', 'Toʻgʻiz-Toro tumani', 'Ноҳияи Тӯғуз-Торо'],
      ['TOKTOGUL', 'Токтогул району', 'Токтогульский район', 'Toktogul District', 'Toʻqtogʻul tumani', 'Ноҳияи Тоқтоғул'],
      ['CHATKAL', 'Чаткал району', 'Чаткальский район', 'Chatkal District', 'Chotqol tumani', 'Ноҳияи Чотқол'],
    ]),
    ...districtsOf('KG-N', [
      ['AK-TALAA', 'Ак-Талаа району', 'Ак-Талинский район', 'Ak-Talaa District', 'Oq-Tala tumani', 'Ноҳияи Оқ-Тала'],
      ['AT-BASHY', 'Ат-Башы району', 'Ат-Башинский район', 'At-Bashy District', 'Otboshi tumani', 'Ноҳияи Отбошӣ'],
      ['JUMGAL', 'Жумгал району', 'Джумгальский район', 'Jumgal District', 'Jumgʻol tumani', 'Ноҳияи Ҷумғол'],
      ['KOCHKOR', 'Кочкор району', 'Кочкорский район', 'Kochkor District', 'Qochqor tumani', 'Ноҳияи Қочқор'],
      ['NARYN', 'Нарын району', 'Нарынский район', 'Naryn District', 'Norin tumani', 'Ноҳияи Норин'],
    ]),
    ...districtsOf('KG-O', [
      ['ALAY', 'Алай району', 'Алайский район', 'Alay District', 'Oloy tumani', 'Ноҳияи Олой'],
      ['ARAVAN', 'Араван району', 'Араванский район', 'Aravan District', 'Aravon tumani', 'Ноҳияи Аравон'],
      ['KARA-KULJA', 'Кара-Кулжа району', 'Кара-Кульджинский район', 'Kara-Kulja District', 'Qoraqoʻlja tumani', 'Ноҳияи Қароқӯлҷа'],
      ['KARA-SUU', 'Кара-Суу району', 'Кара-Сууский район', 'Kara-Suu District', 'Qorasuv tumani', 'Ноҳияи Қарасу'],
      ['NOOKAT', 'Ноокат району', 'Ноокатский район', 'Nookat District', 'Noʻkat tumani', 'Ноҳияи Нукат'],
      ['OZGON', 'Өзгөн району', 'Узгенский район', 'Özgön District', 'Oʻzgan tumani', 'Ноҳияи Ӯзган'],
      ['CHONG-ALAY', 'Чоң-Алай району', 'Чон-Алайский район', 'Chong-Alay District', 'Choʻng-Oloy tumani', 'Ноҳияи Чонг-Олой'],
    ]),
    ...districtsOf('KG-T', [
      ['BAKAY-ATA', 'Бакай-Ата району', 'Бакай-Атинский район', 'Bakay-Ata District', 'Baqay-Ota tumani', 'Ноҳияи Бақай-Ота'],
      // Renamed from Kara-Buura by Kyrgyz law No. 82 of 10.04.2023; the stored code keeps the old name, so profiles stay valid.
      ['KARA-BUURA', 'Айтматов району', 'Айтматовский район', 'Aitmatov District', 'Aytmatov tumani', 'Ноҳияи Айтматов'],
      ['MANAS', 'Манас району', 'Манасский район', 'Manas District', 'Manas tumani', 'Ноҳияи Манас'],
      ['TALAS', 'Талас району', 'Таласский район', 'Talas District', 'Talas tumani', 'Ноҳияи Талас'],
    ]),
    ...districtsOf('KG-Y', [
      ['AK-SUU', 'Ак-Суу району', 'Ак-Суйский район', 'Ak-Suu District', 'Oqsuv tumani', 'Ноҳияи Оқсу'],
      ['JETI-OGUZ', 'Жети-Өгүз району', 'Джети-Огузский район', 'Jeti-Ögüz District', 'Jeti-Oʻgʻuz tumani', 'Ноҳияи Ҷети-Ӯғуз'],
      ['YSYK-KOL', 'Ысык-Көл району', 'Иссык-Кульский район', 'Issyk-Kul District', 'Issiqkoʻl tumani', 'Ноҳияи Иссиқкӯл'],
      ['TON', 'Тоң району', 'Тонский район', 'Ton District', 'Ton tumani', 'Ноҳияи Тон'],
      ['TUP', 'Түп району', 'Тюпский район', 'Tüp District', 'Tup tumani', 'Ноҳияи Тюп'],
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

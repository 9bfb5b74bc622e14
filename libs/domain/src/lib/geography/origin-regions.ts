/** Where migrants come from: the regions and districts of each origin country, as data. */
import type { Locale } from '../accounts/locale';

/** Countries whose migrants use the exchange: the citizenships of libs/domain countries/legal-regime. */
export type OriginCountryCode = 'KG' | 'UZ' | 'TJ';

export type LocalizedName = Readonly<Record<Locale, string>>;

export interface OriginRegion {
  /** ISO 3166-2 code of the first-level unit, e.g. KG-C for Chüy oblast, UZ-AN for Andijan viloyat. */
  code: string;
  country: OriginCountryCode;
  /**
   * 'oblast' also stands for a viloyat (Uzbekistan, Tajikistan). Bishkek, Osh, Tashkent and Dushanbe are cities
   * outside any oblast; Karakalpakstan is a republic within Uzbekistan; Gorno-Badakhshan an autonomous oblast;
   * the Districts of Republican Subordination are Tajikistan's districts governed from Dushanbe directly.
   */
  kind: 'oblast' | 'city' | 'republic' | 'autonomousOblast' | 'republicanDistricts';
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

const regionOf =
  (country: OriginCountryCode) =>
  (code: string, kind: OriginRegion['kind'], ky: string, ru: string, en: string, uz: string, tg: string): OriginRegion => ({
    code,
    country,
    kind,
    name: { ky, ru, uz, tg, en },
  });
const kgRegion = regionOf('KG');
const uzRegion = regionOf('UZ');
const tjRegion = regionOf('TJ');

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

/**
 * Uzbekistan: the Republic of Karakalpakstan, 12 viloyats and the city of Tashkent (ISO 3166-2:UZ). Its districts
 * (tumanlar, about 200, renamed and split often) are not listed yet: a home is recorded by region alone, and the
 * residence step asks for no district where a region has none here (see residenceProblem).
 */
const UZBEKISTAN: OriginCountryGeography = {
  regions: [
    uzRegion(
      'UZ-QR',
      'republic',
      'Каракалпакстан Республикасы',
      'Республика Каракалпакстан',
      'Republic of Karakalpakstan',
      'Qoraqalpogʻiston Respublikasi',
      'Ҷумҳурии Қароқалпоқистон',
    ),
    uzRegion('UZ-AN', 'oblast', 'Анжиян облусу', 'Андижанская область', 'Andijan Region', 'Andijon viloyati', 'Вилояти Андиҷон'),
    uzRegion('UZ-BU', 'oblast', 'Бухара облусу', 'Бухарская область', 'Bukhara Region', 'Buxoro viloyati', 'Вилояти Бухоро'),
    uzRegion('UZ-FA', 'oblast', 'Фергана облусу', 'Ферганская область', 'Fergana Region', 'Fargʻona viloyati', 'Вилояти Фарғона'),
    uzRegion('UZ-JI', 'oblast', 'Жиззак облусу', 'Джизакская область', 'Jizzakh Region', 'Jizzax viloyati', 'Вилояти Ҷиззах'),
    uzRegion('UZ-XO', 'oblast', 'Хорезм облусу', 'Хорезмская область', 'Khorezm Region', 'Xorazm viloyati', 'Вилояти Хоразм'),
    uzRegion('UZ-NG', 'oblast', 'Наманган облусу', 'Наманганская область', 'Namangan Region', 'Namangan viloyati', 'Вилояти Наманган'),
    uzRegion('UZ-NW', 'oblast', 'Навои облусу', 'Навоийская область', 'Navoiy Region', 'Navoiy viloyati', 'Вилояти Навоӣ'),
    uzRegion('UZ-QA', 'oblast', 'Кашкадарыя облусу', 'Кашкадарьинская область', 'Kashkadarya Region', 'Qashqadaryo viloyati', 'Вилояти Қашқадарё'),
    uzRegion('UZ-SA', 'oblast', 'Самарканд облусу', 'Самаркандская область', 'Samarkand Region', 'Samarqand viloyati', 'Вилояти Самарқанд'),
    uzRegion('UZ-SI', 'oblast', 'Сырдарыя облусу', 'Сырдарьинская область', 'Sirdaryo Region', 'Sirdaryo viloyati', 'Вилояти Сирдарё'),
    uzRegion(
      'UZ-SU',
      'oblast',
      'Сурхандарыя облусу',
      'Сурхандарьинская область',
      'Surkhandarya Region',
      'Surxondaryo viloyati',
      'Вилояти Сурхондарё',
    ),
    uzRegion('UZ-TO', 'oblast', 'Ташкент облусу', 'Ташкентская область', 'Tashkent Region', 'Toshkent viloyati', 'Вилояти Тошканд'),
    uzRegion('UZ-TK', 'city', 'Ташкент шаары', 'город Ташкент', 'Tashkent', 'Toshkent shahri', 'Шаҳри Тошканд'),
  ],
  districts: [],
};

/**
 * Tajikistan: Sughd and Khatlon viloyats, Gorno-Badakhshan, the Districts of Republican Subordination and the city
 * of Dushanbe (ISO 3166-2:TJ). Districts (ноҳияҳо) are not listed yet, as for Uzbekistan.
 */
const TAJIKISTAN: OriginCountryGeography = {
  regions: [
    tjRegion('TJ-SU', 'oblast', 'Согди облусу', 'Согдийская область', 'Sughd Region', 'Sugʻd viloyati', 'Вилояти Суғд'),
    tjRegion('TJ-KT', 'oblast', 'Хатлон облусу', 'Хатлонская область', 'Khatlon Region', 'Xatlon viloyati', 'Вилояти Хатлон'),
    tjRegion(
      'TJ-GB',
      'autonomousOblast',
      'Тоолуу Бадахшан автономиялуу облусу',
      'Горно-Бадахшанская автономная область',
      'Gorno-Badakhshan Autonomous Region',
      'Togʻli Badaxshon muxtor viloyati',
      'Вилояти Мухтори Кӯҳистони Бадахшон',
    ),
    tjRegion(
      'TJ-RA',
      'republicanDistricts',
      'Республикалык баш ийүүдөгү райондор',
      'Районы республиканского подчинения',
      'Districts of Republican Subordination',
      'Respublikaga boʻysunuvchi tumanlar',
      'Ноҳияҳои тобеи ҷумҳурӣ',
    ),
    tjRegion('TJ-DU', 'city', 'Душанбе шаары', 'город Душанбе', 'Dushanbe', 'Dushanbe shahri', 'Шаҳри Душанбе'),
  ],
  districts: [],
};

export const ORIGIN_GEOGRAPHY: Readonly<Record<OriginCountryCode, OriginCountryGeography>> = { KG: KYRGYZSTAN, UZ: UZBEKISTAN, TJ: TAJIKISTAN };

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

/** The first-level units of a country, in the order of the data; empty for a country not on the exchange. */
export function originRegionsOf(country: string | null | undefined): readonly OriginRegion[] {
  return isOriginCountryCode(country) ? ORIGIN_GEOGRAPHY[country].regions : [];
}

/** Whether a home in this region is recorded with a district: only where we list the region's districts. */
export function regionNeedsDistrict(regionCode: string): boolean {
  return originDistrictsOf(regionCode).length > 0;
}

export interface ResidenceProblem {
  field: 'residenceRegionCode' | 'residenceDistrictCode';
  code: 'region.unknown' | 'region.notInCountry' | 'validation.isNotEmpty' | 'district.notInRegion';
}

/**
 * What is wrong with a migrant's home, or null: the region must be one of their citizenship's country, and the
 * district one of that region's, required only where the region has districts listed (a city, or a country
 * whose districts are not listed yet, is recorded by region alone).
 */
export function residenceProblem(
  country: string | null | undefined,
  regionCode: string | null | undefined,
  districtCode: string | null | undefined,
): ResidenceProblem | null {
  if (!regionCode) return { field: 'residenceRegionCode', code: 'validation.isNotEmpty' };
  const region = originRegionByCode(regionCode);
  if (!region) return { field: 'residenceRegionCode', code: 'region.unknown' };
  if (region.country !== country) return { field: 'residenceRegionCode', code: 'region.notInCountry' };
  if (!districtCode) return regionNeedsDistrict(regionCode) ? { field: 'residenceDistrictCode', code: 'validation.isNotEmpty' } : null;
  return isDistrictInRegion(districtCode, regionCode) ? null : { field: 'residenceDistrictCode', code: 'district.notInRegion' };
}

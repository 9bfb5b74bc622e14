/**
 * The regions and districts of Kyrgyzstan, Uzbekistan and Tajikistan as seeded by migration 1765000005200
 * (OriginCountriesAsData): the exchange reads them from `origin_regions`/`origin_districts`; this copy is for unit tests.
 */
import type { OriginCountryGeography, OriginRegion, OriginDistrict } from './origin-regions';

const regionOf =
  (country: string) =>
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

export const SEEDED_GEOGRAPHY: Readonly<Record<'KG' | 'UZ' | 'TJ', OriginCountryGeography>> = { KG: KYRGYZSTAN, UZ: UZBEKISTAN, TJ: TAJIKISTAN };

/** All three countries' regions and districts together, as the API's cache holds them. */
export const SEEDED_ALL_GEOGRAPHY: OriginCountryGeography = {
  regions: [KYRGYZSTAN, UZBEKISTAN, TAJIKISTAN].flatMap((country) => country.regions),
  districts: [KYRGYZSTAN, UZBEKISTAN, TAJIKISTAN].flatMap((country) => country.districts),
};

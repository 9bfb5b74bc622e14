/**
 * The occupations labour migrants are recruited for, classified by ISCO-08 unit group, named in every product language.
 * They are data (the `occupations` table, edited in the admin's console): the rules here work on the list passed in.
 */
import { type Locale, SUPPORTED_LOCALES } from '../accounts/locale';

/** How the exchange groups vacancies for browsing; not an ISCO level. */
export enum OccupationSector {
  Construction = 'CONSTRUCTION',
  Transport = 'TRANSPORT',
  Warehouse = 'WAREHOUSE',
  Cleaning = 'CLEANING',
  Catering = 'CATERING',
  Agriculture = 'AGRICULTURE',
  Manufacturing = 'MANUFACTURING',
  Care = 'CARE',
  Retail = 'RETAIL',
}

export const SECTOR_NAMES: Readonly<Record<OccupationSector, Readonly<Record<Locale, string>>>> = {
  [OccupationSector.Construction]: { ky: 'Курулуш', ru: 'Строительство', uz: 'Qurilish', tg: 'Сохтмон', en: 'Construction' },
  [OccupationSector.Transport]: {
    ky: 'Айдоочулар жана транспорт',
    ru: 'Водители и транспорт',
    uz: 'Haydovchilar va transport',
    tg: 'Ронандагон ва нақлиёт',
    en: 'Drivers and transport',
  },
  [OccupationSector.Warehouse]: {
    ky: 'Кампа жана жүк ташуу',
    ru: 'Склад и погрузка',
    uz: 'Ombor va yuk ortish',
    tg: 'Анбор ва боркашонӣ',
    en: 'Warehouse and loading',
  },
  [OccupationSector.Cleaning]: {
    ky: 'Тазалоо жана имарат тейлөө',
    ru: 'Уборка и обслуживание зданий',
    uz: 'Tozalash va bino xizmati',
    tg: 'Тозакунӣ ва нигоҳубини бино',
    en: 'Cleaning and building care',
  },
  [OccupationSector.Catering]: { ky: 'Тамак-аш жана тейлөө', ru: 'Общепит', uz: 'Umumiy ovqatlanish', tg: 'Хӯроки умумӣ', en: 'Catering' },
  [OccupationSector.Agriculture]: { ky: 'Айыл чарба', ru: 'Сельское хозяйство', uz: 'Qishloq xoʻjaligi', tg: 'Кишоварзӣ', en: 'Agriculture' },
  [OccupationSector.Manufacturing]: { ky: 'Өндүрүш', ru: 'Производство', uz: 'Ishlab chiqarish', tg: 'Истеҳсолот', en: 'Manufacturing' },
  [OccupationSector.Care]: { ky: 'Кам көрүү', ru: 'Уход за людьми', uz: 'Parvarish', tg: 'Нигоҳубин', en: 'Care' },
  [OccupationSector.Retail]: {
    ky: 'Соода жана жеткирүү',
    ru: 'Торговля и доставка',
    uz: 'Savdo va yetkazib berish',
    tg: 'Савдо ва расонидан',
    en: 'Retail and delivery',
  },
};

export interface Occupation {
  /** ISCO-08 unit group (4 digits). Russia's ОКЗ (ОК 010-2014) is harmonised with ISCO-08 and uses the same codes. */
  code: string;
  sector: OccupationSector;
  /**
   * What a job ad calls the occupation. `en` is the ISCO-08 title, shortened where it is long; `ru` and `ky` are
   * the everyday names people search for, not the official ОКЗ titles; so are `uz` (Latin script) and `tg`.
   */
  name: Readonly<Record<Locale, string>>;
  /** Other words people use for the same job, per language; searched like the name. */
  synonyms: Readonly<Record<Locale, readonly string[]>>;
  /** A deactivated occupation names the vacancies and profiles that have it, but no new one may choose it. */
  active: boolean;
}

/** Uzbek (Latin script) and Tajik come after English: they were added later, and the older columns stay put. */
type Names = readonly [ky: string, ru: string, en: string, uz: string, tg: string];
type Synonyms = readonly [ky: readonly string[], ru: readonly string[], en: readonly string[], uz: readonly string[], tg: readonly string[]];

// Marked free of side effects for bundlers: the web app never reads SEED_OCCUPATIONS, and without the mark its
// calls would keep all the names (~40 kB) in the first script every phone downloads.
/* @__NO_SIDE_EFFECTS__ */
const occupation = (
  code: string,
  sector: OccupationSector,
  [ky, ru, en, uz, tg]: Names,
  [kySyn, ruSyn, enSyn, uzSyn, tgSyn]: Synonyms,
): Occupation => ({
  code,
  sector,
  name: { ky, ru, uz, tg, en },
  synonyms: { ky: kySyn, ru: ruSyn, uz: uzSyn, tg: tgSyn, en: enSyn },
  active: true,
});

const { Construction, Transport, Warehouse, Cleaning, Catering, Agriculture, Manufacturing, Care, Retail } = OccupationSector;

/**
 * The list as the `occupations` table was first seeded with (migration 1765000006460-OccupationsAsData), in its
 * order. Never edited: the table is the truth; tests and benchmarks use this as a realistic list.
 */
export const SEED_OCCUPATIONS: readonly Occupation[] = [
  // Construction
  occupation(
    '7112',
    Construction,
    ['Кыш калоочу', 'Каменщик', 'Bricklayer', 'Gʻisht teruvchi', 'Хиштчин'],
    [
      ['кирпич калоочу', 'таш калоочу'],
      ['кладчик', 'каменщик-кирпичник'],
      ['mason', 'blocklayer'],
      ['toshtaroch', 'devor uruvchi'],
      ['хиштгузор', 'устои девор'],
    ],
  ),
  occupation(
    '7114',
    Construction,
    ['Бетончу', 'Бетонщик', 'Concrete worker', 'Betonchi', 'Бетонрез'],
    [['бетон куюучу'], ['бетонщик-отделочник', 'заливщик бетона'], ['concrete placer', 'concrete finisher'], ['beton quyuvchi'], ['бетонкор']],
  ),
  occupation(
    '7115',
    Construction,
    ['Жыгач уста', 'Плотник', 'Carpenter', 'Duradgor', 'Дуредгар'],
    [
      ['балта уста', 'жыгаччы'],
      ['столяр', 'плотник-опалубщик', 'опалубщик'],
      ['joiner', 'formwork carpenter'],
      ['yogʻoch ustasi', 'opalubkachi'],
      ['наҷҷор', 'қолабсоз'],
    ],
  ),
  occupation(
    '7119',
    Construction,
    ['Курулуш монтажчысы', 'Монтажник строительных конструкций', 'Building frame worker', 'Qurilish montajchisi', 'Монтажчии сохтмон'],
    [
      ['монтажчы', 'леса монтажчысы'],
      ['монтажник', 'монтажник лесов', 'демонтажник'],
      ['scaffolder', 'demolition worker'],
      ['montajchi', 'havoza montajchisi'],
      ['монтажчӣ', 'монтажчии ҳавоза'],
    ],
  ),
  occupation(
    '7121',
    Construction,
    ['Чатыр жабуучу', 'Кровельщик', 'Roofer', 'Tom yopuvchi', 'Бомпӯш'],
    [['чатырчы'], ['кровельщик по металлу', 'кровельщик мягкой кровли'], ['roof fixer'], ['tomchi'], ['устои бом']],
  ),
  occupation(
    '7122',
    Construction,
    ['Плиткачы', 'Плиточник', 'Floor layer and tile setter', 'Kafelchi', 'Кафелчӣ'],
    [
      ['плитка төшөөчү', 'кафель төшөөчү'],
      ['облицовщик-плиточник', 'укладчик напольных покрытий', 'паркетчик'],
      ['tiler', 'floor layer'],
      ['plitka teruvchi', 'pol yotqizuvchi'],
      ['плиткагузор', 'фаршгузор'],
    ],
  ),
  occupation(
    '7123',
    Construction,
    ['Шыбакчы', 'Штукатур', 'Plasterer', 'Suvoqchi', 'Андовагар'],
    [['шыбоочу', 'штукатур'], ['штукатур-маляр', 'отделочник'], ['drywall finisher'], ['shtukatur', 'pardozchi'], ['штукатур', 'гачкор']],
  ),
  occupation(
    '7126',
    Construction,
    ['Сантехник', 'Сантехник', 'Plumber', 'Santexnik', 'Сантехник'],
    [
      ['суу түтүк оңдоочу', 'түтүкчү'],
      ['водопроводчик', 'монтажник сантехнических систем', 'трубопроводчик'],
      ['pipe fitter'],
      ['quvurchi', 'suv quvuri ustasi'],
      ['қубургузор', 'устои обгузар'],
    ],
  ),
  occupation(
    '7131',
    Construction,
    ['Сырдоочу', 'Маляр', 'Painter', 'Boʻyoqchi', 'Рангмол'],
    [
      ['боёкчу', 'маляр'],
      ['маляр-отделочник', 'маляр-штукатур'],
      ['building painter', 'decorator'],
      ['malyar', 'pardozchi'],
      ['маляр', 'рангубор'],
    ],
  ),
  occupation(
    '7212',
    Construction,
    ['Ширетүүчү', 'Сварщик', 'Welder', 'Payvandchi', 'Кафшеркор'],
    [
      ['электр ширетүүчү', 'сварщик'],
      ['электросварщик', 'газосварщик', 'газорезчик'],
      ['flame cutter'],
      ['elektr payvandchi', 'svarshik'],
      ['электрокафшеркор', 'сварщик'],
    ],
  ),
  occupation(
    '7411',
    Construction,
    ['Электрик', 'Электрик', 'Building electrician', 'Elektrik', 'Барқчӣ'],
    [
      ['электр монтажчы', 'электромонтёр'],
      ['электромонтажник', 'электромонтёр'],
      ['electrician', 'electrical fitter'],
      ['elektr montajchi', 'elektromontyor'],
      ['электрик', 'электромонтёр'],
    ],
  ),
  occupation(
    '8342',
    Construction,
    ['Экскаваторчу', 'Машинист экскаватора', 'Earthmoving plant operator', 'Ekskavatorchi', 'Экскаваторчӣ'],
    [
      ['экскаватор айдоочу', 'бульдозерчи'],
      ['экскаваторщик', 'машинист бульдозера', 'машинист погрузчика фронтального'],
      ['excavator operator', 'bulldozer operator'],
      ['ekskavator haydovchisi', 'buldozerchi'],
      ['ронандаи экскаватор', 'булдозерчӣ'],
    ],
  ),
  occupation(
    '8343',
    Construction,
    ['Кранчы', 'Крановщик', 'Crane operator', 'Kranchi', 'Кранчӣ'],
    [
      ['кран айдоочу', 'кран башкаруучу'],
      ['машинист крана', 'машинист башенного крана'],
      ['hoist operator'],
      ['kran haydovchisi', 'minorali kran mashinisti'],
      ['ронандаи кран', 'мошинисти крани манорадор'],
    ],
  ),
  occupation(
    '9312',
    Construction,
    ['Жол курулушунун жумушчусу', 'Дорожный рабочий', 'Civil engineering labourer', 'Yoʻl ishchisi', 'Коргари роҳсозӣ'],
    [
      ['жол жумушчусу', 'жер казуучу'],
      ['рабочий на строительстве дорог', 'землекоп'],
      ['road worker', 'digger'],
      ['yoʻl quruvchi', 'yer qazuvchi'],
      ['роҳсоз', 'заминкан'],
    ],
  ),
  occupation(
    '9313',
    Construction,
    ['Курулуш жумушчусу', 'Разнорабочий на стройке', 'Building construction labourer', 'Qurilish ishchisi', 'Коргари сохтмон'],
    [
      ['кара жумушчу', 'курулушчу'],
      ['подсобный рабочий', 'разнорабочий', 'строитель'],
      ['construction labourer', 'general labourer', 'hod carrier'],
      ['qora ishchi', 'quruvchi', 'yordamchi ishchi'],
      ['мардикор', 'бинокор', 'коргари ёрирасон'],
    ],
  ),

  // Drivers and transport
  occupation(
    '8322',
    Transport,
    ['Жеңил унаанын айдоочусу', 'Водитель легкового автомобиля', 'Car driver', 'Yengil avtomobil haydovchisi', 'Ронандаи мошини сабукрав'],
    [
      ['таксист', 'такси айдоочу', 'айдоочу'],
      ['таксист', 'водитель такси', 'водитель категории B'],
      ['taxi driver', 'van driver', 'chauffeur'],
      ['taksist', 'taksi haydovchisi', 'haydovchi'],
      ['таксист', 'ронандаи такси', 'ронанда'],
    ],
  ),
  occupation(
    '8331',
    Transport,
    ['Автобус айдоочусу', 'Водитель автобуса', 'Bus driver', 'Avtobus haydovchisi', 'Ронандаи автобус'],
    [
      ['маршрутка айдоочу', 'айдоочу'],
      ['водитель категории D', 'водитель маршрутки', 'водитель трамвая'],
      ['tram driver', 'coach driver'],
      ['marshrutka haydovchisi', 'haydovchi'],
      ['ронандаи маршрутка', 'ронанда'],
    ],
  ),
  occupation(
    '8332',
    Transport,
    ['Жүк машинасынын айдоочусу', 'Водитель грузовика', 'Heavy truck driver', 'Yuk mashinasi haydovchisi', 'Ронандаи мошини боркаш'],
    [
      ['фура айдоочу', 'айдоочу'],
      ['водитель категории C', 'водитель категории CE', 'дальнобойщик'],
      ['lorry driver', 'long-haul driver'],
      ['fura haydovchisi', 'haydovchi'],
      ['ронандаи фура', 'ронанда'],
    ],
  ),
  occupation(
    '8344',
    Transport,
    ['Жүк көтөргүчтүн айдоочусу', 'Водитель погрузчика', 'Forklift operator', 'Pogruzchik haydovchisi', 'Ронандаи борбардор'],
    [
      ['погрузчик айдоочу'],
      ['карщик', 'оператор погрузчика', 'водитель электропогрузчика'],
      ['lift truck operator', 'forklift driver'],
      ['yuk koʻtargich haydovchisi'],
      ['ронандаи погрузчик'],
    ],
  ),
  occupation(
    '7231',
    Transport,
    ['Автоунаа оңдоочу', 'Автослесарь', 'Motor vehicle mechanic', 'Avtoslesar', 'Автомеханик'],
    [
      ['автомеханик', 'слесарь'],
      ['автомеханик', 'слесарь по ремонту автомобилей', 'шиномонтажник'],
      ['car mechanic', 'auto repairer'],
      ['avtomexanik', 'avtomobil taʼmirchisi'],
      ['слесар', 'устои таъмири мошин'],
    ],
  ),

  // Warehouse and loading
  occupation(
    '9333',
    Warehouse,
    ['Жүк ташуучу', 'Грузчик', 'Freight handler', 'Yuk tashuvchi', 'Боркаш'],
    [
      ['жүкчү', 'грузчик'],
      ['грузчик-комплектовщик', 'такелажник', 'разнорабочий на складе'],
      ['loader', 'mover', 'warehouse labourer'],
      ['hammol', 'gruzchik'],
      ['ҳаммол', 'грузчик'],
    ],
  ),
  occupation(
    '4321',
    Warehouse,
    ['Кампачы', 'Кладовщик', 'Stock clerk', 'Omborchi', 'Анбордор'],
    [
      ['склад кызматкери', 'кампа кызматкери'],
      ['работник склада', 'учётчик', 'кладовщик-комплектовщик'],
      ['storekeeper', 'warehouse clerk'],
      ['ombor xodimi', 'ombor mudiri'],
      ['корманди анбор', 'кладовщик'],
    ],
  ),
  occupation(
    '9321',
    Warehouse,
    ['Таңгактоочу', 'Упаковщик', 'Hand packer', 'Qadoqlovchi', 'Бастабандикунанда'],
    [
      ['упаковщик', 'таңгакчы'],
      ['фасовщик', 'упаковщица', 'комплектовщик'],
      ['packer', 'packager'],
      ['upakovkachi', 'joylovchi'],
      ['упаковщик', 'бастабандчӣ'],
    ],
  ),

  // Cleaning and building care
  occupation(
    '9112',
    Cleaning,
    ['Тазалоочу', 'Уборщик', 'Cleaner', 'Farrosh', 'Фаррош'],
    [
      ['үй тазалоочу', 'бөлмө тазалоочу'],
      ['уборщица', 'горничная', 'клинер'],
      ['housekeeper', 'room attendant'],
      ['tozalovchi', 'xona tozalovchi'],
      ['тозакунанда', 'хонатозакун'],
    ],
  ),
  occupation(
    '5153',
    Cleaning,
    ['Имарат тейлөөчү', 'Рабочий по обслуживанию здания', 'Building caretaker', 'Bino xizmatchisi', 'Хизматрасони бино'],
    [
      ['комендант', 'имарат кароочу'],
      ['смотритель здания', 'комендант', 'рабочий по комплексному обслуживанию'],
      ['janitor', 'concierge'],
      ['komendant', 'bino qarovchisi'],
      ['комендант', 'нозири бино'],
    ],
  ),
  occupation(
    '9613',
    Cleaning,
    ['Шыпыруучу', 'Дворник', 'Sweeper', 'Supuruvchi', 'Ҷорӯбкаш'],
    [
      ['көчө тазалоочу', 'дворник'],
      ['уборщик территории', 'подметальщик'],
      ['street sweeper', 'yard keeper'],
      ['koʻcha farroshi', 'dvornik'],
      ['фарроши кӯча', 'дворник'],
    ],
  ),

  // Catering
  occupation(
    '5120',
    Catering,
    ['Ашпозчу', 'Повар', 'Cook', 'Oshpaz', 'Ошпаз'],
    [
      ['повар', 'тамак жасоочу'],
      ['повар-универсал', 'шеф-повар', 'повар горячего цеха'],
      ['chef', 'line cook'],
      ['povar', 'taom tayyorlovchi'],
      ['повар', 'хӯрокпаз'],
    ],
  ),
  occupation(
    '9412',
    Catering,
    ['Ашкана жардамчысы', 'Кухонный работник', 'Kitchen helper', 'Oshxona ishchisi', 'Коргари ошхона'],
    [
      ['идиш жуучу', 'ашпозчунун жардамчысы'],
      ['помощник повара', 'посудомойщик', 'мойщица посуды'],
      ['dishwasher', 'kitchen porter'],
      ['idish yuvuvchi', 'oshpaz yordamchisi'],
      ['зарфшӯй', 'ёрдамчии ошпаз'],
    ],
  ),
  occupation(
    '5131',
    Catering,
    ['Официант', 'Официант', 'Waiter', 'Ofitsiant', 'Пешхизмат'],
    [
      ['тейлөөчү', 'официантка'],
      ['официантка', 'помощник официанта'],
      ['waitress', 'server'],
      ['ofitsiantka', 'xizmatchi'],
      ['официант', 'официантка'],
    ],
  ),

  // Agriculture
  occupation(
    '9211',
    Agriculture,
    ['Талаа жумушчусу', 'Рабочий в растениеводстве', 'Crop farm labourer', 'Dala ishchisi', 'Коргари саҳро'],
    [
      ['түшүм жыйноочу', 'мөмө терүүчү'],
      ['сборщик урожая', 'сезонный рабочий', 'сборщик овощей'],
      ['harvest worker', 'farmhand', 'fruit picker'],
      ['hosil yigʻuvchi', 'meva teruvchi', 'mavsumiy ishchi'],
      ['ҳосилғундор', 'мевачин', 'коргари мавсимӣ'],
    ],
  ),
  occupation(
    '9212',
    Agriculture,
    [
      'Мал чарба жумушчусу',
      'Рабочий на животноводческой ферме',
      'Livestock farm labourer',
      'Chorvachilik fermasi ishchisi',
      'Коргари фермаи чорводорӣ',
    ],
    [
      ['малчы', 'саанчы'],
      ['скотник', 'доярка', 'рабочий фермы'],
      ['stockman', 'milker'],
      ['chorvador', 'sogʻuvchi'],
      ['чорводор', 'ширдӯш'],
    ],
  ),
  occupation(
    '6111',
    Agriculture,
    ['Дыйкан', 'Овощевод', 'Field crop and vegetable grower', 'Sabzavotkor', 'Сабзавотпарвар'],
    [
      ['жашылча өстүрүүчү', 'фермер'],
      ['полевод', 'фермер-овощевод'],
      ['vegetable grower', 'crop farmer'],
      ['dehqon', 'fermer'],
      ['деҳқон', 'фермер'],
    ],
  ),
  occupation(
    '9214',
    Agriculture,
    ['Бак жумушчусу', 'Рабочий зелёного хозяйства', 'Garden and horticultural labourer', 'Bogʻ ishchisi', 'Коргари боғ'],
    [
      ['багбан', 'күнөскана жумушчусу'],
      ['садовник', 'озеленитель', 'рабочий теплицы'],
      ['gardener', 'greenhouse worker'],
      ['bogʻbon', 'issiqxona ishchisi'],
      ['боғбон', 'коргари гармхона'],
    ],
  ),

  // Manufacturing
  occupation(
    '8160',
    Manufacturing,
    [
      'Тамак-аш өндүрүшүнүн оператору',
      'Оператор линии пищевого производства',
      'Food products machine operator',
      'Oziq-ovqat ishlab chiqarish operatori',
      'Оператори истеҳсоли хӯрокворӣ',
    ],
    [
      ['тамак-аш цехинин жумушчусу'],
      ['оператор производственной линии', 'рабочий пищевого производства'],
      ['food production line operator'],
      ['oziq-ovqat sexi ishchisi'],
      ['коргари сехи хӯрокворӣ'],
    ],
  ),
  occupation(
    '7512',
    Manufacturing,
    ['Нан бышыруучу', 'Пекарь', 'Baker', 'Novvoy', 'Нонпаз'],
    [
      ['тандыр нан бышыруучу', 'кондитер'],
      ['пекарь-кондитер', 'тандырщик', 'кондитер'],
      ['pastry cook', 'confectioner'],
      ['tandir novvoy', 'qandolatchi'],
      ['нонпази танӯр', 'қаннод'],
    ],
  ),
  occupation(
    '9329',
    Manufacturing,
    ['Өндүрүш жумушчусу', 'Разнорабочий на производстве', 'Manufacturing labourer', 'Ishlab chiqarish ishchisi', 'Коргари истеҳсолот'],
    [
      ['цех жумушчусу', 'заводдогу жумушчу'],
      ['подсобный рабочий на заводе', 'рабочий на конвейере'],
      ['factory worker', 'production helper'],
      ['sex ishchisi', 'zavod ishchisi', 'konveyer ishchisi'],
      ['коргари сех', 'коргари завод'],
    ],
  ),
  occupation(
    '7522',
    Manufacturing,
    ['Эмерек устасы', 'Мебельщик', 'Cabinet-maker', 'Mebelchi', 'Мебелсоз'],
    [
      ['эмерек жасоочу', 'эмерек чогултуучу'],
      ['краснодеревщик', 'сборщик мебели', 'столяр-мебельщик'],
      ['furniture maker', 'furniture assembler'],
      ['mebel yasovchi', 'mebel yigʻuvchi'],
      ['устои мебел', 'ҷамъкунандаи мебел'],
    ],
  ),
  occupation(
    '7531',
    Manufacturing,
    ['Кийим тигүүчү', 'Портной', 'Tailor', 'Tikuvchi usta', 'Дарзӣ'],
    [['тигүүчү уста'], ['портниха', 'швея-портной'], ['dressmaker'], ['chevar', 'bichuvchi'], ['дӯзанда', 'дарздӯз']],
  ),
  occupation(
    '8153',
    Manufacturing,
    ['Тигүү машинасынын оператору', 'Швея', 'Sewing machine operator', 'Tikuvchi', 'Дӯзандаи мошинӣ'],
    [
      ['тигүүчү', 'швея'],
      ['швея-мотористка', 'оператор швейного оборудования'],
      ['seamstress', 'machinist (sewing)'],
      ['tikuv mashinasi operatori', 'shveya'],
      ['оператори мошини дарздӯзӣ', 'швея'],
    ],
  ),

  // Care
  occupation(
    '5322',
    Care,
    ['Үйдө кам көрүүчү', 'Сиделка', 'Home-based personal care worker', 'Uyda parvarish qiluvchi', 'Парастори хонагӣ'],
    [
      ['карыяларга кам көрүүчү', 'сиделка'],
      ['помощник по уходу', 'сиделка на дому'],
      ['home carer', 'caregiver'],
      ['qariyalarga qarovchi', 'sidelka'],
      ['парастори пиронсолон', 'сиделка'],
    ],
  ),
  occupation(
    '5311',
    Care,
    ['Бала багуучу', 'Няня', 'Child care worker', 'Enaga', 'Доя'],
    [
      ['няня', 'бала кароочу'],
      ['гувернантка', 'няня-воспитатель'],
      ['nanny', 'babysitter'],
      ['bola qarovchi', 'nyanya'],
      ['кӯдакпарастор', 'няня'],
    ],
  ),

  // Retail and delivery
  occupation(
    '5223',
    Retail,
    ['Сатуучу', 'Продавец', 'Shop sales assistant', 'Sotuvchi', 'Фурӯшанда'],
    [
      ['дүкөн сатуучусу'],
      ['продавец-консультант', 'продавец-кассир'],
      ['salesperson', 'shop assistant'],
      ['doʻkon sotuvchisi', 'sotuvchi-maslahatchi'],
      ['фурӯшандаи мағоза'],
    ],
  ),
  occupation(
    '5230',
    Retail,
    ['Кассир', 'Кассир', 'Cashier', 'Kassir', 'Кассир'],
    [['кассачы'], ['кассир в магазине', 'кассир-операционист'], ['checkout operator'], ['doʻkon kassiri'], ['хазинадор']],
  ),
  occupation(
    '9621',
    Retail,
    ['Курьер', 'Курьер', 'Courier', 'Kuryer', 'Курйер'],
    [
      ['жеткирүүчү', 'жүк жеткирүүчү'],
      ['доставщик', 'курьер-доставщик', 'носильщик'],
      ['delivery rider', 'messenger', 'porter'],
      ['yetkazib beruvchi', 'yuk yetkazuvchi'],
      ['расонанда', 'борбар'],
    ],
  ),
];

export function occupationByCode(occupations: readonly Occupation[], code: string): Occupation | undefined {
  return occupations.find((o) => o.code === code);
}

export function isOccupationCode(occupations: readonly Occupation[], value: unknown): value is string {
  return typeof value === 'string' && occupations.some((o) => o.code === value);
}

export function occupationsInSector(occupations: readonly Occupation[], sector: OccupationSector): readonly Occupation[] {
  return occupations.filter((o) => o.sector === sector);
}

/** The shape of an ISCO-08 unit group code. */
export const OCCUPATION_CODE_PATTERN = /^[1-9]\d{3}$/;

export type OccupationChoiceProblem = 'occupation.unknown' | 'occupation.inactive';

/**
 * Whether a vacancy or a profile may name `code`: it must be in the list and active, unless it already named it
 * (`current`): a deactivated occupation stays on what has it, and an edit that keeps it is no new choice.
 */
export function occupationChoiceProblem(occupations: readonly Occupation[], code: string, current?: string | null): OccupationChoiceProblem | null {
  const occupation = occupationByCode(occupations, code);
  if (!occupation) return 'occupation.unknown';
  if (!occupation.active && code !== current) return 'occupation.inactive';
  return null;
}

export const OCCUPATION_NAME_MAX_LENGTH = 120;
export const OCCUPATION_SYNONYMS_MAX = 20;
export const OCCUPATION_SYNONYM_MAX_LENGTH = 80;

export type OccupationEditProblem =
  | 'occupation.code'
  | 'occupation.nameRequired'
  | 'occupation.nameTooLong'
  | 'occupation.synonyms'
  | 'occupation.duplicateName';

/**
 * What is wrong with an occupation as the admin typed it, field by field (`names.ru`, `synonyms.ky`…): a code of
 * four digits, a name in every language, at most OCCUPATION_SYNONYMS_MAX short synonyms per language, and no Russian
 * name another occupation has (`others`: the rest of the list), since employers pick by it.
 */
export function occupationEditProblems(
  occupation: Pick<Occupation, 'code' | 'name' | 'synonyms'>,
  others: readonly Occupation[],
): Array<{ field: string; code: OccupationEditProblem }> {
  const problems: Array<{ field: string; code: OccupationEditProblem }> = [];
  if (!OCCUPATION_CODE_PATTERN.test(occupation.code)) problems.push({ field: 'code', code: 'occupation.code' });
  for (const locale of SUPPORTED_LOCALES) {
    const name = occupation.name[locale]?.trim() ?? '';
    if (name === '') problems.push({ field: `names.${locale}`, code: 'occupation.nameRequired' });
    else if (name.length > OCCUPATION_NAME_MAX_LENGTH) problems.push({ field: `names.${locale}`, code: 'occupation.nameTooLong' });
    const synonyms = occupation.synonyms[locale] ?? [];
    if (
      synonyms.length > OCCUPATION_SYNONYMS_MAX ||
      synonyms.some((synonym) => synonym.trim() === '' || synonym.length > OCCUPATION_SYNONYM_MAX_LENGTH)
    )
      problems.push({ field: `synonyms.${locale}`, code: 'occupation.synonyms' });
  }
  const ru = normalizeSearchText(occupation.name.ru ?? '');
  if (ru && others.some((other) => other.code !== occupation.code && normalizeSearchText(other.name.ru) === ru))
    problems.push({ field: 'names.ru', code: 'occupation.duplicateName' });
  return problems;
}

/** Lower case, ё as е, one Uzbek apostrophe (oʻ, o', o‘ and o` are typed alike), single spaces: how people type in a search box. */
function normalizeSearchText(text: string): string {
  return text
    .toLocaleLowerCase('ru')
    .replace(/ё/g, 'е')
    .replace(/[ʻʼ'`‘’]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** 0 is best: the name starts with the query; then a synonym does; then either contains it; null: no match. */
function matchRank(occupation: Occupation, query: string, locales: readonly Locale[]): number | null {
  const names = locales.map((locale) => normalizeSearchText(occupation.name[locale]));
  const synonyms = locales.flatMap((locale) => occupation.synonyms[locale].map(normalizeSearchText));
  if (names.some((name) => name.startsWith(query))) return 0;
  if (synonyms.some((synonym) => synonym.startsWith(query))) return 1;
  if ([...names, ...synonyms].some((term) => term.includes(query))) return 2;
  return null;
}

/**
 * Finds occupations by what someone types, in any language unless one is given: a Kyrgyz speaker may well type
 * the Russian word. Best matches first, then in the order of the list. A blank query finds nothing.
 */
export function searchOccupations(occupations: readonly Occupation[], query: string, locale?: Locale): Occupation[] {
  const needle = normalizeSearchText(query);
  if (needle === '') return [];
  const locales = locale === undefined ? SUPPORTED_LOCALES : [locale];
  return occupations
    .map((occupation, index) => ({ occupation, index, rank: matchRank(occupation, needle, locales) }))
    .filter((hit): hit is { occupation: Occupation; index: number; rank: number } => hit.rank !== null)
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((hit) => hit.occupation);
}

/** The occupations labour migrants are recruited for, classified by ISCO-08 unit group, named in ky, ru and en. */
import { Locale } from '../accounts/locale';

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
  [OccupationSector.Construction]: { ky: 'Курулуш', ru: 'Строительство', en: 'Construction' },
  [OccupationSector.Transport]: { ky: 'Айдоочулар жана транспорт', ru: 'Водители и транспорт', en: 'Drivers and transport' },
  [OccupationSector.Warehouse]: { ky: 'Кампа жана жүк ташуу', ru: 'Склад и погрузка', en: 'Warehouse and loading' },
  [OccupationSector.Cleaning]: { ky: 'Тазалоо жана имарат тейлөө', ru: 'Уборка и обслуживание зданий', en: 'Cleaning and building care' },
  [OccupationSector.Catering]: { ky: 'Тамак-аш жана тейлөө', ru: 'Общепит', en: 'Catering' },
  [OccupationSector.Agriculture]: { ky: 'Айыл чарба', ru: 'Сельское хозяйство', en: 'Agriculture' },
  [OccupationSector.Manufacturing]: { ky: 'Өндүрүш', ru: 'Производство', en: 'Manufacturing' },
  [OccupationSector.Care]: { ky: 'Кам көрүү', ru: 'Уход за людьми', en: 'Care' },
  [OccupationSector.Retail]: { ky: 'Соода жана жеткирүү', ru: 'Торговля и доставка', en: 'Retail and delivery' },
};

export interface Occupation {
  /** ISCO-08 unit group (4 digits). Russia's ОКЗ (ОК 010-2014) is harmonised with ISCO-08 and uses the same codes. */
  code: string;
  sector: OccupationSector;
  /**
   * What a job ad calls the occupation. `en` is the ISCO-08 title, shortened where it is long; `ru` and `ky` are
   * the everyday names people search for, not the official ОКЗ titles.
   */
  name: Readonly<Record<Locale, string>>;
  /** Other words people use for the same job, per language; searched like the name. */
  synonyms: Readonly<Record<Locale, readonly string[]>>;
}

type Names = readonly [ky: string, ru: string, en: string];
type Synonyms = readonly [ky: readonly string[], ru: readonly string[], en: readonly string[]];

const occupation = (code: string, sector: OccupationSector, [ky, ru, en]: Names, [kySyn, ruSyn, enSyn]: Synonyms): Occupation => ({
  code,
  sector,
  name: { ky, ru, en },
  synonyms: { ky: kySyn, ru: ruSyn, en: enSyn },
});

const { Construction, Transport, Warehouse, Cleaning, Catering, Agriculture, Manufacturing, Care, Retail } = OccupationSector;

export const OCCUPATIONS: readonly Occupation[] = [
  // Construction
  occupation('7112', Construction, ['Кыш калоочу', 'Каменщик', 'Bricklayer'], [['кирпич калоочу', 'таш калоочу'], ['кладчик', 'каменщик-кирпичник'], ['mason', 'blocklayer']]),
  occupation('7114', Construction, ['Бетончу', 'Бетонщик', 'Concrete worker'], [['бетон куюучу'], ['бетонщик-отделочник', 'заливщик бетона'], ['concrete placer', 'concrete finisher']]),
  occupation('7115', Construction, ['Жыгач уста', 'Плотник', 'Carpenter'], [['балта уста', 'жыгаччы'], ['столяр', 'плотник-опалубщик', 'опалубщик'], ['joiner', 'formwork carpenter']]),
  occupation('7119', Construction, ['Курулуш монтажчысы', 'Монтажник строительных конструкций', 'Building frame worker'], [['монтажчы', 'леса монтажчысы'], ['монтажник', 'монтажник лесов', 'демонтажник'], ['scaffolder', 'demolition worker']]),
  occupation('7121', Construction, ['Чатыр жабуучу', 'Кровельщик', 'Roofer'], [['чатырчы'], ['кровельщик по металлу', 'кровельщик мягкой кровли'], ['roof fixer']]),
  occupation('7122', Construction, ['Плиткачы', 'Плиточник', 'Floor layer and tile setter'], [['плитка төшөөчү', 'кафель төшөөчү'], ['облицовщик-плиточник', 'укладчик напольных покрытий', 'паркетчик'], ['tiler', 'floor layer']]),
  occupation('7123', Construction, ['Шыбакчы', 'Штукатур', 'Plasterer'], [['шыбоочу', 'штукатур'], ['штукатур-маляр', 'отделочник'], ['drywall finisher']]),
  occupation('7126', Construction, ['Сантехник', 'Сантехник', 'Plumber'], [['суу түтүк оңдоочу', 'түтүкчү'], ['водопроводчик', 'монтажник сантехнических систем', 'трубопроводчик'], ['pipe fitter']]),
  occupation('7131', Construction, ['Сырдоочу', 'Маляр', 'Painter'], [['боёкчу', 'маляр'], ['маляр-отделочник', 'маляр-штукатур'], ['building painter', 'decorator']]),
  occupation('7212', Construction, ['Ширетүүчү', 'Сварщик', 'Welder'], [['электр ширетүүчү', 'сварщик'], ['электросварщик', 'газосварщик', 'газорезчик'], ['flame cutter']]),
  occupation('7411', Construction, ['Электрик', 'Электрик', 'Building electrician'], [['электр монтажчы', 'электромонтёр'], ['электромонтажник', 'электромонтёр'], ['electrician', 'electrical fitter']]),
  occupation('8342', Construction, ['Экскаваторчу', 'Машинист экскаватора', 'Earthmoving plant operator'], [['экскаватор айдоочу', 'бульдозерчи'], ['экскаваторщик', 'машинист бульдозера', 'машинист погрузчика фронтального'], ['excavator operator', 'bulldozer operator']]),
  occupation('8343', Construction, ['Кранчы', 'Крановщик', 'Crane operator'], [['кран айдоочу', 'кран башкаруучу'], ['машинист крана', 'машинист башенного крана'], ['hoist operator']]),
  occupation('9312', Construction, ['Жол курулушунун жумушчусу', 'Дорожный рабочий', 'Civil engineering labourer'], [['жол жумушчусу', 'жер казуучу'], ['рабочий на строительстве дорог', 'землекоп'], ['road worker', 'digger']]),
  occupation('9313', Construction, ['Курулуш жумушчусу', 'Разнорабочий на стройке', 'Building construction labourer'], [['кара жумушчу', 'курулушчу'], ['подсобный рабочий', 'разнорабочий', 'строитель'], ['construction labourer', 'general labourer', 'hod carrier']]),

  // Drivers and transport
  occupation('8322', Transport, ['Жеңил унаанын айдоочусу', 'Водитель легкового автомобиля', 'Car driver'], [['таксист', 'такси айдоочу', 'айдоочу'], ['таксист', 'водитель такси', 'водитель категории B'], ['taxi driver', 'van driver', 'chauffeur']]),
  occupation('8331', Transport, ['Автобус айдоочусу', 'Водитель автобуса', 'Bus driver'], [['маршрутка айдоочу', 'айдоочу'], ['водитель категории D', 'водитель маршрутки', 'водитель трамвая'], ['tram driver', 'coach driver']]),
  occupation('8332', Transport, ['Жүк машинасынын айдоочусу', 'Водитель грузовика', 'Heavy truck driver'], [['фура айдоочу', 'айдоочу'], ['водитель категории C', 'водитель категории CE', 'дальнобойщик'], ['lorry driver', 'long-haul driver']]),
  occupation('8344', Transport, ['Жүк көтөргүчтүн айдоочусу', 'Водитель погрузчика', 'Forklift operator'], [['погрузчик айдоочу'], ['карщик', 'оператор погрузчика', 'водитель электропогрузчика'], ['lift truck operator', 'forklift driver']]),
  occupation('7231', Transport, ['Автоунаа оңдоочу', 'Автослесарь', 'Motor vehicle mechanic'], [['автомеханик', 'слесарь'], ['автомеханик', 'слесарь по ремонту автомобилей', 'шиномонтажник'], ['car mechanic', 'auto repairer']]),

  // Warehouse and loading
  occupation('9333', Warehouse, ['Жүк ташуучу', 'Грузчик', 'Freight handler'], [['жүкчү', 'грузчик'], ['грузчик-комплектовщик', 'такелажник', 'разнорабочий на складе'], ['loader', 'mover', 'warehouse labourer']]),
  occupation('4321', Warehouse, ['Кампачы', 'Кладовщик', 'Stock clerk'], [['склад кызматкери', 'кампа кызматкери'], ['работник склада', 'учётчик', 'кладовщик-комплектовщик'], ['storekeeper', 'warehouse clerk']]),
  occupation('9321', Warehouse, ['Таңгактоочу', 'Упаковщик', 'Hand packer'], [['упаковщик', 'таңгакчы'], ['фасовщик', 'упаковщица', 'комплектовщик'], ['packer', 'packager']]),

  // Cleaning and building care
  occupation('9112', Cleaning, ['Тазалоочу', 'Уборщик', 'Cleaner'], [['үй тазалоочу', 'бөлмө тазалоочу'], ['уборщица', 'горничная', 'клинер'], ['housekeeper', 'room attendant']]),
  occupation('5153', Cleaning, ['Имарат тейлөөчү', 'Рабочий по обслуживанию здания', 'Building caretaker'], [['комендант', 'имарат кароочу'], ['смотритель здания', 'комендант', 'рабочий по комплексному обслуживанию'], ['janitor', 'concierge']]),
  occupation('9613', Cleaning, ['Шыпыруучу', 'Дворник', 'Sweeper'], [['көчө тазалоочу', 'дворник'], ['уборщик территории', 'подметальщик'], ['street sweeper', 'yard keeper']]),

  // Catering
  occupation('5120', Catering, ['Ашпозчу', 'Повар', 'Cook'], [['повар', 'тамак жасоочу'], ['повар-универсал', 'шеф-повар', 'повар горячего цеха'], ['chef', 'line cook']]),
  occupation('9412', Catering, ['Ашкана жардамчысы', 'Кухонный работник', 'Kitchen helper'], [['идиш жуучу', 'ашпозчунун жардамчысы'], ['помощник повара', 'посудомойщик', 'мойщица посуды'], ['dishwasher', 'kitchen porter']]),
  occupation('5131', Catering, ['Официант', 'Официант', 'Waiter'], [['тейлөөчү', 'официантка'], ['официантка', 'помощник официанта'], ['waitress', 'server']]),

  // Agriculture
  occupation('9211', Agriculture, ['Талаа жумушчусу', 'Рабочий в растениеводстве', 'Crop farm labourer'], [['түшүм жыйноочу', 'мөмө терүүчү'], ['сборщик урожая', 'сезонный рабочий', 'сборщик овощей'], ['harvest worker', 'farmhand', 'fruit picker']]),
  occupation('9212', Agriculture, ['Мал чарба жумушчусу', 'Рабочий на животноводческой ферме', 'Livestock farm labourer'], [['малчы', 'саанчы'], ['скотник', 'доярка', 'рабочий фермы'], ['stockman', 'milker']]),
  occupation('6111', Agriculture, ['Дыйкан', 'Овощевод', 'Field crop and vegetable grower'], [['жашылча өстүрүүчү', 'фермер'], ['полевод', 'фермер-овощевод'], ['vegetable grower', 'crop farmer']]),
  occupation('9214', Agriculture, ['Бак жумушчусу', 'Рабочий зелёного хозяйства', 'Garden and horticultural labourer'], [['багбан', 'күнөскана жумушчусу'], ['садовник', 'озеленитель', 'рабочий теплицы'], ['gardener', 'greenhouse worker']]),

  // Manufacturing
  occupation('8160', Manufacturing, ['Тамак-аш өндүрүшүнүн оператору', 'Оператор линии пищевого производства', 'Food products machine operator'], [['тамак-аш цехинин жумушчусу'], ['оператор производственной линии', 'рабочий пищевого производства'], ['food production line operator']]),
  occupation('7512', Manufacturing, ['Нан бышыруучу', 'Пекарь', 'Baker'], [['тандыр нан бышыруучу', 'кондитер'], ['пекарь-кондитер', 'тандырщик', 'кондитер'], ['pastry cook', 'confectioner']]),
  occupation('9329', Manufacturing, ['Өндүрүш жумушчусу', 'Разнорабочий на производстве', 'Manufacturing labourer'], [['цех жумушчусу', 'заводдогу жумушчу'], ['подсобный рабочий на заводе', 'рабочий на конвейере'], ['factory worker', 'production helper']]),
  occupation('7522', Manufacturing, ['Эмерек устасы', 'Мебельщик', 'Cabinet-maker'], [['эмерек жасоочу', 'эмерек чогултуучу'], ['краснодеревщик', 'сборщик мебели', 'столяр-мебельщик'], ['furniture maker', 'furniture assembler']]),
  occupation('7531', Manufacturing, ['Кийим тигүүчү', 'Портной', 'Tailor'], [['тигүүчү уста'], ['портниха', 'швея-портной'], ['dressmaker']]),
  occupation('8153', Manufacturing, ['Тигүү машинасынын оператору', 'Швея', 'Sewing machine operator'], [['тигүүчү', 'швея'], ['швея-мотористка', 'оператор швейного оборудования'], ['seamstress', 'machinist (sewing)']]),

  // Care
  occupation('5322', Care, ['Үйдө кам көрүүчү', 'Сиделка', 'Home-based personal care worker'], [['карыяларга кам көрүүчү', 'сиделка'], ['помощник по уходу', 'сиделка на дому'], ['home carer', 'caregiver']]),
  occupation('5311', Care, ['Бала багуучу', 'Няня', 'Child care worker'], [['няня', 'бала кароочу'], ['гувернантка', 'няня-воспитатель'], ['nanny', 'babysitter']]),

  // Retail and delivery
  occupation('5223', Retail, ['Сатуучу', 'Продавец', 'Shop sales assistant'], [['дүкөн сатуучусу'], ['продавец-консультант', 'продавец-кассир'], ['salesperson', 'shop assistant']]),
  occupation('5230', Retail, ['Кассир', 'Кассир', 'Cashier'], [['кассачы'], ['кассир в магазине', 'кассир-операционист'], ['checkout operator']]),
  occupation('9621', Retail, ['Курьер', 'Курьер', 'Courier'], [['жеткирүүчү', 'жүк жеткирүүчү'], ['доставщик', 'курьер-доставщик', 'носильщик'], ['delivery rider', 'messenger', 'porter']]),
];

const BY_CODE: ReadonlyMap<string, Occupation> = new Map(OCCUPATIONS.map((o) => [o.code, o]));

export function occupationByCode(code: string): Occupation | undefined {
  return BY_CODE.get(code);
}

export function isOccupationCode(value: unknown): value is string {
  return typeof value === 'string' && BY_CODE.has(value);
}

export function occupationsInSector(sector: OccupationSector): readonly Occupation[] {
  return OCCUPATIONS.filter((o) => o.sector === sector);
}

/** Lower case, ё as е, single spaces: how people type in a search box. */
function normalizeSearchText(text: string): string {
  return text.toLocaleLowerCase('ru').replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
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
export function searchOccupations(query: string, locale?: Locale): Occupation[] {
  const needle = normalizeSearchText(query);
  if (needle === '') return [];
  const locales = locale === undefined ? [Locale.Kyrgyz, Locale.Russian, Locale.English] : [locale];
  return OCCUPATIONS.map((occupation, index) => ({ occupation, index, rank: matchRank(occupation, needle, locales) }))
    .filter((hit): hit is { occupation: Occupation; index: number; rank: number } => hit.rank !== null)
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((hit) => hit.occupation);
}

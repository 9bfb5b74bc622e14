/** The federal subjects of the Russian Federation, keyed by the two-digit code of the tax service. */

export enum RussianRegionType {
  Republic = 'REPUBLIC',
  Krai = 'KRAI',
  Oblast = 'OBLAST',
  FederalCity = 'FEDERAL_CITY',
  AutonomousOblast = 'AUTONOMOUS_OBLAST',
  AutonomousOkrug = 'AUTONOMOUS_OKRUG',
}

export interface RussianRegion {
  /**
   * Code of the subject in the ФНС list «Коды субъектов Российской Федерации» (the same list as the first two
   * digits of an ИНН and of a tax office code; it follows the order of the 1992 Constitution). Not the ОКАТО
   * code (Moscow is 45 there) and not the car-plate code (plates have several per region).
   */
  code: string;
  nameRu: string;
  nameEn: string;
  type: RussianRegionType;
  /**
   * Set for the Ukrainian territories Russia declared annexed (2014, 2022). The UN General Assembly does not
   * recognise these annexations (resolutions 68/262 and ES-11/4). They are listed because Russian registries,
   * and so employers' ИНН, use these codes; whether the exchange accepts vacancies there is a policy decision
   * that belongs to the attaché, and this flag lets it be made.
   */
  annexedFromUkraineIn: 2014 | 2022 | null;
}

const { Republic, Krai, Oblast, FederalCity, AutonomousOblast, AutonomousOkrug } = RussianRegionType;

function region(
  code: string,
  nameRu: string,
  nameEn: string,
  type: RussianRegionType,
  annexedFromUkraineIn: 2014 | 2022 | null = null,
): RussianRegion {
  return { code, nameRu, nameEn, type, annexedFromUkraineIn };
}

/**
 * Source: ФНС, «Коды субъектов Российской Федерации и иных территорий» (in the wording of Приказ ФНС России
 * от 28.10.2022 № ЕД-7-21/988@, which added 90, 93, 94 and 95). Code 99 («иные территории, включая город и
 * космодром Байконур») is not a federal subject and is left out. Names are the usual short official names:
 * «Республика Татарстан» rather than «Республика Татарстан (Татарстан)».
 */
export const RUSSIAN_REGIONS: readonly RussianRegion[] = [
  region('01', 'Республика Адыгея', 'Republic of Adygea', Republic),
  region('02', 'Республика Башкортостан', 'Republic of Bashkortostan', Republic),
  region('03', 'Республика Бурятия', 'Republic of Buryatia', Republic),
  region('04', 'Республика Алтай', 'Altai Republic', Republic),
  region('05', 'Республика Дагестан', 'Republic of Dagestan', Republic),
  region('06', 'Республика Ингушетия', 'Republic of Ingushetia', Republic),
  region('07', 'Кабардино-Балкарская Республика', 'Kabardino-Balkarian Republic', Republic),
  region('08', 'Республика Калмыкия', 'Republic of Kalmykia', Republic),
  region('09', 'Карачаево-Черкесская Республика', 'Karachay-Cherkess Republic', Republic),
  region('10', 'Республика Карелия', 'Republic of Karelia', Republic),
  region('11', 'Республика Коми', 'Komi Republic', Republic),
  region('12', 'Республика Марий Эл', 'Mari El Republic', Republic),
  region('13', 'Республика Мордовия', 'Republic of Mordovia', Republic),
  region('14', 'Республика Саха (Якутия)', 'Sakha (Yakutia) Republic', Republic),
  region('15', 'Республика Северная Осетия — Алания', 'Republic of North Ossetia–Alania', Republic),
  region('16', 'Республика Татарстан', 'Republic of Tatarstan', Republic),
  region('17', 'Республика Тыва', 'Tuva Republic', Republic),
  region('18', 'Удмуртская Республика', 'Udmurt Republic', Republic),
  region('19', 'Республика Хакасия', 'Republic of Khakassia', Republic),
  region('20', 'Чеченская Республика', 'Chechen Republic', Republic),
  region('21', 'Чувашская Республика', 'Chuvash Republic', Republic),
  region('22', 'Алтайский край', 'Altai Krai', Krai),
  region('23', 'Краснодарский край', 'Krasnodar Krai', Krai),
  region('24', 'Красноярский край', 'Krasnoyarsk Krai', Krai),
  region('25', 'Приморский край', 'Primorsky Krai', Krai),
  region('26', 'Ставропольский край', 'Stavropol Krai', Krai),
  region('27', 'Хабаровский край', 'Khabarovsk Krai', Krai),
  region('28', 'Амурская область', 'Amur Oblast', Oblast),
  region('29', 'Архангельская область', 'Arkhangelsk Oblast', Oblast),
  region('30', 'Астраханская область', 'Astrakhan Oblast', Oblast),
  region('31', 'Белгородская область', 'Belgorod Oblast', Oblast),
  region('32', 'Брянская область', 'Bryansk Oblast', Oblast),
  region('33', 'Владимирская область', 'Vladimir Oblast', Oblast),
  region('34', 'Волгоградская область', 'Volgograd Oblast', Oblast),
  region('35', 'Вологодская область', 'Vologda Oblast', Oblast),
  region('36', 'Воронежская область', 'Voronezh Oblast', Oblast),
  region('37', 'Ивановская область', 'Ivanovo Oblast', Oblast),
  region('38', 'Иркутская область', 'Irkutsk Oblast', Oblast),
  region('39', 'Калининградская область', 'Kaliningrad Oblast', Oblast),
  region('40', 'Калужская область', 'Kaluga Oblast', Oblast),
  region('41', 'Камчатский край', 'Kamchatka Krai', Krai),
  region('42', 'Кемеровская область — Кузбасс', 'Kemerovo Oblast – Kuzbass', Oblast),
  region('43', 'Кировская область', 'Kirov Oblast', Oblast),
  region('44', 'Костромская область', 'Kostroma Oblast', Oblast),
  region('45', 'Курганская область', 'Kurgan Oblast', Oblast),
  region('46', 'Курская область', 'Kursk Oblast', Oblast),
  region('47', 'Ленинградская область', 'Leningrad Oblast', Oblast),
  region('48', 'Липецкая область', 'Lipetsk Oblast', Oblast),
  region('49', 'Магаданская область', 'Magadan Oblast', Oblast),
  region('50', 'Московская область', 'Moscow Oblast', Oblast),
  region('51', 'Мурманская область', 'Murmansk Oblast', Oblast),
  region('52', 'Нижегородская область', 'Nizhny Novgorod Oblast', Oblast),
  region('53', 'Новгородская область', 'Novgorod Oblast', Oblast),
  region('54', 'Новосибирская область', 'Novosibirsk Oblast', Oblast),
  region('55', 'Омская область', 'Omsk Oblast', Oblast),
  region('56', 'Оренбургская область', 'Orenburg Oblast', Oblast),
  region('57', 'Орловская область', 'Oryol Oblast', Oblast),
  region('58', 'Пензенская область', 'Penza Oblast', Oblast),
  region('59', 'Пермский край', 'Perm Krai', Krai),
  region('60', 'Псковская область', 'Pskov Oblast', Oblast),
  region('61', 'Ростовская область', 'Rostov Oblast', Oblast),
  region('62', 'Рязанская область', 'Ryazan Oblast', Oblast),
  region('63', 'Самарская область', 'Samara Oblast', Oblast),
  region('64', 'Саратовская область', 'Saratov Oblast', Oblast),
  region('65', 'Сахалинская область', 'Sakhalin Oblast', Oblast),
  region('66', 'Свердловская область', 'Sverdlovsk Oblast', Oblast),
  region('67', 'Смоленская область', 'Smolensk Oblast', Oblast),
  region('68', 'Тамбовская область', 'Tambov Oblast', Oblast),
  region('69', 'Тверская область', 'Tver Oblast', Oblast),
  region('70', 'Томская область', 'Tomsk Oblast', Oblast),
  region('71', 'Тульская область', 'Tula Oblast', Oblast),
  region('72', 'Тюменская область', 'Tyumen Oblast', Oblast),
  region('73', 'Ульяновская область', 'Ulyanovsk Oblast', Oblast),
  region('74', 'Челябинская область', 'Chelyabinsk Oblast', Oblast),
  region('75', 'Забайкальский край', 'Zabaykalsky Krai', Krai),
  region('76', 'Ярославская область', 'Yaroslavl Oblast', Oblast),
  region('77', 'Москва', 'Moscow', FederalCity),
  region('78', 'Санкт-Петербург', 'Saint Petersburg', FederalCity),
  region('79', 'Еврейская автономная область', 'Jewish Autonomous Oblast', AutonomousOblast),
  region('83', 'Ненецкий автономный округ', 'Nenets Autonomous Okrug', AutonomousOkrug),
  region('86', 'Ханты-Мансийский автономный округ — Югра', 'Khanty-Mansi Autonomous Okrug – Yugra', AutonomousOkrug),
  region('87', 'Чукотский автономный округ', 'Chukotka Autonomous Okrug', AutonomousOkrug),
  region('89', 'Ямало-Ненецкий автономный округ', 'Yamalo-Nenets Autonomous Okrug', AutonomousOkrug),
  region('90', 'Запорожская область', 'Zaporizhzhia Oblast', Oblast, 2022),
  region('91', 'Республика Крым', 'Republic of Crimea', Republic, 2014),
  region('92', 'Севастополь', 'Sevastopol', FederalCity, 2014),
  region('93', 'Донецкая Народная Республика', "Donetsk People's Republic", Republic, 2022),
  region('94', 'Луганская Народная Республика', "Luhansk People's Republic", Republic, 2022),
  region('95', 'Херсонская область', 'Kherson Oblast', Oblast, 2022),
];

const BY_CODE: ReadonlyMap<string, RussianRegion> = new Map(RUSSIAN_REGIONS.map((r) => [r.code, r]));

export function regionByCode(code: string): RussianRegion | undefined {
  return BY_CODE.get(code);
}

export function isRussianRegionCode(value: unknown): value is string {
  return typeof value === 'string' && BY_CODE.has(value);
}

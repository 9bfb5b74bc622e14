/** The origin countries as GET /api/origin-countries answers in tests: the three seeded, a few regions each. */
import type { HttpTestingController } from '@angular/common/http/testing';
import type { OriginCountryView } from '@jumush/contracts/client';
import { ApiPaths } from '../core/api/api-paths';

const names = (ky: string, ru: string, uz: string, tg: string, en: string) => ({ ky, ru, uz, tg, en });

export const ORIGIN_COUNTRY_VIEWS: OriginCountryView[] = [
  {
    code: 'KG',
    names: names('Кыргызстан', 'Киргизия', 'Qirgʻiziston', 'Қирғизистон', 'Kyrgyzstan'),
    callingCode: '996',
    passportPattern: '^[A-Z]{2}[0-9]{7}$',
    regime: 'EAEU',
    defaultLocale: 'ky',
    regions: [
      {
        code: 'KG-C',
        kind: 'oblast',
        names: names('Чүй облусу', 'Чуйская область', 'Chuy viloyati', 'Вилояти Чуй', 'Chüy Region'),
        districts: [
          { code: 'KG-C-ALAMUDUN', names: names('Аламүдүн району', 'Аламудунский район', 'Olamudun tumani', 'Ноҳияи Аламудун', 'Alamüdün District') },
          { code: 'KG-C-SOKULUK', names: names('Сокулук району', 'Сокулукский район', 'Soʻquluq tumani', 'Ноҳияи Сокулук', 'Sokuluk District') },
        ],
      },
      { code: 'KG-GB', kind: 'city', names: names('Бишкек шаары', 'город Бишкек', 'Bishkek shahri', 'Шаҳри Бишкек', 'Bishkek'), districts: [] },
    ],
  },
  {
    code: 'TJ',
    names: names('Тажикстан', 'Таджикистан', 'Tojikiston', 'Тоҷикистон', 'Tajikistan'),
    callingCode: '992',
    passportPattern: '^[A-Z0-9]{6,12}$',
    regime: 'PATENT',
    defaultLocale: 'tg',
    regions: [
      {
        code: 'TJ-SU',
        kind: 'oblast',
        names: names('Соғд облусу', 'Согдийская область', 'Sugʻd viloyati', 'Вилояти Суғд', 'Sughd Region'),
        districts: [],
      },
      { code: 'TJ-DU', kind: 'city', names: names('Душанбе шаары', 'город Душанбе', 'Dushanbe shahri', 'Шаҳри Душанбе', 'Dushanbe'), districts: [] },
    ],
  },
  {
    code: 'UZ',
    names: names('Өзбекстан', 'Узбекистан', 'Oʻzbekiston', 'Ӯзбекистон', 'Uzbekistan'),
    callingCode: '998',
    passportPattern: '^[A-Z0-9]{6,12}$',
    regime: 'PATENT',
    defaultLocale: 'uz',
    regions: [
      {
        code: 'UZ-SA',
        kind: 'oblast',
        names: names('Самарканд облусу', 'Самаркандская область', 'Samarqand viloyati', 'Вилояти Самарқанд', 'Samarkand Region'),
        districts: [],
      },
      { code: 'UZ-TK', kind: 'city', names: names('Ташкент шаары', 'город Ташкент', 'Toshkent shahri', 'Шаҳри Тошканд', 'Tashkent'), districts: [] },
    ],
  },
];

/** Answers every pending request for the origin countries. */
export function flushOriginCountries(backend: HttpTestingController, countries: OriginCountryView[] = ORIGIN_COUNTRY_VIEWS): void {
  backend.match((request) => request.url === ApiPaths.originCountries).forEach((request) => request.flush(countries));
}

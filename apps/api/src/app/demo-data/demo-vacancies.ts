/** The demo employer's verified company and its published vacancies, so search has something to find. */
import { HousingOption, MealsOption, RussianLevel, ShiftPattern } from '@jumush/contracts';

export const DEMO_COMPANY = {
  legalName: 'ООО «СтройМонтаж Демо»',
  // Valid by the check-digit rules, but no real company's: built for the demo.
  inn: '7701234560',
  ogrn: '1027700000020',
  legalAddress: 'г. Москва, ул. Строителей, д. 10',
  regionCode: '77',
  contactPerson: 'Ольга Смирнова',
  phone: '+79161234567',
  email: 'employer@demo.jumush.kg',
};

interface DemoVacancy {
  title: string;
  occupationCode: string;
  regionCode: string;
  town: string;
  monthlyWageRoubles: number;
  housing: HousingOption;
  housingCostRoubles: number | null;
  insurance: boolean;
  travelPaid: boolean;
  contractMonths: number;
  positions: number;
  description: string;
}

export const DEMO_VACANCIES: DemoVacancy[] = [
  {
    title: 'Сварщик на строительство жилого комплекса',
    occupationCode: '7212',
    regionCode: '77',
    town: 'Москва',
    monthlyWageRoubles: 95_000,
    housing: HousingOption.Free,
    housingCostRoubles: null,
    insurance: true,
    travelPaid: true,
    contractMonths: 12,
    positions: 20,
    description: 'Сварка металлоконструкций, общежитие рядом с объектом, питание.',
  },
  {
    title: 'Каменщик',
    occupationCode: '7112',
    regionCode: '50',
    town: 'Подольск',
    monthlyWageRoubles: 85_000,
    housing: HousingOption.Paid,
    housingCostRoubles: 5_000,
    insurance: true,
    travelPaid: false,
    contractMonths: 9,
    positions: 15,
    description: 'Кладка кирпича и блоков, бригада из земляков.',
  },
  {
    title: 'Повар в столовую завода',
    occupationCode: '5120',
    regionCode: '16',
    town: 'Казань',
    monthlyWageRoubles: 70_000,
    housing: HousingOption.Free,
    housingCostRoubles: null,
    insurance: false,
    travelPaid: true,
    contractMonths: 12,
    positions: 4,
    description: 'Приготовление обедов на 300 человек, смены 2/2.',
  },
  {
    title: 'Водитель погрузчика на склад',
    occupationCode: '8344',
    regionCode: '66',
    town: 'Екатеринбург',
    monthlyWageRoubles: 80_000,
    housing: HousingOption.None,
    housingCostRoubles: null,
    insurance: true,
    travelPaid: false,
    contractMonths: 6,
    positions: 6,
    description: 'Работа на складе маркетплейса, обучение на месте.',
  },
  {
    title: 'Уборщица в бизнес-центр',
    occupationCode: '9112',
    regionCode: '78',
    town: 'Санкт-Петербург',
    monthlyWageRoubles: 55_000,
    housing: HousingOption.Paid,
    housingCostRoubles: 7_000,
    insurance: false,
    travelPaid: false,
    contractMonths: 12,
    positions: 10,
    description: 'Уборка офисов, график 5/2.',
  },
];

export const DEMO_SHIFT = ShiftPattern.Day;
export const DEMO_MEALS = MealsOption.Free;
export const DEMO_RUSSIAN_LEVEL = RussianLevel.Basic;

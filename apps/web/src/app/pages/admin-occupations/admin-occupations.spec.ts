import { occupationBodyOf, synonymsFromText } from './admin-occupations';

const perLanguage = (ky: string, ru: string, uz: string, tg: string, en: string) => ({ ky, ru, uz, tg, en });

describe('the admin’s occupation form', () => {
  it('sends the sector, the trimmed names and the synonyms as lists', () => {
    expect(
      occupationBodyOf({
        code: '3155',
        sector: 'TRANSPORT',
        names: perLanguage(' Дрон оператору ', 'Оператор дронов', 'Dron operatori', 'Оператори дрон', 'Drone operator'),
        synonyms: perLanguage('', 'дроновод, пилот БПЛА', '', '', 'drone pilot\nUAV pilot'),
      }),
    ).toEqual({
      sector: 'TRANSPORT',
      names: perLanguage('Дрон оператору', 'Оператор дронов', 'Dron operatori', 'Оператори дрон', 'Drone operator'),
      synonyms: { ky: [], ru: ['дроновод', 'пилот БПЛА'], uz: [], tg: [], en: ['drone pilot', 'UAV pilot'] },
    });
  });

  it('reads synonyms separated by commas or lines, blanks dropped', () => {
    expect(synonymsFromText(' a ,, b\n\nc ')).toEqual(['a', 'b', 'c']);
    expect(synonymsFromText('   ')).toEqual([]);
  });
});

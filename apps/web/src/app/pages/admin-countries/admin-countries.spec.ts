import { countryBodyOf, regionsFromText } from './admin-countries';

const values = {
  code: 'am',
  nameKy: 'Армения',
  nameRu: 'Армения',
  nameUz: 'Armaniston',
  nameTg: 'Арманистон',
  nameEn: 'Armenia',
  callingCode: '374',
  passportPattern: '^A[A-Z][0-9]{7}$',
  officeNameRu: 'Посольство',
  officeNameLocal: 'Դեսպանություն',
  officeAddress: '  ',
  officeSignatoryTitle: 'Атташе',
  defaultLocale: 'ru',
  regime: 'EAEU',
  regions: '[{"code": "AM-ER", "kind": "city", "names": {"en": "Yerevan"}, "districts": []}]',
};

describe('the admin’s country form', () => {
  it('sends the names, the office (no address: null), the regime and the regions as the API takes them', () => {
    expect(countryBodyOf(values)).toEqual({
      names: { ky: 'Армения', ru: 'Армения', uz: 'Armaniston', tg: 'Арманистон', en: 'Armenia' },
      callingCode: '374',
      passportPattern: '^A[A-Z][0-9]{7}$',
      office: { nameRu: 'Посольство', nameLocal: 'Դեսպանություն', address: null, signatoryTitle: 'Атташе' },
      defaultLocale: 'ru',
      regime: 'EAEU',
      regions: [{ code: 'AM-ER', kind: 'city', names: { en: 'Yerevan' }, districts: [] }],
    });
  });

  it.each(['', 'not json', '{"code": "AM-ER"}'])('refuses regions that are not a JSON list: %p', (text) => {
    expect(regionsFromText(text)).toBeNull();
    expect(countryBodyOf({ ...values, regions: text })).toBeNull();
  });
});

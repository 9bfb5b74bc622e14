/** Valid inputs of the candidate profile wizard, for tests. */
export const PERSONAL = {
  surname: 'Токтогулов',
  givenNames: 'Айбек',
  surnameLatin: 'Toktogulov',
  givenNamesLatin: 'Aibek',
  birthDate: '1996-04-12',
  sex: 'MALE',
};
export const SKILLS = {
  languages: [
    { language: 'ky', level: 'FLUENT' },
    { language: 'ru', level: 'CONVERSATIONAL' },
  ],
  occupations: [{ occupationCode: '7212', years: 4 }],
  education: 'VOCATIONAL',
};
export const CHUY_DISTRICT = 'KG-C-ALAMUDUN';
/** A valid residence step for a migrant of each citizenship (Uzbek and Tajik regions have no districts listed). */
export const HOME_OF = {
  KG: { residenceRegionCode: 'KG-C', residenceDistrictCode: CHUY_DISTRICT },
  UZ: { residenceRegionCode: 'UZ-SA', residenceDistrictCode: null },
  TJ: { residenceRegionCode: 'TJ-SU', residenceDistrictCode: null },
} as const;

let passportSerial = Math.floor(Math.random() * 5_000_000);
/** A Kyrgyz foreign passport number no other test in this run uses. */
export const uniquePassport = () => `AC${String(++passportSerial % 10_000_000).padStart(7, '0')}`;

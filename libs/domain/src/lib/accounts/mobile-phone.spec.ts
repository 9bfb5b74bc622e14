import {
  SEEDED_MOBILE_PHONE_COUNTRIES,
  callingCodeOf,
  hasNumberingPlan,
  isValidMobilePhone,
  mobileNumberBlock,
  mobilePhoneCountriesOf,
  mobilePhoneProblem,
  normalizeMobilePhone,
} from './mobile-phone';

describe('mobile phone numbers', () => {
  it('are taken, by default, from Kyrgyzstan, Uzbekistan, Tajikistan and Russia', () => {
    expect(SEEDED_MOBILE_PHONE_COUNTRIES).toEqual(['KG', 'UZ', 'TJ', 'RU']);
  });

  it('are taken from the active origin countries and Russia, once each', () => {
    expect(mobilePhoneCountriesOf(['KG', 'AM'])).toEqual(['KG', 'AM', 'RU']);
    expect(mobilePhoneCountriesOf(['RU', 'TJ'])).toEqual(['TJ', 'RU']);
    expect(mobilePhoneCountriesOf([])).toEqual(['RU']);
  });

  describe('of a country added as data (Armenia, +374)', () => {
    const countries = mobilePhoneCountriesOf(['KG', 'UZ', 'TJ', 'AM']);

    it('accepts an Armenian mobile number, international or national for an Armenian citizen', () => {
      expect(mobilePhoneProblem('+374 77 123456', 'AM', countries)).toBeNull();
      expect(normalizeMobilePhone('077 123456', 'AM', countries)).toBe('+37477123456');
      expect(isValidMobilePhone('+37477123456', null, countries)).toBe(true);
    });

    it('refuses it where Armenia is not taken, and an Armenian landline anywhere', () => {
      expect(mobilePhoneProblem('+37477123456')).toBe('phone.country');
      expect(mobilePhoneProblem('+37410123456', 'AM', countries)).toBe('phone.format');
    });

    it('takes a national form of a country no longer taken as none', () => {
      expect(normalizeMobilePhone('0555123456', 'KG', ['AM', 'RU'])).toBe('0555123456');
    });
  });

  it.each([
    ['KG', '996'],
    ['AM', '374'],
    ['RU', '7'],
    ['XX', null],
  ])('knows the numbering plan of %s: calling code %p', (country, code) => {
    expect(callingCodeOf(country)).toBe(code);
    expect(hasNumberingPlan(country)).toBe(code !== null);
  });

  describe('normalised to E.164', () => {
    it.each([
      ['+996 555 123 456', null, '+996555123456'],
      ['+996 (700) 12-34-56', null, '+996700123456'],
      ['00996555123456', null, '+996555123456'],
      ['  +79161234567 ', null, '+79161234567'],
      ['+996\u00a0555\u00a0123\u00a0456', null, '+996555123456'],
      // The Kyrgyz national form, with its trunk 0, is Kyrgyz whatever country is given: nowhere else is it a mobile.
      ['0555 123 456', 'KG', '+996555123456'],
      ['0555123456', null, '+996555123456'],
      ['0 (700) 12-34-56', 'UZ', '+996700123456'],
      ['0880 12 34 56', 'TJ', '+996880123456'],
      // The Russian national form with 8, and without it.
      ['8 916 123-45-67', null, '+79161234567'],
      ['9161234567', 'KG', '+79161234567'],
      // Nine digits fit Uzbek and Tajik mobiles alike: the chosen country decides.
      ['90 123 45 67', 'UZ', '+998901234567'],
      ['90 123 45 67', 'TJ', '+992901234567'],
      ['93-123-45-67', 'TJ', '+992931234567'],
      // Nine digits that are a Kyrgyz mobile written without the 0, for a Kyrgyz citizen.
      ['555 123 456', 'KG', '+996555123456'],
    ])('%p (citizenship %p) → %p', (input, country, expected) => {
      expect(normalizeMobilePhone(input, country)).toBe(expected);
      expect(mobilePhoneProblem(input, country)).toBeNull();
    });

    it.each([
      ['90 123 45 67', 'Uzbek and Tajik alike'],
      ['700 123 456', 'Kyrgyz, Uzbek and Tajik alike'],
    ])('leaves %p as typed without a country (%s), and refuses it', (input) => {
      expect(normalizeMobilePhone(input)).toBe(input.replace(/\s/g, ''));
      expect(mobilePhoneProblem(input)).toBe('phone.format');
    });

    it('reads a number of another country by its own plan when it is no mobile in the chosen one', () => {
      expect(normalizeMobilePhone('0555123456', 'UZ')).toBe('+996555123456');
    });
  });

  describe('Kyrgyzstan (+996)', () => {
    it.each([
      '+996555123456',
      '+996700123456',
      '+996770123456',
      '+996990123456',
      '+996220123456',
      '+996500123456',
      '+996510123456',
      // Ranges the old hand-written rule refused.
      '+996600123456',
      '+996880123456',
      '+996888123456',
    ])('accepts the mobile number %p', (phone) => {
      expect(mobilePhoneProblem(phone)).toBeNull();
    });

    it.each([
      ['+99655512345', 'too short'],
      ['+9965551234567', 'too long'],
      ['+996312123456', 'a Bishkek landline, not a mobile'],
      ['+996100123456', 'no operator has the range'],
      ['+996400123456', 'no operator has the range'],
      ['+996660123456', 'no operator has the range'],
      ['+996 555 12345a', 'a letter'],
    ])('refuses %p (%s) as a Kyrgyz number', (phone) => {
      expect(mobilePhoneProblem(phone)).toBe('phone.kyrgyzFormat');
    });
  });

  describe('Uzbekistan (+998), Tajikistan (+992), Russia (+7)', () => {
    it.each(['+998901234567', '+998931234567', '+998991234567', '+992931234567', '+992901234567', '+992881234567', '+79161234567', '+79031234567'])(
      'accepts the mobile number %p',
      (phone) => {
        expect(isValidMobilePhone(phone)).toBe(true);
      },
    );

    it.each([
      ['+99890123456', 'Uzbek, one digit short'],
      ['+9989012345678', 'Uzbek, one digit too many'],
      ['+99293123456', 'Tajik, one digit short'],
      ['+9929312345678', 'Tajik, one digit too many'],
      ['+7916123456', 'Russian, one digit short'],
      ['+74951234567', 'a Moscow landline'],
    ])('refuses %p (%s)', (phone) => {
      expect(mobilePhoneProblem(phone)).toBe('phone.format');
    });
  });

  it.each(['+4915112345678', '+77011234567', '+12025550123'])('refuses %p: a country accounts do not take', (phone) => {
    expect(mobilePhoneProblem(phone)).toBe('phone.country');
  });

  it.each(['79161234567x', '+0123456789', '+12', '+1234567890123456', '', 'phone', '12345'])('refuses %p as no phone number', (phone) => {
    expect(mobilePhoneProblem(phone)).toBe('phone.format');
  });

  it('treats an unknown country as none given', () => {
    expect(normalizeMobilePhone('0555123456', 'DE')).toBe('+996555123456');
    expect(normalizeMobilePhone('901234567', 'DE')).toBe('901234567');
  });
});

describe('mobileNumberBlock', () => {
  it.each([
    ['+996555123456', '+996555123'],
    ['+996555123999', '+996555123'],
    ['+998901234567', '+998901234'],
  ])('%s belongs to the block %s', (phone, block) => {
    expect(mobileNumberBlock(phone)).toBe(block);
  });

  it('puts neighbours a thousand apart in different blocks', () => {
    expect(mobileNumberBlock('+996555123456')).not.toBe(mobileNumberBlock('+996555124456'));
  });
});

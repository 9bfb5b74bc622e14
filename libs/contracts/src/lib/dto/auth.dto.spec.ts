import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { SUPPORTED_LOCALES } from '@jumush/domain';
import { CreateAttacheDto, LoginDto, RegisterEmployerDto, RegisterMigrantDto, UpdateLocaleDto } from './auth.dto';

function problems<T extends object>(type: new () => T, body: object): Record<string, string[]> {
  const errors = validateSync(plainToInstance(type, body), { whitelist: true, forbidNonWhitelisted: true });
  return Object.fromEntries(errors.map((error) => [error.property, Object.values(error.constraints ?? {})]));
}

describe('account DTOs', () => {
  it('normalises and accepts a migrant registration', () => {
    const dto = plainToInstance(RegisterMigrantDto, { phone: '+996 555 123 456', password: 'correct-horse-42', citizenship: 'KG', locale: 'ky' });
    expect(dto.phone).toBe('+996555123456');
    expect(validateSync(dto)).toEqual([]);
  });

  it.each([
    // [typed, citizenship, stored]
    ['0555 123 456', 'KG', '+996555123456'],
    ['90 123 45 67', 'UZ', '+998901234567'],
    ['90 123 45 67', 'TJ', '+992901234567'],
    ['8 916 123-45-67', 'TJ', '+79161234567'],
    // A country added as data: read by its own numbering plan.
    ['077 123456', 'AM', '+37477123456'],
  ])('reads the national form %p of a citizen of %s as %p', (typed, citizenship, stored) => {
    const dto = plainToInstance(RegisterMigrantDto, { phone: typed, password: 'correct-horse-42', citizenship });
    expect(dto.phone).toBe(stored);
    expect(validateSync(dto)).toEqual([]);
  });

  it('requires a citizenship shaped as a country code (which countries the exchange takes is data, judged by the service)', () => {
    expect(problems(RegisterMigrantDto, { phone: '+996555123456', password: 'correct-horse-42' })).toEqual({ citizenship: [expect.any(String)] });
    expect(problems(RegisterMigrantDto, { phone: '+996555123456', password: 'correct-horse-42', citizenship: 'KZ' })).toEqual({});
    for (const citizenship of ['kg', 'KGZ', '', 1]) {
      expect(Object.keys(problems(RegisterMigrantDto, { phone: '+996555123456', password: 'correct-horse-42', citizenship }))).toEqual([
        'citizenship',
      ]);
    }
  });

  it('reports the domain problem codes for phone and password', () => {
    expect(problems(RegisterMigrantDto, { phone: '+996312123456', password: 'short', citizenship: 'KG' })).toEqual({
      phone: ['phone.kyrgyzFormat'],
      password: ['password.tooShort'],
    });
    expect(problems(RegisterMigrantDto, { phone: '+99890123456', password: 'correct-horse-42', citizenship: 'UZ' })).toEqual({
      phone: ['phone.format'],
    });
  });

  it('rejects an unsupported locale', () => {
    expect(
      Object.keys(problems(RegisterMigrantDto, { phone: '+996555123456', password: 'correct-horse-42', citizenship: 'KG', locale: 'de' })),
    ).toEqual(['locale']);
  });

  it.each([...SUPPORTED_LOCALES])('accepts %s at registration and as the account language', (locale) => {
    expect(problems(RegisterMigrantDto, { phone: '+996555123456', password: 'correct-horse-42', citizenship: 'KG', locale })).toEqual({});
    expect(problems(RegisterEmployerDto, { email: 'hr@firma.ru', password: 'correct-horse-42', fullName: 'Ольга', locale })).toEqual({});
    expect(problems(UpdateLocaleDto, { locale })).toEqual({});
  });

  it.each(['uz-Latn', 'tj', 'UZ', 'kk', ''])('refuses %p as the account language', (locale) => {
    expect(Object.keys(problems(UpdateLocaleDto, { locale }))).toEqual(['locale']);
  });

  it('lower-cases employer emails and trims names', () => {
    const dto = plainToInstance(RegisterEmployerDto, { email: ' HR@Firma.RU ', password: 'correct-horse-42', fullName: '  Ольга  ' });
    expect(dto.email).toBe('hr@firma.ru');
    expect(dto.fullName).toBe('Ольга');
    expect(validateSync(dto)).toEqual([]);
  });

  it('requires login and password on login', () => {
    expect(Object.keys(problems(LoginDto, {})).sort()).toEqual(['login', 'password']);
  });

  it('upper-cases the attaché origin country and requires two letters', () => {
    expect(plainToInstance(CreateAttacheDto, { originCountry: 'kg' }).originCountry).toBe('KG');
    expect(problems(CreateAttacheDto, { email: 'a@b.kg', password: 'correct-horse-42', fullName: 'Asel', originCountry: 'KGZ' })).toEqual({
      originCountry: [expect.any(String)],
    });
  });

  describe("an attaché's covered regions", () => {
    const attache = { email: 'a@b.kg', password: 'correct-horse-42', fullName: 'Asel', originCountry: 'KG' };

    it.each([[undefined], [null], [['78']], [['78', '47']]])('accepts %j', (coveredRegions) => {
      expect(problems(CreateAttacheDto, { ...attache, coveredRegions })).toEqual({});
    });

    it.each([
      [['78', '00'], 'region.unknown'],
      [['00', '78'], 'region.unknown'],
      [['78', 78], 'region.invalid'],
    ])('names the problem of %j: %s', (coveredRegions, code) => {
      expect(problems(CreateAttacheDto, { ...attache, coveredRegions })).toEqual({ coveredRegions: [code] });
    });

    it('refuses an empty list, a repeated region and a bare code', () => {
      for (const coveredRegions of [[], ['78', '78'], '78']) {
        expect(Object.keys(problems(CreateAttacheDto, { ...attache, coveredRegions }))).toEqual(['coveredRegions']);
      }
    });
  });
});

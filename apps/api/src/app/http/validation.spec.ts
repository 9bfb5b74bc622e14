import type { ValidationError } from '@nestjs/common';
import { fieldsWithNul, toFieldErrors } from './validation';

const error = (property: string, constraints: Record<string, string>, children: ValidationError[] = []): ValidationError => ({
  property,
  constraints,
  children,
});

describe('toFieldErrors', () => {
  it('turns constraints into translation codes with placeholders', () => {
    expect(
      toFieldErrors([
        error('email', {
          maxLength: 'email must be shorter than or equal to 254 characters',
        }),
      ]),
    ).toEqual([
      {
        field: 'email',
        code: 'validation.maxLength',
        params: { max: 254 },
        message: 'email must be shorter than or equal to 254 characters',
      },
    ]);
    expect(
      toFieldErrors([
        error('fullName', {
          isLength: 'fullName must be longer than or equal to 2 and shorter than or equal to 120 characters',
        }),
      ])[0],
    ).toMatchObject({
      code: 'validation.length',
      params: { min: 2, max: 120 },
    });
  });

  it('keeps domain problem codes and gives them their placeholders', () => {
    expect(toFieldErrors([error('password', { isAcceptablePassword: 'password.tooShort' })])[0]).toMatchObject({
      code: 'password.tooShort',
      params: { min: 10 },
    });
    expect(toFieldErrors([error('phone', { isMobilePhone: 'phone.kyrgyzFormat' })])[0]).toMatchObject({ code: 'phone.kyrgyzFormat' });
  });

  it('names unknown fields and nested fields by their path', () => {
    const nested = error('address', {}, [error('city', { isNotEmpty: 'city should not be empty' })]);
    expect(
      toFieldErrors([
        error('role', {
          whitelistValidation: 'property role should not exist',
        }),
        nested,
      ]).map(({ field, code }) => ({ field, code })),
    ).toEqual([
      { field: 'role', code: 'validation.whitelist' },
      { field: 'address.city', code: 'validation.isNotEmpty' },
    ]);
  });
});

describe('fieldsWithNul', () => {
  it.each<[string, unknown, string[]]>([
    ['clean text', { fullName: 'Айбек', skills: ['MIG'] }, []],
    ['a NUL in a field', { fullName: 'Ай\u0000бек' }, ['fullName']],
    ['a NUL in a list of strings names the list once', { skills: ['\u0000', 'T\u0000IG'] }, ['skills']],
    ['a NUL in a nested object', { items: [{ name: 'ok' }, { name: 'x\u0000' }] }, ['items.1.name']],
    ['a NUL in a key', { ['a\u0000b']: 1 }, ['a\u0000b']],
    ['numbers, booleans and null', { a: 1, b: true, c: null }, []],
  ])('%s', (_case, value, expected) => expect(fieldsWithNul(value)).toEqual(expected));

  it('names a path parameter by its name', () => {
    expect(fieldsWithNul('abc\u0000', 'id')).toEqual(['id']);
  });
});

import { FormControl, FormGroup } from '@angular/forms';
import { VALID_COMPANY, VALID_ENTREPRENEUR } from '../../testing/fixtures';
import { innField, ogrnField } from './company-validators';
import { firstFieldMessage } from './form-errors';
import { requiredField } from './validators';

function registration(inn: string, ogrn: string) {
  const group = new FormGroup({
    inn: new FormControl(inn, { nonNullable: true, validators: [requiredField, innField] }),
    ogrn: new FormControl(ogrn, { nonNullable: true, validators: [requiredField, ogrnField('inn')] }),
  });
  group.controls.ogrn.updateValueAndValidity();
  return group;
}

const code = (control: FormControl<string>) => firstFieldMessage(control)?.key ?? null;

describe('company registration validators (the API codes)', () => {
  it('accept a company and an entrepreneur, with the spaces people paste', () => {
    expect(registration(VALID_COMPANY.inn, VALID_COMPANY.ogrn).valid).toBe(true);
    expect(registration(VALID_ENTREPRENEUR.inn, VALID_ENTREPRENEUR.ogrn).valid).toBe(true);
    expect(registration('77 07 083893', '1-027-700-132-195').valid).toBe(true);
  });

  it.each([
    ['12345', 'inn.format'],
    ['0012345678', 'inn.format'],
    ['7707083894', 'inn.checksum'],
    ['771234567858', 'inn.checksum'],
  ])('INN %s → %s', (inn, expected) => {
    expect(code(registration(inn, '').controls.inn)).toBe(expected);
  });

  it.each([
    ['123', 'ogrn.format'],
    ['2027700132195', 'ogrn.format'],
    ['1027700132196', 'ogrn.checksum'],
  ])('OGRN %s → %s', (ogrn, expected) => {
    expect(code(registration(VALID_COMPANY.inn, ogrn).controls.ogrn)).toBe(expected);
  });

  it('says when the INN and the OGRN are of different kinds', () => {
    expect(code(registration(VALID_COMPANY.inn, VALID_ENTREPRENEUR.ogrn).controls.ogrn)).toBe('registration.kindMismatch');
    expect(code(registration(VALID_ENTREPRENEUR.inn, VALID_COMPANY.ogrn).controls.ogrn)).toBe('registration.kindMismatch');
  });

  it('does not blame the OGRN while the INN is itself wrong or empty', () => {
    expect(code(registration('7707083894', VALID_ENTREPRENEUR.ogrn).controls.ogrn)).toBeNull();
    expect(code(registration('', VALID_ENTREPRENEUR.ogrn).controls.ogrn)).toBeNull();
  });

  it('leaves empty values to requiredField', () => {
    const group = registration('', '');
    expect(code(group.controls.inn)).toBe('validation.isNotEmpty');
    expect(code(group.controls.ogrn)).toBe('validation.isNotEmpty');
  });
});

import { HousingOption, MealsOption, RussianLevel, ShiftPattern, type VacancyTermsDto } from '@jumush/contracts/client';
import { firstFieldMessage } from '../../shared/forms/form-errors';
import { someTerms } from '../../testing/fixtures';
import {
  EMPTY_VACANCY,
  VACANCY_FIELDS,
  createVacancyForm,
  fieldId,
  normalizeSkills,
  vacancyFormToCheckedTerms,
  vacancyFormToDto,
  vacancyFormToPreview,
  vacancyToFormValue,
  type VacancyFormValue,
} from './vacancy-form';

const filled: VacancyFormValue = {
  title: '  Каменщик   на стройку ',
  occupationCode: '7112',
  regionCode: '77',
  town: ' Москва ',
  monthlyWageRoubles: '75 000',
  weeklyHours: '40',
  shiftPattern: ShiftPattern.Day,
  housing: HousingOption.Paid,
  housingCostRoubles: '5\u00a0000',
  meals: MealsOption.Free,
  travelPaid: true,
  insurance: false,
  contractMonths: '6',
  startDate: '2026-04-01',
  positions: '10',
  russianLevel: RussianLevel.Basic,
  experienceYears: '0',
  skills: [' кладка ', 'Кладка', '', 'штукатурка'],
  description: '  Жилой дом.  ',
  applicationDeadline: '2026-03-15',
};

describe('vacancy form → VacancyTermsDto', () => {
  it('turns the typed text into the API body', () => {
    const dto: VacancyTermsDto = vacancyFormToDto(filled);
    expect(dto).toEqual({
      title: 'Каменщик на стройку',
      occupationCode: '7112',
      regionCode: '77',
      town: 'Москва',
      monthlyWageRoubles: 75000,
      weeklyHours: 40,
      shiftPattern: 'DAY',
      housing: 'PAID',
      housingCostRoubles: 5000,
      meals: 'FREE',
      travelPaid: true,
      insurance: false,
      contractMonths: 6,
      startDate: '2026-04-01',
      positions: 10,
      russianLevel: 'BASIC',
      experienceYears: 0,
      skills: ['кладка', 'штукатурка'],
      description: 'Жилой дом.',
      applicationDeadline: '2026-03-15',
    });
  });

  it('sends the housing cost only for paid housing', () => {
    const dto = vacancyFormToDto({ ...filled, housing: HousingOption.Free, housingCostRoubles: '5000' });
    expect('housingCostRoubles' in dto).toBe(false);
  });

  it('round-trips a vacancy from the API', () => {
    const terms = someTerms({ housing: HousingOption.Paid, housingCostRoubles: 4000 });
    const { housingCostRoubles, ...rest } = terms;
    expect(vacancyFormToDto(vacancyToFormValue(terms))).toEqual({ ...rest, housingCostRoubles });
    expect(vacancyToFormValue(someTerms()).housingCostRoubles).toBe('');
  });

  it('previews an incomplete form without NaN', () => {
    const preview = vacancyFormToPreview({ ...EMPTY_VACANCY, title: 'Повар' });
    expect(preview.monthlyWageRoubles).toBe(0);
    expect(preview.contractMonths).toBe(0);
    expect(preview.housing).toBe(HousingOption.None);
    expect(preview.housingCostRoubles).toBeNull();
  });

  it('normalises skills', () => {
    expect(normalizeSkills(['  a  b ', 'A B', 'c'])).toEqual(['a b', 'c']);
  });

  it('has an id for every field of VacancyTermsDto', () => {
    expect(VACANCY_FIELDS.map(fieldId)).toContain('vacancy-monthly-wage-roubles');
    expect(fieldId('occupationCode')).toBe('vacancy-occupation-code');
    expect(new Set(VACANCY_FIELDS).size).toBe(Object.keys(filled).length);
  });
});

describe('vacancy form validation (the API codes)', () => {
  const errorOf = (value: Partial<VacancyFormValue>, field: keyof VacancyFormValue) => {
    const form = createVacancyForm({ ...filled, ...value });
    form.controls.housingCostRoubles.updateValueAndValidity();
    form.controls.applicationDeadline.updateValueAndValidity();
    return firstFieldMessage(form.controls[field]);
  };

  it('accepts a complete vacancy', () => {
    expect(createVacancyForm(filled).valid).toBe(true);
  });

  it('rejects an empty new form on every required field', () => {
    const form = createVacancyForm();
    const invalid = VACANCY_FIELDS.filter((field) => form.controls[field as keyof VacancyFormValue].invalid);
    expect(invalid).toEqual([
      'title',
      'occupationCode',
      'regionCode',
      'town',
      'monthlyWageRoubles',
      'shiftPattern',
      'housing',
      'meals',
      'contractMonths',
      'startDate',
      'russianLevel',
      'applicationDeadline',
    ]);
  });

  it.each<[Partial<VacancyFormValue>, keyof VacancyFormValue, string, Record<string, unknown>]>([
    [{ title: 'ab' }, 'title', 'validation.length', { min: 3, max: 150 }],
    [{ monthlyWageRoubles: '75k' }, 'monthlyWageRoubles', 'validation.isInt', {}],
    [{ monthlyWageRoubles: '0' }, 'monthlyWageRoubles', 'validation.min', { min: 1 }],
    [{ monthlyWageRoubles: '2000000' }, 'monthlyWageRoubles', 'validation.max', { max: 1000000 }],
    [{ weeklyHours: '80' }, 'weeklyHours', 'validation.max', { max: 72 }],
    [{ contractMonths: '37' }, 'contractMonths', 'validation.max', { max: 36 }],
    [{ positions: '0' }, 'positions', 'validation.min', { min: 1 }],
    [{ experienceYears: '41' }, 'experienceYears', 'validation.max', { max: 40 }],
    [{ shiftPattern: '' }, 'shiftPattern', 'validation.isEnum', {}],
    [{ housingCostRoubles: '' }, 'housingCostRoubles', 'validation.isNotEmpty', {}],
    [{ housingCostRoubles: 'free' }, 'housingCostRoubles', 'validation.isInt', {}],
    [{ startDate: '2026-02-31' }, 'startDate', 'date.format', {}],
    [{ applicationDeadline: '2026-04-02' }, 'applicationDeadline', 'vacancy.deadlineAfterStart', {}],
    [{ skills: Array.from({ length: 21 }, (_, i) => `s${i}`) }, 'skills', 'validation.arrayMaxSize', { max: 20 }],
    [{ skills: ['x'.repeat(61)] }, 'skills', 'validation.maxLength', { max: 60 }],
    [{ description: 'x'.repeat(5001) }, 'description', 'validation.maxLength', { max: 5000 }],
  ])('%j → %s: %s', (value, field, key, params) => {
    expect(errorOf(value, field)).toEqual({ key, params });
  });

  it('does not ask for a housing cost when housing is free', () => {
    expect(errorOf({ housing: HousingOption.Free, housingCostRoubles: '' }, 'housingCostRoubles')).toBeNull();
  });

  it('accepts a deadline on the start date', () => {
    expect(errorOf({ applicationDeadline: '2026-04-01' }, 'applicationDeadline')).toBeNull();
  });
});

describe('the form as the honest-terms check reads it', () => {
  it('reads typed numbers ("30 000"), and null where a number is missing or not whole', () => {
    const value: VacancyFormValue = {
      ...EMPTY_VACANCY,
      regionCode: '66',
      monthlyWageRoubles: '30 000',
      weeklyHours: '72',
      housing: HousingOption.Paid,
      housingCostRoubles: '35000',
      meals: MealsOption.Free,
      contractMonths: '6,5',
      startDate: '2026-06-01',
    };
    expect(vacancyFormToCheckedTerms(value, '2026-03-01')).toEqual({
      monthlyWageRoubles: 30_000,
      weeklyHours: 72,
      housing: 'PAID',
      housingCostRoubles: 35_000,
      meals: 'FREE',
      contractMonths: null,
      regionCode: '66',
      startDate: '2026-06-01',
    });
  });

  it('takes today without a start date, and no region while none is chosen', () => {
    expect(vacancyFormToCheckedTerms(EMPTY_VACANCY, '2026-03-01')).toMatchObject({
      regionCode: null,
      startDate: '2026-03-01',
      monthlyWageRoubles: null,
      weeklyHours: 40,
    });
  });
});

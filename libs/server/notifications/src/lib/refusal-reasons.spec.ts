import { Locale, REFUSAL_REASONS } from '@jumush/domain';
import { readableReason } from './refusal-reasons';

describe('readableReason', () => {
  it.each([
    ['DOCUMENTS_INCOMPLETE: Нет медицинской справки', Locale.Russian, 'Документы неполные — Нет медицинской справки'],
    ['MEDICAL', Locale.Kyrgyz, 'Медициналык себептер'],
    ['PASSPORT_INVALID: muddati oʻtgan', Locale.Uzbek, 'Pasport yaroqsiz — muddati oʻtgan'],
    ['UNDERAGE', Locale.Tajik, 'Аз 18 сола хурдтар'],
    ['OTHER: see the letter', Locale.English, 'Other — see the letter'],
  ])('%s in %s reads "%s"', (stored, locale, expected) => {
    expect(readableReason(stored, locale)).toBe(expected);
  });

  it('leaves a reason that is not a refusal code as written (an employer’s decline in their own words)', () => {
    expect(readableReason('Нужен опыт от пяти лет', Locale.Russian)).toBe('Нужен опыт от пяти лет');
    expect(readableReason('NOT_A_CODE: x', Locale.Russian)).toBe('NOT_A_CODE: x');
  });

  it('names every code in every language, never the code itself', () => {
    for (const locale of Object.values(Locale)) {
      for (const code of REFUSAL_REASONS) {
        const readable = readableReason(code, locale);
        expect(readable).not.toContain(code);
        expect(readable.length).toBeGreaterThan(2);
      }
    }
  });
});

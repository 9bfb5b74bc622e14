import { HousingOption, NotificationLocale } from '@jumush/contracts/client';
import { applicantFacingChanges, vacancyChangeList } from './vacancy-changes';

const terms = { monthlyWageRoubles: 60000, weeklyHours: 40, housing: HousingOption.Free, housingCostRoubles: null };

describe('the changes applicants hear of', () => {
  it('are the wage, the housing (option and cost) and the hours, with old and new values', () => {
    expect(applicantFacingChanges(terms, { ...terms, monthlyWageRoubles: 55000, weeklyHours: 48 })).toEqual({
      wage: { from: 60000, to: 55000 },
      hours: { from: 40, to: 48 },
    });
    expect(applicantFacingChanges(terms, { ...terms, housing: HousingOption.Paid, housingCostRoubles: 9000 })).toEqual({
      housing: { from: { option: HousingOption.Free, costRoubles: null }, to: { option: HousingOption.Paid, costRoubles: 9000 } },
    });
    const paid = { ...terms, housing: HousingOption.Paid, housingCostRoubles: 9000 };
    expect(applicantFacingChanges(paid, { ...paid, housingCostRoubles: 12000 })?.housing?.to).toEqual({
      option: HousingOption.Paid,
      costRoubles: 12000,
    });
  });

  it('are none when only other terms change, or a cost is kept on housing that is not paid', () => {
    expect(applicantFacingChanges(terms, { ...terms })).toBeNull();
    expect(applicantFacingChanges(terms, { ...terms, housingCostRoubles: 5000 })).toBeNull();
  });

  it.each([
    [NotificationLocale.Kyrgyz, 'айлык: 60 000 → айына 55 000 ₽; жумасына саат: 40 → 48'],
    [NotificationLocale.Uzbek, 'maosh: 60 000 → oyiga 55 000 ₽; haftasiga soat: 40 → 48'],
    [NotificationLocale.Tajik, 'музди меҳнат: 60 000 → 55 000 ₽ дар як моҳ; соат дар як ҳафта: 40 → 48'],
  ])('are written in %s', (locale, expected) => {
    const text = vacancyChangeList(applicantFacingChanges(terms, { ...terms, monthlyWageRoubles: 55000, weeklyHours: 48 }), locale);
    expect(text.replace(/\s/g, ' ')).toBe(expected);
  });

  it('name housing that stops being provided', () => {
    const changes = applicantFacingChanges(terms, { ...terms, housing: HousingOption.None });
    expect(vacancyChangeList(changes, NotificationLocale.Russian)).toBe('жильё: бесплатно → не предоставляется');
  });
});

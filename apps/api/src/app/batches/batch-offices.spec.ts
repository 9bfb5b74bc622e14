import { CITIZENSHIPS } from '@jumush/domain';
import { decidingOfficeOf } from './batch-offices';

describe('decidingOfficeOf', () => {
  it.each(CITIZENSHIPS.map((country) => [country]))('names the office of %s in full, in Russian, with the country', (country) => {
    const office = decidingOfficeOf(country);
    expect(office).not.toContain(`(${country})`);
    expect(office).toMatch(/Республики (Кыргыз|Узбекистан|Таджикистан)|Кыргызской Республики/);
    expect(office).toMatch(/в Российской Федерации$/);
  });

  it('gives each country its own office', () => {
    expect(new Set(CITIZENSHIPS.map(decidingOfficeOf)).size).toBe(CITIZENSHIPS.length);
  });
});

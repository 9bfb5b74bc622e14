import { wageFloorFor } from '@jumush/contracts/client';
import { hintFromFloor, wageFloorRequest } from './wage-floor';

/** The hint as the pages build it, with the shipped table standing in for the API's answer. */
function wageFloorHint(regionCode: string | null, startDate: string, wage: number | null, today: string) {
  const request = wageFloorRequest(regionCode, startDate, today);
  const floor = request && wageFloorFor(request.region, request.date);
  return request && floor ? hintFromFloor(request, floor, wage) : null;
}

describe('wageFloorHint', () => {
  const today = '2026-02-10';

  it('uses the regional minimum where it is higher (Moscow 2026)', () => {
    const hint = wageFloorHint('77', '2026-04-01', 75000, today);
    expect(hint).toMatchObject({
      floor: 39730,
      effectiveFrom: '2026-01-01',
      regional: true,
      date: '2026-04-01',
      startDateGiven: true,
      regionGiven: true,
      below: false,
    });
    expect(hint?.source).toContain('Москв');
  });

  it('says when the wage is below the floor, and that equal is enough', () => {
    expect(wageFloorHint('77', '2026-04-01', 39729, today)?.below).toBe(true);
    expect(wageFloorHint('77', '2026-04-01', 39730, today)?.below).toBe(false);
  });

  it('uses the federal minimum in a region without its own, and without a region', () => {
    expect(wageFloorHint('16', '2026-04-01', 20000, today)).toMatchObject({ floor: 27093, regional: false, regionGiven: true, below: true });
    expect(wageFloorHint(null, '2026-04-01', null, today)).toMatchObject({ floor: 27093, regional: false, regionGiven: false, below: null });
  });

  it('takes the figure in force on the start date', () => {
    expect(wageFloorHint('77', '2025-12-31', null, today)?.floor).toBe(32916);
    expect(wageFloorHint(null, '2025-06-01', null, today)?.floor).toBe(22440);
  });

  it('computes for today while the start date is missing or not a real date', () => {
    expect(wageFloorHint('77', '', null, today)).toMatchObject({ date: today, startDateGiven: false });
    expect(wageFloorHint('77', '2026-02-31', null, today)).toMatchObject({ date: today, startDateGiven: false });
  });

  it('knows no floor before the table starts', () => {
    expect(wageFloorHint('77', '2020-01-01', 10000, today)).toBeNull();
  });
});

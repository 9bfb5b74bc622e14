import { Clock } from '@jumush/server/config';
import type { OpenDataRepository, StageDurationRow } from './open-data.repository';
import { OpenDataService } from './open-data.service';

const NOW = new Date('2026-12-02T09:00:00Z');

function serviceWith(rows: StageDurationRow[]): OpenDataService {
  const repository = { stageDurations: async () => rows } as unknown as OpenDataRepository;
  const clock = { now: () => NOW } as Clock;
  return new OpenDataService(repository, clock);
}

describe('OpenDataService', () => {
  it('withholds the count and durations of a stage with fewer than 5 cases, rounds the rest to one decimal, in stage order', async () => {
    const dataSet = await serviceWith([
      { stage: 'IN_BATCH', country: null, cases: 4, median_days: 1.234, p90_days: 2.5 },
      { stage: 'BATCH_DECISION', country: 'UZ', cases: 5, median_days: 1.26, p90_days: 3.04 },
      { stage: 'BATCH_DECISION', country: 'KG', cases: 12, median_days: 0.5, p90_days: 2 },
      { stage: 'COMPANY_VERIFICATION', country: 'KG', cases: 0, median_days: null, p90_days: null },
    ]).processingTimes();
    expect(dataSet.generatedAt).toBe(NOW.toISOString());
    expect(dataSet.licence.name).toBe('CC BY 4.0');
    expect(dataSet.rows).toEqual([
      {
        stage: 'COMPANY_VERIFICATION',
        country: 'KG',
        cases: { value: 0, withheld: false },
        medianDays: { value: null, withheld: true },
        p90Days: { value: null, withheld: true },
      },
      {
        stage: 'IN_BATCH',
        country: null,
        cases: { value: null, withheld: true },
        medianDays: { value: null, withheld: true },
        p90Days: { value: null, withheld: true },
      },
      {
        stage: 'BATCH_DECISION',
        country: 'KG',
        cases: { value: 12, withheld: false },
        medianDays: { value: 0.5, withheld: false },
        p90Days: { value: 2, withheld: false },
      },
      {
        stage: 'BATCH_DECISION',
        country: 'UZ',
        cases: { value: 5, withheld: false },
        medianDays: { value: 1.3, withheld: false },
        p90Days: { value: 3, withheld: false },
      },
    ]);
  });

  it('writes CSV with a byte order mark, CRLF, empty withheld cells and defused formulas', async () => {
    const service = serviceWith([
      { stage: 'IN_BATCH', country: null, cases: 3, median_days: 1, p90_days: 2 },
      { stage: 'BATCH_DECISION', country: 'KG', cases: 7, median_days: 1.25, p90_days: 2 },
    ]);
    const csv = service.toCsv(await service.processingTimes()).toString('utf8');
    expect(csv).toBe('\uFEFFstage,country,cases,medianDays,p90Days\r\nIN_BATCH,,,,\r\nBATCH_DECISION,KG,7,1.3,2\r\n');
    const formula = service.toCsv({ ...(await service.processingTimes()), fields: { stage: '' }, rows: [{ stage: '=1+1' }] as never[] });
    expect(formula.toString('utf8')).toBe("\uFEFFstage\r\n'=1+1\r\n");
  });
});

import 'reflect-metadata';
import type { DashboardResponse } from '@jumush/contracts';
import { Locale } from '@jumush/domain';
import { pdfPages, pdfText } from '@jumush/server/documents/testing';
import { monthlyReportPdf } from './monthly-report-pdf';

const volumes = (applied: number, shortlisted: number, approved: number, refused: number, departed: number, arrived: number) => ({
  applied,
  shortlisted,
  approved,
  refused,
  departed,
  arrived,
});

function march(overrides: Partial<DashboardResponse> = {}): DashboardResponse {
  return {
    scope: { countries: ['KG'], regions: ['77', '50'] },
    from: '2026-03-01',
    to: '2026-03-31',
    totals: volumes(1234, 310, 187, 42, 150, 141),
    volumesByWeek: [
      { weekStart: '2026-02-23', ...volumes(201, 50, 30, 7, 20, 18) },
      { weekStart: '2026-03-02', ...volumes(333, 80, 51, 11, 40, 39) },
      { weekStart: '2026-03-09', ...volumes(300, 90, 46, 9, 45, 44) },
      { weekStart: '2026-03-16', ...volumes(250, 60, 40, 10, 30, 28) },
      { weekStart: '2026-03-23', ...volumes(150, 30, 20, 5, 15, 12) },
    ],
    byRegion: [
      { regionCode: '77', ...volumes(900, 200, 120, 30, 100, 95) },
      { regionCode: '50', ...volumes(334, 110, 67, 12, 50, 46) },
    ],
    byOccupation: [{ occupationCode: '7112', ...volumes(1234, 310, 187, 42, 150, 141) }],
    byEmployer: [
      { companyId: 'c1', companyName: 'ООО «Кирпичный двор»', approvals: 96, withdrawals: 2, complaints: 1 },
      { companyId: 'c2', companyName: 'ООО «СтройИнвест-Север»', approvals: 91, withdrawals: 5, complaints: 0 },
    ],
    stageTimes: [
      { stage: 'batchDecision', decided: 57, medianDays: 1.5, p90Days: 2.75, withinDeadlineShare: 0.93 },
      { stage: 'companyVerification', decided: 12, medianDays: 3, p90Days: 6.2, withinDeadlineShare: 0.75 },
      { stage: 'grievanceTakeUp', decided: 0, medianDays: null, p90Days: null, withinDeadlineShare: null },
    ],
    attacheTimes: [
      { staffId: 's1', staffName: 'Асанова Айгуль', stage: 'batchDecision', decided: 40, medianDays: 1.2, p90Days: 2.5, withinDeadlineShare: 0.95 },
      { staffId: 's2', staffName: 'Токтогулов Бакыт', stage: 'batchDecision', decided: 17, medianDays: 2.1, p90Days: 3.4, withinDeadlineShare: 0.88 },
    ],
    generatedAt: '2026-04-01T03:00:00Z',
    ...overrides,
  };
}

const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('the monthly report PDF', () => {
  it('gives the month, the period and whose figures they are', async () => {
    const text = flat(await pdfText(await monthlyReportPdf(march(), Locale.Russian, '2026-03')));
    expect(text).toContain('Ежемесячный отчёт — март 2026');
    expect(text).toContain('Период: 01.03.2026 – 31.03.2026');
    expect(text).toContain('Страны: KG');
    expect(text).toContain('Регионы: Москва, Московская область');
  });

  it('tables the volumes of each week and their totals', async () => {
    const text = flat(await pdfText(await monthlyReportPdf(march(), Locale.Russian, '2026-03')));
    expect(text).toContain('Объёмы по неделям');
    expect(text).toContain('02.03.2026 333 80 51 11 40 39');
    expect(text).toContain('Итого 1 234 310 187 42 150 141');
    expect(text).toContain('Москва 900 200 120 30 100 95');
  });

  it('tables the time per stage with the share decided by the deadline, a dash where nothing was decided', async () => {
    const text = flat(await pdfText(await monthlyReportPdf(march(), Locale.Russian, '2026-03')));
    expect(text).toContain('Сроки по этапам');
    expect(text).toContain('Решение атташе по партии 57 1,5 2,8 93 %');
    expect(text).toContain('Проверка работодателя 12 3,0 6,2 75 %');
    expect(text).toContain('Жалоба взята в работу 0 — — —');
  });

  it('ranks the employers and gives each attaché their times', async () => {
    const text = flat(await pdfText(await monthlyReportPdf(march(), Locale.Russian, '2026-03')));
    expect(text).toContain('1 ООО «Кирпичный двор» 96 2 1');
    expect(text).toContain('2 ООО «СтройИнвест-Север» 91 5 0');
    expect(text).toContain('Асанова Айгуль Решение атташе по партии 40 1,2 2,5 95 %');
    expect(text).toContain('Токтогулов Бакыт Решение атташе по партии 17 2,1 3,4 88 %');
  });

  it.each([
    [Locale.English, 'Monthly report — March 2026', 'Batch decision by the attaché 57 1.5 2.8 93 %'],
    [Locale.Kyrgyz, 'Айлык отчет', 'Атташенин топ боюнча чечими 57 1,5 2,8 93 %'],
    [Locale.Uzbek, 'Oylik hisobot', 'Attashening guruh boʻyicha qarori 57 1,5 2,8 93 %'],
    [Locale.Tajik, 'Ҳисоботи моҳона', 'Қарори атташе оид ба гурӯҳ 57 1,5 2,8 93 %'],
  ])('is written in %s', async (locale, title, stageLine) => {
    const text = flat(await pdfText(await monthlyReportPdf(march(), locale, '2026-03')));
    expect(text).toContain(title);
    expect(text).toContain(stageLine);
  });

  it('says so where a table has nothing, and numbers its pages when the employers run onto more', async () => {
    const many = Array.from({ length: 50 }, (_, index) => ({
      companyId: `c${index}`,
      companyName: `ООО «Работодатель ${index + 1}»`,
      approvals: 100 - index,
      withdrawals: index % 3,
      complaints: 0,
    }));
    const pages = await pdfPages(await monthlyReportPdf(march({ byEmployer: many, attacheTimes: [] }), Locale.Russian, '2026-03'));
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, index) => expect(page).toContain(`Страница ${index + 1} из ${pages.length}`));
    const text = flat(pages.join('\n'));
    expect(text).toContain('50 ООО «Работодатель 50» 51 1 0');
    expect(text).toMatch(/Сроки по атташе За этот месяц данных нет\./);
  });

  it('refuses a month that is not YYYY-MM', async () => {
    await expect(monthlyReportPdf(march(), Locale.Russian, '2026-13')).rejects.toThrow(RangeError);
  });
});

import { pdfPages } from '../testing';
import {
  BATCH_SHEET_ROWS,
  batchSheetPageCount,
  renderBatchDecisionSheetPdf,
  type BatchDecisionSheet,
  type BatchSheetCandidate,
} from './batch-decision-sheet';

function candidate(index: number): BatchSheetCandidate {
  const number = String(index + 1).padStart(4, '0');
  const refused = index % 10 === 9;
  return {
    fullNameCyrillic: `Кандидатов Кандидат ${number}`,
    fullNameLatin: `KANDIDATOV KANDIDAT ${number}`,
    birthDate: '1990-01-15',
    decision: refused ? 'REFUSED' : 'APPROVED',
    refusalReason: refused ? 'PASSPORT_INVALID' : null,
    refusalText: refused ? 'срок действия истекает до начала работы' : null,
  };
}

function sheet(count: number): BatchDecisionSheet {
  return {
    batchReference: 'П-2026-00042',
    vacancy: { title: 'Монтажник строительных конструкций', town: 'Сургут', regionName: 'Ханты-Мансийский автономный округ — Югра' },
    employer: { legalName: 'ООО «СтройИнвест-Север»', inn: '7701234567' },
    decision: { decidedOn: '2026-03-10', office: 'Labour attaché of the Kyrgyz Republic in the Russian Federation' },
    candidates: Array.from({ length: count }, (_, index) => candidate(index)),
  };
}

function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

describe('the batch decision sheet', () => {
  it('fits rows on a page as its layout says', () => {
    expect(BATCH_SHEET_ROWS.firstPage).toBeGreaterThanOrEqual(15);
    expect(BATCH_SHEET_ROWS.otherPages).toBeGreaterThan(BATCH_SHEET_ROWS.firstPage);
    expect(batchSheetPageCount(0)).toBe(1);
    expect(batchSheetPageCount(BATCH_SHEET_ROWS.firstPage)).toBe(1);
    expect(batchSheetPageCount(BATCH_SHEET_ROWS.firstPage + 1)).toBe(2);
    expect(batchSheetPageCount(BATCH_SHEET_ROWS.firstPage + 3 * BATCH_SHEET_ROWS.otherPages)).toBe(4);
    expect(batchSheetPageCount(BATCH_SHEET_ROWS.firstPage + 3 * BATCH_SHEET_ROWS.otherPages + 1)).toBe(5);
  });

  it('gives the batch, vacancy, employer, who decided, when, and the counts', async () => {
    const [first] = await pdfPages(await renderBatchDecisionSheetPdf(sheet(20)));
    const text = flat(first);
    expect(text).toContain('Решение по партии кандидатов');
    expect(text).toContain('П-2026-00042');
    expect(text).toContain('Монтажник строительных конструкций');
    expect(text).toContain('Сургут, Ханты-Мансийский автономный округ — Югра');
    expect(text).toContain('ООО «СтройИнвест-Север», ИНН 7701234567');
    expect(text).toContain('Labour attaché of the Kyrgyz Republic in the Russian Federation');
    expect(text).toContain('10.03.2026');
    expect(text).toContain('20; одобрено: 18; отказано: 2');
  });

  it('lists each candidate with birth date, decision and the reason for a refusal', async () => {
    const text = flat((await pdfPages(await renderBatchDecisionSheetPdf(sheet(10))))[0]);
    expect(text).toContain('Кандидатов Кандидат 0001');
    expect(text).toContain('KANDIDATOV KANDIDAT 0001');
    expect(text).toContain('15.01.1990');
    expect(text).toContain('1 Кандидатов Кандидат 0001 15.01.1990 Одобрен KANDIDATOV KANDIDAT 0001');
    // The reason takes two lines of its cell; the second is level with the Latin name.
    expect(text).toContain('10 Кандидатов Кандидат 0010 15.01.1990 Отказ Паспорт недействителен: срок');
    expect(text).toContain('истекает до начала работы');
  });

  it('takes N pages for rows filling N pages, one more for one more row, with the head and page numbers on each', async () => {
    const full = BATCH_SHEET_ROWS.firstPage + 2 * BATCH_SHEET_ROWS.otherPages;
    const pages = await pdfPages(await renderBatchDecisionSheetPdf(sheet(full)));
    expect(pages).toHaveLength(3);
    pages.forEach((page, index) => {
      expect(page).toContain('Причина отказа');
      expect(page).toContain(`Страница ${index + 1} из 3`);
    });
    // The last candidate of page 1 and the first of page 2 are where they should be.
    const lastOnFirst = String(BATCH_SHEET_ROWS.firstPage).padStart(4, '0');
    const firstOnSecond = String(BATCH_SHEET_ROWS.firstPage + 1).padStart(4, '0');
    expect(pages[0]).toContain(`Кандидатов Кандидат ${lastOnFirst}`);
    expect(pages[1]).not.toContain(`Кандидатов Кандидат ${lastOnFirst}`);
    expect(pages[1]).toContain(`Кандидатов Кандидат ${firstOnSecond}`);
    expect(pages[2]).toContain(`Кандидатов Кандидат ${String(full).padStart(4, '0')}`);

    expect(await pdfPages(await renderBatchDecisionSheetPdf(sheet(full + 1)))).toHaveLength(4);
  });

  it('takes a batch of 350 candidates, every one listed once', async () => {
    const pages = await pdfPages(await renderBatchDecisionSheetPdf(sheet(350)));
    expect(pages).toHaveLength(batchSheetPageCount(350));
    const all = pages.join('\n');
    for (let index = 0; index < 350; index++) {
      const name = `Кандидатов Кандидат ${String(index + 1).padStart(4, '0')}`;
      expect(all.split(name)).toHaveLength(2);
    }
  });

  it('is written in Kyrgyz or English when asked', async () => {
    const kyrgyz = flat((await pdfPages(await renderBatchDecisionSheetPdf(sheet(10), 'ky')))[0]);
    expect(kyrgyz).toContain('Талапкерлер тобу боюнча чечим');
    expect(kyrgyz).toContain('Паспорт жараксыз');
    expect(kyrgyz).toContain('Барак 1 / 1');
    const english = flat((await pdfPages(await renderBatchDecisionSheetPdf(sheet(10), 'en')))[0]);
    expect(english).toContain('Batch decision');
    expect(english).toContain('Page 1 of 1');
  });

  it('wraps long names, reasons and the issuing office whole instead of cutting them with an ellipsis', async () => {
    const long = sheet(BATCH_SHEET_ROWS.firstPage);
    const office =
      'Представительство Министерства труда, социального обеспечения и миграции Кыргызской Республики в Российской Федерации по вопросам организованного набора работников, г. Москва';
    const reason = `${'очень длинное объяснение '.repeat(30)}конец объяснения`;
    const candidates = long.candidates.map((each, index) => ({
      ...each,
      fullNameCyrillic: `${'Оченьдлинноеимя '.repeat(8)}${index + 1}`,
      decision: 'REFUSED' as const,
      refusalReason: 'OTHER' as const,
      refusalText: reason,
    }));
    const pdf = await renderBatchDecisionSheetPdf({
      ...long,
      employer: { ...long.employer, legalName: 'Длинное наименование '.repeat(8).trim() },
      decision: { ...long.decision, office },
      candidates,
    });
    const pages = await pdfPages(pdf);
    // Taller rows take more pages; every row is there once, its reason whole, to the last word.
    expect(pages.length).toBeGreaterThan(1);
    const all = flat(pages.join(' '));
    expect(all).not.toContain('…');
    expect(all).toContain(office);
    expect(all).toContain('Длинное наименование '.repeat(8).trim());
    expect(all.split('конец объяснения')).toHaveLength(candidates.length + 1);
    expect(all.split('Оченьдлинноеимя')).toHaveLength(8 * candidates.length + 1);
    for (let index = 1; index <= candidates.length; index++)
      expect(all.split(`KANDIDATOV KANDIDAT ${String(index).padStart(4, '0')}`)).toHaveLength(2);
    pages.forEach((page, index) => expect(page).toContain(`Страница ${index + 1} из ${pages.length}`));
  });

  it('refuses a birth date that is not a date before drawing anything', async () => {
    const bad = sheet(3);
    await expect(
      renderBatchDecisionSheetPdf({ ...bad, candidates: [...bad.candidates, { ...bad.candidates[0], birthDate: '15.01.1990' }] }),
    ).rejects.toThrow(RangeError);
  });
});

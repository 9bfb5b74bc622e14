import { decodeQr, pdfImages, pdfPages, pdfQrCodes, pdfText } from '../testing';
import { letterLanguagesFor, renderApprovalLetterPdf, type ApprovalLetter } from './approval-letter';
import { qrPng } from './qr';
import { newVerificationCode, verificationUrl } from './verification-code';

const code = newVerificationCode();

const letter: ApprovalLetter = {
  code,
  verifyUrl: verificationUrl('https://jumush.example.kg/', code),
  candidate: { fullNameCyrillic: 'Мамытов Нурлан Асанбекович', fullNameLatin: 'MAMYTOV NURLAN', birthDate: '1995-03-14' },
  employer: { legalName: 'ООО «СтройИнвест-Север»', inn: '7701234567' },
  vacancy: {
    title: 'Монтажник строительных конструкций',
    town: 'Сургут',
    regionName: 'Ханты-Мансийский автономный округ — Югра',
    monthlyWageRoubles: 75_000,
    housing: 'PAID',
    housingCostRoubles: 8_000,
    insurance: true,
    contractMonths: 12,
    startDate: '2026-04-01',
  },
  decision: { decidedOn: '2026-03-10', office: 'Labour attaché of the Kyrgyz Republic in the Russian Federation' },
};

/** Text with line breaks turned into spaces: a long value may wrap anywhere. */
function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

describe('the approval letter', () => {
  let pdf: Buffer;
  let text: string;

  beforeAll(async () => {
    pdf = await renderApprovalLetterPdf(letter, ['ky', 'ru']);
    text = await pdfText(pdf);
  });

  it('is a PDF of exactly one page', async () => {
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(await pdfPages(pdf)).toHaveLength(1);
  });

  it('names the candidate in Cyrillic and Latin letters, with the date of birth', () => {
    expect(text).toContain('Мамытов Нурлан Асанбекович');
    expect(text).toContain('MAMYTOV NURLAN');
    expect(text).toContain('14.03.1995');
  });

  it('names the employer with its INN, the job, where and on what terms', () => {
    expect(text).toContain('ООО «СтройИнвест-Север»');
    expect(text).toContain('7701234567');
    expect(text).toContain('Монтажник строительных конструкций');
    expect(flat(text)).toContain('Сургут, Ханты-Мансийский автономный округ — Югра');
    expect(text).toContain('75 000 ₽');
    expect(text).toContain('8 000 ₽');
    expect(text).toContain('01.04.2026');
    expect(text).toContain('12 ай / 12 месяцев');
  });

  it('says who decided and when', () => {
    expect(text).toContain('10.03.2026');
    expect(flat(text)).toContain('Labour attaché of the Kyrgyz Republic in the Russian Federation');
  });

  it('carries both titles, Kyrgyz with ң, ө and ү as real text', () => {
    expect(text).toContain('Письмо-одобрение организованного набора');
    expect(text).toContain('Уюшкан жумушка алуу боюнча макулдук кат');
    expect(text).toContain('Текшерүү коду');
    expect(flat(text)).toContain('ортомчуларга акча төлөбөңүз');
    expect(flat(text)).toContain('QR-кодду сканерлеңиз');
    expect(text).toMatch(/ң/);
    expect(text).toMatch(/ө/);
    expect(text).toMatch(/ү/);
  });

  it('prints the verification code and address for reading', () => {
    expect(text).toContain(code);
    expect(flat(text).replace(/ /g, '')).toContain(letter.verifyUrl);
  });

  it('holds a QR code that a phone reads as the verification address', () => {
    const images = pdfImages(pdf);
    expect(images).toHaveLength(1);
    expect(pdfQrCodes(pdf)).toEqual([letter.verifyUrl]);
  });

  it('embeds the same QR image as qrPng makes', () => {
    const [image] = pdfImages(pdf);
    expect(decodeQr(qrPng(letter.verifyUrl))).toBe(letter.verifyUrl);
    expect(decodeQr(image.png)).toBe(decodeQr(qrPng(letter.verifyUrl)));
  });

  it('puts the first language first', async () => {
    const kyrgyzFirst = flat(text);
    expect(kyrgyzFirst.indexOf('Уюшкан жумушка')).toBeLessThan(kyrgyzFirst.indexOf('Письмо-одобрение'));
    const russianFirst = flat(await pdfText(await renderApprovalLetterPdf(letter, ['ru', 'ky'])));
    expect(russianFirst.indexOf('Письмо-одобрение')).toBeLessThan(russianFirst.indexOf('Уюшкан жумушка'));
  });

  it('speaks English as the second language', async () => {
    const english = flat(await pdfText(await renderApprovalLetterPdf(letter, ['ru', 'en'])));
    expect(english).toContain('Organised recruitment approval letter');
    expect(english).toContain('Письмо-одобрение организованного набора');
    expect(english).not.toContain('Уюшкан');
    expect(english).toContain('provided for 8 000 ₽ a month');
  });

  it('speaks Uzbek in Latin script, with oʻ and gʻ as real text', async () => {
    const uzbek = flat(await pdfText(await renderApprovalLetterPdf(letter, ['uz', 'ru'])));
    expect(uzbek).toContain('Uyushgan yollash boʻyicha maʼqullash xati');
    expect(uzbek).toContain('Tugʻilgan sanasi / Дата рождения');
    expect(uzbek).toContain('12 oy / 12 месяцев');
    expect(uzbek).toContain('haq evaziga, oyiga 8 000 ₽');
    expect(uzbek.indexOf('Uyushgan yollash')).toBeLessThan(uzbek.indexOf('Письмо-одобрение'));
    expect(uzbek).not.toContain('Уюшкан');
    expect(uzbek).toContain(`Tekshirish kodi: ${code}`);
  });

  it('speaks Tajik, with ӣ, ӯ, ҳ, қ, ғ and ҷ as real text, on one page', async () => {
    const pdf = await renderApprovalLetterPdf(letter, ['tg', 'ru']);
    const tajik = flat(await pdfText(pdf));
    expect(await pdfPages(pdf)).toHaveLength(1);
    expect(tajik).toContain('Мактуби тасдиқ оид ба ҷалби муташаккил');
    expect(tajik).toContain('Мӯҳлати шартномаи меҳнатӣ / Срок трудового');
    // Every glyph of the code line, set in the monospaced font, is there.
    expect(tajik).toContain(`Коди тафтиш: ${code}`);
    expect(tajik).toContain('12 моҳ / 12 месяцев');
    for (const letterOfTajik of ['ӣ', 'ӯ', 'ҳ', 'қ', 'ғ', 'ҷ']) expect(tajik).toContain(letterOfTajik);
    expect(pdfQrCodes(pdf)).toEqual([letter.verifyUrl]);
  });

  it.each([
    ['NONE', 'не предоставляется'],
    ['FREE', 'предоставляется бесплатно'],
  ] as const)('describes housing %s', async (housing, words) => {
    const other = flat(
      await pdfText(await renderApprovalLetterPdf({ ...letter, vacancy: { ...letter.vacancy, housing, housingCostRoubles: null } }, ['ru', 'ky'])),
    );
    expect(other).toContain(words);
    expect(other).not.toContain('8 000 ₽');
  });

  it('prints a long issuing office whole, wrapped, never cut with an ellipsis', async () => {
    // 200 characters: the longest office the database holds.
    const office =
      'Представительство Министерства труда, социального обеспечения и миграции Кыргызской Республики в Российской Федерации по вопросам организованного набора работников, г. Москва'.padEnd(
        200,
        '.',
      );
    expect(office).toHaveLength(200);
    const pdf = await renderApprovalLetterPdf({ ...letter, decision: { ...letter.decision, office } }, ['ky', 'ru']);
    const printed = flat(await pdfText(pdf));
    // In the decision's row, every word of it, down to the last: nothing cut with an ellipsis.
    const [, decision] = printed.split('Орган, принявший');
    expect(flat(decision.replace('решение', ''))).toContain(office);
    expect(printed).not.toContain('…');
    expect(await pdfPages(pdf)).toHaveLength(1);
  });

  it('stays on one page however long the names are', async () => {
    const long = 'Очень длинное наименование '.repeat(20);
    const pdf = await renderApprovalLetterPdf(
      {
        ...letter,
        candidate: { ...letter.candidate, fullNameCyrillic: long, fullNameLatin: 'VERY LONG NAME '.repeat(20) },
        employer: { ...letter.employer, legalName: long },
        vacancy: { ...letter.vacancy, title: long, town: long, regionName: long },
        decision: { ...letter.decision, office: long.slice(0, 200) },
      },
      ['ky', 'ru'],
    );
    expect(await pdfPages(pdf)).toHaveLength(1);
    expect(pdfQrCodes(pdf)).toEqual([letter.verifyUrl]);
  });

  it('refuses a letter whose QR code would lead to another code', async () => {
    const other = verificationUrl('https://jumush.example.kg', newVerificationCode());
    await expect(renderApprovalLetterPdf({ ...letter, verifyUrl: other }, ['ru', 'ky'])).rejects.toThrow(RangeError);
  });

  it.each([
    ['a malformed code', { ...letter, code: 'NOT-A-CODE' }],
    ['a date that is not one', { ...letter, candidate: { ...letter.candidate, birthDate: '1995-02-30' } }],
    ['a wage that is not whole roubles', { ...letter, vacancy: { ...letter.vacancy, monthlyWageRoubles: 75_000.5 } }],
    ['a contract of no months', { ...letter, vacancy: { ...letter.vacancy, contractMonths: 0 } }],
  ])('refuses %s', async (_what, bad) => {
    await expect(renderApprovalLetterPdf(bad, ['ru', 'ky'])).rejects.toThrow(RangeError);
  });

  it('refuses languages it has no texts for', async () => {
    const tatar = ['tt', 'ru'] as unknown as ['ky', 'ru'];
    await expect(renderApprovalLetterPdf(letter, tatar)).rejects.toThrow(RangeError);
  });

  it('refuses languages without Russian or with Russian twice', async () => {
    const noRussian = ['ky', 'en'] as unknown as ['ru', 'ky'];
    const twice = ['ru', 'ru'] as unknown as ['ru', 'ky'];
    await expect(renderApprovalLetterPdf(letter, noRussian)).rejects.toThrow(RangeError);
    await expect(renderApprovalLetterPdf(letter, twice)).rejects.toThrow(RangeError);
  });
});

describe('the languages of a letter', () => {
  it.each([
    ['ky', 'ky', ['ky', 'ru']],
    ['uz', 'ky', ['uz', 'ru']],
    ['tg', 'ky', ['tg', 'ru']],
    ['en', 'ky', ['en', 'ru']],
  ] as const)('puts the candidate’s own language (%s) first, then Russian', (locale, home, languages) => {
    expect(letterLanguagesFor(locale, home)).toEqual(languages);
  });

  it.each([
    ['ru', 'ky', ['ky', 'ru']],
    ['ru', 'uz', ['uz', 'ru']],
    ['ru', 'tg', ['tg', 'ru']],
    ['ru', null, ['ky', 'ru']],
    [null, 'uz', ['uz', 'ru']],
    ['de', 'tg', ['tg', 'ru']],
    ['ru', 'ru', ['en', 'ru']],
  ] as const)('gives a Russian reader (%s, home language %s) the language of home beside Russian', (locale, home, languages) => {
    expect(letterLanguagesFor(locale, home)).toEqual(languages);
  });
});

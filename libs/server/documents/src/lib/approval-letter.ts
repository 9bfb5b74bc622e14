/**
 * The approval letter: one A4 page a migrant carries to show that the labour attaché approved him or her for a
 * job with a named Russian employer, on named terms. Fake intermediaries sell forged "approvals"; this letter
 * defeats them with a verification code and a QR code leading to the public verification page, which shows the
 * same details from our records. Bilingual: Russian (for the employer and the Russian authorities) and the
 * candidate's language, each label in both.
 */
import type { IsoDate } from '@jumush/domain';
import { formatDate, formatRoubles, NBSP, russianPlural } from './format';
import { LANGUAGE_TAG, type LetterLocale } from './locale';
import {
  COLOR,
  createPdf,
  drawRuns,
  drawText,
  FONT,
  lineHeight,
  measureRuns,
  PAGE,
  pdfBuffer,
  type PdfDocument,
  type TextRun,
  type TextStyle,
} from './pdf';
import { qrPng } from './qr';
import { normalizeVerificationCode } from './verification-code';

export type HousingTerm = 'NONE' | 'FREE' | 'PAID';

export interface ApprovalLetter {
  /** The letter's verification code (canonical form, see newVerificationCode). */
  code: string;
  /** `${publicBaseUrl}/verify/${code}` (see verificationUrl): what the QR code holds and the letter prints. */
  verifyUrl: string;
  candidate: {
    fullNameCyrillic: string;
    /** As in the passport, e.g. "MAMYTOV NURLAN". */
    fullNameLatin: string;
    birthDate: IsoDate;
  };
  employer: {
    legalName: string;
    inn: string;
  };
  vacancy: {
    title: string;
    town: string;
    regionName: string;
    monthlyWageRoubles: number;
    housing: HousingTerm;
    /** Monthly cost of PAID housing; ignored otherwise. */
    housingCostRoubles?: number | null;
    insurance: boolean;
    contractMonths: number;
    startDate: IsoDate;
  };
  decision: {
    decidedOn: IsoDate;
    /** Who decided, e.g. "Labour attaché of the Kyrgyz Republic in the Russian Federation". Printed as given. */
    office: string;
  };
}

/** A language a candidate may read the letter in, beside Russian. */
export type CandidateLetterLocale = Exclude<LetterLocale, 'ru'>;

const CANDIDATE_LETTER_LOCALES: readonly string[] = ['ky', 'uz', 'tg', 'en'] satisfies readonly CandidateLetterLocale[];

/** Russian and the candidate's language, in the order they appear on the page. */
export type LetterLanguages = readonly ['ru', CandidateLetterLocale] | readonly [CandidateLetterLocale, 'ru'];

/**
 * The candidate's language first, then Russian. A candidate who reads the site in Russian gets the language of
 * the country they come from beside it (its default language, origin_countries.default_locale: a relative or an
 * official at home may read the letter too); English when that language is Russian too, Kyrgyz when the country is
 * not known.
 */
export function letterLanguagesFor(accountLocale: string | null | undefined, homeLocale: string | null | undefined): LetterLanguages {
  if (accountLocale && CANDIDATE_LETTER_LOCALES.includes(accountLocale)) return [accountLocale as CandidateLetterLocale, 'ru'];
  if (homeLocale && CANDIDATE_LETTER_LOCALES.includes(homeLocale)) return [homeLocale as CandidateLetterLocale, 'ru'];
  return [homeLocale === 'ru' ? 'en' : 'ky', 'ru'];
}

interface LetterLabels {
  title: string;
  statement: string;
  candidate: string;
  fullName: string;
  fullNameLatin: string;
  birthDate: string;
  employer: string;
  legalName: string;
  inn: string;
  vacancy: string;
  position: string;
  placeOfWork: string;
  monthlyWage: string;
  housing: string;
  housingValue: (housing: HousingTerm, monthlyCost: string | null) => string;
  insurance: string;
  insuranceValue: (insured: boolean) => string;
  contractMonths: string;
  months: (count: number) => string;
  startDate: string;
  decision: string;
  decidedOn: string;
  office: string;
  code: string;
  verifyTitle: string;
  verifyText: string;
  freeOfCharge: string;
}

/**
 * Kyrgyz, Uzbek (Latin script) and Tajik texts: written for this letter; have a native speaker read them before
 * the first letters go out.
 */
const LABELS: Record<LetterLocale, LetterLabels> = {
  ru: {
    title: 'Письмо-одобрение организованного набора',
    statement: 'Кандидат одобрен для трудоустройства в Российской Федерации в порядке организованного набора на условиях, указанных в этом письме.',
    candidate: 'Кандидат',
    fullName: 'ФИО',
    fullNameLatin: 'ФИО латиницей',
    birthDate: 'Дата рождения',
    employer: 'Работодатель',
    legalName: 'Наименование',
    inn: 'ИНН',
    vacancy: 'Вакансия и условия',
    position: 'Должность',
    placeOfWork: 'Место работы',
    monthlyWage: 'Заработная плата в месяц',
    housing: 'Жильё',
    housingValue: (housing, cost) => {
      switch (housing) {
        case 'NONE':
          return 'не предоставляется';
        case 'FREE':
          return 'предоставляется бесплатно';
        case 'PAID':
          return cost === null ? 'предоставляется за плату' : `за плату, ${cost} в месяц`;
      }
    },
    insurance: 'Медицинское страхование',
    insuranceValue: (insured) => (insured ? 'предоставляется' : 'не предоставляется'),
    contractMonths: 'Срок трудового договора',
    months: (n) => `${n}${NBSP}${russianPlural(n, 'месяц', 'месяца', 'месяцев')}`,
    startDate: 'Начало работы',
    decision: 'Решение',
    decidedOn: 'Дата решения',
    office: 'Орган, принявший решение',
    code: 'Код проверки',
    verifyTitle: 'Проверьте подлинность письма',
    verifyText: 'Отсканируйте QR-код или откройте адрес ниже. Письмо подлинное, только если страница проверки показывает те же данные.',
    freeOfCharge: 'Организованный набор для кандидата бесплатен. Не платите посредникам ни за это письмо, ни за трудоустройство.',
  },
  ky: {
    title: 'Уюшкан жумушка алуу боюнча макулдук кат',
    statement: 'Талапкер ушул катта көрсөтүлгөн шарттар менен Россия Федерациясында уюшкан түрдө жумушка орношууга макулдук алды.',
    candidate: 'Талапкер',
    fullName: 'Аты-жөнү',
    fullNameLatin: 'Латын тамгалары менен',
    birthDate: 'Туулган күнү',
    employer: 'Иш берүүчү',
    legalName: 'Аталышы',
    inn: 'ИНН',
    vacancy: 'Жумуш орду жана шарттар',
    position: 'Кызматы',
    placeOfWork: 'Иштөө жери',
    monthlyWage: 'Айлык эмгек акы',
    housing: 'Турак жай',
    housingValue: (housing, cost) => {
      switch (housing) {
        case 'NONE':
          return 'берилбейт';
        case 'FREE':
          return 'акысыз берилет';
        case 'PAID':
          return cost === null ? 'акы төлөнүп берилет' : `акы төлөнүп берилет, айына ${cost}`;
      }
    },
    insurance: 'Медициналык камсыздандыруу',
    insuranceValue: (insured) => (insured ? 'берилет' : 'берилбейт'),
    contractMonths: 'Эмгек келишиминин мөөнөтү',
    months: (n) => `${n}${NBSP}ай`,
    startDate: 'Иштин башталышы',
    decision: 'Чечим',
    decidedOn: 'Чечим чыккан күн',
    office: 'Чечим кабыл алган орган',
    code: 'Текшерүү коду',
    verifyTitle: 'Каттын чыныгы экенин текшериңиз',
    verifyText: 'QR-кодду сканерлеңиз же төмөнкү даректи ачыңыз. Текшерүү бети ушул эле маалыматтарды көрсөтсө гана кат чыныгы болуп саналат.',
    freeOfCharge: 'Уюшкан жумушка орношуу талапкер үчүн акысыз. Бул кат же жумушка орношуу үчүн ортомчуларга акча төлөбөңүз.',
  },
  uz: {
    title: 'Uyushgan yollash boʻyicha maʼqullash xati',
    statement: 'Nomzod ushbu xatda koʻrsatilgan shartlar asosida Rossiya Federatsiyasida uyushgan tartibda ishga joylashish uchun maʼqullandi.',
    candidate: 'Nomzod',
    fullName: 'Familiyasi, ismi',
    fullNameLatin: 'Lotin harflarida',
    birthDate: 'Tugʻilgan sanasi',
    employer: 'Ish beruvchi',
    legalName: 'Nomi',
    inn: 'ИНН (soliq raqami)',
    vacancy: 'Vakansiya va shartlar',
    position: 'Lavozimi',
    placeOfWork: 'Ish joyi',
    monthlyWage: 'Oylik maosh',
    housing: 'Turar joy',
    housingValue: (housing, cost) => {
      switch (housing) {
        case 'NONE':
          return 'berilmaydi';
        case 'FREE':
          return 'bepul beriladi';
        case 'PAID':
          return cost === null ? 'haq evaziga beriladi' : `haq evaziga, oyiga ${cost}`;
      }
    },
    insurance: 'Tibbiy sugʻurta',
    insuranceValue: (insured) => (insured ? 'beriladi' : 'berilmaydi'),
    contractMonths: 'Mehnat shartnomasi muddati',
    months: (n) => `${n}${NBSP}oy`,
    startDate: 'Ish boshlanishi',
    decision: 'Qaror',
    decidedOn: 'Qaror sanasi',
    office: 'Qaror qabul qilgan organ',
    code: 'Tekshirish kodi',
    verifyTitle: 'Xat haqiqiyligini tekshiring',
    verifyText:
      'QR-kodni skanerlang yoki quyidagi manzilni oching. Tekshirish sahifasi xuddi shu maʼlumotlarni koʻrsatsagina xat haqiqiy hisoblanadi.',
    freeOfCharge: 'Uyushgan yollash nomzod uchun bepul. Bu xat yoki ishga joylashish uchun vositachilarga pul toʻlamang.',
  },
  tg: {
    title: 'Мактуби тасдиқ оид ба ҷалби муташаккил',
    statement:
      'Номзад барои ба кор даромадан дар Федератсияи Русия бо тартиби ҷалби муташаккил бо шартҳои дар ин мактуб нишондодашуда тасдиқ шудааст.',
    candidate: 'Номзад',
    fullName: 'Насаб ва ном',
    fullNameLatin: 'Бо ҳарфҳои лотинӣ',
    birthDate: 'Санаи таваллуд',
    employer: 'Корфармо',
    legalName: 'Ном',
    inn: 'ИНН (рақами андоз)',
    vacancy: 'Ҷойи корӣ ва шартҳо',
    position: 'Вазифа',
    placeOfWork: 'Ҷойи кор',
    monthlyWage: 'Музди моҳона',
    housing: 'Манзил',
    housingValue: (housing, cost) => {
      switch (housing) {
        case 'NONE':
          return 'дода намешавад';
        case 'FREE':
          return 'ройгон дода мешавад';
        case 'PAID':
          return cost === null ? 'бо пардохт дода мешавад' : `бо пардохт, ${cost} дар як моҳ`;
      }
    },
    insurance: 'Суғуртаи тиббӣ',
    insuranceValue: (insured) => (insured ? 'дода мешавад' : 'дода намешавад'),
    contractMonths: 'Мӯҳлати шартномаи меҳнатӣ',
    months: (n) => `${n}${NBSP}моҳ`,
    startDate: 'Оғози кор',
    decision: 'Қарор',
    decidedOn: 'Санаи қарор',
    office: 'Мақоми қабулкардаи қарор',
    // Not «санҷиш»: the code line is set in DejaVu Sans Mono Bold, which has no ҷ.
    code: 'Коди тафтиш',
    verifyTitle: 'Ҳақиқӣ будани мактубро санҷед',
    verifyText: 'QR-кодро скан кунед ё суроғаи зеринро кушоед. Мактуб танҳо дар ҳолате ҳақиқист, ки саҳифаи санҷиш ҳамин маълумотро нишон диҳад.',
    freeOfCharge: 'Ҷалби муташаккил барои номзад ройгон аст. Барои ин мактуб ё барои ба кор даромадан ба миёнаравҳо пул надиҳед.',
  },
  en: {
    title: 'Organised recruitment approval letter',
    statement: 'The candidate is approved for employment in the Russian Federation through organised recruitment on the terms stated in this letter.',
    candidate: 'Candidate',
    fullName: 'Full name',
    fullNameLatin: 'In Latin letters',
    birthDate: 'Date of birth',
    employer: 'Employer',
    legalName: 'Legal name',
    inn: 'INN (taxpayer number)',
    vacancy: 'Job and terms',
    position: 'Position',
    placeOfWork: 'Place of work',
    monthlyWage: 'Monthly wage',
    housing: 'Housing',
    housingValue: (housing, cost) => {
      switch (housing) {
        case 'NONE':
          return 'not provided';
        case 'FREE':
          return 'provided free of charge';
        case 'PAID':
          return cost === null ? 'provided for a fee' : `provided for ${cost} a month`;
      }
    },
    insurance: 'Medical insurance',
    insuranceValue: (insured) => (insured ? 'provided' : 'not provided'),
    contractMonths: 'Employment contract',
    months: (n) => `${n}${NBSP}${n === 1 ? 'month' : 'months'}`,
    startDate: 'Start of work',
    decision: 'Decision',
    decidedOn: 'Date of decision',
    office: 'Decided by',
    code: 'Verification code',
    verifyTitle: 'Check that this letter is genuine',
    verifyText: 'Scan the QR code or open the address below. The letter is genuine only if the verification page shows the same details.',
    freeOfCharge: 'Organised recruitment is free for the candidate. Do not pay intermediaries for this letter or for a job.',
  },
};

const STYLE = {
  office: { font: FONT.regular, size: 8, color: COLOR.second },
  codeLabel: { font: FONT.regular, size: 7.5, color: COLOR.second },
  code: { font: FONT.monoBold, size: 11, color: COLOR.ink },
  title: { font: FONT.bold, size: 16, color: COLOR.accent },
  subtitle: { font: FONT.bold, size: 13, color: COLOR.second },
  statement: { font: FONT.regular, size: 9, color: COLOR.ink, lineGap: 0.5 },
  section: { font: FONT.bold, size: 8.5, color: COLOR.accent },
  label: { font: FONT.regular, size: 8.5, color: COLOR.ink },
  value: { font: FONT.regular, size: 10, color: COLOR.ink },
  valueBold: { font: FONT.bold, size: 10, color: COLOR.ink },
  verifyTitle: { font: FONT.bold, size: 9.5, color: COLOR.accent },
  verifyText: { font: FONT.regular, size: 8.5, color: COLOR.ink },
  url: { font: FONT.mono, size: 8, color: COLOR.accent },
  bigCode: { font: FONT.monoBold, size: 12, color: COLOR.ink },
  warning: { font: FONT.bold, size: 8.5, color: COLOR.warning, lineGap: 0.5 },
} satisfies Record<string, TextStyle>;

const LEFT = PAGE.margin;
const WIDTH = PAGE.width - 2 * PAGE.margin;
const LABEL_WIDTH = 200;
const GAP = 10;
const VALUE_X = LEFT + LABEL_WIDTH + GAP;
const VALUE_WIDTH = WIDTH - LABEL_WIDTH - GAP;
const ROW_PADDING = 4;
const QR_SIZE = 116;

interface Row {
  label: readonly TextRun[];
  value: readonly TextRun[];
  bold?: boolean;
  maxLines: number;
}

interface Section {
  heading: readonly TextRun[];
  rows: Row[];
}

function checkLanguages(languages: LetterLanguages): void {
  const [first, second] = languages;
  const valid =
    (first === 'ru') !== (second === 'ru') && [first, second].every((locale) => locale === 'ru' || CANDIDATE_LETTER_LOCALES.includes(locale));
  if (!valid) throw new RangeError(`A letter is in Russian and one of Kyrgyz, Uzbek, Tajik or English: ${JSON.stringify(languages)}`);
}

function positiveWhole(value: number, what: string): number {
  if (!Number.isSafeInteger(value) || value <= 0) throw new RangeError(`${what} must be a whole number above 0: ${value}`);
  return value;
}

/** "Primary / Secondary", the second language greyed; one run when both say the same. */
function bilingual(first: string, second: string): TextRun[] {
  if (first === second) return [{ text: first, color: COLOR.ink }];
  return [
    { text: first, color: COLOR.ink },
    { text: ` / ${second}`, color: COLOR.second },
  ];
}

function plain(text: string): TextRun[] {
  return [{ text, color: COLOR.ink }];
}

function sections(letter: ApprovalLetter, [a, b]: readonly [LetterLabels, LetterLabels]): Section[] {
  const { candidate, employer, vacancy, decision } = letter;
  const label = (pick: (labels: LetterLabels) => string): TextRun[] => bilingual(pick(a), pick(b));
  const months = positiveWhole(vacancy.contractMonths, 'The contract length');
  const housingCost =
    vacancy.housing === 'PAID' && vacancy.housingCostRoubles !== null && vacancy.housingCostRoubles !== undefined
      ? formatRoubles(positiveWhole(vacancy.housingCostRoubles, 'The housing cost'))
      : null;
  return [
    {
      heading: label((l) => l.candidate),
      rows: [
        { label: label((l) => l.fullName), value: plain(candidate.fullNameCyrillic), bold: true, maxLines: 2 },
        { label: label((l) => l.fullNameLatin), value: plain(candidate.fullNameLatin), bold: true, maxLines: 2 },
        { label: label((l) => l.birthDate), value: plain(formatDate(candidate.birthDate)), maxLines: 1 },
      ],
    },
    {
      heading: label((l) => l.employer),
      rows: [
        { label: label((l) => l.legalName), value: plain(employer.legalName), bold: true, maxLines: 2 },
        { label: label((l) => l.inn), value: plain(employer.inn), maxLines: 1 },
      ],
    },
    {
      heading: label((l) => l.vacancy),
      rows: [
        { label: label((l) => l.position), value: plain(vacancy.title), bold: true, maxLines: 2 },
        { label: label((l) => l.placeOfWork), value: plain(`${vacancy.town}, ${vacancy.regionName}`), maxLines: 2 },
        {
          label: label((l) => l.monthlyWage),
          value: plain(formatRoubles(positiveWhole(vacancy.monthlyWageRoubles, 'The wage'))),
          bold: true,
          maxLines: 1,
        },
        {
          label: label((l) => l.housing),
          value: bilingual(a.housingValue(vacancy.housing, housingCost), b.housingValue(vacancy.housing, housingCost)),
          maxLines: 2,
        },
        { label: label((l) => l.insurance), value: bilingual(a.insuranceValue(vacancy.insurance), b.insuranceValue(vacancy.insurance)), maxLines: 2 },
        { label: label((l) => l.contractMonths), value: bilingual(a.months(months), b.months(months)), maxLines: 2 },
        { label: label((l) => l.startDate), value: plain(formatDate(vacancy.startDate)), maxLines: 1 },
      ],
    },
    {
      heading: label((l) => l.decision),
      rows: [
        { label: label((l) => l.decidedOn), value: plain(formatDate(decision.decidedOn)), maxLines: 1 },
        // The issuing office, wrapped whole, never cut: an official document names its issuer in full (at most 200
        // characters). It is printed here once, labelled, rather than also cut short at the head of the page.
        { label: label((l) => l.office), value: plain(decision.office), maxLines: Infinity },
      ],
    },
  ];
}

/** The verification code and the top of the page: the letter's title and what it says. */
function drawHeader(doc: PdfDocument, letter: ApprovalLetter, code: string, [a, b]: readonly [LetterLabels, LetterLabels]): number {
  const codeWidth = 250;
  let y = PAGE.margin;
  const codeLabelHeight = drawText(doc, `${a.code} / ${b.code}`, LEFT + WIDTH - codeWidth, y, codeWidth, STYLE.codeLabel, {
    align: 'right',
    maxLines: 1,
  });
  const codeHeight = drawText(doc, code, LEFT + WIDTH - codeWidth, y + codeLabelHeight, codeWidth, STYLE.code, { align: 'right', maxLines: 1 });
  y += codeLabelHeight + codeHeight + 10;

  y += drawText(doc, a.title, LEFT, y, WIDTH, STYLE.title, { maxLines: 2 });
  y += drawText(doc, b.title, LEFT, y, WIDTH, STYLE.subtitle, { maxLines: 2 }) + 5;
  y += drawText(doc, a.statement, LEFT, y, WIDTH, STYLE.statement, { maxLines: 3 }) + 2;
  y += drawText(doc, b.statement, LEFT, y, WIDTH, { ...STYLE.statement, color: COLOR.second }, { maxLines: 3 }) + 8;
  return y;
}

function drawSections(doc: PdfDocument, top: number, all: readonly Section[]): number {
  let y = top;
  for (const section of all) {
    const bandHeight = lineHeight(doc, STYLE.section) + 5;
    doc.rect(LEFT, y, WIDTH, bandHeight).fill(COLOR.band);
    drawRuns(
      doc,
      section.heading.map((run) => ({ ...run, color: COLOR.accent })),
      LEFT + 4,
      y + 3,
      WIDTH - 8,
      STYLE.section,
      { maxLines: 1 },
    );
    y += bandHeight;
    for (const row of section.rows) {
      const valueStyle = row.bold ? STYLE.valueBold : STYLE.value;
      const labelHeight = measureRuns(doc, row.label, STYLE.label, LABEL_WIDTH - 4, 2);
      const valueHeight = measureRuns(doc, row.value, valueStyle, VALUE_WIDTH, row.maxLines);
      const height = Math.max(labelHeight, valueHeight) + 2 * ROW_PADDING;
      // Labels are smaller than values: nudge them down so both sit on about the same baseline.
      drawRuns(doc, row.label, LEFT + 4, y + ROW_PADDING + 1.5, LABEL_WIDTH - 4, STYLE.label, { maxLines: 2 });
      drawRuns(doc, row.value, VALUE_X, y + ROW_PADDING, VALUE_WIDTH, valueStyle, { maxLines: row.maxLines });
      y += height;
      doc
        .moveTo(LEFT, y)
        .lineTo(LEFT + WIDTH, y)
        .lineWidth(0.5)
        .strokeColor(COLOR.rule)
        .stroke();
    }
    // A small gap: the page must hold the longest office wrapped whole as well as every other value at its limit.
    y += 3;
  }
  return y;
}

/** The warning against intermediaries, in a red box at the foot of the page; gives the box's top. */
function drawWarning(doc: PdfDocument, [a, b]: readonly [LetterLabels, LetterLabels]): number {
  const runs = [
    { text: a.freeOfCharge, color: COLOR.warning },
    { text: `\n${b.freeOfCharge}`, color: COLOR.warning },
  ];
  const width = WIDTH - 16;
  const height = measureRuns(doc, runs, STYLE.warning, width, 6) + 12;
  const top = PAGE.height - PAGE.margin - height;
  doc.roundedRect(LEFT, top, WIDTH, height, 4).lineWidth(1).strokeColor(COLOR.warning).stroke();
  drawRuns(doc, runs, LEFT + 8, top + 6, width, STYLE.warning, { maxLines: 6 });
  return top;
}

/** The QR code beside how to check the letter: its address and code to type. Gives the block's bottom. */
function drawVerification(
  doc: PdfDocument,
  top: number,
  letter: ApprovalLetter,
  code: string,
  [a, b]: readonly [LetterLabels, LetterLabels],
): number {
  doc.image(qrPng(letter.verifyUrl), LEFT, top, { width: QR_SIZE, height: QR_SIZE });
  const textX = LEFT + QR_SIZE + 14;
  const textWidth = WIDTH - QR_SIZE - 14;
  let y = top + 8;
  y += drawText(doc, a.verifyTitle, textX, y, textWidth, STYLE.verifyTitle, { maxLines: 1 });
  y += drawText(doc, b.verifyTitle, textX, y, textWidth, { ...STYLE.verifyTitle, color: COLOR.second }, { maxLines: 1 }) + 3;
  y += drawText(doc, a.verifyText, textX, y, textWidth, STYLE.verifyText, { maxLines: 3 });
  y += drawText(doc, b.verifyText, textX, y, textWidth, { ...STYLE.verifyText, color: COLOR.second }, { maxLines: 3 }) + 5;
  y += drawText(doc, letter.verifyUrl, textX, y, textWidth, STYLE.url, { maxLines: 2, link: letter.verifyUrl }) + 4;
  y += drawText(doc, `${a.code}:${NBSP}${code}`, textX, y, textWidth, STYLE.bigCode, { maxLines: 1 });
  return Math.max(top + QR_SIZE, y);
}

/**
 * The approval letter as a one-page A4 PDF, its text real (searchable, extractable) in embedded DejaVu fonts.
 * `languages` are Russian and the candidate's language, in the order they appear: `['ky', 'ru']` puts Kyrgyz
 * first for a candidate who reads it, `['ru', 'en']` puts Russian first. The QR code holds letter.verifyUrl.
 * Throws RangeError on input no letter may carry (a malformed code, a URL for another code, a date that is not
 * a calendar date, a wage that is not a positive whole number of roubles).
 */
export async function renderApprovalLetterPdf(letter: ApprovalLetter, languages: LetterLanguages): Promise<Buffer> {
  checkLanguages(languages);
  const code = normalizeVerificationCode(letter.code);
  if (code === null) throw new RangeError('The letter has no well-formed verification code');
  if (!letter.verifyUrl.endsWith(`/verify/${code}`) || !/^https?:\/\//i.test(letter.verifyUrl)) {
    throw new RangeError(`The verification URL must be an http(s) address ending in /verify/${code}`);
  }
  const labels = [LABELS[languages[0]], LABELS[languages[1]]] as const;
  const rows = sections(letter, labels);

  const doc = createPdf({
    title: `${LABELS.ru.title} — ${letter.candidate.fullNameCyrillic}`,
    subject: `${letter.vacancy.title}; ${letter.employer.legalName}`,
    keywords: code,
    lang: LANGUAGE_TAG[languages[0]],
  });
  const warningTop = drawWarning(doc, labels);
  const tableTop = drawHeader(doc, letter, code, labels);
  const tableBottom = drawSections(doc, tableTop, rows);
  const bottom = drawVerification(doc, tableBottom + 10, letter, code, labels);
  // Every text but the office is cut to a fixed number of lines, and the office holds at most 200 characters, so
  // this holds for any input the database can hold; if a change breaks it, fail loudly.
  if (bottom > warningTop - 8) throw new Error(`The approval letter overflows its page by ${Math.ceil(bottom - warningTop + 8)} pt`);
  return pdfBuffer(doc);
}

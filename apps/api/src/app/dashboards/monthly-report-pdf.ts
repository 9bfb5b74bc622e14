/**
 * The dashboards' monthly report: one calendar month's figures on A4, in the reader's language, as titled tables
 * (volumes by week, time per stage with the share decided by the deadline, the employers' ranking, per attaché).
 * Pure: the figures come in (the same DashboardResponse the page draws), the PDF's bytes go out.
 */
import { DASHBOARD_VOLUMES, type DashboardResponse, type DashboardVolume, type StageTimeRow } from '@jumush/contracts';
import { type DeadlineStage, Locale, regionByCode } from '@jumush/domain';
import {
  COLOR,
  FONT,
  LANGUAGE_TAG,
  PAGE,
  createPdf,
  drawText,
  formatDate,
  formatWholeNumber,
  lineHeight,
  pdfBuffer,
  type PdfDocument,
  type TextStyle,
} from '@jumush/server/documents';

interface ReportLabels {
  title: string;
  period: string;
  countries: string;
  regions: string;
  allRegions: string;
  generatedAt: string;
  volumesTitle: string;
  week: string;
  total: string;
  volumes: Record<DashboardVolume, string>;
  regionsTitle: string;
  region: string;
  stagesTitle: string;
  stage: string;
  decided: string;
  median: string;
  p90: string;
  withinDeadline: string;
  stages: Record<DeadlineStage, string>;
  employersTitle: string;
  employer: string;
  approvals: string;
  withdrawals: string;
  complaints: string;
  attachesTitle: string;
  attache: string;
  none: string;
  page: (page: number, pages: number) => string;
}

const LABELS: Record<Locale, ReportLabels> = {
  [Locale.Russian]: {
    title: 'Ежемесячный отчёт',
    period: 'Период',
    countries: 'Страны',
    regions: 'Регионы',
    allRegions: 'все регионы',
    generatedAt: 'Данные на',
    volumesTitle: 'Объёмы по неделям',
    week: 'Неделя с',
    total: 'Итого',
    volumes: { applied: 'Отклики', shortlisted: 'Отобраны', approved: 'Одобрены', refused: 'Отказы', departed: 'Выехали', arrived: 'Прибыли' },
    regionsTitle: 'По регионам работы',
    region: 'Регион',
    stagesTitle: 'Сроки по этапам',
    stage: 'Этап',
    decided: 'Решено',
    median: 'Медиана, дн.',
    p90: '90-й проц., дн.',
    withinDeadline: 'В срок',
    stages: {
      batchDecision: 'Решение атташе по партии',
      shortlisting: 'Ответ работодателя на отклик',
      companyVerification: 'Проверка работодателя',
      vacancyReview: 'Проверка вакансии',
      grievanceTakeUp: 'Жалоба взята в работу',
      grievanceResolution: 'Жалоба решена',
    },
    employersTitle: 'Рейтинг работодателей',
    employer: 'Работодатель',
    approvals: 'Одобрено',
    withdrawals: 'Отозвано',
    complaints: 'Жалобы',
    attachesTitle: 'Сроки по атташе',
    attache: 'Атташе',
    none: 'За этот месяц данных нет.',
    page: (page, pages) => `Страница ${page} из ${pages}`,
  },
  [Locale.English]: {
    title: 'Monthly report',
    period: 'Period',
    countries: 'Countries',
    regions: 'Regions',
    allRegions: 'all regions',
    generatedAt: 'Figures as of',
    volumesTitle: 'Volumes by week',
    week: 'Week of',
    total: 'Total',
    volumes: { applied: 'Applied', shortlisted: 'Shortlisted', approved: 'Approved', refused: 'Refused', departed: 'Departed', arrived: 'Arrived' },
    regionsTitle: 'By region of work',
    region: 'Region',
    stagesTitle: 'Time per stage',
    stage: 'Stage',
    decided: 'Decided',
    median: 'Median, days',
    p90: '90th pct., days',
    withinDeadline: 'By deadline',
    stages: {
      batchDecision: 'Batch decision by the attaché',
      shortlisting: 'Employer’s answer to an application',
      companyVerification: 'Employer verification',
      vacancyReview: 'Vacancy review',
      grievanceTakeUp: 'Grievance taken up',
      grievanceResolution: 'Grievance resolved',
    },
    employersTitle: 'Employers ranking',
    employer: 'Employer',
    approvals: 'Approved',
    withdrawals: 'Withdrawn',
    complaints: 'Grievances',
    attachesTitle: 'Time per attaché',
    attache: 'Attaché',
    none: 'No figures for this month.',
    page: (page, pages) => `Page ${page} of ${pages}`,
  },
  [Locale.Kyrgyz]: {
    title: 'Айлык отчет',
    period: 'Мезгил',
    countries: 'Өлкөлөр',
    regions: 'Аймактар',
    allRegions: 'бардык аймактар',
    generatedAt: 'Маалыматтардын абалы',
    volumesTitle: 'Апталар боюнча көлөмдөр',
    week: 'Апта',
    total: 'Бардыгы',
    volumes: {
      applied: 'Арыздар',
      shortlisted: 'Тандалгандар',
      approved: 'Макулдук',
      refused: 'Баш тартуу',
      departed: 'Жөнөп кетти',
      arrived: 'Жетти',
    },
    regionsTitle: 'Иштөө аймактары боюнча',
    region: 'Аймак',
    stagesTitle: 'Баскычтардын мөөнөттөрү',
    stage: 'Баскыч',
    decided: 'Чечилди',
    median: 'Медиана, күн',
    p90: '90-процентиль, күн',
    withinDeadline: 'Мөөнөтүндө',
    stages: {
      batchDecision: 'Атташенин топ боюнча чечими',
      shortlisting: 'Иш берүүчүнүн арызга жообу',
      companyVerification: 'Иш берүүчүнү текшерүү',
      vacancyReview: 'Вакансияны текшерүү',
      grievanceTakeUp: 'Даттануу иштөөгө алынды',
      grievanceResolution: 'Даттануу чечилди',
    },
    employersTitle: 'Иш берүүчүлөрдүн рейтинги',
    employer: 'Иш берүүчү',
    approvals: 'Макулдук',
    withdrawals: 'Кайтарылды',
    complaints: 'Даттануулар',
    attachesTitle: 'Атташелер боюнча мөөнөттөр',
    attache: 'Атташе',
    none: 'Бул айда маалымат жок.',
    page: (page, pages) => `Барак ${page} / ${pages}`,
  },
  [Locale.Uzbek]: {
    title: 'Oylik hisobot',
    period: 'Davr',
    countries: 'Mamlakatlar',
    regions: 'Hududlar',
    allRegions: 'barcha hududlar',
    generatedAt: 'Maʼlumotlar holati',
    volumesTitle: 'Haftalar boʻyicha hajmlar',
    week: 'Hafta',
    total: 'Jami',
    volumes: {
      applied: 'Arizalar',
      shortlisted: 'Saralangan',
      approved: 'Tasdiqlangan',
      refused: 'Rad etilgan',
      departed: 'Joʻnab ketgan',
      arrived: 'Yetib borgan',
    },
    regionsTitle: 'Ish hududlari boʻyicha',
    region: 'Hudud',
    stagesTitle: 'Bosqichlar muddatlari',
    stage: 'Bosqich',
    decided: 'Hal qilingan',
    median: 'Mediana, kun',
    p90: '90-protsentil, kun',
    withinDeadline: 'Muddatida',
    stages: {
      batchDecision: 'Attashening guruh boʻyicha qarori',
      shortlisting: 'Ish beruvchining arizaga javobi',
      companyVerification: 'Ish beruvchini tekshirish',
      vacancyReview: 'Vakansiyani tekshirish',
      grievanceTakeUp: 'Shikoyat koʻrib chiqishga olindi',
      grievanceResolution: 'Shikoyat hal qilindi',
    },
    employersTitle: 'Ish beruvchilar reytingi',
    employer: 'Ish beruvchi',
    approvals: 'Tasdiqlangan',
    withdrawals: 'Qaytarib olingan',
    complaints: 'Shikoyatlar',
    attachesTitle: 'Attashelar boʻyicha muddatlar',
    attache: 'Attashe',
    none: 'Bu oy uchun maʼlumot yoʻq.',
    page: (page, pages) => `Sahifa ${page} / ${pages}`,
  },
  [Locale.Tajik]: {
    title: 'Ҳисоботи моҳона',
    period: 'Давра',
    countries: 'Кишварҳо',
    regions: 'Минтақаҳо',
    allRegions: 'ҳамаи минтақаҳо',
    generatedAt: 'Маълумот то',
    volumesTitle: 'Ҳаҷмҳо аз рӯи ҳафтаҳо',
    week: 'Ҳафта аз',
    total: 'Ҳамагӣ',
    volumes: {
      applied: 'Аризаҳо',
      shortlisted: 'Интихобшуда',
      approved: 'Тасдиқшуда',
      refused: 'Радшуда',
      departed: 'Сафар карданд',
      arrived: 'Расиданд',
    },
    regionsTitle: 'Аз рӯи минтақаҳои кор',
    region: 'Минтақа',
    stagesTitle: 'Мӯҳлатҳои марҳилаҳо',
    stage: 'Марҳила',
    decided: 'Ҳалшуда',
    median: 'Медиана, рӯз',
    p90: 'Персентили 90, рӯз',
    withinDeadline: 'Дар мӯҳлат',
    stages: {
      batchDecision: 'Қарори атташе оид ба гурӯҳ',
      shortlisting: 'Ҷавоби корфармо ба ариза',
      companyVerification: 'Тафтиши корфармо',
      vacancyReview: 'Тафтиши ҷойи холӣ',
      grievanceTakeUp: 'Шикоят ба кор гирифта шуд',
      grievanceResolution: 'Шикоят ҳал шуд',
    },
    employersTitle: 'Рейтинги корфармоён',
    employer: 'Корфармо',
    approvals: 'Тасдиқшуда',
    withdrawals: 'Бозхондашуда',
    complaints: 'Шикоятҳо',
    attachesTitle: 'Мӯҳлатҳо аз рӯи атташеҳо',
    attache: 'Атташе',
    none: 'Барои ин моҳ маълумот нест.',
    page: (page, pages) => `Саҳифаи ${page} аз ${pages}`,
  },
};

const STYLE = {
  title: { font: FONT.bold, size: 16, color: COLOR.accent },
  info: { font: FONT.regular, size: 9, color: COLOR.second },
  section: { font: FONT.bold, size: 11.5, color: COLOR.accent, lineGap: 2 },
  head: { font: FONT.bold, size: 7.5, color: COLOR.accent },
  cell: { font: FONT.regular, size: 8.5, color: COLOR.ink },
  strong: { font: FONT.bold, size: 8.5, color: COLOR.ink },
  footer: { font: FONT.regular, size: 7.5, color: COLOR.second },
} satisfies Record<string, TextStyle>;

const LEFT = PAGE.margin;
const WIDTH = PAGE.width - 2 * PAGE.margin;
const FOOTER_HEIGHT = 16;
const BOTTOM = PAGE.height - PAGE.margin - FOOTER_HEIGHT;
const HEAD_HEIGHT = 22;
const ROW_HEIGHT = 16;
const PADDING = 4;
const STRIPE = '#f6f8fa';

interface Column {
  label: string;
  /** Share of the table's width; the columns' shares add up to 1. */
  share: number;
  align?: 'left' | 'right';
}

interface Row {
  cells: string[];
  /** A total line, in bold. */
  strong?: boolean;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The report's month in words: "март 2026 г.", "March 2026" (Node's full ICU knows every product language). */
function monthName(month: string, locale: Locale): string {
  const [year, number] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(LANGUAGE_TAG[locale], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, number - 1, 1)),
  );
}

function decimal(value: number | null, locale: Locale): string {
  if (value === null || !Number.isFinite(value)) return '—';
  const text = value.toFixed(1);
  return locale === Locale.English ? text : text.replace('.', ',');
}

function share(value: number | null): string {
  return value === null || !Number.isFinite(value) ? '—' : `${Math.round(value * 100)}\u00a0%`;
}

/** Writes top to bottom, starting a page when the next line would not fit; knows where it is. */
class Writer {
  y = PAGE.margin;

  constructor(readonly doc: PdfDocument) {}

  /** Room for `height` more points on this page, else a new page. */
  ensure(height: number): void {
    if (this.y + height > BOTTOM) {
      this.doc.addPage();
      this.y = PAGE.margin;
    }
  }

  line(text: string, style: TextStyle, gapAfter = 2): void {
    const height = lineHeight(this.doc, style);
    this.ensure(height);
    this.y += drawText(this.doc, text, LEFT, this.y, WIDTH, style) + gapAfter;
  }

  /** A titled table; its head is repeated on each page it runs onto; a title never ends a page alone. */
  table(title: string, columns: readonly Column[], rows: readonly Row[], empty: string): void {
    this.y += 10;
    const titleHeight = lineHeight(this.doc, STYLE.section) + 4;
    this.ensure(titleHeight + HEAD_HEIGHT + ROW_HEIGHT);
    this.y += drawText(this.doc, title, LEFT, this.y, WIDTH, STYLE.section) + 4;
    if (rows.length === 0) {
      this.line(empty, STYLE.info);
      return;
    }
    const xs = columns.reduce<number[]>(
      (starts, column, index) => [...starts, index === 0 ? LEFT : starts[index - 1] + columns[index - 1].share * WIDTH],
      [],
    );
    const head = () => {
      this.doc.rect(LEFT, this.y, WIDTH, HEAD_HEIGHT).fill(COLOR.band);
      columns.forEach((column, index) =>
        drawText(this.doc, column.label, xs[index] + PADDING, this.y + 3, column.share * WIDTH - 2 * PADDING, STYLE.head, {
          maxLines: 2,
          align: column.align ?? 'left',
        }),
      );
      this.y += HEAD_HEIGHT;
    };
    head();
    rows.forEach((row, rowIndex) => {
      if (this.y + ROW_HEIGHT > BOTTOM) {
        this.doc.addPage();
        this.y = PAGE.margin;
        head();
      }
      if (rowIndex % 2 === 1) this.doc.rect(LEFT, this.y, WIDTH, ROW_HEIGHT).fill(STRIPE);
      row.cells.forEach((cell, index) =>
        drawText(
          this.doc,
          cell,
          xs[index] + PADDING,
          this.y + 4,
          columns[index].share * WIDTH - 2 * PADDING,
          row.strong ? STYLE.strong : STYLE.cell,
          {
            maxLines: 1,
            align: columns[index].align ?? 'left',
          },
        ),
      );
      this.y += ROW_HEIGHT;
      this.doc
        .moveTo(LEFT, this.y)
        .lineTo(LEFT + WIDTH, this.y)
        .lineWidth(0.4)
        .strokeColor(COLOR.rule)
        .stroke();
    });
  }
}

function volumeColumns(first: Column, labels: ReportLabels): Column[] {
  const share = (1 - first.share) / DASHBOARD_VOLUMES.length;
  return [first, ...DASHBOARD_VOLUMES.map((volume) => ({ label: labels.volumes[volume], share, align: 'right' as const }))];
}

function stageCells(row: StageTimeRow, labels: ReportLabels, locale: Locale): string[] {
  return [
    labels.stages[row.stage],
    formatWholeNumber(row.decided),
    decimal(row.medianDays, locale),
    decimal(row.p90Days, locale),
    share(row.withinDeadlineShare),
  ];
}

function stageColumns(labels: ReportLabels, first: Column[]): Column[] {
  const rest = 1 - first.reduce((sum, column) => sum + column.share, 0);
  return [
    ...first,
    { label: labels.stage, share: rest - 0.44, align: 'left' },
    { label: labels.decided, share: 0.11, align: 'right' },
    { label: labels.median, share: 0.11, align: 'right' },
    { label: labels.p90, share: 0.11, align: 'right' },
    { label: labels.withinDeadline, share: 0.11, align: 'right' },
  ];
}

/**
 * The monthly report of `month` ('YYYY-MM') as an A4 PDF in `locale`: the figures given (computed for that month by
 * the caller), as titled tables over as many pages as they take, "page X of Y" at the foot of each.
 */
export async function monthlyReportPdf(data: DashboardResponse, locale: Locale, month: string): Promise<Buffer> {
  const labels = LABELS[locale];
  if (labels === undefined) throw new RangeError(`Unknown language: ${String(locale)}`);
  if (!MONTH.test(month)) throw new RangeError(`Not a month (YYYY-MM): ${month}`);

  const monthText = monthName(month, locale);
  const doc = createPdf(
    {
      title: `${labels.title} — ${monthText}`,
      subject: `${labels.title}: ${data.scope.countries.join(', ')}`,
      keywords: month,
      lang: LANGUAGE_TAG[locale],
      createdAt: new Date(data.generatedAt),
    },
    { bufferPages: true },
  );
  const writer = new Writer(doc);

  writer.line(`${labels.title} — ${monthText}`, STYLE.title, 6);
  writer.line(`${labels.period}: ${formatDate(data.from)} – ${formatDate(data.to)}`, STYLE.info);
  writer.line(`${labels.countries}: ${data.scope.countries.join(', ')}`, STYLE.info);
  const regions = data.scope.regions?.map((code) => regionByCode(code)?.nameRu ?? code).join(', ');
  writer.line(`${labels.regions}: ${regions || labels.allRegions}`, STYLE.info);
  writer.line(`${labels.generatedAt}: ${data.generatedAt.slice(0, 16).replace('T', ' ')} UTC`, STYLE.info);

  writer.table(
    labels.volumesTitle,
    volumeColumns({ label: labels.week, share: 0.22 }, labels),
    [
      ...data.volumesByWeek.map((row) => ({
        cells: [formatDate(row.weekStart), ...DASHBOARD_VOLUMES.map((volume) => formatWholeNumber(row[volume]))],
      })),
      { cells: [labels.total, ...DASHBOARD_VOLUMES.map((volume) => formatWholeNumber(data.totals[volume]))], strong: true },
    ],
    labels.none,
  );

  writer.table(
    labels.regionsTitle,
    volumeColumns({ label: labels.region, share: 0.34 }, labels),
    data.byRegion.map((row) => ({
      cells: [
        locale === Locale.English
          ? (regionByCode(row.regionCode)?.nameEn ?? row.regionCode)
          : (regionByCode(row.regionCode)?.nameRu ?? row.regionCode),
        ...DASHBOARD_VOLUMES.map((volume) => formatWholeNumber(row[volume])),
      ],
    })),
    labels.none,
  );

  writer.table(
    labels.stagesTitle,
    stageColumns(labels, []),
    data.stageTimes.map((row) => ({ cells: stageCells(row, labels, locale) })),
    labels.none,
  );

  writer.table(
    labels.employersTitle,
    [
      { label: '№', share: 0.06, align: 'right' },
      { label: labels.employer, share: 0.58 },
      { label: labels.approvals, share: 0.12, align: 'right' },
      { label: labels.withdrawals, share: 0.12, align: 'right' },
      { label: labels.complaints, share: 0.12, align: 'right' },
    ],
    data.byEmployer.map((row, index) => ({
      cells: [
        formatWholeNumber(index + 1),
        row.companyName,
        formatWholeNumber(row.approvals),
        formatWholeNumber(row.withdrawals),
        formatWholeNumber(row.complaints),
      ],
    })),
    labels.none,
  );

  writer.table(
    labels.attachesTitle,
    stageColumns(labels, [{ label: labels.attache, share: 0.24 }]),
    data.attacheTimes.map((row) => ({ cells: [row.staffName, ...stageCells(row, labels, locale)] })),
    labels.none,
  );

  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index++) {
    doc.switchToPage(index);
    const y = PAGE.height - PAGE.margin - FOOTER_HEIGHT + 6;
    drawText(doc, `${labels.title} — ${monthText}`, LEFT, y, WIDTH - 128, STYLE.footer, { maxLines: 1 });
    drawText(doc, labels.page(index - start + 1, count), LEFT + WIDTH - 120, y, 120, STYLE.footer, { maxLines: 1, align: 'right' });
  }
  return pdfBuffer(doc);
}

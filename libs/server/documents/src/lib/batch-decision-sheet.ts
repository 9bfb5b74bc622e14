/**
 * The batch decision sheet: the attaché's decision on a whole batch on paper, for the employer's and the
 * attaché's files. The vacancy, the employer, who decided and when, the counts, and a table of every candidate
 * with the decision and the reason for a refusal, over as many A4 pages as it takes (hundreds of candidates).
 *
 * Every row has the same height (long names and reasons are cut with an ellipsis), so the pages a batch takes are
 * known before drawing: see batchSheetPageCount.
 */
import type { IsoDate, RefusalReason } from '@jumush/domain';
import { formatDate, formatWholeNumber } from './format';
import { LANGUAGE_TAG, type DocumentLocale } from './locale';
import { COLOR, createPdf, drawText, FONT, PAGE, pdfBuffer, type PdfDocument, type TextStyle } from './pdf';
import { refusalText } from './refusal-reasons';

export type CandidateDecision = 'APPROVED' | 'REFUSED';

export interface BatchSheetCandidate {
  fullNameCyrillic: string;
  fullNameLatin: string;
  birthDate: IsoDate;
  decision: CandidateDecision;
  /** Why a REFUSED candidate was refused; ignored for the approved. */
  refusalReason?: RefusalReason | null;
  /** What the attaché wrote about the refusal, if anything. */
  refusalText?: string | null;
}

export interface BatchDecisionSheet {
  /** How people refer to the batch, e.g. its number "П-2026-00042". */
  batchReference: string;
  vacancy: { title: string; town: string; regionName: string };
  employer: { legalName: string; inn: string };
  decision: {
    decidedOn: IsoDate;
    /** Who decided, e.g. "Labour attaché of the Kyrgyz Republic in the Russian Federation". Printed as given. */
    office: string;
  };
  /** In the order to list them (the batch's order, as a rule). */
  candidates: readonly BatchSheetCandidate[];
}

interface SheetLabels {
  title: string;
  batch: string;
  vacancy: string;
  placeOfWork: string;
  employer: string;
  inn: string;
  office: string;
  decidedOn: string;
  candidates: string;
  approved: string;
  refused: string;
  number: string;
  fullName: string;
  birthDate: string;
  decision: string;
  reason: string;
  decisionValue: Record<CandidateDecision, string>;
  page: (page: number, pages: number) => string;
}

const LABELS: Record<DocumentLocale, SheetLabels> = {
  ru: {
    title: 'Решение по партии кандидатов',
    batch: 'Партия',
    vacancy: 'Вакансия',
    placeOfWork: 'Место работы',
    employer: 'Работодатель',
    inn: 'ИНН',
    office: 'Орган, принявший решение',
    decidedOn: 'Дата решения',
    candidates: 'Кандидатов в партии',
    approved: 'Одобрено',
    refused: 'Отказано',
    number: '№',
    fullName: 'ФИО',
    birthDate: 'Дата рождения',
    decision: 'Решение',
    reason: 'Причина отказа',
    decisionValue: { APPROVED: 'Одобрен', REFUSED: 'Отказ' },
    page: (page, pages) => `Страница ${page} из ${pages}`,
  },
  ky: {
    title: 'Талапкерлер тобу боюнча чечим',
    batch: 'Топ',
    vacancy: 'Жумуш орду',
    placeOfWork: 'Иштөө жери',
    employer: 'Иш берүүчү',
    inn: 'ИНН',
    office: 'Чечим кабыл алган орган',
    decidedOn: 'Чечим чыккан күн',
    candidates: 'Топтогу талапкерлер',
    approved: 'Макулдук берилди',
    refused: 'Баш тартылды',
    number: '№',
    fullName: 'Аты-жөнү',
    birthDate: 'Туулган күнү',
    decision: 'Чечим',
    reason: 'Баш тартуунун себеби',
    decisionValue: { APPROVED: 'Макулдук', REFUSED: 'Баш тартуу' },
    page: (page, pages) => `Барак ${page} / ${pages}`,
  },
  en: {
    title: 'Batch decision',
    batch: 'Batch',
    vacancy: 'Vacancy',
    placeOfWork: 'Place of work',
    employer: 'Employer',
    inn: 'INN',
    office: 'Decided by',
    decidedOn: 'Date of decision',
    candidates: 'Candidates in the batch',
    approved: 'Approved',
    refused: 'Refused',
    number: '#',
    fullName: 'Full name',
    birthDate: 'Date of birth',
    decision: 'Decision',
    reason: 'Reason for refusal',
    decisionValue: { APPROVED: 'Approved', REFUSED: 'Refused' },
    page: (page, pages) => `Page ${page} of ${pages}`,
  },
};

const STRIPE = '#f6f8fa';
const DECISION_COLOR: Record<CandidateDecision, string> = { APPROVED: '#1b5e20', REFUSED: COLOR.warning };

const STYLE = {
  title: { font: FONT.bold, size: 15, color: COLOR.accent },
  reference: { font: FONT.monoBold, size: 10, color: COLOR.ink },
  infoLabel: { font: FONT.regular, size: 8.5, color: COLOR.second },
  infoValue: { font: FONT.bold, size: 9.5, color: COLOR.ink },
  head: { font: FONT.bold, size: 8, color: COLOR.accent },
  name: { font: FONT.bold, size: 9, color: COLOR.ink },
  latin: { font: FONT.regular, size: 8, color: COLOR.second },
  cell: { font: FONT.regular, size: 8.5, color: COLOR.ink },
  reason: { font: FONT.regular, size: 7.5, color: COLOR.ink },
  footer: { font: FONT.regular, size: 7.5, color: COLOR.second },
} satisfies Record<string, TextStyle>;

const LEFT = PAGE.margin;
const WIDTH = PAGE.width - 2 * PAGE.margin;
/** Height reserved on the first page for the title and the batch's details. */
const HEADER_HEIGHT = 160;
const TABLE_HEAD_HEIGHT = 18;
const ROW_HEIGHT = 26;
const FOOTER_HEIGHT = 16;
const TABLE_HEIGHT = PAGE.height - 2 * PAGE.margin - FOOTER_HEIGHT - TABLE_HEAD_HEIGHT;

/** Candidates that fit on the first page (under the batch's details) and on each page after it. */
export const BATCH_SHEET_ROWS = {
  firstPage: Math.floor((TABLE_HEIGHT - HEADER_HEIGHT) / ROW_HEIGHT),
  otherPages: Math.floor(TABLE_HEIGHT / ROW_HEIGHT),
} as const;

/** Pages the sheet of a batch of this many candidates takes. */
export function batchSheetPageCount(candidates: number): number {
  if (!Number.isSafeInteger(candidates) || candidates < 0) throw new RangeError(`Not a number of candidates: ${candidates}`);
  return 1 + Math.max(0, Math.ceil((candidates - BATCH_SHEET_ROWS.firstPage) / BATCH_SHEET_ROWS.otherPages));
}

interface Column {
  x: number;
  width: number;
}

const COLUMNS = (() => {
  const widths = { number: 30, name: 190, birthDate: 74, decision: 70 };
  const number: Column = { x: LEFT, width: widths.number };
  const name: Column = { x: number.x + number.width, width: widths.name };
  const birthDate: Column = { x: name.x + name.width, width: widths.birthDate };
  const decision: Column = { x: birthDate.x + birthDate.width, width: widths.decision };
  const reason: Column = { x: decision.x + decision.width, width: LEFT + WIDTH - (decision.x + decision.width) };
  return { number, name, birthDate, decision, reason };
})();
const CELL_PADDING = 4;

function cellText(
  doc: PdfDocument,
  text: string,
  column: Column,
  y: number,
  style: TextStyle,
  maxLines = 1,
  align: 'left' | 'right' = 'left',
): number {
  return drawText(doc, text, column.x + CELL_PADDING, y, column.width - 2 * CELL_PADDING, style, { maxLines, align });
}

function drawHeader(doc: PdfDocument, sheet: BatchDecisionSheet, labels: SheetLabels): void {
  const approved = sheet.candidates.filter((candidate) => candidate.decision === 'APPROVED').length;
  const refused = sheet.candidates.length - approved;
  let y = PAGE.margin;
  y += drawText(doc, labels.title, LEFT, y, WIDTH, STYLE.title, { maxLines: 1 }) + 2;
  y += drawText(doc, `${labels.batch}: ${sheet.batchReference}`, LEFT, y, WIDTH, STYLE.reference, { maxLines: 1 }) + 8;

  const labelWidth = 150;
  const valueX = LEFT + labelWidth;
  const valueWidth = WIDTH - labelWidth;
  const fields: Array<[string, string, number]> = [
    [labels.vacancy, sheet.vacancy.title, 2],
    [labels.placeOfWork, `${sheet.vacancy.town}, ${sheet.vacancy.regionName}`, 1],
    [labels.employer, `${sheet.employer.legalName}, ${labels.inn} ${sheet.employer.inn}`, 2],
    [labels.office, sheet.decision.office, 1],
    [labels.decidedOn, formatDate(sheet.decision.decidedOn), 1],
    [
      labels.candidates,
      `${formatWholeNumber(sheet.candidates.length)}; ${labels.approved.toLowerCase()}: ${formatWholeNumber(approved)}; ${labels.refused.toLowerCase()}: ${formatWholeNumber(refused)}`,
      1,
    ],
  ];
  for (const [label, value, maxLines] of fields) {
    drawText(doc, label, LEFT, y + 1, labelWidth - 8, STYLE.infoLabel, { maxLines: 1 });
    y += drawText(doc, value, valueX, y, valueWidth, STYLE.infoValue, { maxLines }) + 4;
  }
  // The details are cut to a fixed number of lines, so this holds for any input; if a change breaks it, fail loudly.
  if (y > PAGE.margin + HEADER_HEIGHT)
    throw new Error(`The batch sheet's details overflow their space by ${Math.ceil(y - PAGE.margin - HEADER_HEIGHT)} pt`);
}

function drawTableHead(doc: PdfDocument, y: number, labels: SheetLabels): void {
  doc.rect(LEFT, y, WIDTH, TABLE_HEAD_HEIGHT).fill(COLOR.band);
  const textY = y + 5;
  cellText(doc, labels.number, COLUMNS.number, textY, STYLE.head, 1, 'right');
  cellText(doc, labels.fullName, COLUMNS.name, textY, STYLE.head);
  cellText(doc, labels.birthDate, COLUMNS.birthDate, textY, STYLE.head);
  cellText(doc, labels.decision, COLUMNS.decision, textY, STYLE.head);
  cellText(doc, labels.reason, COLUMNS.reason, textY, STYLE.head);
}

function drawRow(doc: PdfDocument, y: number, index: number, candidate: BatchSheetCandidate, labels: SheetLabels, locale: DocumentLocale): void {
  if (index % 2 === 1) doc.rect(LEFT, y, WIDTH, ROW_HEIGHT).fill(STRIPE);
  const top = y + 3;
  cellText(doc, formatWholeNumber(index + 1), COLUMNS.number, top + 1, STYLE.cell, 1, 'right');
  const nameHeight = cellText(doc, candidate.fullNameCyrillic, COLUMNS.name, top, STYLE.name);
  cellText(doc, candidate.fullNameLatin, COLUMNS.name, top + nameHeight, STYLE.latin);
  cellText(doc, formatDate(candidate.birthDate), COLUMNS.birthDate, top + 1, STYLE.cell);
  cellText(doc, labels.decisionValue[candidate.decision], COLUMNS.decision, top + 1, {
    ...STYLE.cell,
    font: FONT.bold,
    color: DECISION_COLOR[candidate.decision],
  });
  if (candidate.decision === 'REFUSED') {
    cellText(doc, refusalText(locale, candidate.refusalReason, candidate.refusalText), COLUMNS.reason, top + 1, STYLE.reason, 2);
  }
  doc
    .moveTo(LEFT, y + ROW_HEIGHT)
    .lineTo(LEFT + WIDTH, y + ROW_HEIGHT)
    .lineWidth(0.4)
    .strokeColor(COLOR.rule)
    .stroke();
}

function drawFooter(doc: PdfDocument, sheet: BatchDecisionSheet, labels: SheetLabels, page: number, pages: number): void {
  const y = PAGE.height - PAGE.margin - FOOTER_HEIGHT + 6;
  const pageWidth = 120;
  drawText(
    doc,
    `${labels.batch} ${sheet.batchReference} · ${sheet.vacancy.title} · ${formatDate(sheet.decision.decidedOn)}`,
    LEFT,
    y,
    WIDTH - pageWidth - 8,
    STYLE.footer,
    {
      maxLines: 1,
    },
  );
  drawText(doc, labels.page(page, pages), LEFT + WIDTH - pageWidth, y, pageWidth, STYLE.footer, { maxLines: 1, align: 'right' });
}

/**
 * The batch decision sheet as an A4 PDF in one language (Russian by default, for the employer), as many pages as
 * batchSheetPageCount says, the table's head repeated on each and "page X of Y" at the foot.
 */
export async function renderBatchDecisionSheetPdf(sheet: BatchDecisionSheet, locale: DocumentLocale = 'ru'): Promise<Buffer> {
  const labels = LABELS[locale];
  if (labels === undefined) throw new RangeError(`Unknown language: ${String(locale)}`);
  // Check every date first: a bad one should fail before any drawing, not on page 12.
  for (const candidate of sheet.candidates) formatDate(candidate.birthDate);
  formatDate(sheet.decision.decidedOn);

  const pages = batchSheetPageCount(sheet.candidates.length);
  const doc = createPdf({
    title: `${labels.title} — ${labels.batch} ${sheet.batchReference}`,
    subject: `${sheet.vacancy.title}; ${sheet.employer.legalName}`,
    keywords: sheet.batchReference,
    lang: LANGUAGE_TAG[locale],
  });

  let index = 0;
  for (let page = 1; page <= pages; page++) {
    if (page > 1) doc.addPage();
    let y = PAGE.margin;
    if (page === 1) {
      drawHeader(doc, sheet, labels);
      y += HEADER_HEIGHT;
    }
    drawTableHead(doc, y, labels);
    y += TABLE_HEAD_HEIGHT;
    const rows = page === 1 ? BATCH_SHEET_ROWS.firstPage : BATCH_SHEET_ROWS.otherPages;
    for (let row = 0; row < rows && index < sheet.candidates.length; row++, index++) {
      drawRow(doc, y, index, sheet.candidates[index], labels, locale);
      y += ROW_HEIGHT;
    }
    drawFooter(doc, sheet, labels, page, pages);
  }
  return pdfBuffer(doc);
}

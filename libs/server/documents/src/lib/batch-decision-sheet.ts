/**
 * The batch decision sheet: the attaché's decision on a whole batch on paper, for the employer's and the
 * attaché's files. The vacancy, the employer, who decided and when, the counts, and a table of every candidate
 * with the decision and the reason for a refusal, over as many A4 pages as it takes (hundreds of candidates).
 *
 * Nothing is cut: long names, refusal reasons and the issuing office wrap onto as many lines as they take (an
 * official document must not end a reason with "…"). A row is as tall as its tallest cell, at least ROW_HEIGHT; rows
 * are measured first and laid out on pages before drawing, so "page X of Y" is known. With short texts every row has
 * the standard height and batchSheetPageCount gives the pages.
 */
import type { IsoDate, RefusalReason } from '@jumush/domain';
import { formatDate, formatWholeNumber } from './format';
import { LANGUAGE_TAG, type DocumentLocale } from './locale';
import { COLOR, createPdf, drawText, FONT, lineHeight, measureRuns, PAGE, pdfBuffer, type PdfDocument, type TextStyle } from './pdf';
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
/** Height reserved on the first page for the title and the batch's details (more when a long office or title wraps). */
const HEADER_HEIGHT = 160;
const TABLE_HEAD_HEIGHT = 18;
const ROW_HEIGHT = 26;
const FOOTER_HEIGHT = 16;
const TABLE_HEIGHT = PAGE.height - 2 * PAGE.margin - FOOTER_HEIGHT - TABLE_HEAD_HEIGHT;

/** Candidates of standard row height that fit on the first page (under the batch's details) and on each page after it. */
export const BATCH_SHEET_ROWS = {
  firstPage: Math.floor((TABLE_HEIGHT - HEADER_HEIGHT) / ROW_HEIGHT),
  otherPages: Math.floor(TABLE_HEIGHT / ROW_HEIGHT),
} as const;

/** Pages the sheet of a batch of this many candidates takes when every row has the standard height. */
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
  maxLines = Infinity,
  align: 'left' | 'right' = 'left',
): number {
  return drawText(doc, text, column.x + CELL_PADDING, y, column.width - 2 * CELL_PADDING, style, { maxLines, align });
}

function headerFields(sheet: BatchDecisionSheet, labels: SheetLabels): Array<[string, string]> {
  const approved = sheet.candidates.filter((candidate) => candidate.decision === 'APPROVED').length;
  const refused = sheet.candidates.length - approved;
  return [
    [labels.vacancy, sheet.vacancy.title],
    [labels.placeOfWork, `${sheet.vacancy.town}, ${sheet.vacancy.regionName}`],
    [labels.employer, `${sheet.employer.legalName}, ${labels.inn} ${sheet.employer.inn}`],
    [labels.office, sheet.decision.office],
    [labels.decidedOn, formatDate(sheet.decision.decidedOn)],
    [
      labels.candidates,
      `${formatWholeNumber(sheet.candidates.length)}; ${labels.approved.toLowerCase()}: ${formatWholeNumber(approved)}; ${labels.refused.toLowerCase()}: ${formatWholeNumber(refused)}`,
    ],
  ];
}

const INFO_LABEL_WIDTH = 150;

/** Draws (or, with draw false, only measures) the title and the batch's details; gives the height they take. */
function drawHeader(doc: PdfDocument, sheet: BatchDecisionSheet, labels: SheetLabels, draw = true): number {
  let y = PAGE.margin;
  const text = (value: string, x: number, top: number, width: number, style: TextStyle, maxLines = Infinity) =>
    draw ? drawText(doc, value, x, top, width, style, { maxLines }) : measureRuns(doc, [{ text: value, color: style.color }], style, width, maxLines);
  y += text(labels.title, LEFT, y, WIDTH, STYLE.title, 1) + 2;
  y += text(`${labels.batch}: ${sheet.batchReference}`, LEFT, y, WIDTH, STYLE.reference, 1) + 8;
  const valueX = LEFT + INFO_LABEL_WIDTH;
  const valueWidth = WIDTH - INFO_LABEL_WIDTH;
  // Every detail wraps whole: the office and the employer's name are what the paper is checked against.
  for (const [label, value] of headerFields(sheet, labels)) {
    if (draw) drawText(doc, label, LEFT, y + 1, INFO_LABEL_WIDTH - 8, STYLE.infoLabel, { maxLines: 2 });
    y += text(value, valueX, y, valueWidth, STYLE.infoValue) + 4;
  }
  return Math.max(HEADER_HEIGHT, y - PAGE.margin);
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

const CELL_TOP = 3;
/** Space under the last line of a cell; a row of one-line names and a two-line reason keeps ROW_HEIGHT. */
const CELL_BOTTOM = 1;

function cellWidth(column: Column): number {
  return column.width - 2 * CELL_PADDING;
}

function measureCell(doc: PdfDocument, text: string, column: Column, style: TextStyle): number {
  // Most cells hold one line: a width check is much cheaper than laying the text out (hundreds of rows).
  doc.font(style.font).fontSize(style.size);
  if (!text.includes('\n') && doc.widthOfString(text) <= cellWidth(column)) return lineHeight(doc, style);
  return measureRuns(doc, [{ text, color: style.color }], style, cellWidth(column));
}

/** A row's height: its tallest cell (the names, or the reason of a refusal, wrapped whole), at least ROW_HEIGHT. */
function rowHeight(doc: PdfDocument, candidate: BatchSheetCandidate, locale: DocumentLocale): number {
  const names =
    measureCell(doc, candidate.fullNameCyrillic, COLUMNS.name, STYLE.name) + measureCell(doc, candidate.fullNameLatin, COLUMNS.name, STYLE.latin);
  const reason =
    candidate.decision === 'REFUSED'
      ? 1 + measureCell(doc, refusalText(locale, candidate.refusalReason, candidate.refusalText), COLUMNS.reason, STYLE.reason)
      : 0;
  return Math.max(ROW_HEIGHT, CELL_TOP + Math.max(names, reason) + CELL_BOTTOM);
}

/** The candidates (by index) on each page: as many as their rows' heights let fit; a page always takes at least one. */
function layOutPages(heights: readonly number[], firstPageTable: number): number[][] {
  const pages: number[][] = [[]];
  let room = firstPageTable;
  heights.forEach((height, index) => {
    const page = pages[pages.length - 1];
    if (height > room && page.length > 0) {
      pages.push([index]);
      room = TABLE_HEIGHT - height;
    } else {
      page.push(index);
      room -= height;
    }
  });
  return pages;
}

function drawRow(
  doc: PdfDocument,
  y: number,
  height: number,
  index: number,
  candidate: BatchSheetCandidate,
  labels: SheetLabels,
  locale: DocumentLocale,
): void {
  if (index % 2 === 1) doc.rect(LEFT, y, WIDTH, height).fill(STRIPE);
  const top = y + CELL_TOP;
  cellText(doc, formatWholeNumber(index + 1), COLUMNS.number, top + 1, STYLE.cell, 1, 'right');
  const nameHeight = cellText(doc, candidate.fullNameCyrillic, COLUMNS.name, top, STYLE.name);
  cellText(doc, candidate.fullNameLatin, COLUMNS.name, top + nameHeight, STYLE.latin);
  cellText(doc, formatDate(candidate.birthDate), COLUMNS.birthDate, top + 1, STYLE.cell, 1);
  cellText(
    doc,
    labels.decisionValue[candidate.decision],
    COLUMNS.decision,
    top + 1,
    {
      ...STYLE.cell,
      font: FONT.bold,
      color: DECISION_COLOR[candidate.decision],
    },
    1,
  );
  if (candidate.decision === 'REFUSED') {
    cellText(doc, refusalText(locale, candidate.refusalReason, candidate.refusalText), COLUMNS.reason, top + 1, STYLE.reason);
  }
  doc
    .moveTo(LEFT, y + height)
    .lineTo(LEFT + WIDTH, y + height)
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
 * The batch decision sheet as an A4 PDF in one language (Russian by default, for the employer), on as many pages as
 * its rows take (batchSheetPageCount when every row has the standard height), the table's head repeated on each and
 * "page X of Y" at the foot.
 */
export async function renderBatchDecisionSheetPdf(sheet: BatchDecisionSheet, locale: DocumentLocale = 'ru'): Promise<Buffer> {
  const labels = LABELS[locale];
  if (labels === undefined) throw new RangeError(`Unknown language: ${String(locale)}`);
  // Check every date first: a bad one should fail before any drawing, not on page 12.
  for (const candidate of sheet.candidates) formatDate(candidate.birthDate);
  formatDate(sheet.decision.decidedOn);

  const doc = createPdf({
    title: `${labels.title} — ${labels.batch} ${sheet.batchReference}`,
    subject: `${sheet.vacancy.title}; ${sheet.employer.legalName}`,
    keywords: sheet.batchReference,
    lang: LANGUAGE_TAG[locale],
  });
  const headerHeight = drawHeader(doc, sheet, labels, false);
  const heights = sheet.candidates.map((candidate) => rowHeight(doc, candidate, locale));
  const pages = layOutPages(heights, TABLE_HEIGHT - headerHeight);

  pages.forEach((indices, pageIndex) => {
    if (pageIndex > 0) doc.addPage();
    let y = PAGE.margin;
    if (pageIndex === 0) {
      drawHeader(doc, sheet, labels);
      y += headerHeight;
    }
    drawTableHead(doc, y, labels);
    y += TABLE_HEAD_HEIGHT;
    for (const index of indices) {
      drawRow(doc, y, heights[index], index, sheet.candidates[index], labels, locale);
      y += heights[index];
    }
    drawFooter(doc, sheet, labels, pageIndex + 1, pages.length);
  });
  return pdfBuffer(doc);
}

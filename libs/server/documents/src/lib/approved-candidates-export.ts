/**
 * The list of approved candidates for the employer, as CSV and as XLSX: who is coming, and each one's letter code
 * to check on the verification page.
 */
import { assertIsoDate, type IsoDate } from '@jumush/domain';
import writeXlsxFile, { type Row, type SheetData } from 'write-excel-file/node';
import type { DocumentLocale } from './locale';

export interface ApprovedCandidateRow {
  fullNameCyrillic: string;
  fullNameLatin: string;
  birthDate: IsoDate;
  vacancyTitle: string;
  town: string;
  decidedOn: IsoDate;
  /** The approval letter's verification code. */
  verificationCode: string;
  /** Where the letter can be checked: `${publicBaseUrl}/verify/${code}`. */
  verifyUrl: string;
}

type Column = keyof ApprovedCandidateRow;

const COLUMNS: readonly Column[] = [
  'fullNameCyrillic',
  'fullNameLatin',
  'birthDate',
  'vacancyTitle',
  'town',
  'decidedOn',
  'verificationCode',
  'verifyUrl',
];
const DATE_COLUMNS: ReadonlySet<Column> = new Set<Column>(['birthDate', 'decidedOn']);

const HEADERS: Record<DocumentLocale, Record<Column, string>> = {
  ru: {
    fullNameCyrillic: 'ФИО',
    fullNameLatin: 'ФИО латиницей',
    birthDate: 'Дата рождения',
    vacancyTitle: 'Вакансия',
    town: 'Населённый пункт',
    decidedOn: 'Дата решения',
    verificationCode: 'Код проверки',
    verifyUrl: 'Адрес проверки',
  },
  ky: {
    fullNameCyrillic: 'Аты-жөнү',
    fullNameLatin: 'Латын тамгалары менен',
    birthDate: 'Туулган күнү',
    vacancyTitle: 'Жумуш орду',
    town: 'Калк конушу',
    decidedOn: 'Чечим чыккан күн',
    verificationCode: 'Текшерүү коду',
    verifyUrl: 'Текшерүү дареги',
  },
  en: {
    fullNameCyrillic: 'Full name',
    fullNameLatin: 'Full name (Latin)',
    birthDate: 'Date of birth',
    vacancyTitle: 'Vacancy',
    town: 'Town',
    decidedOn: 'Date of decision',
    verificationCode: 'Verification code',
    verifyUrl: 'Verification address',
  },
};

const SHEET_NAME: Record<DocumentLocale, string> = { ru: 'Одобренные кандидаты', ky: 'Макулдук алгандар', en: 'Approved candidates' };

/**
 * A formula where a cell can begin (CSV injection: "=HYPERLINK(…)" in a name would run when the employer opens the
 * file). Formula characters: = + - @ tab CR, and the full-width forms some spreadsheets also accept. A cell can begin
 * at the start of the field and after any separator a spreadsheet may split on: "," (ours), ";" (Excel in a Russian
 * locale splits a comma-separated file on semicolons, ignoring quotes that do not open its cell) and a line break,
 * spaces allowed in between.
 */
const FORMULA_START = /(^|[;,\r\n])( *)(?=[=+\-@\t\r\uff1d\uff0b\uff0d\uff20])/g;

/** The text with an apostrophe before every formula a spreadsheet could find in it (shown as text: OWASP's advice). */
export function defuseFormulas(value: string): string {
  return value.replace(FORMULA_START, "$1$2'");
}

/**
 * One CSV field, the one place CSV cells are written: formulas defused (defuseFormulas); a field with a comma, a
 * semicolon, a quote or a line break is quoted, quotes doubled (RFC 4180).
 */
export function csvField(value: string): string {
  const text = defuseFormulas(value);
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function checkedDates(row: ApprovedCandidateRow): void {
  assertIsoDate(row.birthDate);
  assertIsoDate(row.decidedOn);
}

/**
 * The approved candidates as CSV: UTF-8 with a byte order mark (so Excel reads Cyrillic right), comma-separated,
 * CRLF line ends, a header row, dates as YYYY-MM-DD (read as dates by spreadsheets in any locale). Note that
 * Excel in a Russian locale expects semicolons when a CSV is opened by double-click; for Excel users the XLSX
 * is the better download.
 */
export function approvedCandidatesCsv(rows: readonly ApprovedCandidateRow[], locale: DocumentLocale = 'ru'): Buffer {
  const headers = HEADERS[locale];
  const lines = [COLUMNS.map((column) => csvField(headers[column])).join(',')];
  for (const row of rows) {
    checkedDates(row);
    lines.push(COLUMNS.map((column) => csvField(row[column])).join(','));
  }
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

function utcDate(date: IsoDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

/**
 * The approved candidates as an XLSX workbook of one sheet: a bold, frozen header row, dates as real dates
 * (dd.mm.yyyy), everything else as text. Text cells are never formulas, whatever they start with, so no guard
 * against formula injection is needed (nor shown) here.
 */
export async function approvedCandidatesXlsx(rows: readonly ApprovedCandidateRow[], locale: DocumentLocale = 'ru'): Promise<Buffer> {
  const headers = HEADERS[locale];
  const header: Row = COLUMNS.map((column) => ({ value: headers[column], fontWeight: 'bold', backgroundColor: '#E9EEF4', wrap: true }));
  const data: SheetData = [header];
  for (const row of rows) {
    checkedDates(row);
    data.push(
      COLUMNS.map((column) =>
        DATE_COLUMNS.has(column) ? { value: utcDate(row[column]), type: Date, format: 'dd.mm.yyyy' } : { value: row[column], type: String },
      ),
    );
  }
  return writeXlsxFile(data, {
    sheet: SHEET_NAME[locale],
    stickyRowsCount: 1,
    columns: [{ width: 36 }, { width: 30 }, { width: 14 }, { width: 36 }, { width: 20 }, { width: 14 }, { width: 38 }, { width: 60 }],
  }).toBuffer();
}

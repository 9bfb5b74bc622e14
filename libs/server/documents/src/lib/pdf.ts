/**
 * What every PDF of this library shares: A4, embedded fonts that cover Cyrillic (Russian and Kyrgyz: ң, ө, ү),
 * and turning a PDFKit document into a Buffer.
 *
 * PDFKit's built-in fonts (Helvetica & co.) only know Latin-1, so the DejaVu fonts (free licence, see the
 * package's LICENSE) are embedded; PDFKit embeds only the glyphs used, so a letter stays around 50 kB.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';

export type PdfDocument = PDFKit.PDFDocument;

/** The fonts the documents use, by the name they are registered under. */
export const FONT = {
  regular: 'DejaVuSansCondensed',
  bold: 'DejaVuSansCondensed-Bold',
  mono: 'DejaVuSansMono',
  monoBold: 'DejaVuSansMono-Bold',
} as const;

/** The colours every document shares: body text, secondary text, rules, bands, headings, warnings. */
export const COLOR = {
  ink: '#111111',
  second: '#5a5a5a',
  rule: '#c8ced6',
  band: '#e9eef4',
  accent: '#1d3557',
  warning: '#b00020',
} as const;

type FontName = (typeof FONT)[keyof typeof FONT];

const FONT_FILES: Record<FontName, string> = {
  DejaVuSansCondensed: 'dejavu-fonts-ttf/ttf/DejaVuSansCondensed.ttf',
  'DejaVuSansCondensed-Bold': 'dejavu-fonts-ttf/ttf/DejaVuSansCondensed-Bold.ttf',
  DejaVuSansMono: 'dejavu-fonts-ttf/ttf/DejaVuSansMono.ttf',
  'DejaVuSansMono-Bold': 'dejavu-fonts-ttf/ttf/DejaVuSansMono-Bold.ttf',
};

let fontData: ReadonlyMap<FontName, Buffer> | undefined;

/**
 * Where the font files are, found at run time in node_modules, like any package. Not with a bare
 * `require.resolve('dejavu-fonts-ttf/…')`: webpack (the API and the worker are bundled with their node_modules
 * left external) turns that into a module id, a number, and the file is not found. A require made by
 * createRequire from this file's real path is left alone by webpack in CommonJS code (the apps compile to
 * CommonJS; Nx sets webpack's `node: false`, so __filename is the bundle's own path) and resolves from there.
 */
export function fontFile(name: FontName): string {
  return createRequire(__filename).resolve(FONT_FILES[name]);
}

/** The font files, read once per process (about 2 MB for the four). */
function fonts(): ReadonlyMap<FontName, Buffer> {
  fontData ??= new Map((Object.keys(FONT_FILES) as FontName[]).map((name) => [name, readFileSync(fontFile(name))]));
  return fontData;
}

export interface PdfInfo {
  title: string;
  subject: string;
  keywords?: string;
  /** BCP 47 language of the document's main text, e.g. "ru". */
  lang: string;
  /** When the document counts as made; by default now. A date-only value means midnight UTC. */
  createdAt?: Date;
}

/** Page geometry in PDF points (1/72 inch): A4 with 36 pt (12.7 mm) margins. */
export const PAGE = { width: 595.28, height: 841.89, margin: 36 } as const;

/** A new A4 document with the fonts registered and the regular font selected. */
export function createPdf(info: PdfInfo, options: { bufferPages?: boolean } = {}): PdfDocument {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
    bufferPages: options.bufferPages ?? false,
    lang: info.lang,
    displayTitle: true,
    pdfVersion: '1.7',
    info: {
      Title: info.title,
      Subject: info.subject,
      Author: 'Jumush',
      Creator: 'Jumush',
      Producer: 'Jumush',
      Keywords: info.keywords,
      CreationDate: info.createdAt ?? new Date(),
    },
  });
  for (const [name, data] of fonts()) doc.registerFont(name, data);
  doc.font(FONT.regular);
  return doc;
}

/** Ends the document and gives its bytes. */
export function pdfBuffer(doc: PdfDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

/** A date-only value (YYYY-MM-DD) as midnight UTC, for the document's creation date. */
export function dateAtMidnightUtc(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

export interface TextStyle {
  font: FontName;
  size: number;
  color: string;
  /** Extra space between lines, in points. */
  lineGap?: number;
}

/** A run of text in its own colour, for lines that mix two languages ("Дата рождения / Туулган күнү"). */
export interface TextRun {
  text: string;
  color: string;
}

function applyStyle(doc: PdfDocument, style: TextStyle): void {
  doc.font(style.font).fontSize(style.size).fillColor(style.color);
}

/** Height of one line in the style. */
export function lineHeight(doc: PdfDocument, style: TextStyle): number {
  applyStyle(doc, style);
  return doc.currentLineHeight(true) + (style.lineGap ?? 0);
}

function joined(runs: readonly TextRun[]): string {
  return runs.map((run) => run.text).join('');
}

/** Height the runs take in a box of this width, at most maxLines lines. */
export function measureRuns(doc: PdfDocument, runs: readonly TextRun[], style: TextStyle, width: number, maxLines = Infinity): number {
  applyStyle(doc, style);
  const full = doc.heightOfString(joined(runs), { width, lineGap: style.lineGap ?? 0 });
  return Math.min(full, maxLines * lineHeight(doc, style));
}

/**
 * Writes the runs in a box at (x, y) of this width, at most maxLines lines (the rest cut with an ellipsis), and
 * gives the height used. Never starts a new page: the box's height bounds it.
 */
export function drawRuns(
  doc: PdfDocument,
  runs: readonly TextRun[],
  x: number,
  y: number,
  width: number,
  style: TextStyle,
  options: { maxLines?: number; align?: 'left' | 'right' | 'center'; link?: string } = {},
): number {
  const height = measureRuns(doc, runs, style, width, options.maxLines);
  const visible = runs.filter((run) => run.text !== '');
  applyStyle(doc, style);
  visible.forEach((run, index) => {
    const last = index === visible.length - 1;
    const box = {
      width,
      height: height + 0.5,
      ellipsis: true,
      lineGap: style.lineGap ?? 0,
      align: options.align ?? 'left',
      continued: !last,
      link: options.link ?? null,
    };
    doc.fillColor(run.color);
    if (index === 0) doc.text(run.text, x, y, box);
    else doc.text(run.text, box);
  });
  return height;
}

/** drawRuns for a single run in the style's colour. */
export function drawText(
  doc: PdfDocument,
  text: string,
  x: number,
  y: number,
  width: number,
  style: TextStyle,
  options: { maxLines?: number; align?: 'left' | 'right' | 'center'; link?: string } = {},
): number {
  return drawRuns(doc, [{ text, color: style.color }], x, y, width, style, options);
}

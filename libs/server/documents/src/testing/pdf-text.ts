/**
 * Reading back the PDFs this library writes, for tests (here and in the apps' integration tests). Uses pdf2json,
 * an independent parser (a fork of Mozilla's PDF.js), so a test sees the text as a viewer would extract it, not as
 * our code meant to write it. Test-only: pdf2json is a devDependency; never import this from application code.
 */
import PDFParser, { type Output } from 'pdf2json';

type PageData = Output['Pages'][number];
type TextBlock = PageData['Texts'][number];

/** Spaces that typesetting uses and tests should not care about: no-break, narrow no-break, thin, figure. */
const TYPOGRAPHIC_SPACES = /[\u00a0\u2007\u2009\u202f]/g;
/** pdf2json places text in its own units: 1/16 of a point for x and y (widths are in points). */
const POINTS_PER_UNIT = 16;
/** Blocks whose baselines differ by less than this (points) are on the same line. */
const SAME_LINE = 2.5;
/** A gap wider than this (points) between blocks on a line reads as a space: a new table cell, say. */
const WORD_GAP = 1.5;

interface Placed {
  x: number;
  y: number;
  end: number;
  text: string;
}

function placed(block: TextBlock): Placed {
  const x = block.x * POINTS_PER_UNIT;
  return { x, y: block.y * POINTS_PER_UNIT, end: x + block.w, text: block.R.map((run) => run.T).join('') };
}

/** The page's text in reading order: lines top to bottom, blocks on a line left to right, cells apart by a space. */
function pageText(page: PageData): string {
  const blocks = page.Texts.map(placed).sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: Placed[][] = [];
  for (const block of blocks) {
    const line = lines.at(-1);
    if (line !== undefined && Math.abs(line[0].y - block.y) < SAME_LINE) line.push(block);
    else lines.push([block]);
  }
  return lines
    .map((line) =>
      line
        .sort((a, b) => a.x - b.x)
        .reduce((text, block, index) => {
          if (index === 0) return block.text;
          const gap = block.x - line[index - 1].end;
          const spaced = gap > WORD_GAP && !/\s$/.test(text) && !/^\s/.test(block.text);
          return text + (spaced ? ' ' : '') + block.text;
        }, ''),
    )
    .join('\n')
    .replace(TYPOGRAPHIC_SPACES, ' ');
}

/**
 * The text of each page: lines top to bottom, one line of the page per line of text, table cells on a line
 * apart by a space. Typographic spaces come back as plain ones: "75 000 ₽", set with no-break spaces in the PDF,
 * reads "75 000 ₽".
 */
export function pdfPages(pdf: Buffer): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const parser = new PDFParser();
    parser.on('pdfParser_dataError', (error) => {
      parser.destroy();
      reject(error instanceof Error ? error : error.parserError);
    });
    parser.on('pdfParser_dataReady', (data) => {
      parser.destroy();
      resolve(data.Pages.map(pageText));
    });
    // Verbosity below 0: pdf2json's PDF.js then keeps its warnings ("Setting up fake worker") off the console.
    parser.parseBuffer(pdf, -1);
  });
}

/** All the text of the PDF, pages apart by a form feed on a line of its own. */
export async function pdfText(pdf: Buffer): Promise<string> {
  return (await pdfPages(pdf)).join('\n\f\n');
}

/** The number of pages. */
export async function pdfPageCount(pdf: Buffer): Promise<number> {
  return (await pdfPages(pdf)).length;
}

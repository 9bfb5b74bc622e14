/**
 * Images inside the PDFs this library writes, and the QR codes in them, for tests. A deliberately small PDF
 * reader: it knows the files PDFKit writes (plain objects, no object streams, no encryption), enough to find
 * each image XObject and give it back as a PNG, which jsQR then reads as a phone would. Test-only: jsqr is a
 * devDependency; never import this from application code.
 */
import jsQR from 'jsqr';
import { crc32, deflateSync, inflateSync } from 'node:zlib';
import { PNG } from 'pngjs';

export interface PdfImage {
  width: number;
  height: number;
  /** The image as a PNG file. */
  png: Buffer;
}

interface PdfObject {
  dictionary: string;
  stream: Buffer | null;
}

/** The end of the dictionary opening at `start` ("<<"), nested ones and strings skipped. */
function dictionaryEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text.startsWith('<<', i)) {
      depth++;
      i++;
    } else if (text.startsWith('>>', i)) {
      depth--;
      i++;
      if (depth === 0) return i + 1;
    } else if (text[i] === '(') {
      // A literal string: skip to its closing parenthesis, minding escapes and nesting.
      let nesting = 1;
      while (nesting > 0 && ++i < text.length) {
        if (text[i] === '\\') i++;
        else if (text[i] === '(') nesting++;
        else if (text[i] === ')') nesting--;
      }
    }
  }
  throw new Error(`Unterminated dictionary at ${start}`);
}

/** Every numbered object of a PDF written by PDFKit, by object number. */
function pdfObjects(pdf: Buffer): Map<number, PdfObject> {
  // latin1 maps bytes to characters one to one, so offsets in the text are offsets in the buffer.
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const anyHeader = /(\d+) (\d+) obj\s*/g;
  let match: RegExpExecArray | null;
  while ((match = anyHeader.exec(text)) !== null) {
    const bodyStart = match.index + match[0].length;
    if (!text.startsWith('<<', bodyStart)) continue;
    const end = dictionaryEnd(text, bodyStart);
    const dictionary = text.slice(bodyStart, end);
    const afterDictionary = /^\s*stream\r?\n/.exec(text.slice(end, end + 20));
    let stream: Buffer | null = null;
    if (afterDictionary) {
      const length = Number(/\/Length (\d+)(?! \d+ R)/.exec(dictionary)?.[1]);
      if (!Number.isInteger(length)) throw new Error(`Object ${match[1]} has a stream of unknown length`);
      const dataStart = end + afterDictionary[0].length;
      stream = pdf.subarray(dataStart, dataStart + length);
      anyHeader.lastIndex = dataStart + length;
    } else {
      anyHeader.lastIndex = end;
    }
    objects.set(Number(match[1]), { dictionary, stream });
  }
  return objects;
}

function entry(dictionary: string, key: string): string | undefined {
  return new RegExp(`/${key}\\s+([^/>\\s][^/>]*?|/\\w+)\\s*(?=/|>>|$)`).exec(dictionary)?.[1]?.trim();
}

/** A dictionary entry, following an indirect reference ("12 0 R") to its object's dictionary. */
function resolved(objects: Map<number, PdfObject>, dictionary: string, key: string): string | undefined {
  const value = entry(dictionary, key);
  const reference = value === undefined ? null : /^(\d+) \d+ R$/.exec(value);
  return reference ? objects.get(Number(reference[1]))?.dictionary : value;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function pngFile(width: number, height: number, bits: number, colors: number, idat: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(bits, 8);
  header.writeUInt8(colors === 1 ? 0 : 2, 9);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', idat),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * The PDF's images (greyscale or RGB, Flate-compressed: what PDFKit writes for PNG input) as PNG files, in the
 * order they are stored. Soft masks (alpha channels) come back as greyscale images of their own.
 */
export function pdfImages(pdf: Buffer): PdfImage[] {
  const objects = pdfObjects(pdf);
  const images: PdfImage[] = [];
  for (const { dictionary, stream } of objects.values()) {
    if (stream === null || entry(dictionary, 'Subtype') !== '/Image') continue;
    const width = Number(entry(dictionary, 'Width'));
    const height = Number(entry(dictionary, 'Height'));
    const bits = Number(entry(dictionary, 'BitsPerComponent'));
    const colorSpace = entry(dictionary, 'ColorSpace');
    const colors = colorSpace === '/DeviceGray' ? 1 : colorSpace === '/DeviceRGB' ? 3 : 0;
    if (entry(dictionary, 'Filter') !== '/FlateDecode' || colors === 0) continue;
    const parameters = resolved(objects, dictionary, 'DecodeParms') ?? '';
    const predictor = Number(entry(parameters, 'Predictor') ?? 1);
    let idat: Buffer;
    if (predictor >= 10) {
      // PNG predictors: the stream is a PNG's IDAT data as it was.
      idat = Buffer.from(stream);
    } else {
      // Raw pixels: give each row PNG's "no filter" byte.
      const raw = inflateSync(stream);
      const rowBytes = Math.ceil((width * colors * bits) / 8);
      const rows: Buffer[] = [];
      for (let row = 0; row < height; row++) rows.push(Buffer.from([0]), raw.subarray(row * rowBytes, (row + 1) * rowBytes));
      idat = deflateSync(Buffer.concat(rows));
    }
    images.push({ width, height, png: pngFile(width, height, bits, colors, idat) });
  }
  return images;
}

/** What the QR code in the PNG says, or null when none is found. */
export function decodeQr(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length), image.width, image.height)?.data ?? null;
}

/** What each QR code among the PDF's images says. */
export function pdfQrCodes(pdf: Buffer): string[] {
  return pdfImages(pdf).flatMap((image) => decodeQr(image.png) ?? []);
}

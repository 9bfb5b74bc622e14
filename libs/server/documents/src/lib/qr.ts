/** QR codes as PNG images: for the approval letter, and for anything else that needs one (a verification page, e-mail). */
import { PNG } from 'pngjs';
import * as QRCode from 'qrcode';

export interface QrPngOptions {
  /** Pixels per module (the QR code's smallest square). Default 8: sharp when printed 3–4 cm wide. */
  moduleSize?: number;
  /** Quiet zone around the code, in modules. Default 4, the minimum the standard asks for; scanners need it. */
  margin?: number;
  /** Error correction: M (15 % of the code may be damaged) by default, enough for a printed and folded letter. */
  errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H';
}

const BLACK = 0x00;
const WHITE = 0xff;

/**
 * A QR code of the text as a PNG: 8-bit greyscale without alpha (so PDFKit embeds its pixel data as it is, and any
 * viewer shows it), black modules on white, with the quiet zone.
 */
export function qrPng(text: string, options: QrPngOptions = {}): Buffer {
  const moduleSize = options.moduleSize ?? 8;
  const margin = options.margin ?? 4;
  if (!Number.isInteger(moduleSize) || moduleSize < 1 || moduleSize > 64) throw new RangeError(`Module size must be 1–64 pixels: ${moduleSize}`);
  if (!Number.isInteger(margin) || margin < 0 || margin > 16) throw new RangeError(`Margin must be 0–16 modules: ${margin}`);
  if (text.length === 0) throw new RangeError('A QR code needs some text');

  const { modules } = QRCode.create(text, { errorCorrectionLevel: options.errorCorrectionLevel ?? 'M' });
  const side = (modules.size + 2 * margin) * moduleSize;
  const png = new PNG({ width: side, height: side, colorType: 0, inputColorType: 0, inputHasAlpha: false, bitDepth: 8 });
  png.data = Buffer.alloc(side * side, WHITE);
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (!modules.get(row, col)) continue;
      const top = (row + margin) * moduleSize;
      const left = (col + margin) * moduleSize;
      for (let y = top; y < top + moduleSize; y++) png.data.fill(BLACK, y * side + left, y * side + left + moduleSize);
    }
  }
  return PNG.sync.write(png, { colorType: 0, inputColorType: 0, inputHasAlpha: false, bitDepth: 8 });
}

/**
 * SMS length rules (3GPP TS 23.038 / 23.040). A text that uses only the GSM 03.38 alphabet is sent
 * in GSM-7: 160 septets in one message, 153 per part of a multipart message (the rest of each part
 * is the concatenation header); characters of the extension table (e.g. € [ ] { }) take two septets
 * and never straddle two parts. Anything else — Cyrillic (Kyrgyz, Russian, Tajik), «», ʻ, emoji —
 * forces UCS-2: 70 UTF-16 code units in one message, 67 per part; a surrogate pair never straddles.
 */

const GSM7_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM7_EXTENSION = '\f^{}\\[~]|€';

const BASIC = new Set(Array.from(GSM7_BASIC));
const EXTENSION = new Set(Array.from(GSM7_EXTENSION));

export type SmsEncoding = 'GSM-7' | 'UCS-2';

export interface SmsLength {
  encoding: SmsEncoding;
  /** Septets (GSM-7) or UTF-16 code units (UCS-2). */
  units: number;
  segments: number;
  /** Units one part holds in this encoding when the text needs more than one part. */
  unitsPerSegment: number;
}

/** Most parts a notification SMS may take. Two parts: 306 GSM-7 septets or 134 UCS-2 code units. */
export const SMS_MAX_SEGMENTS = 2;

/**
 * Most parts an SMS that carries a reason (a refusal's, a rejection's, a return comment, the changed terms) may take
 * rather than cut it: five parts, 335 UCS-2 code units. The reason is why the message was sent.
 */
export const SMS_MAX_SEGMENTS_WITH_REASON = 5;

const LIMITS: Record<SmsEncoding, { single: number; multipart: number }> = {
  'GSM-7': { single: 160, multipart: 153 },
  'UCS-2': { single: 70, multipart: 67 },
};

export function isGsm7(text: string): boolean {
  for (const char of text) if (!BASIC.has(char) && !EXTENSION.has(char)) return false;
  return true;
}

/** The width of each character in units of the chosen encoding. */
function widths(text: string, encoding: SmsEncoding): number[] {
  return Array.from(text, (char) => (encoding === 'GSM-7' ? (EXTENSION.has(char) ? 2 : 1) : char.length));
}

/** Parts needed when characters may not be split across parts. */
function pack(charWidths: number[], perSegment: number): number {
  let segments = 1;
  let used = 0;
  for (const width of charWidths) {
    if (used + width > perSegment) {
      segments += 1;
      used = 0;
    }
    used += width;
  }
  return segments;
}

export function smsLength(text: string): SmsLength {
  const encoding: SmsEncoding = isGsm7(text) ? 'GSM-7' : 'UCS-2';
  const charWidths = widths(text, encoding);
  const units = charWidths.reduce((sum, width) => sum + width, 0);
  const limits = LIMITS[encoding];
  const segments = units === 0 ? 1 : units <= limits.single ? 1 : pack(charWidths, limits.multipart);
  return { encoding, units, segments, unitsPerSegment: units <= limits.single ? limits.single : limits.multipart };
}

export function fitsSms(text: string, maxSegments = SMS_MAX_SEGMENTS): boolean {
  return smsLength(text).segments <= maxSegments;
}

/** The longest prefix of `text` (plus an ellipsis) that fits in `maxSegments`; the text itself when it fits. */
export function truncateSms(text: string, maxSegments = SMS_MAX_SEGMENTS): string {
  if (fitsSms(text, maxSegments)) return text;
  // An ellipsis is not in the GSM-7 alphabet: three dots keep a GSM-7 text in GSM-7.
  const ellipsis = isGsm7(text) ? '...' : '…';
  const chars = Array.from(text);
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fitsSms(`${chars.slice(0, middle).join('').trimEnd()}${ellipsis}`, maxSegments)) low = middle;
    else high = middle - 1;
  }
  return `${chars.slice(0, low).join('').trimEnd()}${ellipsis}`;
}

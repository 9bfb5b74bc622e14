/** Tells a document's type from its first bytes: a file's name and the browser's claim are not evidence. */

export type DetectedDocumentType = 'application/pdf' | 'image/jpeg' | 'image/png';

const SIGNATURES: ReadonlyArray<{ type: DetectedDocumentType; bytes: readonly number[] }> = [
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
];

export function detectDocumentType(content: Uint8Array): DetectedDocumentType | null {
  for (const signature of SIGNATURES) {
    if (content.length >= signature.bytes.length && signature.bytes.every((byte, index) => content[index] === byte)) return signature.type;
  }
  return null;
}

export const EXTENSION_OF_DOCUMENT_TYPE: Readonly<Record<DetectedDocumentType, string>> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
};

import { detectDocumentType } from './document-type';

const bytes = (...values: number[]) => Uint8Array.from(values);
const text = (value: string) => new TextEncoder().encode(value);

describe('detectDocumentType', () => {
  it('recognises PDF, PNG and JPEG by their signatures', () => {
    expect(detectDocumentType(text('%PDF-1.7\n%âãÏÓ'))).toBe('application/pdf');
    expect(detectDocumentType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00))).toBe('image/png');
    expect(detectDocumentType(bytes(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10))).toBe('image/jpeg');
  });

  it('refuses anything else, whatever it is called', () => {
    expect(detectDocumentType(text('MZ\x90\x00 an executable renamed to .pdf'))).toBeNull();
    expect(detectDocumentType(text('<html><script>'))).toBeNull();
    expect(detectDocumentType(text('GIF89a'))).toBeNull();
    expect(detectDocumentType(bytes())).toBeNull();
  });

  it('refuses a truncated signature', () => {
    expect(detectDocumentType(bytes(0x89, 0x50, 0x4e))).toBeNull();
    expect(detectDocumentType(text('%PD'))).toBeNull();
  });
});

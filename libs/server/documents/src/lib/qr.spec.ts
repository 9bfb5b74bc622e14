import { PNG } from 'pngjs';
import { decodeQr } from '../testing';
import { qrPng } from './qr';

describe('qrPng', () => {
  it('makes a greyscale PNG without alpha that a QR reader reads back', () => {
    const url = 'https://jumush.example.kg/verify/K7Q2-9XMD-4HRT-0BWE-VN3J-8PAC-ZF6S';
    const png = qrPng(url);
    const image = PNG.sync.read(png);
    expect(image.colorType).toBe(0);
    expect(image.alpha).toBe(false);
    expect(image.width).toBe(image.height);
    expect(decodeQr(png)).toBe(url);
  });

  it('reads back Cyrillic text, with any module size and error correction', () => {
    const text = 'Уюшкан жумушка алуу — ң ө ү';
    expect(decodeQr(qrPng(text, { moduleSize: 4, errorCorrectionLevel: 'H' }))).toBe(text);
  });

  it('sizes the image by modules and quiet zone', () => {
    const small = PNG.sync.read(qrPng('x', { moduleSize: 1, margin: 0 }));
    expect(small.width).toBe(21); // version 1
    expect(PNG.sync.read(qrPng('x', { moduleSize: 3, margin: 4 })).width).toBe((21 + 8) * 3);
  });

  it('refuses empty text and silly sizes', () => {
    expect(() => qrPng('')).toThrow(RangeError);
    expect(() => qrPng('x', { moduleSize: 0 })).toThrow(RangeError);
    expect(() => qrPng('x', { margin: -1 })).toThrow(RangeError);
  });
});

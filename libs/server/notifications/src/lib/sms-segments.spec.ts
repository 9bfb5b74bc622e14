import { SMS_MAX_SEGMENTS, fitsSms, isGsm7, smsLength, truncateSms } from './sms-segments';

describe('SMS segment counter', () => {
  it('keeps plain Latin text in GSM-7: 160 in one part, 153 per part after that', () => {
    expect(smsLength('a'.repeat(160))).toEqual({ encoding: 'GSM-7', units: 160, segments: 1, unitsPerSegment: 160 });
    expect(smsLength('a'.repeat(161))).toMatchObject({ encoding: 'GSM-7', segments: 2, unitsPerSegment: 153 });
    expect(smsLength('a'.repeat(306)).segments).toBe(2);
    expect(smsLength('a'.repeat(307)).segments).toBe(3);
  });

  it('counts extension characters as two septets and never splits them across parts', () => {
    expect(smsLength('€')).toMatchObject({ encoding: 'GSM-7', units: 2, segments: 1 });
    expect(smsLength('{}[]~|^\\').units).toBe(16);
    // 306 septets would be two parts, but the euro sign (2 septets) cannot start at septet 153 of part one.
    expect(smsLength(`${'a'.repeat(152)}€${'a'.repeat(152)}`)).toMatchObject({ units: 306, segments: 3 });
  });

  it('knows the GSM-7 accented letters and the Greek capitals', () => {
    expect(isGsm7('Attaché, Ñoño, ΔΦΓ, £5, ¿qué?')).toBe(true);
    expect(isGsm7('naïve')).toBe(false);
  });

  it('switches to UCS-2 for Cyrillic, guillemets and the Uzbek okina: 70 in one part, 67 per part', () => {
    expect(smsLength('Салам')).toEqual({ encoding: 'UCS-2', units: 5, segments: 1, unitsPerSegment: 70 });
    expect(smsLength('ы'.repeat(70)).segments).toBe(1);
    expect(smsLength('ы'.repeat(71))).toMatchObject({ segments: 2, unitsPerSegment: 67 });
    expect(smsLength('ы'.repeat(134)).segments).toBe(2);
    expect(smsLength('ы'.repeat(135)).segments).toBe(3);
    expect(smsLength('Hello «world»').encoding).toBe('UCS-2');
    expect(smsLength('koʻrib').encoding).toBe('UCS-2');
    expect(smsLength('ң ө ү').encoding).toBe('UCS-2');
  });

  it('counts characters outside the BMP as two UCS-2 units and keeps the pair together', () => {
    expect(smsLength('👍').units).toBe(2);
    expect(smsLength(`${'ы'.repeat(66)}👍`).segments).toBe(1);
    // 134 units would be two parts, but the pair cannot straddle parts one and two.
    expect(smsLength(`${'ы'.repeat(66)}👍${'ы'.repeat(66)}`)).toMatchObject({ units: 134, segments: 3 });
  });

  it('counts the empty text as one part', () => {
    expect(smsLength('').segments).toBe(1);
  });

  it('truncates to the limit with an ellipsis that keeps the encoding', () => {
    expect(SMS_MAX_SEGMENTS).toBe(2);
    const cyrillic = truncateSms('ж'.repeat(300));
    expect(fitsSms(cyrillic)).toBe(true);
    expect(cyrillic.endsWith('…')).toBe(true);
    expect(smsLength(cyrillic).units).toBe(134);
    const latin = truncateSms('b'.repeat(400));
    expect(smsLength(latin)).toMatchObject({ encoding: 'GSM-7', units: 306 });
    expect(latin.endsWith('...')).toBe(true);
    expect(truncateSms('short')).toBe('short');
  });
});

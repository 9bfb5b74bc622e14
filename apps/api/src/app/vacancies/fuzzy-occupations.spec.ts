import { fuzzyOccupationCodes, trigramsOf } from './fuzzy-occupations';

describe('misspelled occupation names', () => {
  it('cuts words into trigrams the way pg_trgm does', () => {
    expect([...trigramsOf('кот')]).toEqual(['  к', ' ко', 'кот', 'от ']);
  });

  it.each([
    ['сваршик', '7212'],
    ['электросваршик', '7212'],
    ['каменшик', '7112'],
    ['штукотур', '7123'],
    ['ширетуучу', '7212'],
    ['welderr', '7212'],
    ['Пофар', '5120'],
    ['грущик', '9333'],
  ])('%s → %s', (query, code) => {
    expect(fuzzyOccupationCodes(query)).toContain(code);
  });

  it('does not guess from short or unrelated words', () => {
    expect(fuzzyOccupationCodes('на в')).toEqual([]);
    expect(fuzzyOccupationCodes('zzzzzz')).toEqual([]);
    expect(fuzzyOccupationCodes('')).toEqual([]);
    expect(fuzzyOccupationCodes('сваршик').length).toBeLessThan(4);
  });
});

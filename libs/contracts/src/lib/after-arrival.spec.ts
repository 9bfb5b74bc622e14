import { randomUUID } from 'node:crypto';
import { checkInIdOfShortCode, checkInShortCode } from './after-arrival';

describe('the check-in short link code', () => {
  it('is the id in base64url, 22 characters, and reads back to the id', () => {
    const id = '0b6f7c3e-2d7a-4c55-9a36-8e1f0c2b9d41';
    const code = checkInShortCode(id) as string;
    expect(code).toBe(Buffer.from(id.replace(/-/g, ''), 'hex').toString('base64url'));
    expect(code).toHaveLength(22);
    expect(checkInIdOfShortCode(code)).toBe(id);
    for (let index = 0; index < 200; index++) {
      const random = randomUUID();
      expect(checkInIdOfShortCode(checkInShortCode(random) as string)).toBe(random);
    }
  });

  it('is refused for what is not a code or not an id', () => {
    expect(checkInShortCode('not-a-uuid')).toBeNull();
    const code = checkInShortCode('0b6f7c3e-2d7a-4c55-9a36-8e1f0c2b9d41') as string;
    // The last character carries 4 padding bits that must be zero: "B" (000001) sets one.
    for (const bad of ['', code.slice(1), `${code}A`, `${code.slice(0, 21)}B`, `${code.slice(0, 21)}.`, '../../../admin/accounts1'])
      expect(checkInIdOfShortCode(bad)).toBeNull();
  });
});

import { documentQuotaCheck, type DocumentQuotaCheck, type DocumentQuotaUse } from './document-quota';

const MB = 1024 * 1024;
const QUOTA = 50 * MB;

describe('documentQuotaCheck', () => {
  it.each<[string, DocumentQuotaUse, DocumentQuotaCheck]>([
    ['the first upload of an empty account', { storedBytes: 0, replacedBytes: 0, addedBytes: 10 * MB }, { ok: true }],
    ['an upload that fills the quota exactly', { storedBytes: 40 * MB, replacedBytes: 0, addedBytes: 10 * MB }, { ok: true }],
    [
      'one byte over the quota',
      { storedBytes: 40 * MB, replacedBytes: 0, addedBytes: 10 * MB + 1 },
      { ok: false, usedMegabytes: 40, quotaMegabytes: 50 },
    ],
    ['a replacement: the old file stops counting', { storedBytes: 50 * MB, replacedBytes: 10 * MB, addedBytes: 10 * MB }, { ok: true }],
    [
      'a larger replacement that would exceed',
      { storedBytes: 50 * MB, replacedBytes: 1 * MB, addedBytes: 2 * MB },
      { ok: false, usedMegabytes: 50, quotaMegabytes: 50 },
    ],
    [
      'used megabytes round up',
      { storedBytes: 49 * MB + 1, replacedBytes: 0, addedBytes: 2 * MB },
      { ok: false, usedMegabytes: 50, quotaMegabytes: 50 },
    ],
  ])('%s', (_case, use, expected) => {
    expect(documentQuotaCheck(use, QUOTA)).toEqual(expected);
  });
});

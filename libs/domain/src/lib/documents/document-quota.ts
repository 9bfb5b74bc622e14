/** How many bytes of documents one account may keep: a replaced file stops counting the moment its successor is stored. */

export interface DocumentQuotaUse {
  /** Bytes of every document the account keeps now. */
  storedBytes: number;
  /** Bytes of the documents the upload replaces (they are deleted once it is stored). */
  replacedBytes: number;
  /** Bytes of the upload. */
  addedBytes: number;
}

export type DocumentQuotaCheck = { ok: true } | { ok: false; usedMegabytes: number; quotaMegabytes: number };

const MEGABYTE = 1024 * 1024;

/** Whether the upload fits; when not, what the account uses now and its quota, in whole megabytes (used rounded up). */
export function documentQuotaCheck(use: DocumentQuotaUse, quotaBytes: number): DocumentQuotaCheck {
  const after = use.storedBytes - use.replacedBytes + use.addedBytes;
  if (after <= quotaBytes) return { ok: true };
  return { ok: false, usedMegabytes: Math.ceil(use.storedBytes / MEGABYTE), quotaMegabytes: Math.floor(quotaBytes / MEGABYTE) };
}

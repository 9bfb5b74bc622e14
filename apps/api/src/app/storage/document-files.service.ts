/**
 * Uploaded documents' files around the transactions that reference them. A file is stored before its row, and a
 * replaced or erased file is removed only after the row that named it is gone for good: a failed transaction loses
 * nothing, and a crash in between leaves an orphan file, never a row pointing at nothing.
 */
import { Injectable, Logger } from '@nestjs/common';
import { documentQuotaCheck, type DocumentQuotaUse } from '@jumush/domain';
import { ApiConfig } from '@jumush/server/config';
import { ProblemException } from '../http/problem';
import { FileStorage } from './file-storage';

/** What a transaction recording an upload returns: its result, and the keys of the files the upload replaced. */
export interface RecordedUpload<T> {
  result: T;
  replacedKeys: readonly string[];
}

@Injectable()
export class DocumentFiles {
  private readonly logger = new Logger(DocumentFiles.name);

  constructor(
    private readonly storage: FileStorage,
    private readonly config: ApiConfig,
  ) {}

  /**
   * Refuses an upload that would take the account past FILE_QUOTA_PER_ACCOUNT_MB with a 413 the upload form shows
   * beside its file field. Call it inside the transaction, after locking the account's documents.
   */
  checkQuota(use: DocumentQuotaUse): void {
    const check = documentQuotaCheck(use, this.config.FILE_QUOTA_PER_ACCOUNT_MB * 1024 * 1024);
    if (check.ok) return;
    const params = { usedMegabytes: check.usedMegabytes, quotaMegabytes: check.quotaMegabytes };
    const message = `Your documents already take ${check.usedMegabytes} MB of ${check.quotaMegabytes} MB; this file does not fit.`;
    throw new ProblemException(413, {
      code: 'document.quotaExceeded',
      detail: message,
      params,
      errors: [{ field: 'file', code: 'document.quotaExceeded', message, params }],
    });
  }

  /**
   * Stores the bytes, then runs `record` (a transaction that references the new key). If it fails the new file is
   * removed and the old ones stay; once it has committed, the files it replaced are removed.
   */
  async store<T>(content: Buffer, extension: string, record: (key: string) => Promise<RecordedUpload<T>>): Promise<T> {
    const key = await this.storage.put(content, extension);
    let recorded: RecordedUpload<T>;
    try {
      recorded = await record(key);
    } catch (error) {
      await this.removeCommitted([key]);
      throw error;
    }
    await this.removeCommitted(recorded.replacedKeys);
    return recorded.result;
  }

  /** Removes files no committed row names any more; a failure is logged and leaves an orphan, never an error to the user. */
  async removeCommitted(keys: readonly string[]): Promise<void> {
    for (const key of keys) {
      try {
        await this.storage.remove(key);
      } catch (error) {
        this.logger.warn(`Could not remove stored file ${key}, left as an orphan: ${(error as Error).message}`);
      }
    }
  }
}

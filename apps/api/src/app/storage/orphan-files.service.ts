/**
 * The orphan-file sweep. A file is stored before the row naming it commits and removed after the row is gone
 * (DocumentFiles), so a crash in between leaves a file no row names. The sweep lists storage, asks the database which
 * of the listed keys are referenced, and removes the rest — but never a file younger than the grace period: its
 * upload's transaction may still be about to commit. Running it twice, or on two instances at once, removes nothing
 * more (a removal of a missing key is harmless).
 */
import { Injectable, Logger } from '@nestjs/common';
import { ApiConfig, Clock } from '@jumush/server/config';
import type { SweepOrphanFilesJobReturn } from '@jumush/server/queues';
import { FileStorage, type StoredFile } from './file-storage';
import { OrphanFilesRepository } from './orphan-files.repository';

/** Keys asked about per database round trip. */
const PAGE = 500;

@Injectable()
export class OrphanFilesService {
  private readonly logger = new Logger(OrphanFilesService.name);

  constructor(
    private readonly storage: FileStorage,
    private readonly references: OrphanFilesRepository,
    private readonly config: ApiConfig,
    private readonly clock: Clock,
  ) {}

  async sweep(graceSeconds = this.config.ORPHAN_FILE_GRACE_SECONDS): Promise<SweepOrphanFilesJobReturn> {
    const storedBefore = this.clock.now().getTime() - graceSeconds * 1000;
    let listed = 0;
    let removed = 0;
    let page: StoredFile[] = [];
    const flush = async () => {
      removed += await this.removeUnreferenced(page);
      page = [];
    };
    for await (const file of this.storage.list()) {
      listed += 1;
      if (file.storedAt.getTime() >= storedBefore) continue;
      page.push(file);
      if (page.length >= PAGE) await flush();
    }
    await flush();
    this.logger.log(`Orphan-file sweep: ${listed} stored file(s) looked at, ${removed} orphan(s) removed`);
    return { listed, removed };
  }

  private async removeUnreferenced(files: readonly StoredFile[]): Promise<number> {
    // Asked after listing: a row committed since then (its file is older than the grace period) still protects the file.
    const referenced = await this.references.referenced(files.map((file) => file.key));
    let removed = 0;
    for (const { key } of files) {
      if (referenced.has(key)) continue;
      await this.storage.remove(key);
      removed += 1;
    }
    return removed;
  }
}

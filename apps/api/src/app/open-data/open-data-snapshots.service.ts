/**
 * The daily snapshots of the open data: at Moscow midnight each data set is stored as JSON and CSV with the audit
 * chain's head, once per date however often the job runs; then served as stored, never recomputed.
 */
import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { OPEN_DATA_LICENCE, OPEN_DATA_SETS, type OpenDataEnvelope, type OpenDataSetName, type OpenDataSnapshotView } from '@jumush/contracts';
import { MOSCOW_TIME_ZONE } from '@jumush/domain';
import { Clock } from '@jumush/server/config';
import type { OpenDataSnapshotJobReturn } from '@jumush/server/queues';
import { OpenDataSnapshotsRepository, type SnapshotFile } from './open-data-snapshots.repository';
import { OpenDataService } from './open-data.service';

/** How many snapshots the list shows: about a year of days. */
const LISTED = 400;

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

@Injectable()
export class OpenDataSnapshotsService {
  constructor(
    private readonly snapshots: OpenDataSnapshotsRepository,
    private readonly openData: OpenDataService,
    private readonly clock: Clock,
  ) {}

  /** Stores the snapshot of `date` (today's in Moscow by default) unless it exists: `created` false then, nothing written. */
  async take(date: string = this.clock.today(MOSCOW_TIME_ZONE)): Promise<OpenDataSnapshotJobReturn> {
    return this.snapshots.withDateLock(date, async (manager) => {
      if (await this.snapshots.exists(manager, date)) return { date, created: false };
      const takenAt = this.clock.now();
      const files: SnapshotFile[] = [];
      for (const [dataset, data] of Object.entries(await this.dataSets()) as Array<[OpenDataSetName, OpenDataEnvelope<object>]>) {
        const json = JSON.stringify(data);
        const csv = this.openData.toCsv(data).toString('utf8');
        files.push({ dataset, format: 'json', content: json, sha256: sha256(json) }, { dataset, format: 'csv', content: csv, sha256: sha256(csv) });
      }
      await this.snapshots.insert(manager, date, takenAt, files);
      return { date, created: true };
    });
  }

  /** Every data set as it stands now, the same the live endpoints answer. */
  async dataSets(): Promise<Record<OpenDataSetName, OpenDataEnvelope<object>>> {
    const [processingTimes, openVacancies, employers] = await Promise.all([
      this.openData.processingTimes(),
      this.openData.openVacancies(),
      this.openData.employers(),
    ]);
    return { 'processing-times': processingTimes, 'open-vacancies': openVacancies, employers };
  }

  async list(): Promise<OpenDataSnapshotView[]> {
    return (await this.snapshots.list(LISTED)).map((row) => ({
      date: row.snapshot_on,
      takenAt: row.taken_at.toISOString(),
      auditHead: row.audit_head_seq && row.audit_head_hash ? { seq: row.audit_head_seq, hash: row.audit_head_hash } : null,
      licence: OPEN_DATA_LICENCE,
      files: OPEN_DATA_SETS.filter((dataset) => row.datasets.includes(dataset)).map((dataset) => ({
        dataset,
        json: `/api/public/open-data/snapshots/${row.snapshot_on}/${dataset}.json`,
        csv: `/api/public/open-data/snapshots/${row.snapshot_on}/${dataset}.csv`,
      })),
    }));
  }

  /** A stored file as it was written; null when the date, the data set or the format is not there. */
  file(date: string, name: string): Promise<SnapshotFile | null> {
    const match = /^([a-z-]+)\.(json|csv)$/.exec(name);
    if (!match || !(OPEN_DATA_SETS as readonly string[]).includes(match[1]) || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return Promise.resolve(null);
    return this.snapshots.file(date, match[1], match[2] as 'json' | 'csv');
  }
}

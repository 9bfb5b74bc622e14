/** The only code that reads and writes the open data snapshots (append-only tables: a snapshot is written once). */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { queryRows } from '@jumush/server/database';

export interface SnapshotRow {
  snapshot_on: string;
  taken_at: Date;
  audit_head_seq: string | null;
  audit_head_hash: string | null;
  datasets: string[];
}

export interface SnapshotFile {
  dataset: string;
  format: 'json' | 'csv';
  content: string;
  sha256: string;
}

@Injectable()
export class OpenDataSnapshotsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Runs `work` holding the date's lock, so two runs for one date (two API instances, a retry) write one snapshot. */
  withDateLock<T>(date: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`open-data-snapshot:${date}`]);
      return work(manager);
    });
  }

  async exists(manager: EntityManager, date: string): Promise<boolean> {
    return (await manager.query(`SELECT 1 FROM open_data_snapshots WHERE snapshot_on = $1::date`, [date])).length > 0;
  }

  /** The date's snapshot with the audit chain's head as it stands now (in this transaction), and its files. */
  async insert(manager: EntityManager, date: string, takenAt: Date, files: readonly SnapshotFile[]): Promise<void> {
    await manager.query(
      `INSERT INTO open_data_snapshots (snapshot_on, taken_at, audit_head_seq, audit_head_hash)
       SELECT $1::date, $2, h.last_seq, h.last_hash FROM (SELECT 1) one LEFT JOIN audit_chain_head h ON h.id = 1 AND h.last_hash IS NOT NULL`,
      [date, takenAt],
    );
    for (const file of files)
      await manager.query(`INSERT INTO open_data_snapshot_files (snapshot_on, dataset, format, content, sha256) VALUES ($1::date, $2, $3, $4, $5)`, [
        date,
        file.dataset,
        file.format,
        file.content,
        file.sha256,
      ]);
  }

  /** Every snapshot, newest first, with the data sets it holds. */
  list(limit: number): Promise<SnapshotRow[]> {
    return queryRows<SnapshotRow>(
      this.dataSource.manager,
      `SELECT s.snapshot_on::text AS snapshot_on, s.taken_at, s.audit_head_seq::text AS audit_head_seq, s.audit_head_hash,
              coalesce(array_agg(DISTINCT f.dataset ORDER BY f.dataset) FILTER (WHERE f.dataset IS NOT NULL), '{}') AS datasets
         FROM open_data_snapshots s LEFT JOIN open_data_snapshot_files f ON f.snapshot_on = s.snapshot_on
        GROUP BY s.snapshot_on ORDER BY s.snapshot_on DESC LIMIT $1`,
      [limit],
    );
  }

  async file(date: string, dataset: string, format: 'json' | 'csv'): Promise<SnapshotFile | null> {
    const [row] = await queryRows<SnapshotFile>(
      this.dataSource.manager,
      `SELECT dataset, format, content, sha256 FROM open_data_snapshot_files WHERE snapshot_on = $1::date AND dataset = $2 AND format = $3`,
      [date, dataset, format],
    );
    return row ?? null;
  }
}

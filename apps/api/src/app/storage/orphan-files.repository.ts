/** Which stored-file keys some row still names. */
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { queryRows } from '@jumush/server/database';

/**
 * Every column that names a stored file. A new table keeping files adds its column here; `orphan-files.int-spec.ts`
 * fails when a column ending in `_key` holds a storage key and is missing from this list.
 */
export const FILE_REFERENCES: ReadonlyArray<{ table: string; column: string }> = [
  { table: 'company_documents', column: 'storage_key' },
  { table: 'checklist_items', column: 'document_key' },
  { table: 'company_disputes', column: 'evidence_key' },
  { table: 'grievance_attachments', column: 'storage_key' },
  { table: 'work_reports', column: 'receipt_key' },
];

@Injectable()
export class OrphanFilesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The keys among `keys` that a row references (one statement, an index-friendly `= ANY` per column). */
  async referenced(keys: readonly string[]): Promise<Set<string>> {
    if (keys.length === 0) return new Set();
    const union = FILE_REFERENCES.map(({ table, column }) => `SELECT ${column}::text AS key FROM ${table} WHERE ${column} = ANY($1::text[])`).join(
      ' UNION ',
    );
    const rows = await queryRows<{ key: string }>(this.dataSource.manager, union, [keys]);
    return new Set(rows.map((row) => row.key));
  }
}

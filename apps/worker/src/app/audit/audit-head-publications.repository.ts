/** The only worker code that writes audit_head_publications: the chain's current head, once per UTC day. */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

@Injectable()
export class AuditHeadPublicationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Publishes the chain's head (audit_chain_head, kept by the insert trigger) for `day` unless that day has one: true
   * when this call published it. Nothing while the chain is empty. A second run the same day changes nothing.
   */
  async publish(day: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO audit_head_publications (published_on, seq, hash)
       SELECT $1::date, last_seq, last_hash FROM audit_chain_head WHERE id = 1 AND last_hash IS NOT NULL
       ON CONFLICT (published_on) DO NOTHING RETURNING published_on`,
      [day],
    );
    return rows.length > 0;
  }
}

/**
 * Queues again what Redis forgot. Redis may lose jobs (a restart without persistence, a failover,
 * an eviction): PostgreSQL still knows. Every few seconds this finds
 * - published outbox rows without a fan-out record, older than the grace period → `notify` again;
 * - PENDING deliveries not touched for the grace period → `deliver` again, in chunks;
 * - PENDING webhook deliveries idle for the grace period (no attempt due later) → their `deliver` job again: one of an
 *   endpoint's deliveries whose job was lost would otherwise stay first in line and hold back all the others.
 * Job ids are deterministic, so re-adding a job Redis still has (waiting, delayed for a retry, failed)
 * is a no-op when it groups the same rows (always so for external channels: one delivery per job); a
 * chunk grouped differently finds its deliveries done, or claims them first — only PENDING rows are
 * ever claimed, so nothing is sent twice.
 */
import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { queryRows } from '@jumush/server/database';
import type { PendingDelivery } from './fan-out.service';

export interface SweeperOptions {
  intervalMs: number;
  graceMs: number;
  /** Rows looked at per query. */
  pageSize?: number;
}

export interface SweepResult {
  notify: number;
  deliver: number;
  webhooks: number;
}

interface ScanRow {
  id: string;
  fanned_out: boolean;
  published: boolean;
  stale: boolean;
}

export class NotificationSweeper {
  private readonly logger = new Logger(NotificationSweeper.name);
  /** Every outbox row up to here is fanned out: scans start after it. */
  private watermark = '0';
  private running = false;
  private timer?: NodeJS.Timeout;
  private current?: Promise<unknown>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly requeueNotify: (outboxIds: string[]) => Promise<void>,
    private readonly requeueDeliver: (deliveries: PendingDelivery[]) => Promise<void>,
    private readonly options: SweeperOptions,
    private readonly requeueWebhooks: (deliveryIds: string[]) => Promise<void> = async () => undefined,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.schedule();
  }

  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    await this.current?.catch(() => undefined);
  }

  private schedule(): void {
    this.timer = setTimeout(() => {
      this.current = this.sweep()
        .catch((error: Error) => this.logger.warn(`Sweep failed: ${error.message}`))
        .finally(() => {
          if (this.running) this.schedule();
        });
    }, this.options.intervalMs);
  }

  async sweep(): Promise<SweepResult> {
    return { notify: await this.sweepFanOuts(), deliver: await this.sweepDeliveries(), webhooks: await this.sweepWebhookDeliveries() };
  }

  private async sweepFanOuts(): Promise<number> {
    const pageSize = this.options.pageSize ?? 1_000;
    let requeued = 0;
    let after = this.watermark;
    let advancing = true;
    // Walks forward from the watermark by primary key; stops at the first page that is not full.
    for (;;) {
      const rows: ScanRow[] = await this.dataSource.query(
        `SELECT o.id::text AS id, f.outbox_id IS NOT NULL AS fanned_out, o.published_at IS NOT NULL AS published,
                coalesce(o.published_at < now() - $3 * interval '1 millisecond', false) AS stale
           FROM outbox_messages o LEFT JOIN notification_fanouts f ON f.outbox_id = o.id
          WHERE o.id > $1 ORDER BY o.id LIMIT $2`,
        [after, pageSize, this.options.graceMs],
      );
      const lost = rows.filter((row) => row.published && !row.fanned_out && row.stale).map((row) => row.id);
      if (lost.length > 0) {
        await this.requeueNotify(lost);
        requeued += lost.length;
      }
      for (const row of rows) {
        if (!advancing || !row.fanned_out) {
          advancing = false;
          break;
        }
        this.watermark = row.id;
      }
      if (rows.length < pageSize) return requeued;
      after = rows[rows.length - 1].id;
    }
  }

  private async sweepDeliveries(): Promise<number> {
    const pageSize = this.options.pageSize ?? 1_000;
    // Touching updated_at gives each requeued delivery another grace period before it is looked at again.
    const rows = await queryRows<PendingDelivery>(
      this.dataSource.manager,
      `UPDATE notification_deliveries SET updated_at = now()
        WHERE id IN (SELECT id FROM notification_deliveries WHERE status = 'PENDING' AND updated_at < now() - $1 * interval '1 millisecond' ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED)
        RETURNING id::text AS id, channel::text AS channel`,
      [this.options.graceMs, pageSize],
    );
    if (rows.length > 0) await this.requeueDeliver(rows);
    return rows.length;
  }

  private async sweepWebhookDeliveries(): Promise<number> {
    // Re-adding a job Redis still has (waiting, or delayed behind the endpoint's first delivery) is a no-op: its id is
    // the delivery's. Deliveries waiting for a later retry (next_attempt_at ahead) are left alone.
    const rows = await queryRows<{ id: string }>(
      this.dataSource.manager,
      `SELECT id::text AS id FROM webhook_deliveries
        WHERE status = 'PENDING' AND coalesce(next_attempt_at, last_attempt_at, created_at) < now() - $1 * interval '1 millisecond'
        ORDER BY id LIMIT $2`,
      [this.options.graceMs, this.options.pageSize ?? 1_000],
    );
    if (rows.length > 0) await this.requeueWebhooks(rows.map((row) => row.id));
    return rows.length;
  }
}

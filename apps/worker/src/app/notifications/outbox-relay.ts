/**
 * Moves outbox rows into the notifications queue. Each round, in one PostgreSQL transaction: lock
 * the oldest unpublished rows and mark them published in one statement (FOR UPDATE SKIP LOCKED:
 * relays in other processes take other rows, none waits and none takes a row twice), add one
 * `notify` job for the batch, in creation order, under an id derived from its rows, commit. When
 * Redis refuses the job the transaction rolls back and the rows wait for the next round; when the
 * commit fails after the job was added, the rows are relayed again — a duplicate fan-out, which the
 * delivery records make harmless.
 */
import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { queryRows } from '@jumush/server/database';

export interface OutboxRowRef {
  id: string;
  topic: string;
}

export interface OutboxRelayOptions {
  batchSize: number;
  intervalMs: number;
  /** Longest pause between rounds while Redis or PostgreSQL keeps failing. */
  maxBackoffMs?: number;
}

export class OutboxRelay {
  private readonly logger = new Logger(OutboxRelay.name);
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  private timer?: NodeJS.Timeout;
  private failures = 0;

  constructor(
    private readonly dataSource: DataSource,
    /** Adds the jobs; must throw when they were not all added. */
    private readonly publish: (rows: OutboxRowRef[]) => Promise<void>,
    private readonly options: OutboxRelayOptions,
    private readonly onRelayed: (count: number) => void = () => undefined,
  ) {}

  /** One round: returns how many rows were published. */
  async relayOnce(): Promise<number> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      // Locks and marks the rows in one statement; the mark only counts if the jobs are added (else rollback).
      const rows = await queryRows<OutboxRowRef>(
        runner.manager,
        `UPDATE outbox_messages SET published_at = now()
          WHERE id IN (SELECT id FROM outbox_messages WHERE published_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)
          RETURNING id::text AS id, topic`,
        [this.options.batchSize],
      );
      if (rows.length > 0) {
        // RETURNING keeps no order: the batch goes out in creation order.
        rows.sort((a, b) => a.id.length - b.id.length || (a.id < b.id ? -1 : 1));
        await this.publish(rows);
      }
      await runner.commitTransaction();
      if (rows.length > 0) this.onRelayed(rows.length);
      return rows.length;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Stops polling; resolves once the round in progress has finished. */
  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    this.wake?.();
    await this.loop;
  }

  private async run(): Promise<void> {
    while (this.running) {
      let relayed = 0;
      try {
        relayed = await this.relayOnce();
        if (this.failures > 0) this.logger.log('Outbox relay recovered');
        this.failures = 0;
      } catch (error) {
        this.failures += 1;
        // Once, then every 20th failure: an outage must not flood the log.
        if (this.failures === 1 || this.failures % 20 === 0)
          this.logger.warn(`Outbox relay round failed (${this.failures}×), rows stay in the outbox: ${(error as Error).message}`);
      }
      if (!this.running) break;
      // A full batch means more rows are waiting: go again at once.
      if (relayed === this.options.batchSize) continue;
      const pause =
        this.failures === 0 ? this.options.intervalMs : Math.min(this.options.intervalMs * 2 ** this.failures, this.options.maxBackoffMs ?? 5_000);
      await new Promise<void>((resolve) => {
        this.wake = resolve;
        this.timer = setTimeout(resolve, pause);
      });
    }
  }
}

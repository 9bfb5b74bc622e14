/**
 * The audit record of every request made with an API key (`apiKey.used`: the key, its company, the route and the
 * status answered), with the key's last use. Uses are written in batches: while one batch commits, the next ones
 * queue, and each commit writes all that queued (one transaction, the audit chain's order kept). A batch that fails
 * goes back to the front of the queue and is retried; shutting down waits for the queue to drain, so nothing is lost.
 */
import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Role } from '@jumush/domain';
import { AuditService } from '../audit/audit.service';
import { ApiKeysRepository } from './api-keys.repository';

export interface ApiKeyUse {
  keyId: string;
  companyId: string;
  /** The key's creator, as whom it acts. */
  actorId: string;
  method: string;
  /** The route's pattern (`/api/vacancies/mine/:id`), not the path: ids of other things stay out of the audit. */
  route: string;
  status: number;
  at: Date;
}

/** Uses written in one transaction at most; more wait for the next. */
const BATCH_SIZE = 200;
/** Wait after a failed write before trying the same batch again. */
const RETRY_AFTER_MS = 1_000;
/** Tries on shutdown before the remaining uses are logged as lost (the database is gone by then). */
const SHUTDOWN_TRIES = 3;

@Injectable()
export class ApiKeyUsesRecorder implements OnApplicationShutdown {
  private readonly logger = new Logger(ApiKeyUsesRecorder.name);
  private readonly queue: ApiKeyUse[] = [];
  private draining: Promise<void> | null = null;
  private closing = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly keys: ApiKeysRepository,
    private readonly audit: AuditService,
  ) {}

  record(use: ApiKeyUse): void {
    this.queue.push(use);
    this.draining ??= this.drain().finally(() => (this.draining = null));
  }

  /** Resolves once every use recorded so far is written (tests wait on it). */
  async flushed(): Promise<void> {
    while (this.draining) await this.draining;
  }

  async onApplicationShutdown(): Promise<void> {
    this.closing = true;
    await this.flushed();
  }

  private async drain(): Promise<void> {
    let failures = 0;
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, BATCH_SIZE);
      try {
        await this.write(batch);
        failures = 0;
      } catch (error) {
        failures += 1;
        if (this.closing && failures >= SHUTDOWN_TRIES) {
          this.logger.error({ err: error, uses: [...batch, ...this.queue.splice(0)] }, 'API key uses could not be audited before shutdown');
          return;
        }
        this.logger.warn({ err: error, count: batch.length }, 'API key uses not audited yet; retrying');
        this.queue.unshift(...batch);
        await new Promise((resolve) => setTimeout(resolve, RETRY_AFTER_MS));
      }
    }
  }

  private async write(batch: readonly ApiKeyUse[]): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const lastUse = new Map<string, Date>();
      for (const use of batch) {
        await this.audit.record(
          manager,
          { id: use.actorId, role: Role.Employer, originCountry: null },
          {
            action: 'apiKey.used',
            subjectType: 'apiKey',
            subjectId: use.keyId,
            data: { companyId: use.companyId, method: use.method, route: use.route, status: use.status, at: use.at.toISOString() },
          },
        );
        const previous = lastUse.get(use.keyId);
        if (!previous || previous < use.at) lastUse.set(use.keyId, use.at);
      }
      await this.keys.markUsed(manager, lastUse);
    });
  }
}

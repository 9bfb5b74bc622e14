/** How long each stage usually takes: the median of the last 90 days of real transitions, else a default. */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { ExpectedDurationView } from '@jumush/contracts';
import { STAGE_OBSERVATION_WINDOW_DAYS, TIMED_STAGES, expectedStageDuration, type TimedStage } from '@jumush/domain';

const CACHE_MS = 10 * 60 * 1000;

@Injectable()
export class ExpectedDurationsService {
  private cached?: {
    at: number;
    value: Record<TimedStage, ExpectedDurationView>;
  };

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async all(): Promise<Record<TimedStage, ExpectedDurationView>> {
    if (this.cached && Date.now() - this.cached.at < CACHE_MS) return this.cached.value;
    const value = await this.compute();
    this.cached = { at: Date.now(), value };
    return value;
  }

  /** Forgets the cache (tests, or after bulk imports). */
  invalidate(): void {
    this.cached = undefined;
  }

  private async compute(): Promise<Record<TimedStage, ExpectedDurationView>> {
    // Time spent in a stage = from the event that entered it to the next event of the same application.
    const rows: Array<{ stage: TimedStage; days: number }> = await this.dataSource.query(
      `SELECT stage, days FROM (
         SELECT e.to_status::text AS stage,
                EXTRACT(EPOCH FROM (LEAD(e.created_at) OVER (PARTITION BY e.application_id ORDER BY e.id) - e.created_at)) / 86400.0 AS days,
                LEAD(e.created_at) OVER (PARTITION BY e.application_id ORDER BY e.id) AS left_at
           FROM application_events e
          WHERE e.application_id IN (SELECT application_id FROM application_events WHERE created_at >= now() - make_interval(days => $1))
       ) spans
       WHERE days IS NOT NULL AND left_at >= now() - make_interval(days => $1) AND stage = ANY($2)`,
      [STAGE_OBSERVATION_WINDOW_DAYS, [...TIMED_STAGES]],
    );
    const result = {} as Record<TimedStage, ExpectedDurationView>;
    for (const stage of TIMED_STAGES) {
      const samples = rows.filter((row) => row.stage === stage).map((row) => Math.max(0, Number(row.days)));
      result[stage] = expectedStageDuration(stage, samples);
    }
    return result;
  }
}

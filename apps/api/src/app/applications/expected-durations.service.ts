/** How long each stage usually takes: the median of the last 90 days of real transitions, else a default. */
import { Injectable } from '@nestjs/common';
import type { ExpectedDurationView } from '@jumush/contracts';
import { STAGE_OBSERVATION_WINDOW_DAYS, TIMED_STAGES, expectedStageDuration, type TimedStage } from '@jumush/domain';
import { Clock } from '@jumush/server/config';
import { ApplicationsRepository } from './applications.repository';

const CACHE_MS = 10 * 60 * 1000;

@Injectable()
export class ExpectedDurationsService {
  private cached?: {
    at: number;
    value: Record<TimedStage, ExpectedDurationView>;
  };

  constructor(
    private readonly applications: ApplicationsRepository,
    private readonly clock: Clock,
  ) {}

  async all(): Promise<Record<TimedStage, ExpectedDurationView>> {
    if (this.cached && this.clock.now().getTime() - this.cached.at < CACHE_MS) return this.cached.value;
    const value = await this.compute();
    this.cached = { at: this.clock.now().getTime(), value };
    return value;
  }

  /** Forgets the cache (tests, or after bulk imports). */
  invalidate(): void {
    this.cached = undefined;
  }

  private async compute(): Promise<Record<TimedStage, ExpectedDurationView>> {
    const rows = await this.applications.stageDurations(STAGE_OBSERVATION_WINDOW_DAYS, TIMED_STAGES);
    const result = {} as Record<TimedStage, ExpectedDurationView>;
    for (const stage of TIMED_STAGES) {
      const samples = rows.filter((row) => row.stage === stage).map((row) => Math.max(0, Number(row.days)));
      result[stage] = expectedStageDuration(stage, samples);
    }
    return result;
  }
}

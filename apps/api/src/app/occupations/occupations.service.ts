/**
 * The occupations, read once and kept: vacancy editing, profiles, the reference list and the fuzzy search ask for
 * them on every request. An admin's edit drops the copy at once on this instance; other instances reload within
 * CACHE_SECONDS. Each list loaded is the one the search's fuzzy matching uses from then on.
 */
import { Injectable } from '@nestjs/common';
import { occupationByCode, occupationChoiceProblem, type Occupation } from '@jumush/domain';
import { ProblemException } from '../http/problem';
import { useOccupationsForFuzzyMatching } from '../vacancies/fuzzy-occupations';
import { OccupationsRepository } from './occupations.repository';

const CACHE_SECONDS = 60;

@Injectable()
export class OccupationsService {
  private loaded: Promise<readonly Occupation[]> | null = null;
  private loadedAt = 0;

  constructor(private readonly repository: OccupationsRepository) {}

  /** Drops the copy: the next question reads the table again. */
  invalidate(): void {
    this.loaded = null;
  }

  /** Every occupation, active or not, in the order they are offered. */
  all(): Promise<readonly Occupation[]> {
    // The cache's age is the machine's, not business time (tests stand the Clock still).
    const now = Date.now();
    if (this.loaded === null || now - this.loadedAt > CACHE_SECONDS * 1000) {
      this.loadedAt = now;
      const loading = this.repository.loadAll().then((occupations) => {
        useOccupationsForFuzzyMatching(occupations);
        return occupations;
      });
      // A failed read is not kept: the next question tries again.
      loading.catch(() => {
        if (this.loaded === loading) this.loaded = null;
      });
      this.loaded = loading;
    }
    return this.loaded;
  }

  async byCode(code: string): Promise<Occupation | undefined> {
    return occupationByCode(await this.all(), code);
  }

  /**
   * Refuses (400 on `field`, as the other checks of the terms) an occupation that is not on the list, or deactivated unless it is `current` (what
   * the vacancy or profile already names).
   */
  async requireChoosable(code: string, field: string, current?: string | readonly string[] | null): Promise<void> {
    const occupations = await this.all();
    const kept = Array.isArray(current) ? current.includes(code) : current === code;
    const problem = occupationChoiceProblem(occupations, code, kept ? code : null);
    if (!problem) return;
    throw new ProblemException(400, {
      code: 'validation.failed',
      errors: [
        {
          field,
          code: problem,
          message: problem === 'occupation.unknown' ? `No occupation ${code}.` : `The occupation ${code} is no longer offered.`,
          params: { code },
        },
      ],
    });
  }
}

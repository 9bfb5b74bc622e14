/**
 * Flags each candidate of a submitted batch (shown, never blocking), from the domain's rules. All are stored; who
 * reads which is candidateFlagsShownTo's decision (the employer never sees the attaché-only ones).
 */
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { flagsForCandidate, homeTimeZoneOf, type ChecklistItem, type CompanyStatus } from '@jumush/domain';
import { Clock } from '@jumush/server/config';
import type { BatchEntity, VacancyEntity } from '@jumush/server/database';
import { OriginCountriesService } from '../origin-countries/origin-countries.service';
import { BatchesRepository } from './batches.repository';

@Injectable()
export class CandidateFlagsLoader {
  constructor(
    private readonly batches: BatchesRepository,
    private readonly clock: Clock,
    private readonly countries: OriginCountriesService,
  ) {}

  async flagBatch(manager: EntityManager, batch: BatchEntity, vacancy: VacancyEntity, employerStatus: CompanyStatus): Promise<void> {
    const profiles = await this.batches.flagInputs(manager, batch.id);
    const checklist = await this.batches.checklists(
      manager,
      profiles.map((profile) => profile.profile_id),
    );
    const otherOpenBatchPassportIndexes = await this.batches.passportIndexesInOtherOpenBatches(manager, batch.id);
    const duplicatePassportIndexes = await this.batches.duplicatedPassportIndexes(
      manager,
      batch.originCountry,
      profiles.flatMap((profile) => profile.passport_number_index ?? []),
    );
    // The candidates' checklist and documents are judged on their home calendar, as their own checklist is.
    const today = this.clock.today(homeTimeZoneOf(batch.originCountry));
    const regime = (await this.countries.byCode(batch.originCountry))?.regime ?? null;
    const flags = profiles.map((profile) => ({
      id: profile.application_id,
      flags: flagsForCandidate({
        today,
        birthDate: profile.birth_date,
        checklist: checklist
          .filter((item) => item.profileId === profile.profile_id)
          .map(
            (item): ChecklistItem => ({
              kind: item.kind,
              status: item.status,
              completedOn: item.completedOn ?? undefined,
              validUntil: item.validUntil ?? undefined,
            }),
          ),
        passportExpiresOn: profile.passport_expires_on,
        passportIndex: profile.passport_number_index,
        otherOpenBatchPassportIndexes,
        duplicatePassportIndexes,
        vacancy: {
          startDate: vacancy.startDate,
          contractMonths: vacancy.contractMonths,
          monthlyWageRoubles: vacancy.monthlyWageRoubles,
          regionCode: vacancy.regionCode,
        },
        employerStatus,
        // A batch holds one country's candidates; its rule set decides which checklist items they need.
        regime,
      }),
    }));
    await this.batches.saveFlags(manager, batch.id, flags);
  }
}

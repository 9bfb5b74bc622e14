/**
 * The migrant's citizenship: corrected in the profile while no employer has acted on it, and the after-arrival
 * checklist the law sets for it.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AfterArrivalChecklistView, AfterArrivalQuery, CitizenshipDto } from '@jumush/contracts';
import { afterArrivalChecklist, citizenshipChangeProblem, type Actor } from '@jumush/domain';
import { Clock } from '@jumush/server/config';
import type { CandidateProfileEntity } from '@jumush/server/database';
import { AuditService } from '../audit/audit.service';
import { ProblemException } from '../http/problem';
import { OriginCountriesService } from '../origin-countries/origin-countries.service';
import { CandidateProfilesRepository } from './candidate-profiles.repository';
import { CandidatesService } from './candidates.service';

const citizenshipLocked = () =>
  new ProblemException(409, {
    code: 'citizenship.locked',
    detail: 'An employer has already acted on an application: the citizenship can no longer change. Ask the attaché to correct it.',
  });

@Injectable()
export class CitizenshipService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly candidates: CandidatesService,
    private readonly profiles: CandidateProfilesRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly countries: OriginCountriesService,
  ) {}

  /**
   * Records (or confirms) the citizenship. Refused once an application went past the employer's first look (see
   * citizenshipChangeProblem); the application rows are locked meanwhile, so a shortlist cannot slip in between.
   * A different country clears the passport and the home region entered for the old one (no region belongs to two
   * countries: the residence step opens again with the new country's regions), and the checklist follows the new rules.
   */
  async change(actor: Actor, dto: CitizenshipDto): Promise<CandidateProfileEntity> {
    await this.countries.activeOrRefuse(dto.citizenship, 'citizenship');
    return this.dataSource.transaction(async (manager) => {
      const profile = await this.candidates.mine(actor, manager);
      const changed = profile.originCountry !== dto.citizenship;
      if (changed && citizenshipChangeProblem(await this.profiles.applicationStatusesForUpdate(manager, profile.id)) !== null) {
        throw citizenshipLocked();
      }
      await this.profiles.setCitizenship(manager, {
        accountId: actor.id,
        profileId: profile.id,
        citizenship: dto.citizenship,
        clearPassport: changed,
        clearResidence: changed && profile.residenceRegionCode !== null,
        at: this.clock.now(),
      });
      await this.audit.record(manager, actor, {
        action: changed ? 'candidate.citizenshipChanged' : 'candidate.citizenshipConfirmed',
        subjectType: 'candidate',
        subjectId: profile.id,
        data: {
          from: profile.originCountry,
          to: dto.citizenship,
          ...(changed && profile.residenceRegionCode !== null ? { residenceCleared: true } : {}),
        },
      });
      return this.candidates.refreshReadiness(manager, profile.id);
    });
  }

  /** What the law asks on arrival of the migrant's citizenship, dated from the entry and the contract, each when known. */
  async afterArrival(actor: Actor, query: AfterArrivalQuery): Promise<AfterArrivalChecklistView> {
    const profile = await this.candidates.mine(actor);
    const citizenship = profile.originCountry;
    const country = await this.countries.byCode(citizenship);
    if (!country) throw new ProblemException(409, { code: 'citizenship.unknown', detail: 'Choose your citizenship in the profile first.' });
    const arrivedOn = query.arrivedOn ?? null;
    const contractSignedOn = query.contractSignedOn ?? null;
    return {
      citizenship,
      arrivedOn,
      contractSignedOn,
      items: afterArrivalChecklist(country.regime, arrivedOn, { contractSignedOn }).map((item) => ({
        kind: item.kind,
        party: item.party,
        deadline: item.deadline ? { ...item.deadline } : null,
        dueOn: item.dueOn,
        source: { ...item.source },
      })),
    };
  }
}

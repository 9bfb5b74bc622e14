/**
 * The migrant's own profile, shared by every part of the candidates context: found (or made empty) for an actor,
 * viewed, and its readiness kept current. The wizard's steps, the checklist, the departure plan and the personal-data
 * rights live in their own services beside this one.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { CandidateProfileView } from '@jumush/contracts';
import { homeTimeZoneOf, type Actor, type IsoDate } from '@jumush/domain';
import { Clock } from '@jumush/server/config';
import { FieldCipher } from '@jumush/server/crypto';
import type { CandidateProfileEntity, ChecklistItemEntity } from '@jumush/server/database';
import { passportNumberFor, readinessFor, rulesOfCountry, toCandidateProfileView } from './candidate-view';
import { OriginCountriesService } from '../origin-countries/origin-countries.service';
import { CandidateProfilesRepository } from './candidate-profiles.repository';

@Injectable()
export class CandidatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly profiles: CandidateProfilesRepository,
    private readonly cipher: FieldCipher,
    private readonly clock: Clock,
    private readonly countries: OriginCountriesService,
  ) {}

  /** The migrant's profile, made empty on first use: the wizard fills it step by step. */
  async mine(actor: Actor, manager: EntityManager = this.dataSource.manager): Promise<CandidateProfileEntity> {
    const existing = await this.profiles.findByAccount(manager, actor.id);
    if (existing) return existing;
    // The citizenship the migrant chose at registration (the account's, not the token's: it may have changed since).
    const { originCountry } = await this.profiles.citizenshipOf(manager, actor.id);
    await this.profiles.insertEmptyUnlessExists(manager, actor.id, originCountry ?? 'KG');
    return this.profiles.findByAccountOrFail(manager, actor.id);
  }

  checklist(profileId: string, manager: EntityManager = this.dataSource.manager): Promise<ChecklistItemEntity[]> {
    return this.profiles.checklistOf(manager, profileId);
  }

  /**
   * Today on the candidate's home calendar (homeTimeZoneOf(profile.originCountry)): their checklist dates,
   * readiness, age and passport expiry are counted the way they live them before departure, not in Moscow or UTC.
   */
  homeToday(profile: CandidateProfileEntity): IsoDate {
    return this.clock.today(homeTimeZoneOf(profile.originCountry));
  }

  /** What the migrant sees of their own profile. */
  /** The migrant's own passport number in full (the profile view shows it masked). */
  async ownPassportNumber(actor: Actor): Promise<string | null> {
    return passportNumberFor(actor, await this.mine(actor), this.cipher);
  }

  async view(actor: Actor, profile: CandidateProfileEntity): Promise<CandidateProfileView> {
    const manager = this.dataSource.manager;
    const [items, phone, citizenship, applicationStatuses, passportShared, country] = await Promise.all([
      this.profiles.checklistOf(manager, profile.id),
      this.profiles.phoneOf(manager, actor.id),
      this.profiles.citizenshipOf(manager, actor.id),
      this.profiles.applicationStatusesOf(manager, profile.id),
      this.profiles.passportShared(manager, profile),
      this.countries.byCode(profile.originCountry),
    ]);
    return toCandidateProfileView(actor, profile, this.cipher, {
      items,
      phone,
      today: this.homeToday(profile),
      citizenshipConfirmed: citizenship.citizenshipConfirmedAt !== null && citizenship.originCountry === profile.originCountry,
      applicationStatuses,
      passportShared,
      country,
    });
  }

  /** Recomputes the stored readiness percent from the checklist, in the caller's transaction; returns the fresh profile. */
  async refreshReadiness(manager: EntityManager, profileId: string): Promise<CandidateProfileEntity> {
    const fresh = await this.profiles.findById(manager, profileId);
    const rules = rulesOfCountry(await this.countries.byCode(fresh.originCountry));
    const readiness = readinessFor(fresh, await this.profiles.checklistOf(manager, profileId), this.homeToday(fresh), { rules });
    await this.profiles.setReadiness(manager, profileId, readiness.percent);
    return this.profiles.findById(manager, profileId);
  }
}

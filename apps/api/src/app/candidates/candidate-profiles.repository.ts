/**
 * The candidate's profile, checklist rows and departure-reminder outbox: every read and write of the profile wizard,
 * the checklist and the departure plan. Each method runs on the EntityManager it is given, so it joins the
 * caller's transaction; outside one, callers pass the data source's own manager.
 */
import { Injectable } from '@nestjs/common';
import { IsNull, Not, type EntityManager } from 'typeorm';
import type { ApplicationStatus, ChecklistItemKind, ChecklistItemStatus, CitizenshipCode } from '@jumush/domain';
import type { RemindJobData } from '@jumush/server/queues';
import {
  AccountEntity,
  ApplicationEntity,
  CandidateProfileEntity,
  ChecklistItemEntity,
  ReminderOutboxEntity,
  queryRows,
} from '@jumush/server/database';

/** The citizenship as the account records it: the code, and when the migrant chose it (null: guessed before it was asked). */
export interface AccountCitizenshipRow {
  originCountry: string | null;
  citizenshipConfirmedAt: Date | null;
}

export interface ChecklistItemChange {
  profileId: string;
  kind: ChecklistItemKind;
  status: ChecklistItemStatus;
  completedOn: string | null;
  validUntil: string | null;
}

export interface ChecklistDocument {
  profileId: string;
  kind: ChecklistItemKind;
  /** The item's status when the upload creates it; an existing item keeps its own. */
  status: ChecklistItemStatus;
  documentKey: string;
  documentType: string;
  documentSizeBytes: number;
}

/** A document attached to a checklist item: its file, and its size for the quota (null: uploaded before sizes were kept). */
export interface StoredChecklistDocument {
  kind: ChecklistItemKind;
  documentKey: string;
  documentSizeBytes: number | null;
}

export interface ReminderOutboxRow {
  jobId: string;
  data: RemindJobData;
  dueAt: Date;
}

@Injectable()
export class CandidateProfilesRepository {
  findByAccount(manager: EntityManager, accountId: string): Promise<CandidateProfileEntity | null> {
    return manager.findOneBy(CandidateProfileEntity, { accountId });
  }

  findByAccountOrFail(manager: EntityManager, accountId: string): Promise<CandidateProfileEntity> {
    return manager.findOneByOrFail(CandidateProfileEntity, { accountId });
  }

  findById(manager: EntityManager, id: string): Promise<CandidateProfileEntity> {
    return manager.findOneByOrFail(CandidateProfileEntity, { id });
  }

  /** An empty profile for the account, unless one exists (a concurrent first request may have made it). */
  async insertEmptyUnlessExists(manager: EntityManager, accountId: string, originCountry: string): Promise<void> {
    await manager.createQueryBuilder().insert().into(CandidateProfileEntity).values({ accountId, originCountry }).orIgnore().execute();
  }

  save(manager: EntityManager, profile: CandidateProfileEntity): Promise<CandidateProfileEntity> {
    return manager.save(profile);
  }

  async setReadiness(manager: EntityManager, id: string, readinessPercent: number): Promise<void> {
    await manager.update(CandidateProfileEntity, { id }, { readinessPercent });
  }

  checklistOf(manager: EntityManager, profileId: string): Promise<ChecklistItemEntity[]> {
    return manager.findBy(ChecklistItemEntity, { profileId });
  }

  /** Creates or replaces the item's status and dates; an attached document stays. */
  async upsertChecklistItem(manager: EntityManager, change: ChecklistItemChange): Promise<void> {
    await manager.upsert(ChecklistItemEntity, change, ['profileId', 'kind']);
  }

  /** Attaches (or replaces) the item's document; the status is only set when the item is new. */
  async attachChecklistDocument(manager: EntityManager, document: ChecklistDocument): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(ChecklistItemEntity)
      .values(document)
      .orUpdate(['document_key', 'document_type', 'document_size_bytes', 'updated_at'], ['profile_id', 'kind'])
      .execute();
  }

  /** Holds the profile's row until the transaction ends: one upload at a time per migrant, so the quota adds up. */
  async lockProfile(manager: EntityManager, profileId: string): Promise<void> {
    await manager.query(`SELECT 1 FROM candidate_profiles WHERE id = $1 FOR UPDATE`, [profileId]);
  }

  /** Bytes of the files the migrant keeps after arrival (grievance attachments, fee receipts): they count towards the quota too. */
  async afterArrivalFileBytes(manager: EntityManager, profileId: string): Promise<number> {
    const [row] = await queryRows<{ bytes: string }>(
      manager,
      `SELECT (coalesce((SELECT sum(ga.size_bytes) FROM grievance_attachments ga JOIN grievances g ON g.id = ga.grievance_id WHERE g.candidate_id = $1), 0)
             + coalesce((SELECT sum(receipt_size_bytes) FROM work_reports WHERE candidate_id = $1 AND receipt_key IS NOT NULL), 0))::text AS bytes`,
      [profileId],
    );
    return Number(row?.bytes ?? 0);
  }

  async checklistDocumentsOf(manager: EntityManager, profileId: string): Promise<StoredChecklistDocument[]> {
    const items = await manager.find(ChecklistItemEntity, {
      where: { profileId, documentKey: Not(IsNull()) },
      select: { kind: true, documentKey: true, documentSizeBytes: true },
    });
    return items.map((item) => ({ kind: item.kind, documentKey: item.documentKey as string, documentSizeBytes: item.documentSizeBytes }));
  }

  async queueReminder(manager: EntityManager, row: ReminderOutboxRow): Promise<void> {
    await manager.insert(ReminderOutboxEntity, { jobId: row.jobId, data: { ...row.data }, dueAt: row.dueAt });
  }

  async citizenshipOf(manager: EntityManager, accountId: string): Promise<AccountCitizenshipRow> {
    const account = await manager.findOne(AccountEntity, { where: { id: accountId }, select: { originCountry: true, citizenshipConfirmedAt: true } });
    return { originCountry: account?.originCountry ?? null, citizenshipConfirmedAt: account?.citizenshipConfirmedAt ?? null };
  }

  /** The statuses of the candidate's applications, locking them so no move slips in while the citizenship changes. */
  async applicationStatusesForUpdate(manager: EntityManager, profileId: string): Promise<ApplicationStatus[]> {
    const rows = await manager.find(ApplicationEntity, {
      where: { candidateId: profileId },
      select: { id: true, status: true },
      lock: { mode: 'pessimistic_write' },
    });
    return rows.map((row) => row.status);
  }

  async applicationStatusesOf(manager: EntityManager, profileId: string): Promise<ApplicationStatus[]> {
    const rows = await manager.find(ApplicationEntity, { where: { candidateId: profileId }, select: { id: true, status: true } });
    return rows.map((row) => row.status);
  }

  /**
   * Records the citizenship on the account and the profile. A passport belongs to one country: a changed
   * citizenship clears the passport entered for the old one (number, its index, expiry).
   */
  async setCitizenship(
    manager: EntityManager,
    change: { accountId: string; profileId: string; citizenship: CitizenshipCode; clearPassport: boolean; clearResidence: boolean; at: Date },
  ): Promise<void> {
    await manager.update(AccountEntity, { id: change.accountId }, { originCountry: change.citizenship, citizenshipConfirmedAt: change.at });
    await manager.update(
      CandidateProfileEntity,
      { id: change.profileId },
      {
        originCountry: change.citizenship,
        ...(change.clearPassport ? { passportNumberEncrypted: null, passportNumberIndex: null, passportExpiresOn: null } : {}),
        ...(change.clearResidence ? { residenceRegionCode: null, residenceDistrictCode: null } : {}),
      },
    );
  }

  /** Whether another profile of the same country holds this profile's passport number (compared by blind index). */
  async passportShared(
    manager: EntityManager,
    profile: Pick<CandidateProfileEntity, 'id' | 'originCountry' | 'passportNumberIndex'>,
  ): Promise<boolean> {
    if (profile.passportNumberIndex === null) return false;
    const rows = await manager.query<unknown[]>(
      `SELECT 1 FROM candidate_profiles WHERE origin_country = $1 AND passport_number_index = $2 AND id <> $3 LIMIT 1`,
      [profile.originCountry, profile.passportNumberIndex, profile.id],
    );
    return rows.length > 0;
  }

  async phoneOf(manager: EntityManager, accountId: string): Promise<string | null> {
    return (await manager.findOneBy(AccountEntity, { id: accountId }))?.phone ?? null;
  }
}

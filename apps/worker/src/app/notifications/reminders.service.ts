/**
 * The `remind` job: when it comes due it writes an outbox row (topic `reminder.<kind>`), so reminders travel the same
 * road as every other notification. A departure reminder re-reads the profile first: a date changed since (stale job)
 * or passed tells nobody; otherwise it names the checklist items still open. The job id is the reminder's key: a
 * retried job finds its row and writes nothing twice. (Delayed departure jobs are scheduled by ReminderOutboxRelay.)
 */
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job } from 'bullmq';
import { DataSource, type EntityManager } from 'typeorm';
import {
  APPLICATION_STATUSES_AWAITING_SHORTLISTING,
  CHECKED_IN_APPLICATION_STATUSES,
  CompanyStatus,
  GRIEVANCE_STATUSES_AWAITING_STAFF,
  BATCH_STATUSES_AWAITING_DECISION,
  candidateReadinessOf,
  departureReminderDecision,
  homeTimeZoneOf,
  localDateIn,
  requiredChecklistItemsFor,
  type ChecklistItemKind,
  type ChecklistItemStatus,
  type LegalRegime,
} from '@jumush/domain';
import { queryRows } from '@jumush/server/database';
import type { RemindJobData, RemindJobReturn } from '@jumush/server/queues';
import { Clock } from '@jumush/server/config';
import { markBatchOverdue, overdueCompanyVerification, overdueGrievance, overdueVacancyReview, supervisorsOf } from './overdue-items.repository';

@Injectable()
export class RemindersService {
  private readonly logger = new Logger(RemindersService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async remind(job: Job<RemindJobData, RemindJobReturn>, now = this.clock.now()): Promise<RemindJobReturn> {
    const key = String(job.id ?? `${job.data.kind}:${job.data.aggregateId}`);
    const data = job.data;
    if (data.kind === 'overdue') return this.escalate(key, data);
    if (data.kind === 'departure') return this.remindOfDeparture(key, data, now);
    if (data.kind === 'check_in') return this.askCheckIn(key, data);
    if (data.recipientIds.length === 0) return { outboxId: null };
    if (data.kind === 'deadline' && !(await this.stillAwaited(data))) return { outboxId: null };
    return this.writeOnce(key, data, data.recipientIds, () => Promise.resolve(data.payload));
  }

  /**
   * The deadline passed: an item still undone rises to the top of its owner's queue (marked overdue) and its
   * country's supervisors (the admins marked so, else every admin) are told, once per item and deadline (the job id is the key).
   */
  private async escalate(key: string, data: RemindJobData): Promise<RemindJobReturn> {
    if (!['batch', 'grievance', 'vacancy', 'company'].includes(data.aggregateType)) return { outboxId: null };
    return this.dataSource.transaction(async (manager) => {
      const item =
        data.aggregateType === 'batch'
          ? await markBatchOverdue(manager, data.aggregateId)
          : data.aggregateType === 'grievance'
            ? await overdueGrievance(manager, data.aggregateId, data.payload['deadline'])
            : data.aggregateType === 'company'
              ? await overdueCompanyVerification(manager, data.aggregateId, data.payload)
              : await overdueVacancyReview(manager, data.aggregateId, data.payload['submittedAt'], data.payload['deadline']);
      if (!item) return { outboxId: null };
      const supervisors = await supervisorsOf(manager, item.countries);
      if (supervisors.length === 0) return { outboxId: null };
      const { countries, ...named } = item;
      return this.writeOnceIn(manager, key, data, supervisors, () => Promise.resolve({ ...named, country: countries.join(', ') }));
    });
  }

  /** The departure reminder of a candidate profile, if the date it was scheduled for is still the plan and not past. */
  private async remindOfDeparture(key: string, data: RemindJobData, now: Date): Promise<RemindJobReturn> {
    const scheduledFor = typeof data.payload['departureDate'] === 'string' ? data.payload['departureDate'] : '';
    const [profile] = await queryRows<{ account_id: string | null; planned_departure_on: string | null; origin_country: string | null }>(
      this.dataSource.manager,
      `SELECT account_id, planned_departure_on::text AS planned_departure_on, origin_country
         FROM candidate_profiles WHERE id = $1 AND anonymised_at IS NULL`,
      [data.aggregateId],
    );
    // "Is the departure day over?" on the calendar of the migrant's citizenship.
    const homeTimeZone = homeTimeZoneOf(profile?.origin_country ?? null);
    const decision = departureReminderDecision(scheduledFor, profile?.planned_departure_on ?? null, now, homeTimeZone);
    if (decision !== 'send' || !profile?.account_id) {
      this.logger.log(`Departure reminder ${key} skipped: ${profile?.account_id ? decision : 'profile gone'}`);
      return { outboxId: null };
    }
    const accountId = profile.account_id;
    return this.writeOnce(key, data, [accountId], async (manager) => {
      const openItemKinds = await this.openChecklistItems(manager, data.aggregateId, now);
      // The citizenship: the message counts the days left on the same home calendar.
      return { departureDate: scheduledFor, openItemKinds, openItems: openItemKinds.length, citizenship: profile.origin_country };
    });
  }

  /**
   * A check-in after arrival, asked only while it is unanswered and the migrant is still there (arrived or working;
   * a no-show or a deleted account is asked nothing), on their channels and in their language like every message.
   */
  private async askCheckIn(key: string, data: RemindJobData): Promise<RemindJobReturn> {
    const [checkIn] = await queryRows<{ account_id: string | null; day: number; application_id: string; vacancy_title: string }>(
      this.dataSource.manager,
      `SELECT p.account_id, c.day, c.application_id, v.title AS vacancy_title
         FROM check_ins c JOIN applications a ON a.id = c.application_id JOIN vacancies v ON v.id = a.vacancy_id
         JOIN candidate_profiles p ON p.id = a.candidate_id
        WHERE c.id = $1 AND c.answered_at IS NULL AND a.status = ANY($2::application_status[]) AND p.anonymised_at IS NULL`,
      [data.aggregateId, CHECKED_IN_APPLICATION_STATUSES],
    );
    if (!checkIn?.account_id) {
      this.logger.log(`Check-in ${key} skipped: answered, ended or gone`);
      return { outboxId: null };
    }
    const payload = { checkInId: data.aggregateId, applicationId: checkIn.application_id, day: checkIn.day, vacancyTitle: checkIn.vacancy_title };
    return this.writeOnce(key, data, [checkIn.account_id], () => Promise.resolve(payload));
  }

  /** Writes the reminder's outbox row once per key (an advisory lock orders concurrent retries). */
  private writeOnce(
    key: string,
    data: RemindJobData,
    recipientIds: string[],
    payloadOf: (manager: EntityManager) => Promise<Record<string, unknown>>,
  ): Promise<RemindJobReturn> {
    return this.dataSource.transaction((manager) => this.writeOnceIn(manager, key, data, recipientIds, payloadOf));
  }

  /** writeOnce within the caller's transaction. */
  private async writeOnceIn(
    manager: EntityManager,
    key: string,
    data: RemindJobData,
    recipientIds: string[],
    payloadOf: (manager: EntityManager) => Promise<Record<string, unknown>>,
  ): Promise<RemindJobReturn> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [key]);
    const [existing] = await queryRows<{ outbox_id: string }>(
      manager,
      'SELECT outbox_id::text AS outbox_id FROM notification_reminders WHERE key = $1',
      [key],
    );
    if (existing) return { outboxId: existing.outbox_id };
    const [row] = await queryRows<{ id: string }>(
      manager,
      `INSERT INTO outbox_messages (topic, aggregate_type, aggregate_id, recipient_ids, payload) VALUES ($1, $2, $3, $4::uuid[], $5::jsonb) RETURNING id::text AS id`,
      [
        `reminder.${data.kind}`,
        data.aggregateType.slice(0, 32),
        data.aggregateId.slice(0, 64),
        recipientIds,
        JSON.stringify(await payloadOf(manager)),
      ],
    );
    await manager.query('INSERT INTO notification_reminders (key, outbox_id) VALUES ($1, $2)', [key.slice(0, 200), row.id]);
    return { outboxId: row.id };
  }

  /** A deadline reminder is sent only while its step still waits: nobody is reminded of what they already did. */
  private async stillAwaited(data: RemindJobData): Promise<boolean> {
    // A grievance's reminder is for one stage's deadline: another move since started another clock or stopped it.
    if (data.aggregateType === 'grievance')
      return (
        (
          await this.dataSource.query(
            `SELECT 1 FROM grievances WHERE id = $1 AND status = ANY($2::grievance_status[]) AND due_at = $3::timestamptz`,
            [data.aggregateId, GRIEVANCE_STATUSES_AWAITING_STAFF, typeof data.payload['deadline'] === 'string' ? data.payload['deadline'] : null],
          )
        ).length > 0
      );
    // A vacancy's review reminder is for one submission: reviewed or resubmitted since, it has nothing to say.
    if (data.aggregateType === 'vacancy')
      return (
        (
          await this.dataSource.query(`SELECT 1 FROM vacancies WHERE id = $1 AND status = 'PENDING_REVIEW' AND submitted_at = $2::timestamptz`, [
            data.aggregateId,
            typeof data.payload['submittedAt'] === 'string' ? data.payload['submittedAt'] : null,
          ])
        ).length > 0
      );
    // A company's reminder is for one country's pending verification since one submission: decided or resubmitted since, it has nothing to say.
    if (data.aggregateType === 'company')
      return (
        (
          await this.dataSource.query(
            `SELECT 1 FROM company_country_statuses WHERE company_id = $1 AND country = $2 AND status = $3 AND status_changed_at = $4::timestamptz`,
            [
              data.aggregateId,
              typeof data.payload['country'] === 'string' ? data.payload['country'] : null,
              CompanyStatus.Pending,
              typeof data.payload['pendingSince'] === 'string' ? data.payload['pendingSince'] : null,
            ],
          )
        ).length > 0
      );
    const query =
      data.aggregateType === 'batch'
        ? { sql: `SELECT 1 FROM batches WHERE id = $1 AND status = ANY($2::batch_status[])`, statuses: BATCH_STATUSES_AWAITING_DECISION }
        : data.aggregateType === 'application'
          ? {
              sql: `SELECT 1 FROM applications WHERE id = $1 AND status = ANY($2::application_status[])`,
              statuses: APPLICATION_STATUSES_AWAITING_SHORTLISTING,
            }
          : null;
    if (!query) return true;
    return (await this.dataSource.query(query.sql, [data.aggregateId, query.statuses])).length > 0;
  }

  /**
   * Checklist items the candidate's country requires, not done or done but lapsed, on today's date at home — the
   * readiness rule the profile page shows (the passport's expiry from the wizard counts for the passport item), in checklist order.
   */
  private async openChecklistItems(manager: EntityManager, profileId: string, now: Date): Promise<ChecklistItemKind[]> {
    const rows = await queryRows<{
      kind: ChecklistItemKind | null;
      status: ChecklistItemStatus | null;
      completed_on: string | null;
      valid_until: string | null;
      passport_expires_on: string | null;
      origin_country: string | null;
      legal_regime: LegalRegime | null;
    }>(
      manager,
      `SELECT c.kind, c.status, c.completed_on::text AS completed_on, c.valid_until::text AS valid_until, p.passport_expires_on::text AS passport_expires_on,
              p.origin_country, o.legal_regime
         FROM candidate_profiles p LEFT JOIN origin_countries o ON o.code = p.origin_country
              LEFT JOIN checklist_items c ON c.profile_id = p.id WHERE p.id = $1`,
      [profileId],
    );
    const items = rows.flatMap((row) =>
      row.kind && row.status ? [{ kind: row.kind, status: row.status, completedOn: row.completed_on, validUntil: row.valid_until }] : [],
    );
    // The items the law (or the programme) asks under this candidate's country's regime, on their home calendar.
    const country = rows[0]?.origin_country ?? null;
    const regime = rows[0]?.legal_regime ?? null;
    const readiness = candidateReadinessOf(items, rows[0]?.passport_expires_on ?? null, {
      today: localDateIn(now, homeTimeZoneOf(country)),
      regime,
    });
    const open = new Set<ChecklistItemKind>([...readiness.missing, ...readiness.expired]);
    return requiredChecklistItemsFor(regime).filter((kind) => open.has(kind));
  }
}
